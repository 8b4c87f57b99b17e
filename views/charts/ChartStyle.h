#pragma once

#include "domain/Project.h"
#include "report/ChartPalette.h"

#include <QColor>
#include <QFont>
#include <QStringList>


namespace hp {

/// The house style of every chart (docs/charts.md): the colours of
/// ChartPalette (Okabe–Ito; one colour per colour key such as "provider:aws",
/// "component:shortfall", "scenario:A", the same in every chart; providers
/// in the project's order) and DejaVu Sans at sizes readable on a 1080p slide.
class ChartStyle {
public:
    /// `scale` 1 sizes fonts and lines for a 1920×1080 picture; the GUI uses less.
    explicit ChartStyle(QStringList providerOrder = {}, double scale = 1.0);
    static ChartStyle forProject(const Project &project, double scale = 1.0);
    /// The scale for a picture of `height` pixels (height ÷ 1080, at least 0.6).
    static double scaleForHeight(int height);
    /// The same colours at another size.
    ChartStyle scaled(double scale) const { return ChartStyle(m_palette.providerOrder(), scale); }

    QColor colour(const QString &key) const { return m_palette.colour(key); }
    const ChartPalette &palette() const { return m_palette; }

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
    ChartPalette m_palette;
    double m_scale;
};

} // namespace hp
