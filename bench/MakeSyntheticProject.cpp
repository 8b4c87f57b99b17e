// Writes the synthetic portfolio (SyntheticPortfolio.h) as a project file, for
// the whole-process benchmarks (bench/evaluate-json.sh):
//   bench_make_synthetic OUT.hedgeplan [WORKLOADS]
// (default 200 workloads: 60 months, 42 000 violations).
#include "SyntheticPortfolio.h"

#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.size() > 3) {
        std::fprintf(stderr, "usage: bench_make_synthetic OUT.hedgeplan [WORKLOADS]\n");
        return 2;
    }
    hp::bench::PortfolioSize size;
    if (args.size() == 3) {
        bool ok = false;
        size.workloads = args[2].toInt(&ok);
        if (!ok || size.workloads < 1) {
            std::fprintf(stderr, "bench_make_synthetic: WORKLOADS must be a whole number >= 1\n");
            return 2;
        }
    }
    hp::StorageError error;
    if (!hp::ProjectFile::write(hp::bench::syntheticPortfolio(size), args[1], &error)) {
        std::fprintf(stderr, "bench_make_synthetic: %s\n", qPrintable(error.message));
        return 1;
    }
    return 0;
}
