#pragma once

#include <QColor>
#include <QStringList>

#include <array>

namespace hp {

/// The colour of every chart series (docs/charts.md), shared by the chart
/// layer and the exporters: the Okabe–Ito colour-blind-safe palette, and one
/// colour per colour key that is the same in every chart. Provider colours
/// follow the project's provider order (first provider blue, then orange,
/// bluish green, …), never a hash, so a provider keeps its colour everywhere.
class ChartPalette {
public:
    /// `providerOrder`: the project's provider ids, in order.
    explicit ChartPalette(QStringList providerOrder = {}) : m_providers(std::move(providerOrder)) {}

    /// "provider:<id>", "component:<name>", "scenario:A|B|delta|plan|actual",
    /// "class:<workload class>", "metric:…", "fan:…", "range:…"; grey for an unknown key.
    QColor colour(const QString &key) const;
    const QStringList &providerOrder() const { return m_providers; }

    /// The eight Okabe–Ito colours: black, orange, sky blue, bluish green,
    /// yellow, blue, vermillion, reddish purple.
    static const std::array<QColor, 8> &okabeIto();

private:
    QStringList m_providers;
};

} // namespace hp
