// Runs one Qt Test class of test_views: `test_views ClassName [Qt Test options]`
// (what QTEST_MAIN does for a single class: a QApplication at 96 dpi).
#include "ViewTestRegistry.h"

#include <QApplication>
#include <QTest>

#include <cstdio>
#include <vector>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    const QString name = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    auto test = hp::viewtests::create(name);
    if (!test) {
        std::fprintf(stderr, "usage: %s CLASS [Qt Test options]\nclasses: %s\n", argv[0],
                     qPrintable(hp::viewtests::names().join(QLatin1String(", "))));
        return 2;
    }
    std::vector<char *> args{argv[0]};
    for (int i = 2; i < argc; ++i)
        args.push_back(argv[i]);
    return QTest::qExec(test.get(), static_cast<int>(args.size()), args.data());
}
