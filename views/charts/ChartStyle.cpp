#include "charts/ChartStyle.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace hp {

ChartStyle::ChartStyle(QStringList providerOrder, double scale) : m_palette(std::move(providerOrder)), m_scale(scale) {}

ChartStyle ChartStyle::forProject(const Project &project, double scale)
{
    QStringList ids;
    for (const Provider &p : project.providers)
        ids << p.id;
    return ChartStyle(ids, scale);
}

double ChartStyle::scaleForHeight(int height)
{
    return std::max(0.6, height / 1080.0);
}

QFont ChartStyle::font(int pixels, bool bold) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(8, static_cast<int>(std::lround(pixels * m_scale))));
    f.setBold(bold);
    return f;
}

} // namespace hp
