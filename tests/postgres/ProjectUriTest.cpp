// Parsing of project URIs (docs/rules.md §13): project= taken off, libpq's own
// parser for the rest, passwords masked everywhere. No server needed.
#include "storage/ProjectUri.h"

#include <gtest/gtest.h>

using hp::ProjectUri;

namespace {

std::string parseError(const QString &text)
{
    QString error;
    EXPECT_FALSE(ProjectUri::parse(text, &error).has_value()) << text.toStdString();
    return error.toStdString();
}

} // namespace

TEST(ProjectUri, ProjectParameterIsTakenOffTheRestGoesToLibpq)
{
    QString error;
    const auto uri = ProjectUri::parse(QStringLiteral("postgresql://alice@db.example.com:5433/plans?sslmode=verify-full&project=Frontier%20lab&connect_timeout=5"),
                                       &error);
    ASSERT_TRUE(uri) << error.toStdString();
    EXPECT_EQ(uri->project(), QStringLiteral("Frontier lab"));
    EXPECT_EQ(uri->connectionString(), QStringLiteral("postgresql://alice@db.example.com:5433/plans?sslmode=verify-full&connect_timeout=5"));
}

TEST(ProjectUri, SocketHostAndShortSchemeAndOnlyParameter)
{
    QString error;
    const auto uri = ProjectUri::parse(QStringLiteral("postgres:///hp?host=/run/postgresql&project=p1"), &error);
    ASSERT_TRUE(uri) << error.toStdString();
    EXPECT_EQ(uri->project(), QStringLiteral("p1"));
    EXPECT_EQ(uri->connectionString(), QStringLiteral("postgres:///hp?host=/run/postgresql"));
    const auto alone = ProjectUri::parse(QStringLiteral("POSTGRESQL://h/db?project=x"), &error);
    ASSERT_TRUE(alone) << error.toStdString();
    EXPECT_EQ(alone->connectionString(), QStringLiteral("postgresql://h/db"));
}

TEST(ProjectUri, IsUriTellsDatabasesFromFileNames)
{
    EXPECT_TRUE(ProjectUri::isUri(QStringLiteral("postgresql:///hp?project=a")));
    EXPECT_TRUE(ProjectUri::isUri(QStringLiteral("Postgres://x/y")));
    EXPECT_TRUE(ProjectUri::isUri(QStringLiteral("postgresql://broken")));
    EXPECT_FALSE(ProjectUri::isUri(QStringLiteral("plan.hedgeplan")));
    EXPECT_FALSE(ProjectUri::isUri(QStringLiteral("./postgresql:/x")));
    EXPECT_FALSE(ProjectUri::isUri(QStringLiteral("mysql://h/db?project=a")));
}

TEST(ProjectUri, PasswordIsMaskedInDisplayAndErrors)
{
    QString error;
    const auto uri = ProjectUri::parse(QStringLiteral("postgresql://bob:s3cret@h:5432/db?project=p"), &error);
    ASSERT_TRUE(uri) << error.toStdString();
    EXPECT_EQ(uri->display(), QStringLiteral("postgresql://bob:***@h:5432/db?project=p"));
    EXPECT_FALSE(uri->display().contains(QStringLiteral("s3cret")));
    EXPECT_TRUE(uri->connectionString().contains(QStringLiteral("s3cret"))); // libpq gets it
    EXPECT_EQ(uri->scrub(QStringLiteral("server said s3cret")), QStringLiteral("server said ***"));

    const auto param = ProjectUri::parse(QStringLiteral("postgresql:///db?password=hunter2&project=p&user=u"), &error);
    ASSERT_TRUE(param) << error.toStdString();
    EXPECT_EQ(param->display(), QStringLiteral("postgresql:///db?password=***&project=p&user=u"));

    const std::string bad = parseError(QStringLiteral("postgresql://bob:s3cret@h/db?project=p&nonsense=1"));
    EXPECT_EQ(bad.find("s3cret"), std::string::npos) << bad;
    EXPECT_NE(bad.find("nonsense"), std::string::npos) << bad;
    const std::string ipv6 = parseError(QStringLiteral("postgresql://bob:s3cret@[::1/db?project=p"));
    EXPECT_EQ(ipv6.find("s3cret"), std::string::npos) << ipv6;
    EXPECT_EQ(ProjectUri::masked(QStringLiteral("see \"postgres://u:pw@h/d\" and postgresql://v:x@h")),
              QStringLiteral("see \"postgres://u:***@h/d\" and postgresql://v:***@h"));
    const std::string noProject = parseError(QStringLiteral("postgresql://bob:s3cret@h/db"));
    EXPECT_EQ(noProject.find("s3cret"), std::string::npos) << noProject;
}

TEST(ProjectUri, BadUrisGiveOneClearError)
{
    EXPECT_NE(parseError(QStringLiteral("postgresql://h/db")).find("names no project"), std::string::npos);
    EXPECT_NE(parseError(QStringLiteral("postgresql://h/db?project=")).find("empty"), std::string::npos);
    EXPECT_NE(parseError(QStringLiteral("postgresql://h/db?project=%20%20")).find("empty"), std::string::npos);
    EXPECT_NE(parseError(QStringLiteral("postgresql://h/db?project=a&project=b")).find("twice"), std::string::npos);
    EXPECT_NE(parseError(QStringLiteral("postgresql://h/db?project=a&sslmode")).find("postgresql://h/db"), std::string::npos);
    EXPECT_NE(parseError(QStringLiteral("postgresql://[::1/db?project=a")).find("IPv6"), std::string::npos);
    EXPECT_NE(parseError(QStringLiteral("postgresql://h/db?project=a&sslmode")).find("separator"), std::string::npos);
    EXPECT_NE(parseError(QStringLiteral("postgresql://h/db?project=a#frag")).find("'#'"), std::string::npos);
    EXPECT_NE(parseError(QStringLiteral("postgresql://h/db?project=a%0Ab")).find("control"), std::string::npos);
    EXPECT_NE(parseError(QStringLiteral("plan.hedgeplan")).find("postgresql://"), std::string::npos);
}
