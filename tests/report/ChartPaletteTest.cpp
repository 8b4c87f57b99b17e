// Series colours (docs/charts.md): Okabe–Ito, providers by project order.
#include "report/ChartPalette.h"

#include <gtest/gtest.h>

#include <set>

using hp::ChartPalette;

namespace {
const QColor kBlue(0x00, 0x72, 0xB2), kOrange(0xE6, 0x9F, 0x00), kGreen(0x00, 0x9E, 0x73), kVermillion(0xD5, 0x5E, 0x00);
QString S(const char *s) { return QString::fromLatin1(s); }
} // namespace

TEST(ChartPalette, ProvidersTakeColoursInProjectOrder)
{
    const ChartPalette p({S("zeta"), S("alpha"), S("mid")});
    EXPECT_EQ(p.colour(S("provider:zeta")), kBlue);
    EXPECT_EQ(p.colour(S("provider:alpha")), kOrange);
    EXPECT_EQ(p.colour(S("provider:mid")), kGreen);
    EXPECT_EQ(p.colour(S("provider:unknown")), QColor(0x99, 0x99, 0x99));
    // Another project order gives other colours: the order decides, not the id.
    EXPECT_EQ(ChartPalette({S("alpha"), S("zeta")}).colour(S("provider:alpha")), kBlue);
    // Nine providers: the ninth starts the sequence again.
    QStringList nine;
    for (int i = 0; i < 9; ++i)
        nine << QString::number(i);
    EXPECT_EQ(ChartPalette(nine).colour(S("provider:8")), kBlue);
}

TEST(ChartPalette, FixedKeysAndClasses)
{
    const ChartPalette p;
    EXPECT_EQ(p.colour(S("component:shortfall")), kVermillion);
    EXPECT_EQ(p.colour(S("component:spend")), kBlue);
    EXPECT_EQ(p.colour(S("scenario:A")), kBlue);
    EXPECT_EQ(p.colour(S("scenario:B")), kOrange);
    EXPECT_EQ(p.colour(S("class:stateless_api")), kBlue);
    EXPECT_EQ(p.colour(S("class:stateful_runtime")), kOrange);
    EXPECT_EQ(p.colour(S("class:nonsense")), QColor(0x99, 0x99, 0x99));
    EXPECT_EQ(p.colour(QString()), QColor(0x99, 0x99, 0x99));
    std::set<QRgb> distinct;
    for (const QColor &c : ChartPalette::okabeIto())
        distinct.insert(c.rgb());
    EXPECT_EQ(distinct.size(), 8u);
}
