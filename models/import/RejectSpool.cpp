#include "RejectSpool.h"

#include "csv/CsvWriter.h"
#include "import/RejectReport.h"

#include <QDir>
#include <QSaveFile>

namespace hp {

RejectSpool::RejectSpool()
    : m_file(std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/hedgeplan-rejects-XXXXXX.csv")))
{
    (void)m_file->open();
}

bool RejectSpool::isOpen(QString *error) const
{
    std::lock_guard lock(m_mutex);
    if (!m_file->isOpen() && error)
        *error = QStringLiteral("cannot create a temporary file for the rejects: %1").arg(m_file->errorString());
    return m_file->isOpen();
}

void RejectSpool::add(const ImportError &e)
{
    const QByteArray line = CsvWriter::line({RejectReport::defused(e.file), QString::number(e.line), QString::number(e.column),
                                             RejectReport::defused(e.reason), RejectReport::defused(e.raw)});
    std::lock_guard lock(m_mutex);
    if (m_file->isOpen())
        m_file->write(line);
    ++m_count;
}

void RejectSpool::append(RejectSpool &other)
{
    if (&other == this)
        return;
    std::scoped_lock lock(m_mutex, other.m_mutex);
    if (other.m_file->isOpen() && other.m_file->seek(0)) {
        QByteArray block;
        while (!(block = other.m_file->read(1 << 20)).isEmpty())
            if (m_file->isOpen())
                m_file->write(block);
    }
    m_count += other.m_count;
}

qint64 RejectSpool::count() const
{
    std::lock_guard lock(m_mutex);
    return m_count;
}

RejectSpool::Mark RejectSpool::mark() const
{
    std::lock_guard lock(m_mutex);
    return {m_file->isOpen() ? m_file->pos() : 0, m_count};
}

void RejectSpool::rollback(const Mark &mark)
{
    std::lock_guard lock(m_mutex);
    if (m_file->isOpen()) {
        m_file->flush();
        m_file->resize(mark.bytes);
        m_file->seek(mark.bytes);
    }
    m_count = mark.count;
}

bool RejectSpool::write(const QString &path, QString *error) const
{
    std::lock_guard lock(m_mutex);
    QSaveFile out(path);
    bool ok = m_file->isOpen() && out.open(QIODevice::WriteOnly) && out.write(RejectReport::toCsv({})) >= 0;
    if (ok) {
        m_file->flush();
        QFile in(m_file->fileName());
        ok = in.open(QIODevice::ReadOnly);
        QByteArray block;
        while (ok && !(block = in.read(1 << 20)).isEmpty())
            ok = out.write(block) == block.size();
    }
    if (!ok || !out.commit()) {
        *error = QStringLiteral("%1: cannot write the rejects: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}

} // namespace hp
