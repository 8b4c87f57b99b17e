#include "ImportKind.h"

#include "csv/DialectDetector.h"
#include "import/FocusImporter.h"

namespace hp {

QString ImportKinds::name(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Register: return QStringLiteral("register");
    case ImportKind::Focus: return QStringLiteral("focus");
    case ImportKind::Prices: return QStringLiteral("prices");
    }
    return QStringLiteral("register");
}

QStringList ImportKinds::names()
{
    return {name(ImportKind::Register), name(ImportKind::Focus), name(ImportKind::Prices)};
}

std::optional<ImportKind> ImportKinds::parse(QStringView text)
{
    for (ImportKind k : {ImportKind::Register, ImportKind::Focus, ImportKind::Prices})
        if (text.trimmed().compare(name(k), Qt::CaseInsensitive) == 0)
            return k;
    return std::nullopt;
}

ImportKind ImportKinds::guess(const QString &fileName, const QByteArray &bytes)
{
    if (fileName.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) || bytes.trimmed().startsWith('{'))
        return ImportKind::Prices;
    const DialectGuess g = DialectDetector::detect(bytes.left(8192));
    CsvTokenizer tokenizer(TextEncodings::toUtf8(bytes.left(8192), g.suggestedEncoding.value_or(g.dialect.encoding)), g.dialect.csv);
    CsvRecord header;
    while (tokenizer.next(header))
        if (!header.isBlank())
            return FocusImporter::looksLikeFocus(header.fields) ? ImportKind::Focus : ImportKind::Register;
    return ImportKind::Register;
}

} // namespace hp
