#include "storage/SqliteLibrary.h"

#include <sqlite3.h>

namespace hp {

bool SqliteLibrary::configure()
{
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
}

} // namespace hp
