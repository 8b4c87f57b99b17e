#pragma once

#include "export/OpcPackage.h"
#include "report/DeckContent.h"

#include <QString>

#include <optional>

namespace hp {

/// A presenter's slide deck (.pptx, 16:9; docs/rules.md §6.4, docs/exports.md):
/// slide 1 the title, slide 2 the summary (compact headline figures of the
/// scenarios exported and their break-even sentence), then one slide per
/// chart with its title, the chart and a footnote. Every chart, the Monte
/// Carlo fan and the switching waterfall included, is a native PowerPoint
/// chart (PptxChartPart) with its data in an embedded workbook, so "Edit
/// Data" opens it; no slide holds a picture. Every slide title is the title
/// placeholder of the layout (PowerPoint's outline view, "Reset slide").
class PptxDeckWriter {
public:
    /// The whole package in memory; nullopt with *error.
    std::optional<OpcPackage> build(const DeckContent &deck, QString *error) const;
    /// Builds and writes atomically; false with *error naming the file.
    bool write(const DeckContent &deck, const QString &path, QString *error) const;
};

} // namespace hp
