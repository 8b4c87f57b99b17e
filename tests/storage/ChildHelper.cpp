#include "ChildHelper.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

namespace hp::test {

ChildHelper::ChildHelper(const QStringList &arguments)
{
    m_process.start(QStringLiteral(HEDGEPLAN_STORAGE_HELPER), arguments);
    EXPECT_TRUE(m_process.waitForStarted(10000)) << m_process.errorString().toStdString();
}

ChildHelper::~ChildHelper()
{
    if (m_process.state() != QProcess::NotRunning)
        kill();
}

bool ChildHelper::waitForLine(const QString &prefix, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        m_buffer += m_process.readAllStandardOutput();
        for (const QByteArray &line : m_buffer.split('\n'))
            if (line.startsWith(prefix.toUtf8()))
                return true;
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0 || m_process.state() == QProcess::NotRunning)
            return false;
        m_process.waitForReadyRead(int(qMin<qint64>(left, 100)));
    }
}

void ChildHelper::kill()
{
    m_process.kill(); // SIGKILL on Unix
    m_process.waitForFinished(10000);
}

QStringList ChildHelper::lines()
{
    m_buffer += m_process.readAllStandardOutput();
    QStringList out;
    for (const QByteArray &line : m_buffer.split('\n'))
        if (!line.isEmpty())
            out << QString::fromUtf8(line);
    return out;
}

} // namespace hp::test
