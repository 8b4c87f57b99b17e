// ctest's fixture for the PostgreSQL tests: `pg_test_template DIR` runs initdb
// once into DIR, which every test process then copies (initdb takes seconds).
#include "PgTestCluster.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <pwd.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: pg_test_template DIR\n", stderr);
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    QDir(dir).removeRecursively();
    try {
        hp::test::PgTestCluster::initialize(dir);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
