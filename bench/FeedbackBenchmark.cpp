// Instant feedback (issue #17, docs/performance.md "Feedback after an edit"):
// the time from an edit pushed through the undo stack (a unit price typed
// into the offerings table of the real main window) until the dashboard shows
// the new figures, and until the dashboard's chart is rebuilt. The goal is
// 100 ms for both. Run offscreen: QT_QPA_PLATFORM=offscreen build/bench/bench_feedback
#include "itemmodels/DashboardModel.h"
#include "itemmodels/DocumentTableModel.h"
#include "document/ResultsCalculator.h"
#include "charts/ChartPanel.h"
#include "editors/EntityTableEditor.h"
#include "canonical/DemoPortfolio.h"
#include "main/DashboardWidget.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTimer>

#include <benchmark/benchmark.h>

namespace {

/// Runs the event loop until `signal` of `sender` fires (or 10 s pass).
template <class Sender, class Signal>
bool waitFor(Sender *sender, Signal signal)
{
    QEventLoop loop;
    bool fired = false;
    const auto c = QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(c);
    return fired;
}

enum class Until { Figures, Chart, OverviewCards };

void editUntil(benchmark::State &state, Until until)
{
    QStandardPaths::setTestModeEnabled(true);
    hp::MainWindow w;
    w.resize(1600, 940);
    w.show();
    w.showProject(hp::DemoPortfolio::load());
    w.showPage(until == Until::OverviewCards ? hp::MainWindow::Overview : hp::MainWindow::ProvidersPage);
    hp::DashboardModel *dashboard = w.dashboard()->model();
    if (!waitFor(dashboard, &QAbstractItemModel::modelReset)) {
        state.SkipWithError("the dashboard never showed the demo");
        return;
    }
    QCoreApplication::processEvents();
    QAbstractItemModel *offerings = w.offeringsEditor()->model();
    const QModelIndex price = offerings->index(0, 4);
    int n = 0;
    for (auto _ : state) {
        QElapsedTimer clock;
        clock.start();
        offerings->setData(price, (++n % 2) ? QStringLiteral("2.01") : QStringLiteral("2.00"), Qt::EditRole);
        // The calculator's results reach the dashboard and the executive overview in
        // the same emission (every scenario while the overview is shown), before this waiter.
        const bool shown = until == Until::Chart       ? waitFor(w.chartPanel(), &hp::ChartPanel::updated)
                           : until == Until::Figures   ? waitFor(dashboard, &QAbstractItemModel::modelReset)
                                                       : waitFor(w.calculator(), &hp::ResultsCalculator::resultsReady);
        state.SetIterationTime(double(clock.nsecsElapsed()) / 1e9);
        if (!shown) {
            state.SkipWithError("no update within 10 s");
            return;
        }
        QCoreApplication::processEvents(); // let the other half settle before the next edit
    }
}

void editUntilDashboardFigures(benchmark::State &s) { editUntil(s, Until::Figures); }
void editUntilDashboardChart(benchmark::State &s) { editUntil(s, Until::Chart); }
void editUntilOverviewCards(benchmark::State &s) { editUntil(s, Until::OverviewCards); }

} // namespace

BENCHMARK(editUntilDashboardFigures)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(50);
BENCHMARK(editUntilDashboardChart)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(50);
BENCHMARK(editUntilOverviewCards)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(50);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
