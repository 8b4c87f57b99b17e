#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace hp {

/// The text encodings the importer reads (docs/rules.md §6.1): UTF-8 with or
/// without BOM by default; Windows-1252 or Latin-1 only on an explicit choice.
enum class TextEncoding { Utf8, Utf8Bom, Windows1252, Latin1 };

/// Names and conversion of TextEncoding values.
class TextEncodings {
public:
    /// `utf-8`, `utf-8-bom`, `windows-1252`, `latin-1`.
    static QString name(TextEncoding encoding);
    /// Accepts the names above and the usual aliases (`utf8`, `cp1252`, `iso-8859-1`…), case-insensitively.
    static std::optional<TextEncoding> parse(QStringView text);
    static QStringList names();
    /// True when the bytes start with the UTF-8 byte order mark.
    static bool hasBom(const QByteArray &bytes);
    /// The bytes as UTF-8 (without BOM). UTF-8 input is returned unchanged
    /// (the tokenizer validates it); Windows-1252 and Latin-1 are transcoded,
    /// so every byte maps to one character and nothing can fail.
    static QByteArray toUtf8(const QByteArray &bytes, TextEncoding encoding);
};

} // namespace hp
