#pragma once

#include "postgres/PgSnapshot.h"

#include <QByteArray>
#include <QSet>

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

namespace hp {

/// The client's side of a save on a thread of its own, so that the server
/// inserts one table while the next is prepared (docs/storage.md, "Benchmark
/// (PostgreSQL)"): the thread writes the project into the in-memory SQLite
/// database (WrittenProject: the file's checks), then, table by table in
/// ProjectTables::shapes() order (parents first), reads the table back,
/// compares it with the rows the project was read with and encodes its new
/// rows as COPY text. The thread creates, uses and destroys the SQLite
/// connection; the PostgreSQL connection stays with the caller, which sends
/// each prepared table (PgChangeSet). The destructor stops the thread and
/// waits for it, so a save that fails half-way leaves nothing running.
class PgSavePipeline {
public:
    struct Prepared {
        ProjectTables::Table table; ///< the table's new rows
        std::vector<qint64> versions; ///< the version of each row of `table` once saved
        std::vector<std::pair<std::size_t, std::size_t>> updates; ///< (row of base, row of `table`) that differ
        std::vector<QByteArray> copy; ///< the rows to insert, COPY text (PgTableIo::appendCopyRows)
        qint64 inserted = 0;
        QSet<QString> kept; ///< keys of base's rows that `table` still has
    };

    /// Starts writing `project` (which must outlive the pipeline).
    explicit PgSavePipeline(const Project &project);
    ~PgSavePipeline();
    PgSavePipeline(const PgSavePipeline &) = delete;
    PgSavePipeline &operator=(const PgSavePipeline &) = delete;

    /// Waits until the project is in the in-memory database; throws the writer's error
    /// (InvalidProject naming the row) as ProjectTables::fromProject would.
    void waitWritten();
    /// Starts preparing the tables against `base` (the snapshot the save compares with,
    /// which must outlive the pipeline).
    void start(const PgSnapshot &base);
    /// The next table, in shapes() order; throws the thread's error.
    Prepared next();
    /// Stops the thread and waits for it (it then no longer reads the project or the base).
    void stop();

private:
    enum class Phase { Writing, Written, Started };

    void run(const Project &project);
    Prepared prepare(std::size_t t, ProjectTables::Table table) const;
    /// Waits until the caller started the pipeline (false: it is stopping).
    bool waitStarted();
    bool push(Prepared prepared);
    void fail(std::exception_ptr error);

    std::mutex m_mutex;
    std::condition_variable m_changed;
    Phase m_phase = Phase::Writing;
    bool m_stop = false;
    const PgSnapshot *m_base = nullptr;
    std::deque<Prepared> m_ready;
    qsizetype m_readyBytes = 0;
    std::exception_ptr m_error;
    std::thread m_thread;
};

} // namespace hp
