#include "storage/ProjectUri.h"

#include "postgres/LibPq.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <libpq-fe.h>

namespace hp {

namespace {

const QLatin1String kProjectKey("project");

/// The password libpq reads from a connection string, if any.
QString passwordIn(const QString &connection)
{
    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(connection.toUtf8().constData(), &message);
    PQfreemem(message);
    QString password;
    for (PQconninfoOption *o = options; o && o->keyword; ++o)
        if (qstrcmp(o->keyword, "password") == 0 && o->val)
            password = QString::fromUtf8(o->val);
    PQconninfoFree(options);
    return password;
}

} // namespace

bool ProjectUri::isUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString ProjectUri::masked(const QString &text)
{
    QString out = text;
    // user:secret@ in the authority of any URI in the text (libpq quotes the URI inside some messages).
    static const QRegularExpression userInfo(QStringLiteral("([A-Za-z]+://[^/?#@:\\s\"']*:)[^/?#@\\s\"']*@"));
    out.replace(userInfo, QStringLiteral("\\1***@"));
    static const QRegularExpression parameter(QStringLiteral("([?&]password=)[^&#]*"),
                                              QRegularExpression::CaseInsensitiveOption);
    out.replace(parameter, QStringLiteral("\\1***"));
    return out;
}

QString ProjectUri::scrub(const QString &text) const
{
    QString out = masked(text);
    if (!m_password.isEmpty())
        out.replace(m_password, QStringLiteral("***"));
    if (!m_supplied.isEmpty())
        out.replace(m_supplied, QStringLiteral("***"));
    return out;
}

ProjectUri ProjectUri::withPassword(const QString &password) const
{
    ProjectUri uri = *this;
    uri.m_supplied = password;
    return uri;
}

ProjectUri ProjectUri::forProject(const QString &name) const
{
    ProjectUri uri = *this;
    uri.m_project = name;
    const QString encoded = QString::fromUtf8(QUrl::toPercentEncoding(name));
    static const QRegularExpression project(QStringLiteral("([?&])project=[^&#]*"));
    uri.m_display.replace(project, QStringLiteral("\\1project=") + encoded);
    return uri;
}

std::optional<ProjectUri> ProjectUri::parse(const QString &text, QString *error)
{
    const QString shown = masked(text);
    auto fail = [&](const QString &why) -> std::optional<ProjectUri> {
        if (error)
            *error = QStringLiteral("'%1' is not a project URI: %2").arg(shown, why);
        return std::nullopt;
    };
    if (!isUri(text))
        return fail(QStringLiteral("it must start with postgresql:// or postgres://"));
    if (text.contains(u'#'))
        return fail(QStringLiteral("a URI has no '#' part"));
    const qsizetype question = text.indexOf(u'?');
    QString base = question < 0 ? text : text.left(question);
    const qsizetype scheme = base.indexOf(QLatin1String("://"));
    base.replace(0, scheme, base.left(scheme).toLower()); // libpq knows the scheme in lower case only
    const QStringList parameters = question < 0 ? QStringList()
                                                : text.mid(question + 1).split(u'&', Qt::SkipEmptyParts);
    QStringList kept;
    std::optional<QString> project;
    for (const QString &parameter : parameters) {
        const qsizetype eq = parameter.indexOf(u'=');
        const QString key = QUrl::fromPercentEncoding((eq < 0 ? parameter : parameter.left(eq)).toUtf8());
        if (key != kProjectKey) {
            kept << parameter;
            continue;
        }
        if (project)
            return fail(QStringLiteral("project= is given twice"));
        project = eq < 0 ? QString() : QUrl::fromPercentEncoding(parameter.mid(eq + 1).toUtf8());
    }
    if (!project)
        return fail(QStringLiteral("it names no project (add ?project=NAME)"));
    if (project->trimmed().isEmpty())
        return fail(QStringLiteral("the project name after project= is empty"));
    for (const QChar c : *project)
        if (c.category() == QChar::Other_Control)
            return fail(QStringLiteral("the project name holds a control character"));

    ProjectUri uri;
    uri.m_project = *project;
    uri.m_display = shown;
    uri.m_connection = kept.isEmpty() ? base : base + u'?' + kept.join(u'&');
    QString unloaded;
    if (!LibPq::load(&unloaded)) // libpq reads the connection string
        return fail(unloaded);
    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(uri.m_connection.toUtf8().constData(), &message);
    if (!options) {
        const QString why = message ? QString::fromUtf8(message).trimmed() : QStringLiteral("libpq cannot read it");
        PQfreemem(message);
        return fail(masked(why));
    }
    PQconninfoFree(options);
    uri.m_password = passwordIn(uri.m_connection);
    return uri;
}

} // namespace hp
