#include "SeriesColours.h"

#include "report/ChartPalette.h"

namespace hp {

const std::vector<QRgb> &SeriesColours::palette()
{
    static const std::vector<QRgb> colours = [] {
        std::vector<QRgb> out;
        for (const QColor &c : ChartPalette::okabeIto())
            out.push_back(c.rgb());
        return out;
    }();
    return colours;
}

std::vector<QRgb> SeriesColours::forChart(const ChartData &chart)
{
    const ChartPalette colours(chart.providerOrder);
    std::vector<QRgb> out;
    std::size_t unkeyed = 0;
    for (const ChartSeries &s : chart.series)
        out.push_back(s.colourKey.isEmpty() ? palette()[unkeyed++ % palette().size()] : colours.colour(s.colourKey).rgb());
    return out;
}

} // namespace hp
