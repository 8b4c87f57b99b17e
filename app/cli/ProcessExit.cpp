#include "ProcessExit.h"

#include <cstdio>

#if defined(__unix__)
#include <unistd.h>
#endif

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define HP_PROCESS_EXIT_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define HP_PROCESS_EXIT_SANITIZED 1
#endif
#endif

namespace hp::cli {

void ProcessExit::now(int code)
{
#if defined(__unix__) && !defined(HP_PROCESS_EXIT_SANITIZED)
    std::fflush(nullptr); // as exit() would: a failure does not change the code
    _exit(code);
#else
    (void)code;
#endif
}

} // namespace hp::cli
