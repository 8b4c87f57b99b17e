#pragma once
// A ChartPictureRenderer for tests: a PNG of the requested size (one filled
// rectangle, plus one bar per value of the first series) and a tiny SVG.
#include "report/ChartPictureRenderer.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

namespace hp::test {

class StubChartRenderer : public ChartPictureRenderer {
public:
    mutable int calls = 0;
    mutable QSize lastSize;
    mutable ChartData lastChart;

    ChartPicture render(const ChartData &chart, QSize pixels) const override
    {
        ++calls;
        lastSize = pixels;
        lastChart = chart;
        QImage image(pixels, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.fillRect(QRect(QPoint(0, 0), pixels).adjusted(20, 20, -20, -20), QColor(0xea, 0xf1, 0xf8));
        if (!chart.series.empty()) {
            const auto &values = chart.series.front().values;
            const int width = pixels.width() / int(values.size() + 1);
            for (std::size_t i = 0; i < values.size(); ++i)
                painter.fillRect(width / 2 + int(i) * width, pixels.height() / 2, width / 2, pixels.height() / 3, QColor(0x1f, 0x77, 0xb4));
        }
        painter.end();
        ChartPicture picture;
        QBuffer buffer(&picture.png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        picture.svg = QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"240\" height=\"104\">"
                                        "<rect x=\"2\" y=\"2\" width=\"236\" height=\"100\" fill=\"#eaf1f8\"/></svg>");
        return picture;
    }
};

} // namespace hp::test
