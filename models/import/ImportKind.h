#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace hp {

/// What a file holds: a contract register, a FOCUS billing export or a LiteLLM price map.
enum class ImportKind { Register, Focus, Prices };

/// Names of ImportKind values and the guess from a file's name and header.
class ImportKinds {
public:
    static QString name(ImportKind kind); ///< `register`, `focus`, `prices`
    static std::optional<ImportKind> parse(QStringView text);
    static QStringList names();
    /// `.json` → prices; a header with BilledCost and ChargePeriodStart → focus; else register.
    static ImportKind guess(const QString &fileName, const QByteArray &bytes);
};

} // namespace hp
