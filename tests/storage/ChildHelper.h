#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace hp::test {

/// storage_test_helper (StorageTestHelper.cpp) as a child process.
class ChildHelper {
public:
    explicit ChildHelper(const QStringList &arguments);
    ~ChildHelper();

    /// Waits for a line starting with `prefix` on the child's stdout.
    bool waitForLine(const QString &prefix, int timeoutMs = 10000);
    /// SIGKILL and reap.
    void kill();
    qint64 pid() const { return m_process.processId(); }
    /// Every line printed so far (after kill(): all of them).
    QStringList lines();
    QString errorOutput() { return QString::fromLocal8Bit(m_process.readAllStandardError()); }

private:
    QProcess m_process;
    QByteArray m_buffer;
};

} // namespace hp::test
