#pragma once
// A throwaway database of the test cluster and project addresses in it, shared
// by the PostgreSQL store, schema and desktop tests.
#include "PgTestCluster.h"
#include "postgres/PgProjectStore.h"
#include "storage/ProjectUri.h"
#include "storage/StorageError.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace hp::test {

/// The parsed address of `text`; throws when it is not one.
inline ProjectUri uriOf(const QString &text)
{
    QString error;
    const auto uri = ProjectUri::parse(text, &error);
    if (!uri)
        throw std::runtime_error(error.toStdString());
    return *uri;
}

/// A new database of the test cluster.
struct Database {
    PgTestCluster &cluster = PgTestCluster::instance();
    QString name = cluster.createDatabase();
    /// postgresql://…/name?project=… for `user`.
    QString text(const QString &project, const QString &user = QStringLiteral("hp_editor")) const
    {
        return cluster.uri(name, project, user);
    }
    ProjectUri uri(const QString &project, const QString &user = QStringLiteral("hp_editor")) const
    {
        return uriOf(text(project, user));
    }
    /// Stores `p` as `project`, replacing one of that name.
    void replace(const QString &project, const Project &p) const
    {
        StorageError error;
        ASSERT_TRUE(PgProjectStore::write(uri(project), p, PgProjectStore::Overwrite::Replace, &error))
            << error.message.toStdString();
    }
    QString scalar(const QString &sql) const { return cluster.scalar(sql, name); }
    void sql(const QString &statements) const { cluster.sql(statements, name); }
};

/// The project at `uri`, failing the test when it cannot be read.
inline Project loaded(const ProjectUri &uri, PgSnapshot *snapshot = nullptr)
{
    Project p;
    StorageError error;
    EXPECT_TRUE(PgProjectStore::load(uri, &p, &error, snapshot)) << error.message.toStdString();
    return p;
}

/// Stores `p` at `uri`, refusing to replace a project there.
inline void write(const ProjectUri &uri, const Project &p)
{
    StorageError error;
    ASSERT_TRUE(PgProjectStore::write(uri, p, PgProjectStore::Overwrite::Refuse, &error)) << error.message.toStdString();
}

} // namespace hp::test
