#pragma once

#include "postgres/PgSnapshot.h"

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

namespace hp {

/// The client's side of a save on a thread of its own, so that the server
/// inserts one table while the next ones are written and prepared
/// (docs/storage.md, "Benchmark (PostgreSQL)"). The thread writes the project
/// into the in-memory SQLite database (WrittenProject: the file's checks);
/// each table, as soon as ProjectWriter has written it and the tables before
/// it in ProjectTables::shapes() order (parents first), is read back,
/// compared with the rows the project was read with, and its new rows encoded
/// as COPY text. The thread creates, uses and destroys the SQLite connection;
/// the PostgreSQL connection stays with the caller, which sends each prepared
/// table (PgChangeSet) while the thread goes on.
///
/// The writer's refusal of the project (InvalidProject naming the row) is the
/// error of the save, whatever the server said meanwhile: a caller that fails
/// calls rethrowWriterError() before reporting its own error, and waits for
/// the writer before anything with a lasting effect outside the save's
/// transaction (a schema migration). The destructor waits for the thread.
class PgSavePipeline {
public:
    struct Prepared {
        ProjectTables::Table table; ///< the table's new rows
        std::vector<qint64> versions; ///< the version of each row of `table` once saved
        std::vector<std::pair<std::size_t, std::size_t>> updates; ///< (row of base, row of `table`) that differ
        std::vector<QByteArray> copy; ///< the rows to insert, COPY text (PgTableIo::appendCopyRows)
        qint64 inserted = 0;
        std::vector<bool> kept; ///< per row of base: `table` still has its key
    };

    /// Starts writing `project` (which must outlive the pipeline).
    explicit PgSavePipeline(const Project &project);
    ~PgSavePipeline();
    PgSavePipeline(const PgSavePipeline &) = delete;
    PgSavePipeline &operator=(const PgSavePipeline &) = delete;

    /// Waits until the project is written into the in-memory database; throws
    /// the writer's error, as ProjectTables::fromProject would.
    void rethrowWriterError();
    /// Starts preparing the tables against `base` (the snapshot the save
    /// compares with, which must stay until stop()).
    void start(const PgSnapshot &base);
    /// The next table, in shapes() order; throws the writer's error, else the
    /// thread's.
    Prepared next();
    /// Stops preparing tables and waits until the thread no longer reads the
    /// base; the writer goes on (its outcome is rethrowWriterError()'s).
    void stop();

private:
    void run(const Project &project);
    static Prepared prepare(const PgSnapshot &base, std::size_t t, ProjectTables::Table table);
    /// The base to prepare against, marked in use; null when not started yet or stopping.
    const PgSnapshot *beginPrepare();
    void endPrepare();
    /// Waits until the caller started the pipeline (false: it is stopping).
    bool waitStarted();
    bool push(Prepared prepared);
    void fail(std::exception_ptr error);
    void finishWriting(std::exception_ptr error);

    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_writing = true;
    std::exception_ptr m_writerError;
    bool m_stop = false;
    bool m_preparing = false;
    const PgSnapshot *m_base = nullptr;
    std::deque<Prepared> m_ready;
    qsizetype m_readyBytes = 0;
    std::exception_ptr m_error; ///< of reading a table back or preparing it
    std::thread m_thread;
};

} // namespace hp
