#include "DialectDetector.h"

#include <QRegularExpression>

#include <array>
#include <map>

namespace hp {

namespace {

constexpr std::array<char16_t, 4> kDelimiters = {u',', u';', u'\t', u'|'};

QString shown(QChar delimiter)
{
    return delimiter == u'\t' ? QStringLiteral("tab") : QStringLiteral("'%1'").arg(delimiter);
}

/// Per logical line (quotes may span lines), how often each candidate occurs outside quotes.
std::vector<std::array<int, 4>> countDelimiters(const QString &text)
{
    std::vector<std::array<int, 4>> lines;
    std::array<int, 4> counts{};
    bool inQuotes = false;
    bool blank = true;
    for (const QChar c : text) {
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            if (!blank)
                lines.push_back(counts);
            counts = {};
            blank = true;
            continue;
        } else if (!inQuotes) {
            for (size_t i = 0; i < kDelimiters.size(); ++i)
                counts[i] += c == QChar(kDelimiters[i]) ? 1 : 0;
        }
        blank = false;
    }
    if (!blank)
        lines.push_back(counts);
    return lines;
}

/// The delimiter whose most common per-line count (> 0) is shared by most lines.
QChar chooseDelimiter(const QString &text, QStringList &notes)
{
    const auto lines = countDelimiters(text);
    int bestScore = 0;
    int bestFields = 0;
    size_t best = 0;
    for (size_t i = 0; i < kDelimiters.size(); ++i) {
        std::map<int, int> frequency;
        for (const auto &l : lines)
            ++frequency[l[i]];
        int mode = 0;
        int modeLines = 0;
        for (const auto &[count, n] : frequency)
            if (count > 0 && n >= modeLines) {
                mode = count;
                modeLines = n;
            }
        if (modeLines > bestScore || (modeLines == bestScore && mode > bestFields)) {
            bestScore = modeLines;
            bestFields = mode;
            best = i;
        }
    }
    const QChar d(kDelimiters[best]);
    if (bestScore > 0)
        notes << QStringLiteral("delimiter %1: %2 of %3 lines have %4 fields").arg(shown(d)).arg(bestScore).arg(lines.size()).arg(bestFields + 1);
    else
        notes << QStringLiteral("delimiter ',' (no candidate delimiter found: one column)");
    return d;
}

bool looksNumericOrDate(const QString &cell)
{
    static const QRegularExpression number(QStringLiteral("^[-+(]?[$€£¥]?\\s*\\d[\\d.,' ]*\\)?%?$"));
    static const QRegularExpression date(QStringLiteral("^\\d{1,4}[-/.]\\d{1,2}([-/.]\\d{1,4})?([ T].*)?$"));
    const QString t = cell.trimmed();
    return number.match(t).hasMatch() || date.match(t).hasMatch();
}

struct NumberEvidence {
    int commaDecimal = 0;
    int pointDecimal = 0;
    QString commaExample;
    QString pointExample;
};

void collectNumberEvidence(const QString &cell, NumberEvidence &e)
{
    static const QRegularExpression commaDecimal(QStringLiteral("^[^\\d]*(\\d{1,3}(\\.\\d{3})+,\\d+|\\d+,\\d{1,2}|\\d+,\\d{4,})[^\\d]*$"));
    static const QRegularExpression pointDecimal(QStringLiteral("^[^\\d]*(\\d{1,3}(,\\d{3})+\\.\\d+|\\d+\\.\\d{1,2}|\\d+\\.\\d{4,})[^\\d]*$"));
    static const QRegularExpression dateLike(QStringLiteral("^\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}"));
    const QString t = cell.trimmed();
    if (dateLike.match(t).hasMatch())
        return;
    if (commaDecimal.match(t).hasMatch()) {
        if (e.commaDecimal++ == 0)
            e.commaExample = t;
    } else if (pointDecimal.match(t).hasMatch()) {
        if (e.pointDecimal++ == 0)
            e.pointExample = t;
    }
}

struct DateEvidence {
    int slashDates = 0;
    QString dayFirst;   ///< an example whose first part is > 12
    QString monthFirst; ///< an example whose second part is > 12
    QString ambiguous;
};

void collectDateEvidence(const QString &cell, DateEvidence &e)
{
    static const QRegularExpression slash(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})$"));
    const auto m = slash.match(cell.trimmed());
    if (!m.hasMatch())
        return;
    ++e.slashDates;
    const int a = m.captured(1).toInt();
    const int b = m.captured(2).toInt();
    if (a > 12 && e.dayFirst.isEmpty())
        e.dayFirst = cell.trimmed();
    else if (b > 12 && e.monthFirst.isEmpty())
        e.monthFirst = cell.trimmed();
    else if (a != b && e.ambiguous.isEmpty())
        e.ambiguous = cell.trimmed();
}

} // namespace

