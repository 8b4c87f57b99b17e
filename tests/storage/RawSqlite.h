#pragma once

#include <QString>
#include <QVariant>

#include <gtest/gtest.h>

struct sqlite3;

namespace hp::test {

/// A plain SQLite connection to a file through the C API, with none of
/// SqliteConnection's hardening: the "other program" (any SQLite tool) that
/// tampers with a project in the storage tests.
class RawSqlite {
public:
    explicit RawSqlite(const QString &path);
    ~RawSqlite();
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    /// Runs one statement to its end; a failure carries SQLite's message.
    ::testing::AssertionResult exec(const QString &sql);
    /// The first column of the first row (invalid when there is none, or on failure).
    QVariant scalar(const QString &sql);

private:
    sqlite3 *m_db = nullptr;
};

} // namespace hp::test
