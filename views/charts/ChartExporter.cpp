#include "charts/ChartExporter.h"

#include "charts/ChartFactory.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <memory>

namespace hp {

std::optional<ChartFormat> ChartExporter::parseFormat(QStringView name)
{
    if (name == u"png")
        return ChartFormat::Png;
    if (name == u"svg")
        return ChartFormat::Svg;
    if (name == u"pdf")
        return ChartFormat::Pdf;
    return std::nullopt;
}

QString ChartExporter::formatName(ChartFormat format)
{
    switch (format) {
    case ChartFormat::Svg:
        return QStringLiteral("svg");
    case ChartFormat::Pdf:
        return QStringLiteral("pdf");
    case ChartFormat::Png:
        break;
    }
    return QStringLiteral("png");
}

void ChartExporter::render(QChart *chart, QPaintDevice *device, int width, int height)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->resize(width, height);
    chart->layout()->invalidate();
    chart->layout()->activate();
    chart->layout()->activate(); // again: fitting the text to the size (ChartFit) may have changed the legend
    scene.setSceneRect(0, 0, width, height);
    {
        QPainter painter(device);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        scene.render(&painter, QRectF(0, 0, device->width(), device->height()), QRectF(0, 0, width, height));
    }
    scene.removeItem(chart);
}

bool ChartExporter::write(const ChartData &data, const ChartStyle &style, ChartFormat format, const QString &path,
                          const ChartExportOptions &options, QString *error)
{
    if (options.width < 16 || options.height < 16 || options.width > 20000 || options.height > 20000 || options.dpi < 10
        || options.dpi > 2400) {
        *error = QStringLiteral("%1: size must be 16–20000 pixels a side and dpi 10–2400").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    const bool ok = writeTo(&file, data, style, format, options);
    if (!ok || file.error() != QFileDevice::NoError || !file.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

bool ChartExporter::writeTo(QIODevice *device, const ChartData &data, const ChartStyle &style, ChartFormat format,
                            const ChartExportOptions &options)
{
    const ChartStyle sized = style.scaled(ChartStyle::scaleForHeight(options.height));
    const std::unique_ptr<QChart> chart(ChartFactory(sized).create(data));
    const int w = options.width, h = options.height;
    switch (format) {
    case ChartFormat::Png: {
        QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        const int dotsPerMeter = static_cast<int>(options.dpi / 0.0254 + 0.5);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        render(chart.get(), &image, w, h);
        return image.save(device, "PNG");
    }
    case ChartFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(device);
        svg.setSize(QSize(w, h));
        svg.setViewBox(QRect(0, 0, w, h));
        svg.setResolution(options.dpi);
        svg.setTitle(data.title);
        svg.setDescription(data.footnote);
        render(chart.get(), &svg, w, h);
        return true;
    }
    case ChartFormat::Pdf: {
        QPdfWriter pdf(device);
        pdf.setResolution(options.dpi);
        pdf.setPageSize(QPageSize(QSizeF(w * 72.0 / options.dpi, h * 72.0 / options.dpi), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(data.title);
        pdf.setCreator(QStringLiteral("Hedgeplan"));
        render(chart.get(), &pdf, w, h);
        return true;
    }
    }
    return false;
}

} // namespace hp
