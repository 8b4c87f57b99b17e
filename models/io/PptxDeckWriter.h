#pragma once

#include "io/OpcPackage.h"
#include "report/ChartPictureRenderer.h"
#include "report/DeckContent.h"

#include <QString>

#include <optional>

namespace hp {

/// A presenter's slide deck (.pptx, 16:9; docs/rules.md §6.4, docs/exports.md):
/// slide 1 the title, slide 2 the headline figures as a table, then one
/// slide per chart with its title, the chart and a footnote. Charts are
/// native PowerPoint charts (PptxChartPart) with their data in an embedded
/// workbook; a chart PowerPoint cannot draw (band, waterfall) goes in as a
/// PNG with an SVG alternative from the ChartPictureRenderer.
class PptxDeckWriter {
public:
    /// `renderer` may be null: a deck with a band or waterfall chart then fails.
    explicit PptxDeckWriter(const ChartPictureRenderer *renderer = nullptr) : m_renderer(renderer) {}

    /// The whole package in memory; nullopt with *error.
    std::optional<OpcPackage> build(const DeckContent &deck, QString *error) const;
    /// Builds and writes atomically; false with *error naming the file.
    bool write(const DeckContent &deck, const QString &path, QString *error) const;

    static constexpr int kPictureWidthPixels = 2400;

private:
    const ChartPictureRenderer *m_renderer;
};

} // namespace hp
