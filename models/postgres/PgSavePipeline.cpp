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

PgSavePipeline::~PgSavePipeline()
{
    stop();
    m_thread.join();
}

void PgSavePipeline::stop()
{
    std::unique_lock lock(m_mutex);
    m_stop = true;
    m_changed.notify_all();
    m_changed.wait(lock, [this] { return !m_preparing; });
}

void PgSavePipeline::run(const Project &project)
{
    const std::vector<ProjectTables::Table> &shapes = ProjectTables::shapes();
    QHash<QString, std::size_t> index;
    for (std::size_t t = 0; t < shapes.size(); ++t)
        index.insert(shapes[t].name, t);
    std::vector<bool> complete(shapes.size(), false);
    std::size_t next = 0; // the first table not prepared yet
    bool failed = false;
    WrittenProject written;
    // Prepares, in shapes() order, the tables from `next` on that are complete, while the caller
    // has started and not stopped. A failure goes to next(), never into the writer.
    const auto prepareComplete = [&] {
        try {
            while (!failed && next < shapes.size() && complete[next]) {
                const PgSnapshot *base = beginPrepare();
                if (!base)
                    return;
                Prepared prepared;
                try {
                    prepared = prepare(*base, next, written.table(next));
                } catch (...) {
                    endPrepare();
                    throw;
                }
                endPrepare();
                if (!push(std::move(prepared)))
                    return;
                ++next;
            }
        } catch (...) {
            failed = true;
            fail(std::current_exception());
        }
    };
    try {
        written.write(project, [&](const QString &table) {
            const auto it = index.constFind(table);
            Q_ASSERT(it != index.constEnd());
            if (it != index.constEnd())
                complete[*it] = true;
            prepareComplete();
        });
    } catch (...) {
        finishWriting(std::current_exception());
        return;
    }
    finishWriting(nullptr);
    std::fill(complete.begin(), complete.end(), true);
    if (waitStarted())
        prepareComplete();
}

const PgSnapshot *PgSavePipeline::beginPrepare()
{
    const std::lock_guard lock(m_mutex);
    if (m_stop || !m_base)
        return nullptr;
    m_preparing = true;
    return m_base;
}

void PgSavePipeline::endPrepare()
{
    {
        const std::lock_guard lock(m_mutex);
        m_preparing = false;
    }
    m_changed.notify_all();
}

bool PgSavePipeline::waitStarted()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stop || m_base; });
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

void PgSavePipeline::finishWriting(std::exception_ptr error)
{
    {
        const std::lock_guard lock(m_mutex);
        m_writing = false;
        m_writerError = std::move(error);
    }
    m_changed.notify_all();
}

void PgSavePipeline::rethrowWriterError()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_writing; });
    if (m_writerError)
        std::rethrow_exception(m_writerError);
}

void PgSavePipeline::start(const PgSnapshot &base)
{
    {
        const std::lock_guard lock(m_mutex);
        m_base = &base;
    }
    m_changed.notify_all();
}

PgSavePipeline::Prepared PgSavePipeline::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_writerError || m_error || !m_ready.empty(); });
    if (m_writerError) // the project's refusal comes first, also over tables prepared before it
        std::rethrow_exception(m_writerError);
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

PgSavePipeline::Prepared PgSavePipeline::prepare(const PgSnapshot &base, std::size_t t, ProjectTables::Table table)
{
    const ProjectTables::Table &before = base.tables[t];
    const std::vector<qint64> &beforeVersions = base.versions[t];
    Prepared out;
    out.table = std::move(table);
    const ProjectTables::Table &after = out.table;
    out.versions.assign(after.rows.size(), 1);
    out.kept.assign(before.rows.size(), false);
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
        out.kept[*it] = true;
        out.versions[r] = beforeVersions[*it];
        if (before.rows[*it] != after.rows[r]) {
            out.updates.emplace_back(*it, r);
            ++out.versions[r];
        }
    }
    const QByteArray id = QByteArray::number(base.projectId);
    for (std::size_t next = 0; next < inserts.size();) {
        QByteArray piece;
        next = PgTableIo::appendCopyRows(piece, id, after, &inserts, next);
        out.copy.push_back(std::move(piece));
    }
    out.inserted = qint64(inserts.size());
    return out;
}

} // namespace hp