DialectGuess DialectDetector::detect(const QByteArray &bytes)
{
    DialectGuess g;
    QByteArray sample = bytes.left(kSampleBytes);
    if (sample.size() < bytes.size()) {
        const qsizetype cut = std::max(sample.lastIndexOf('\n'), sample.lastIndexOf('\r'));
        if (cut > 0)
            sample.truncate(cut + 1);
    }
    // Encoding: a BOM, valid UTF-8, or a choice the user must make.
    TextEncoding sampleEncoding = TextEncoding::Utf8;
    if (TextEncodings::hasBom(bytes)) {
        g.dialect.encoding = TextEncoding::Utf8Bom;
        g.notes << QStringLiteral("encoding utf-8 with byte order mark");
    } else if (const qsizetype bad = CsvTokenizer::invalidUtf8Offset(bytes.constData(), bytes.size()); bad >= 0) {
        g.encodingNeedsChoice = true;
        g.suggestedEncoding = TextEncoding::Windows1252;
        sampleEncoding = TextEncoding::Windows1252;
        g.notes << QStringLiteral("not valid UTF-8 (byte %1 is 0x%2): choose windows-1252 or latin-1 explicitly")
                       .arg(bad + 1)
                       .arg(static_cast<unsigned char>(bytes[bad]), 2, 16, QLatin1Char('0'));
    } else {
        g.notes << QStringLiteral("encoding utf-8");
    }
    const QByteArray utf8 = TextEncodings::toUtf8(sample, sampleEncoding);
    g.dialect.csv.delimiter = chooseDelimiter(QString::fromUtf8(utf8), g.notes);

    CsvTokenizer tokenizer(utf8, g.dialect.csv);
    std::vector<CsvRecord> records;
    CsvRecord r;
    while (records.size() < 200 && tokenizer.next(r))
        if (!r.isBlank() && !r.error)
            records.push_back(r);
    if (records.empty())
        return g;

    bool headerLike = true;
    for (const QString &cell : records.front().fields)
        headerLike = headerLike && !cell.trimmed().isEmpty() && !looksNumericOrDate(cell);
    g.dialect.hasHeader = headerLike;
    g.notes << (headerLike ? QStringLiteral("first row is a header") : QStringLiteral("first row holds data: no header row"));

    NumberEvidence numbers;
    DateEvidence dates;
    for (size_t i = headerLike ? 1 : 0; i < records.size(); ++i)
        for (const QString &cell : records[i].fields) {
            collectNumberEvidence(cell, numbers);
            collectDateEvidence(cell, dates);
        }
    // With a comma delimiter a decimal comma needs quotes and is rare: noted, never switched on.
    g.dialect.decimalComma = numbers.commaDecimal > 0 && numbers.pointDecimal == 0 && g.dialect.csv.delimiter != u',';
    if (g.dialect.decimalComma)
        g.notes << QStringLiteral("decimal comma: amounts like '%1'").arg(numbers.commaExample);
    else if (numbers.commaDecimal > 0 && numbers.pointDecimal == 0)
        g.notes << QStringLiteral("decimal point kept with the comma delimiter: '%1' looks like a decimal comma; choose it if meant")
                       .arg(numbers.commaExample);
    else if (numbers.commaDecimal > 0)
        g.notes << QStringLiteral("decimal point kept: '%1' and '%2' disagree; check the decimal separator")
                       .arg(numbers.pointExample, numbers.commaExample);

    if (!dates.dayFirst.isEmpty() && dates.monthFirst.isEmpty()) {
        g.dialect.dateOrder = DateOrder::DayMonthYear;
        g.notes << QStringLiteral("dates d/m/y: '%1' has a first part above 12").arg(dates.dayFirst);
    } else if (!dates.monthFirst.isEmpty() && dates.dayFirst.isEmpty()) {
        g.notes << QStringLiteral("dates m/d/y: '%1' has a second part above 12").arg(dates.monthFirst);
    } else if (!dates.monthFirst.isEmpty()) {
        g.dateOrderAmbiguous = true;
        g.notes << QStringLiteral("dates disagree ('%1' is d/m/y, '%2' m/d/y): m/d/y kept; the d/m/y dates will be rejected")
                       .arg(dates.dayFirst, dates.monthFirst);
    } else if (!dates.ambiguous.isEmpty()) {
        g.dateOrderAmbiguous = true;
        g.notes << QStringLiteral("dates ambiguous ('%1'): read as m/d/y unless you choose d/m/y").arg(dates.ambiguous);
    }
    return g;
}

} // namespace hp
