#pragma once

#include <QString>
#include <QStringList>

namespace hp {

/// Column lists of every canonical file (docs/rules.md §9 plus the extension
/// files of docs/csv-formats.md), required columns first.
struct CanonicalColumns {
    QStringList required;
    QStringList optional;
    QStringList all() const { return required + optional; }
};

class CanonicalFiles {
public:
    /// File names in reading order (providers first, placements after scenarios…).
    static const QStringList &fileNames();
    static const CanonicalColumns &columns(const QString &fileName);
};

} // namespace hp
