// Rendering one chart of 5 series × 60 months to each export format
// (docs/charts.md). Run: build/bench/bench_charts
#include "charts/ChartExporter.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cmath>

namespace {

hp::ChartData fiveBySixty(hp::SeriesStyle style)
{
    hp::ChartData c;
    c.title = QStringLiteral("Benchmark");
    c.subtitle = QStringLiteral("5 series × 60 months");
    c.footnote = QStringLiteral("Synthetic data");
    c.currency = QStringLiteral("USD");
    for (int i = 0; i < 60; ++i)
        c.categories << QStringLiteral("%1-%2").arg(2026 + i / 12).arg(i % 12 + 1, 2, 10, QLatin1Char('0'));
    for (int s = 0; s < 5; ++s) {
        hp::ChartSeries series{QStringLiteral("Series %1").arg(s), QStringLiteral("provider:p%1").arg(s), style, {}, {}, false, {}};
        for (int i = 0; i < 60; ++i)
            series.values.push_back(1e6 * (s + 1) * (1 + 0.3 * std::sin(i / 6.0 + s)));
        c.series.push_back(series);
    }
    return c;
}

void render(benchmark::State &state, hp::ChartFormat format, hp::SeriesStyle style)
{
    const hp::ChartData data = fiveBySixty(style);
    const hp::ChartStyle chartStyle({QStringLiteral("p0"), QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3"), QStringLiteral("p4")});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.") + hp::ChartExporter::formatName(format));
    QString error;
    for (auto _ : state)
        if (!hp::ChartExporter::write(data, chartStyle, format, path, {}, &error))
            state.SkipWithError(error.toStdString().c_str());
}

void linesPng(benchmark::State &s) { render(s, hp::ChartFormat::Png, hp::SeriesStyle::Line); }
void linesSvg(benchmark::State &s) { render(s, hp::ChartFormat::Svg, hp::SeriesStyle::Line); }
void linesPdf(benchmark::State &s) { render(s, hp::ChartFormat::Pdf, hp::SeriesStyle::Line); }
void stackedAreaPng(benchmark::State &s) { render(s, hp::ChartFormat::Png, hp::SeriesStyle::StackedArea); }
void stackedBarsPng(benchmark::State &s) { render(s, hp::ChartFormat::Png, hp::SeriesStyle::StackedBar); }

} // namespace

BENCHMARK(linesPng)->Unit(benchmark::kMillisecond);
BENCHMARK(linesSvg)->Unit(benchmark::kMillisecond);
BENCHMARK(linesPdf)->Unit(benchmark::kMillisecond);
BENCHMARK(stackedAreaPng)->Unit(benchmark::kMillisecond);
BENCHMARK(stackedBarsPng)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
