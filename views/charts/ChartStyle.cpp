#include "charts/ChartStyle.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace hp {

namespace {

enum Palette { Black, Orange, SkyBlue, BluishGreen, Yellow, Blue, Vermillion, ReddishPurple };

/// Order in which providers (and workload classes) take palette colours:
/// the strongest contrasts first, yellow late (weak on white), black last.
constexpr std::array<Palette, 8> kSequence{Blue, Orange, BluishGreen, ReddishPurple, SkyBlue, Vermillion, Yellow, Black};

/// Fixed colours of everything that is not a provider.
constexpr std::array<std::pair<const char *, Palette>, 27> kFixed{{
    {"component:spend", Blue},
    {"component:shortfall", Vermillion},
    {"component:revenue-share", ReddishPurple},
    {"component:revenue-share-due", ReddishPurple},
    {"component:switching", Orange},
    {"component:cumulative", BluishGreen},
    {"component:cap", Black},
    {"component:committed", SkyBlue},
    {"component:drawn", Blue},
    {"component:egress", SkyBlue},
    {"component:reengineering", Orange},
    {"component:dual-run", BluishGreen},
    {"component:termination", Vermillion},
    {"component:lost-discount", ReddishPurple},
    {"component:exposure", Vermillion},
    {"scenario:A", Blue},
    {"scenario:B", Orange},
    {"scenario:delta", Black},
    {"scenario:plan", Black},
    {"scenario:actual", Vermillion},
    {"metric:hhi", Blue},
    {"metric:single-homed", Orange},
    {"fan:band", SkyBlue},
    {"fan:p50", Blue},
    {"fan:mean", Black},
    {"range:low", Blue},
    {"range:high", Orange},
}};

} // namespace

ChartStyle::ChartStyle(QStringList providerOrder, double scale) : m_providers(std::move(providerOrder)), m_scale(scale) {}

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

const std::array<QColor, 8> &ChartStyle::okabeIto()
{
    static const std::array<QColor, 8> colours{QColor(0x00, 0x00, 0x00), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                               QColor(0x00, 0x9E, 0x73), QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x72, 0xB2),
                                               QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7)};
    return colours;
}

QColor ChartStyle::colour(const QString &key) const
{
    const auto sequence = [](qsizetype i) { return okabeIto()[kSequence[static_cast<std::size_t>(i) % kSequence.size()]]; };
    if (key.startsWith(u"provider:")) {
        const qsizetype i = m_providers.indexOf(key.mid(9));
        return i >= 0 ? sequence(i) : QColor(0x99, 0x99, 0x99);
    }
    if (key.startsWith(u"class:")) {
        const auto &classes = allWorkloadClasses();
        qsizetype i = 0;
        for (const WorkloadClass c : classes) {
            if (key.mid(6) == toString(c))
                return sequence(i);
            ++i;
        }
    }
    for (const auto &[name, colour] : kFixed)
        if (key == QLatin1String(name))
            return okabeIto()[colour];
    return QColor(0x99, 0x99, 0x99);
}

QFont ChartStyle::font(int pixels, bool bold) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(8, static_cast<int>(std::lround(pixels * m_scale))));
    f.setBold(bold);
    return f;
}

} // namespace hp
