#include "PasswordKeyring.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace hp {

const QString PasswordKeyring::kService = QStringLiteral("Hedgeplan");

namespace {

constexpr int kTimeoutMs = 5000;

/// Runs `job` to its end (or the timeout); true when it succeeded, else *error says why.
bool run(QKeychain::Job *job, const QString &key, QString *error)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never plain text in the settings
    job->setKey(key);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        if (error)
            *error = QObject::tr("the desktop keyring did not answer within %1 s").arg(kTimeoutMs / 1000);
        return false;
    }
    if (job->error() != QKeychain::NoError) {
        if (error)
            *error = job->error() == QKeychain::EntryNotFound ? QString() : job->errorString();
        return false;
    }
    return true;
}

} // namespace

std::optional<QString> PasswordKeyring::read(const QString &key, QString *error)
{
    auto *job = new QKeychain::ReadPasswordJob(kService);
    std::optional<QString> password;
    if (run(job, key, error))
        password = job->textData();
    job->deleteLater();
    return password;
}

bool PasswordKeyring::write(const QString &key, const QString &password, QString *error)
{
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setTextData(password);
    const bool ok = run(job, key, error);
    job->deleteLater();
    return ok;
}

bool PasswordKeyring::remove(const QString &key, QString *error)
{
    auto *job = new QKeychain::DeletePasswordJob(kService);
    const bool ok = run(job, key, error);
    job->deleteLater();
    return ok;
}

} // namespace hp
