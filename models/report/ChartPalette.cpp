#include "report/ChartPalette.h"

#include "domain/WorkloadClass.h"

#include <utility>

namespace hp {

namespace {

enum Palette { Black, Orange, SkyBlue, BluishGreen, Yellow, Blue, Vermillion, ReddishPurple };

/// Order in which providers (and workload classes) take palette colours:
/// the strongest contrasts first, yellow late (weak on white), black last.
constexpr std::array<Palette, 8> kSequence{Blue, Orange, BluishGreen, ReddishPurple, SkyBlue, Vermillion, Yellow, Black};

/// Fixed colours of everything that is not a provider or a class. Keys that
/// share a chart get the same colour (a deliberate pair: due dashed, paid
/// solid; the fan's band around its P50) or colours far apart: never orange
/// beside vermillion or sky blue beside blue (ChartPaletteTest checks every
/// chart of the demo).
constexpr std::array<std::pair<const char *, Palette>, 28> kFixed{{
    {"component:spend", Blue},
    {"component:shortfall", Vermillion},
    {"component:revenue-share", ReddishPurple},
    {"component:revenue-share-due", ReddishPurple},
    {"component:switching", BluishGreen},
    {"component:cumulative", BluishGreen},
    {"component:cap", Black},
    {"component:committed", SkyBlue},
    {"component:drawn", BluishGreen},
    {"component:egress", SkyBlue},
    {"component:reengineering", Orange},
    {"component:dual-run", BluishGreen},
    {"component:termination", Black},
    {"component:lost-discount", ReddishPurple},
    {"component:exposure", Vermillion},
    {"component:revenue-at-risk", Yellow},
    {"scenario:A", Blue},
    {"scenario:B", Orange},
    {"scenario:delta", Black},
    {"scenario:plan", Black},
    {"scenario:actual", Vermillion},
    {"metric:hhi", Blue},
    {"metric:single-homed", Orange},
    {"fan:band", Blue},
    {"fan:p50", Blue},
    {"fan:mean", Black},
    {"range:low", Blue},
    {"range:high", Orange},
}};

/// The scarcity charts' keys (docs/charts.md: capacity, silicon audit), same rules.
constexpr std::array<std::pair<const char *, Palette>, 6> kScarcity{{
    {"capacity:placed", Blue},
    {"capacity:available", Black},
    {"capacity:served", Orange},
    {"silicon:premium", Vermillion},
    // The commitment sizing chart (docs/rules.md §12.2): expected as the fan's P50, P90 apart.
    {"sizing:expected", Blue},
    {"sizing:p90", Vermillion},
}};

QColor inSequence(qsizetype i)
{
    return ChartPalette::okabeIto()[kSequence[static_cast<std::size_t>(i) % kSequence.size()]];
}

} // namespace

const std::array<QColor, 8> &ChartPalette::okabeIto()
{
    static const std::array<QColor, 8> colours{QColor(0x00, 0x00, 0x00), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                               QColor(0x00, 0x9E, 0x73), QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x72, 0xB2),
                                               QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7)};
    return colours;
}

QColor ChartPalette::colour(const QString &key) const
{
    const QColor unknown(0x99, 0x99, 0x99);
    if (key.startsWith(u"provider:")) {
        const qsizetype i = m_providers.indexOf(key.mid(9));
        return i >= 0 ? inSequence(i) : unknown;
    }
    if (key.startsWith(u"class:")) {
        qsizetype i = 0;
        for (const WorkloadClass c : allWorkloadClasses()) {
            if (key.mid(6) == toString(c))
                return inSequence(i);
            ++i;
        }
        return unknown;
    }
    for (const auto &[name, colour] : kFixed)
        if (key == QLatin1String(name))
            return okabeIto()[colour];
    for (const auto &[name, colour] : kScarcity)
        if (key == QLatin1String(name))
            return okabeIto()[colour];
    return unknown;
}

} // namespace hp
