#include "CsvTokenizer.h"

#include <QIODevice>

#include <cstring>
#include <limits>

namespace hp {

namespace {

constexpr qsizetype kChunk = 64 * 1024;
constexpr qsizetype kRawLimit = 80; ///< characters of a field quoted in an error

bool isLineBreak(char c) { return c == '\r' || c == '\n'; }

/// Line breaks (CRLF, LF or a lone CR) in `bytes[0, end)`.
int lineBreaks(QByteArrayView bytes, qsizetype end)
{
    int n = 0;
    for (qsizetype i = 0; i < end; ++i)
        if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++n;
    return n;
}

QString rawText(QByteArrayView bytes) { return QString::fromUtf8(bytes.first(std::min(bytes.size(), kRawLimit * 4))).left(kRawLimit); }

bool isAsciiSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/// True when `field` is empty once trimmed as QString::trimmed does.
bool blankField(QByteArrayView field)
{
    for (const char c : field) {
        if (uchar(c) >= 0x80)
            return QString::fromUtf8(field).trimmed().isEmpty();
        if (!isAsciiSpace(c))
            return false;
    }
    return true;
}

} // namespace

bool CsvRecord::isBlank() const
{
    if (error)
        return false;
    for (const QString &f : fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

bool CsvRecordView::isBlank() const
{
    if (error)
        return false;
    for (qsizetype i = 0; i < size(); ++i)
        if (!blankField(field(i)))
            return false;
    return true;
}

void CsvRecordView::toRecord(CsvRecord &record) const
{
    record.line = line;
    record.fields.clear();
    record.quoted.clear();
    for (qsizetype i = 0; i < size(); ++i) {
        record.fields << QString::fromUtf8(field(i));
        record.quoted << (quoted[std::size_t(i)] != 0);
    }
    record.error = error;
}

QString CsvRecordView::joined(QChar delimiter) const
{
    QString out;
    for (qsizetype i = 0; i < size(); ++i) {
        if (i > 0)
            out += delimiter;
        out += QString::fromUtf8(field(i));
    }
    return out;
}

void CsvRecordView::clear()
{
    bytes.resize(0);
    ends.clear();
    quoted.clear();
    error.reset();
}

qsizetype CsvTokenizer::invalidUtf8Offset(const char *bytes, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes);
    for (qsizetype i = 0; i < size;) {
        // ASCII, eight bytes at a time (most of a CSV file).
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        char32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        }
        bool ok = len > 0 && i + len <= size;
        for (int k = 1; ok && k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                ok = false;
            else
                cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are invalid too.
        if (!ok || (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000)
            || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return i;
        i += len;
    }
    return -1;
}

CsvTokenizer::CsvTokenizer(const QByteArray &utf8, CsvDialect dialect)
    : m_buf(utf8)
{
    m_delimiter = char(dialect.delimiter.unicode());
    m_quote = char(dialect.quote.unicode());
    if (dialect.delimiter.unicode() >= 0x80 || dialect.quote.unicode() >= 0x80 || isLineBreak(m_delimiter)
        || isLineBreak(m_quote) || m_delimiter == m_quote)
        fail(0, 0, QStringLiteral("the delimiter and the quote must be two different ASCII characters other than a line break"),
             QString());
}

CsvTokenizer::CsvTokenizer(QIODevice *device, CsvDialect dialect)
    : CsvTokenizer(QByteArray(), dialect)
{
    m_device = device;
    if (!m_error && (!device || !device->isReadable()))
        fail(0, 0, QStringLiteral("the input is not open for reading"), QString(), CsvErrorKind::Read);
}

bool CsvTokenizer::fail(int line, int column, const QString &reason, const QString &raw, CsvErrorKind kind)
{
    if (!m_error)
        m_error = CsvSyntaxError{line, column, reason, raw, kind};
    return false;
}

bool CsvTokenizer::fill()
{
    if (!m_device || m_error)
        return false;
    if (m_pos > 0) {
        m_buf.remove(0, m_pos);
        m_dropped += m_pos;
        m_pos = 0;
    }
    while (true) {
        const qsizetype old = m_buf.size();
        m_buf.resize(old + kChunk);
        const qint64 n = m_device->read(m_buf.data() + old, kChunk);
        m_buf.resize(old + std::max<qint64>(n, 0));
        if (n > 0 && (m_encoding == TextEncoding::Windows1252 || m_encoding == TextEncoding::Latin1)) {
            // One byte is one character: block by block gives the bytes of the whole file transcoded.
            const QByteArray utf8 = TextEncodings::toUtf8(m_buf.sliced(old), m_encoding);
            m_buf.resize(old);
            m_buf += utf8;
        }
        if (n > 0)
            return true;
        if (n < 0)
            return fail(m_line, 0, QStringLiteral("cannot read: %1").arg(m_device->errorString()), QString(),
                        CsvErrorKind::Read);
        // A pipe or socket may have nothing yet; a file at its end has nothing more.
        if (!m_device->isSequential() || !m_device->waitForReadyRead(-1))
            return false;
    }
}

bool CsvTokenizer::consumeLineEnd()
{
    const bool cr = peekByte() == '\r';
    ++m_pos;
    if (m_line == std::numeric_limits<int>::max())
        fail(m_line, 0, QStringLiteral("the file has more than %1 lines").arg(m_line), QString());
    else
        ++m_line;
    if (cr && !atEnd() && peekByte() == '\n') {
        ++m_pos;
        return true;
    }
    return false;
}

void CsvTokenizer::startAt(qint64 offset, int line)
{
    m_dropped = offset;
    m_line = line;
    m_started = true;
}

bool CsvTokenizer::next(CsvRecord &record)
{
    const bool ok = next(m_view);
    m_view.toRecord(record);
    return ok;
}

bool CsvTokenizer::next(CsvRecordView &record)
{
    record.clear();
    if (m_error)
        return false;
    if (!m_started) {
        m_started = true;
        while (m_buf.size() - m_pos < 3 && fill()) {
        }
        if (m_buf.mid(m_pos, 3) == QByteArrayLiteral("\xEF\xBB\xBF"))
            m_pos += 3;
    }
    if (m_pendingBlank == 0) {
        const int firstBlank = m_line;
        while (!atEnd() && isLineBreak(peekByte())) {
            consumeLineEnd();
            ++m_pendingBlank;
        }
        if (atEnd()) { // only blank lines remain (or a read error)
            m_pendingBlank = 0;
            return false;
        }
        m_pendingLine = firstBlank;
    }
    if (m_pendingBlank > 0) {
        --m_pendingBlank;
        record.line = m_pendingLine++;
        record.ends.push_back(0);
        record.quoted.push_back(0);
        return true;
    }
    return readRecord(record);
}

bool CsvTokenizer::endField(CsvRecordView &record, qsizetype fieldStart, bool quoted, int fieldLine)
{
    const QByteArrayView field = QByteArrayView(record.bytes).sliced(fieldStart);
    const qsizetype bad = invalidUtf8Offset(field.data(), field.size());
    if (bad >= 0)
        return fail(fieldLine + lineBreaks(field, bad), CsvRecord::columnOf(record.size()),
                    QStringLiteral("not valid UTF-8 (byte 0x%1); save the file as UTF-8")
                        .arg(QString::number(uchar(field[bad]), 16).toUpper()),
                    rawText(field), CsvErrorKind::Encoding);
    record.ends.push_back(record.bytes.size());
    record.quoted.push_back(quoted ? 1 : 0);
    return true;
}

bool CsvTokenizer::malformed(CsvRecordView &record, qsizetype fieldStart, bool fieldQuoted, qint64 start, int column,
                             const QString &reason)
{
    const int line = m_line;
    // The raw text: the fields read so far (quoted as written), the broken one and the rest of the physical line.
    const QByteArray quote(1, m_quote);
    auto written = [&](QByteArrayView f, bool quoted) -> QByteArray {
        if (!quoted)
            return f.toByteArray();
        return quote + f.toByteArray().replace(quote, QByteArray(quote + quote)) + quote;
    };
    QByteArray raw;
    for (qsizetype i = 0; i < record.size(); ++i)
        raw += written(record.field(i), record.quoted[std::size_t(i)] != 0) + m_delimiter;
    const qsizetype rest = raw.size();
    raw += written(QByteArrayView(record.bytes).sliced(fieldStart), fieldQuoted);
    while (!atEnd() && !isLineBreak(peekByte())) {
        if (offset() - start > m_maxRecordBytes)
            return fail(record.line, column,
                        QStringLiteral("the record starting on this line is longer than %1 bytes, the most a CSV record may hold "
                                       "(not a CSV file?)")
                            .arg(m_maxRecordBytes),
                        rawText(raw));
        raw += peekByte();
        ++m_pos;
    }
    if (m_error)
        return false;
    if (!atEnd())
        consumeLineEnd();
    // The bytes skipped must be valid UTF-8 like any other (a file that is not is refused as a whole).
    const qsizetype bad = invalidUtf8Offset(raw.constData() + rest, raw.size() - rest);
    if (bad >= 0)
        return fail(line, column,
                    QStringLiteral("not valid UTF-8 (byte 0x%1); save the file as UTF-8")
                        .arg(QString::number(uchar(raw[rest + bad]), 16).toUpper()),
                    rawText(QByteArrayView(raw).sliced(rest)), CsvErrorKind::Encoding);
    record.ends.push_back(record.bytes.size());
    record.quoted.push_back(fieldQuoted ? 1 : 0);
    record.error = CsvSyntaxError{line, column, reason, rawText(raw), CsvErrorKind::Syntax};
    return true;
}

bool CsvTokenizer::readRecord(CsvRecordView &record)
{
    enum class State { Start, Unquoted, Quoted, AfterQuote };
    record.line = m_line;
    qsizetype fieldStart = 0;
    State state = State::Start;
    int fieldLine = m_line;
    const qint64 start = offset();
    auto column = [&] { return CsvRecord::columnOf(record.size()); };
    auto field = [&] { return QByteArrayView(record.bytes).sliced(fieldStart); };
    while (true) {
        if (offset() - start > m_maxRecordBytes)
            return fail(record.line, column(),
                        QStringLiteral("the record starting on this line is longer than %1 bytes, the most a CSV "
                                       "record may hold (a quote that is never closed, or not a CSV file?)")
                            .arg(m_maxRecordBytes),
                        rawText(field()));
        if (atEnd()) {
            if (m_error)
                return false;
            if (state == State::Quoted) {
                const bool endsWithBreak = !field().isEmpty() && isLineBreak(field().back());
                const int lines = (endsWithBreak ? m_line - 1 : m_line) - fieldLine + 1;
                return fail(fieldLine, column(),
                            QStringLiteral("unterminated quoted field: a quote opens it on this line and none closes it, "
                                           "so it swallowed the %1 line(s) to the end of the file (lines %2–%3), which are not read")
                                .arg(lines).arg(fieldLine).arg(fieldLine + lines - 1),
                            rawText(field()));
            }
            return endField(record, fieldStart, state != State::Unquoted && state != State::Start, fieldLine);
        }
        const char c = peekByte();
        if (state == State::Quoted) {
            if (c == m_quote) {
                ++m_pos;
                if (!atEnd() && peekByte() == m_quote) {
                    record.bytes += m_quote;
                    ++m_pos;
                } else {
                    state = State::AfterQuote;
                }
            } else if (isLineBreak(c)) {
                record.bytes += c;
                if (consumeLineEnd())
                    record.bytes += '\n';
            } else {
                const qsizetype from = m_pos;
                const qsizetype end = std::min(m_buf.size(), m_pos + kChunk);
                const char *data = m_buf.constData();
                while (m_pos < end && data[m_pos] != m_quote && !isLineBreak(data[m_pos]))
                    ++m_pos;
                record.bytes.append(data + from, m_pos - from);
            }
            continue;
        }
        if (c == m_delimiter) {
            ++m_pos;
            if (!endField(record, fieldStart, state == State::AfterQuote, fieldLine))
                return false;
            fieldStart = record.bytes.size();
            state = State::Start;
            fieldLine = m_line;
            continue;
        }
        if (isLineBreak(c)) {
            consumeLineEnd();
            return endField(record, fieldStart, state == State::AfterQuote, fieldLine);
        }
        if (state == State::AfterQuote)
            return malformed(record, fieldStart, true, start, column(),
                             QStringLiteral("text after the closing quote of a field (only a delimiter or a line end may follow it)"));
        if (c == m_quote) {
            if (state == State::Unquoted)
                return malformed(record, fieldStart, false, start, column(),
                                 QStringLiteral("a quote inside an unquoted field (quote the whole field and double the quote)"));
            state = State::Quoted;
            ++m_pos;
            continue;
        }
        state = State::Unquoted;
        const qsizetype from = m_pos;
        const qsizetype end = std::min(m_buf.size(), m_pos + kChunk);
        const char *data = m_buf.constData();
        while (m_pos < end && data[m_pos] != m_delimiter && data[m_pos] != m_quote && !isLineBreak(data[m_pos]))
            ++m_pos;
        record.bytes.append(data + from, m_pos - from);
    }
}

} // namespace hp
