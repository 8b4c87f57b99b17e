#pragma once

#include "concurrency/HelperTask.h"
#include "storage/SqliteConnection.h"

#include <QString>

#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>

namespace hp {

/// The integrity checks of a file on a second connection, beside the caller
/// (a HelperTask; docs/storage.md, "Opening a file", step 6). The thread opens and
/// hardens its connection at once, while the caller opens its own and verifies
/// the schema; it runs `check` only once the caller has called release() (the
/// schema is Hedgeplan's), never on a file the caller refused. Destroying it
/// unreleased (the caller's error propagating) ends the thread unchecked.
class BackgroundIntegrityCheck {
public:
    using Check = std::function<void(const SqliteConnection &)>;

    BackgroundIntegrityCheck(const QString &path, SqliteConnection::Mode mode, Check check);
    ~BackgroundIntegrityCheck();
    BackgroundIntegrityCheck(const BackgroundIntegrityCheck &) = delete;
    BackgroundIntegrityCheck &operator=(const BackgroundIntegrityCheck &) = delete;

    /// Lets the thread run the check (the caller verified the schema).
    void release();
    /// Waits for the thread; throws what failed there, opening its connection
    /// or the check (released or not, the thread ends).
    void finish();

private:
    enum class State { Waiting, Released, Cancelled };
    void run(const QString &path, SqliteConnection::Mode mode);
    void settle(State state);

    Check m_check;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    State m_state = State::Waiting;
    std::exception_ptr m_failure;
    std::optional<HelperTask> m_task; // last: started once the members above exist
};

} // namespace hp
