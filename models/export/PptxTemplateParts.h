#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace hp {

/// The fixed parts every Hedgeplan deck shares (ECMA-376 Part 1, PresentationML):
/// one theme, one slide master with one "Title Only" layout (both carry the
/// title placeholder every slide's title fills), presentation, view and
/// table-style properties; and the parts that list the slides.
class PptxTemplateParts {
public:
    static QByteArray theme();
    static QByteArray slideMaster(const QString &layoutRelationship);
    static QByteArray titleOnlyLayout();
    static QByteArray presentationProperties();
    static QByteArray viewProperties();
    static QByteArray tableStyles();
    /// `ppt/presentation.xml`: 16:9 (12,192,000 × 6,858,000 EMU), the
    /// master's and the slides' relationship ids in order.
    static QByteArray presentation(const QString &masterRelationship, const std::vector<QString> &slideRelationships);
    static QByteArray coreProperties(const QString &title, const QDateTime &created);
    static QByteArray appProperties(int slides);

    static constexpr qint64 kSlideWidth = 12192000;
    static constexpr qint64 kSlideHeight = 6858000;
    /// Where the title placeholder sits (EMU): half-inch margins, 0.33 in from the top.
    static constexpr qint64 kTitleX = 457200, kTitleY = 300000, kTitleWidth = kSlideWidth - 2 * 457200, kTitleHeight = 700000;
};

} // namespace hp
