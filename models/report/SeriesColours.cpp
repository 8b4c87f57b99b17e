#include "SeriesColours.h"

namespace hp {

const std::vector<QRgb> &SeriesColours::palette()
{
    // Okabe–Ito and Tableau 10 blends, distinct in print; no grey (it reads as 'other').
    static const std::vector<QRgb> colours{0xff1f77b4, 0xffe69f00, 0xff009e73, 0xffcc79a7, 0xff56b4e9,
                                           0xffd55e00, 0xff17becf, 0xff0072b2, 0xffbcbd22, 0xff8c564b};
    return colours;
}

std::vector<QRgb> SeriesColours::forChart(const ChartData &chart)
{
    const std::size_t slotCount = palette().size();
    std::vector<bool> taken(slotCount, false);
    std::vector<int> slotOf(chart.series.size(), -1);
    const auto takeFrom = [&](std::size_t start) {
        for (std::size_t k = 0; k < slotCount; ++k) {
            const std::size_t s = (start + k) % slotCount;
            if (!taken[s]) {
                taken[s] = true;
                return int(s);
            }
        }
        return int(start % slotCount); // more series than colours: repeat
    };
    for (std::size_t i = 0; i < chart.series.size(); ++i) {
        const QString &key = chart.series[i].colourKey;
        if (key.isEmpty())
            continue;
        std::uint32_t hash = 2166136261u; // FNV-1a over UTF-16 code units: stable across runs
        for (QChar c : key)
            hash = (hash ^ c.unicode()) * 16777619u;
        slotOf[i] = takeFrom(hash % slotCount);
    }
    for (std::size_t i = 0; i < chart.series.size(); ++i)
        if (slotOf[i] < 0)
            slotOf[i] = takeFrom(0);
    std::vector<QRgb> out;
    for (int s : slotOf)
        out.push_back(palette()[std::size_t(s)]);
    return out;
}

} // namespace hp
