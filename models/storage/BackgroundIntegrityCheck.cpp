#include "storage/BackgroundIntegrityCheck.h"

#include <utility>

namespace hp {

BackgroundIntegrityCheck::BackgroundIntegrityCheck(const QString &path, SqliteConnection::Mode mode, Check check)
    : m_check(std::move(check))
{
    m_task.emplace([this, path, mode] { run(path, mode); });
}

BackgroundIntegrityCheck::~BackgroundIntegrityCheck()
{
    settle(State::Cancelled);
    m_task.reset(); // waits
}

void BackgroundIntegrityCheck::release() { settle(State::Released); }

void BackgroundIntegrityCheck::finish()
{
    settle(State::Cancelled); // a check already released still runs
    m_task.reset(); // waits
    if (m_failure)
        std::rethrow_exception(std::exchange(m_failure, nullptr));
}

void BackgroundIntegrityCheck::settle(State state)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_state != State::Waiting)
            return;
        m_state = state;
    }
    m_changed.notify_one();
}

void BackgroundIntegrityCheck::run(const QString &path, SqliteConnection::Mode mode)
{
    try {
        const SqliteConnection connection(path, mode); // hardened like the caller's
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_state != State::Waiting; });
            if (m_state == State::Cancelled)
                return;
        }
        m_check(connection);
    } catch (...) {
        m_failure = std::current_exception();
    }
}

} // namespace hp
