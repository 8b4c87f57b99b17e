#pragma once

#include "domain/Project.h"
#include "storage/StorageError.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace hp::test {

/// Files, raw SQLite access (no hardening: the "other program" that tampers
/// with a project) and the helper child process for the storage tests.
class StorageTestFiles {
public:
    StorageTestFiles();

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString dir() const { return m_dir.path(); }

    static QByteArray read(const QString &path);
    static void write(const QString &path, const QByteArray &bytes);
    /// Runs statements on a plain SQLite connection (RawSqlite: no hardening, like any other tool).
    static void rawExec(const QString &path, const QStringList &statements);
    static QVariant rawScalar(const QString &path, const QString &sql);
    /// Files in dir() other than `keep`.
    QStringList strayFiles(const QStringList &keep) const;

    /// Saves `project` to `name` (asserting success) and returns its path.
    QString save(const Project &project, const QString &name);
    /// Loads `path`; on failure returns nullopt and fills *error.
    static std::optional<Project> load(const QString &path, StorageError *error);

private:
    QTemporaryDir m_dir;
};

::testing::AssertionResult sameProject(const Project &actual, const Project &expected);

} // namespace hp::test
