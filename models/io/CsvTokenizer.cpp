#include "CsvTokenizer.h"

namespace hp {

std::optional<CsvSyntaxError> CsvTokenizer::findInvalidUtf8(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    int line = 1, column = 1;
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = s[i];
        int len = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            len = 1;
            cp = c;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        }
        bool ok = len > 0 && i + len <= n;
        for (int k = 1; ok && k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                ok = false;
            else
                cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are invalid too.
        if (ok && ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000)
                   || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF))
            ok = false;
        if (!ok) {
            return CsvSyntaxError{line, column,
                                  QStringLiteral("not valid UTF-8 (byte 0x%1 at offset %2); save the file as UTF-8")
                                      .arg(QString::number(c, 16).toUpper()).arg(i),
                                  QString()};
        }
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += len;
    }
    return std::nullopt;
}

CsvTokenizer::CsvTokenizer(const QByteArray &utf8, CsvDialect dialect)
    : m_dialect(dialect)
{
    if (auto bad = findInvalidUtf8(utf8)) {
        m_error = bad;
        return;
    }
    m_text = QString::fromUtf8(utf8);
    if (m_text.startsWith(QChar(0xFEFF)))
        m_pos = 1;
}

bool CsvTokenizer::fail(int line, int column, const QString &reason, const QString &raw)
{
    m_error = CsvSyntaxError{line, column, reason, raw};
    return false;
}

bool CsvTokenizer::next(CsvRecord &record)
{
    if (m_error)
        return false;
    const qsizetype n = m_text.size();
    // Trailing blank lines end the file.
    qsizetype probe = m_pos;
    while (probe < n && (m_text[probe] == u'\r' || m_text[probe] == u'\n'))
        ++probe;
    if (probe >= n)
        return false;

    record.line = m_line;
    record.fields.clear();
    QString field;
    bool quoted = false;      // the current field started with a quote
    bool afterQuote = false;  // its closing quote was seen
    int fieldStartLine = m_line;
    auto column = [&] { return int(record.fields.size()) + 1; };
    while (true) {
        if (m_pos >= n) {
            if (quoted && !afterQuote)
                return fail(fieldStartLine, column(), QStringLiteral("unterminated quoted field"), field.left(80));
            record.fields << field;
            return true;
        }
        const QChar c = m_text[m_pos];
        if (quoted && !afterQuote) {
            ++m_pos;
            if (c == m_dialect.quote) {
                if (m_pos < n && m_text[m_pos] == m_dialect.quote) {
                    field += c;
                    ++m_pos;
                } else {
                    afterQuote = true;
                }
            } else {
                if (c == u'\n')
                    ++m_line;
                field += c;
            }
            continue;
        }
        if (c == m_dialect.delimiter) {
            ++m_pos;
            record.fields << field;
            field.clear();
            quoted = afterQuote = false;
            fieldStartLine = m_line;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            ++m_pos;
            if (c == u'\r' && m_pos < n && m_text[m_pos] == u'\n')
                ++m_pos;
            ++m_line;
            record.fields << field;
            return true;
        }
        if (afterQuote)
            return fail(m_line, column(), QStringLiteral("text after the closing quote of a field"),
                        field + QString(c));
        if (c == m_dialect.quote) {
            if (!field.isEmpty())
                return fail(m_line, column(), QStringLiteral("a quote inside an unquoted field (quote the whole field and double the quote)"),
                            field + QString(c));
            quoted = true;
            ++m_pos;
            continue;
        }
        field += c;
        ++m_pos;
    }
}

} // namespace hp
