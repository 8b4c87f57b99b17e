#include "postgres/PgSavePipeline.h"

#include "postgres/PgTableIo.h"
#include "storage/WrittenProject.h"

#include <QHash>

namespace hp {

namespace {

/// The thread prepares tables ahead until this much COPY text waits to be sent.
constexpr qsizetype kMaxAhead = qsizetype(128) << 20;

} // namespace

PgSavePipeline::PgSavePipeline(const Project &project) : m_thread([this, &project] { run(project); }) {}

PgSavePipeline::~PgSavePipeline() { stop(); }

void PgSavePipeline::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void PgSavePipeline::run(const Project &project)
{
    try {
        const WrittenProject written(project);
        {
            const std::lock_guard lock(m_mutex);
            m_phase = Phase::Written;
        }
        m_changed.notify_all();
        if (!waitStarted())
            return;
        for (std::size_t t = 0; t < ProjectTables::shapes().size(); ++t)
            if (!push(prepare(t, written.table(t))))
                return;
    } catch (...) {
        fail(std::current_exception());
    }
}

bool PgSavePipeline::waitStarted()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stop || m_phase == Phase::Started; });
    return !m_stop;
}

bool PgSavePipeline::push(Prepared prepared)
{
    qsizetype bytes = 0;
    for (const QByteArray &piece : prepared.copy)
        bytes += piece.size();
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stop || m_readyBytes < kMaxAhead; });
    if (m_stop)
        return false;
    m_ready.push_back(std::move(prepared));
    m_readyBytes += bytes;
    lock.unlock();
    m_changed.notify_all();
    return true;
}

void PgSavePipeline::fail(std::exception_ptr error)
{
    {
        const std::lock_guard lock(m_mutex);
        m_error = std::move(error);
    }
    m_changed.notify_all();
}

void PgSavePipeline::waitWritten()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_error || m_phase != Phase::Writing; });
    if (m_phase == Phase::Writing)
        std::rethrow_exception(m_error);
}

void PgSavePipeline::start(const PgSnapshot &base)
{
    {
        const std::lock_guard lock(m_mutex);
        m_base = &base;
        m_phase = Phase::Started;
    }
    m_changed.notify_all();
}

PgSavePipeline::Prepared PgSavePipeline::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_error || !m_ready.empty(); });
    if (m_ready.empty())
        std::rethrow_exception(m_error);
    Prepared prepared = std::move(m_ready.front());
    m_ready.pop_front();
    for (const QByteArray &piece : prepared.copy)
        m_readyBytes -= piece.size();
    lock.unlock();
    m_changed.notify_all();
    return prepared;
}

PgSavePipeline::Prepared PgSavePipeline::prepare(std::size_t t, ProjectTables::Table table) const
{
    const ProjectTables::Table &before = m_base->tables[t];
    const std::vector<qint64> &beforeVersions = m_base->versions[t];
    Prepared out;
    out.table = std::move(table);
    const ProjectTables::Table &after = out.table;
    out.versions.assign(after.rows.size(), 1);
    QHash<QString, std::size_t> old;
    for (std::size_t r = 0; r < before.rows.size(); ++r)
        old.insert(before.keyOf(r), r);
    std::vector<std::size_t> inserts; // rows of `after`, not copies of them
    for (std::size_t r = 0; r < after.rows.size(); ++r) {
        if (old.isEmpty()) { // nothing to compare with (a new table of an import): every row is new
            inserts.push_back(r);
            continue;
        }
        const QString key = after.keyOf(r);
        const auto it = old.constFind(key);
        if (it == old.constEnd()) {
            inserts.push_back(r);
            continue;
        }
        out.kept.insert(key);
        out.versions[r] = beforeVersions[*it];
        if (before.rows[*it] != after.rows[r]) {
            out.updates.emplace_back(*it, r);
            ++out.versions[r];
        }
    }
    const QByteArray id = QByteArray::number(m_base->projectId);
    for (std::size_t next = 0; next < inserts.size();) {
        QByteArray piece;
        next = PgTableIo::appendCopyRows(piece, id, after, &inserts, next);
        out.copy.push_back(std::move(piece));
    }
    out.inserted = qint64(inserts.size());
    return out;
}

} // namespace hp
