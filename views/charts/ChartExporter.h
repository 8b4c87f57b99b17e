#pragma once

#include "charts/ChartStyle.h"
#include "report/ChartData.h"

#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
class QIODevice;
class QPaintDevice;
QT_END_NAMESPACE

namespace hp {

enum class ChartFormat { Png, Svg, Pdf };

/// Size of an exported chart in pixels (PNG pixels, SVG user units, PDF
/// points at `dpi`), and the resolution recorded in the file.
struct ChartExportOptions {
    int width = 1920;
    int height = 1080;
    int dpi = 96;
};

/// Writes charts to PNG (raster), SVG (QSvgGenerator) and PDF (QPdfWriter,
/// vector). Fonts scale with the height (ChartStyle::scaleForHeight). The
/// file is written to a temporary name and renamed when complete (QSaveFile),
/// so a failed export leaves no half-written file. Needs a QApplication.
class ChartExporter {
public:
    static std::optional<ChartFormat> parseFormat(QStringView name);
    static QString formatName(ChartFormat format);

    /// Draws `data` in `style` (rescaled to the picture's height) into `path`.
    /// Returns false and sets *error (naming the file) when it cannot be written.
    static bool write(const ChartData &data, const ChartStyle &style, ChartFormat format, const QString &path,
                      const ChartExportOptions &options, QString *error);
    /// Draws `data` into an open device (a file, a QBuffer) without checks
    /// of the options; false when the picture cannot be encoded.
    static bool writeTo(QIODevice *device, const ChartData &data, const ChartStyle &style, ChartFormat format,
                        const ChartExportOptions &options);
    /// Draws a chart (already built) onto `device` over width × height device pixels.
    static void render(QChart *chart, QPaintDevice *device, int width, int height);
};

} // namespace hp
