#pragma once

#include "charts/ChartStyle.h"
#include "report/ChartPictureRenderer.h"

namespace hp {

/// The chart layer's ChartPictureRenderer: the exporters (PPTX, XLSX) get a
/// chart they cannot write natively as a PNG and an SVG drawn in the house
/// style. Needs a QApplication, like every Qt Charts drawing.
class QtChartPictureRenderer : public ChartPictureRenderer {
public:
    explicit QtChartPictureRenderer(ChartStyle style = ChartStyle()) : m_style(std::move(style)) {}
    /// PNG of `pixels` (96 dpi) and SVG with the same view box; an empty
    /// picture for a size under 16 pixels a side.
    ChartPicture render(const ChartData &chart, QSize pixels) const override;

private:
    ChartStyle m_style;
};

} // namespace hp
