#pragma once

#include "domain/Project.h"

#include <QColor>
#include <QFont>
#include <QStringList>

#include <array>

namespace hp {

/// The house style of every chart (docs/charts.md): the Okabe–Ito
/// colour-blind-safe palette, DejaVu Sans at sizes readable on a 1080p slide,
/// and one colour per colour key ("provider:aws", "component:shortfall",
/// "scenario:A", …) that stays the same in every chart. Provider colours
/// follow the project's provider order (first provider blue, then orange, …).
class ChartStyle {
public:
    /// `scale` 1 sizes fonts and lines for a 1920×1080 picture; the GUI uses less.
    explicit ChartStyle(QStringList providerOrder = {}, double scale = 1.0);
    static ChartStyle forProject(const Project &project, double scale = 1.0);
    /// The scale for a picture of `height` pixels (height ÷ 1080, at least 0.6).
    static double scaleForHeight(int height);
    /// The same colours at another size.
    ChartStyle scaled(double scale) const { return ChartStyle(m_providers, scale); }

    QColor colour(const QString &key) const;
    /// The eight Okabe–Ito colours: black, orange, sky blue, bluish green,
    /// yellow, blue, vermillion, reddish purple.
    static const std::array<QColor, 8> &okabeIto();

    double scale() const { return m_scale; }
    QFont titleFont() const { return font(30, true); }
    QFont subtitleFont() const { return font(20, false); }
    QFont axisLabelFont() const { return font(18, false); }
    QFont axisTitleFont() const { return font(18, true); }
    QFont legendFont() const { return font(18, false); }
    QFont footnoteFont() const { return font(15, false); }
    qreal lineWidth() const { return 3.0 * m_scale; }
    int margin() const { return static_cast<int>(24 * m_scale); }
    QColor textColour() const { return QColor(0x22, 0x22, 0x22); }
    QColor mutedTextColour() const { return QColor(0x55, 0x55, 0x55); }
    QColor gridColour() const { return QColor(0xdd, 0xdd, 0xdd); }

private:
    QFont font(int pixels, bool bold) const;
    QStringList m_providers;
    double m_scale;
};

} // namespace hp
