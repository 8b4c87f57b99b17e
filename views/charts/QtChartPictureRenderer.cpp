#include "charts/QtChartPictureRenderer.h"

#include "charts/ChartExporter.h"

#include <QBuffer>

namespace hp {

ChartPicture QtChartPictureRenderer::render(const ChartData &chart, QSize pixels) const
{
    ChartPicture picture;
    if (pixels.width() < 16 || pixels.height() < 16)
        return picture;
    const ChartExportOptions options{pixels.width(), pixels.height(), 96};
    QBuffer png(&picture.png);
    png.open(QIODevice::WriteOnly);
    if (!ChartExporter::writeTo(&png, chart, m_style, ChartFormat::Png, options))
        picture.png.clear();
    QBuffer svg(&picture.svg);
    svg.open(QIODevice::WriteOnly);
    if (!ChartExporter::writeTo(&svg, chart, m_style, ChartFormat::Svg, options))
        picture.svg.clear();
    return picture;
}

} // namespace hp
