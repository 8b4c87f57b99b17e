#include "StorageTestFiles.h"

#include "RawSqlite.h"

#include "storage/ProjectFile.h"

#include <QDir>
#include <QFile>

namespace hp::test {

StorageTestFiles::StorageTestFiles() { EXPECT_TRUE(m_dir.isValid()); }

QByteArray StorageTestFiles::read(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

void StorageTestFiles::write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    EXPECT_EQ(f.write(bytes), bytes.size());
}

void StorageTestFiles::rawExec(const QString &path, const QStringList &statements)
{
    RawSqlite db(path);
    for (const QString &sql : statements)
        EXPECT_TRUE(db.exec(sql));
}

QVariant StorageTestFiles::rawScalar(const QString &path, const QString &sql) { return RawSqlite(path).scalar(sql); }

QStringList StorageTestFiles::strayFiles(const QStringList &keep) const
{
    QStringList out;
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden))
        if (!keep.contains(name))
            out << name;
    return out;
}

QString StorageTestFiles::save(const Project &project, const QString &name)
{
    StorageError error;
    const QString p = path(name);
    EXPECT_TRUE(ProjectFile::write(project, p, &error)) << error.message.toStdString();
    return p;
}

std::optional<Project> StorageTestFiles::load(const QString &path, StorageError *error)
{
    Project p;
    if (!ProjectFile::load(path, &p, error))
        return std::nullopt;
    return p;
}

::testing::AssertionResult sameProject(const Project &actual, const Project &expected)
{
    if (actual == expected)
        return ::testing::AssertionSuccess();
    auto result = ::testing::AssertionFailure() << "projects differ in:";
    if (actual.title != expected.title || actual.illustrative != expected.illustrative
        || actual.reportingCurrency != expected.reportingCurrency)
        result << " settings";
    if (actual.exchangeRates != expected.exchangeRates)
        result << " exchangeRates";
    if (actual.providers != expected.providers)
        result << " providers";
    if (actual.offerings != expected.offerings)
        result << " offerings";
    if (actual.workloads != expected.workloads)
        result << " workloads";
    for (std::size_t i = 0; i < std::min(actual.contracts.size(), expected.contracts.size()); ++i) {
        const Contract &a = actual.contracts[i], &e = expected.contracts[i];
        if (a.commitments != e.commitments)
            result << " contract[" << i << "].commitments";
        if (a.revenueShares != e.revenueShares)
            result << " contract[" << i << "].revenueShares";
        if (a.exclusivities != e.exclusivities)
            result << " contract[" << i << "].exclusivities";
        if (a.classifications != e.classifications)
            result << " contract[" << i << "].classifications";
        if (a.datedClauses != e.datedClauses)
            result << " contract[" << i << "].datedClauses";
    }
    if (actual.contracts != expected.contracts)
        result << " contracts";
    if (actual.scenarios != expected.scenarios)
        result << " scenarios";
    if (actual.actuals != expected.actuals)
        result << " actuals(" << actual.actuals.size() << " vs " << expected.actuals.size() << ")";
    return result;
}

} // namespace hp::test
