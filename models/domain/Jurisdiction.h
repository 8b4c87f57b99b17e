#pragma once

#include <QString>
#include <QStringList>

namespace hp {

/// Jurisdiction codes of docs/rules.md §11.1: ISO 3166-1 alpha-2 (`IN`, `US`) or
/// `EU`, compared case-insensitively; `EU` in a residency list also admits the
/// 27 member states.
class Jurisdiction {
public:
    /// An assigned ISO 3166-1 alpha-2 code or `EU` (trimmed, any case).
    static bool isKnown(QStringView code);
    static bool isEuMember(QStringView code);
    /// Whether data of a workload with `residency` may be processed in
    /// `jurisdiction`: an empty list admits everything; an empty jurisdiction
    /// satisfies no list.
    static bool admits(const QStringList &residency, QStringView jurisdiction);
    /// A `IN|EU` cell split on `|`, each code trimmed, empty parts dropped.
    static QStringList splitList(QStringView text);
    static QString joinList(const QStringList &codes) { return codes.join(u'|'); }
};

} // namespace hp
