#include "JsonWriter.h"

#include <QChar>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace hp {

namespace {
constexpr std::size_t kSpillBytes = 1024 * 1024;
constexpr char kHex[] = "0123456789abcdef";
/// Qt's choice for 'g' with QLocale::FloatingPointShortest: the decimal form
/// unless the exponent form is shorter. `length` significant digits,
/// `decpt` the position of the decimal point (value = 0.digits × 10^decpt).
bool useDecimalForm(int length, int decpt)
{
    int bias = 2 + 2; // exponent form adds 'e', a sign and at least two digits
    if (length <= decpt && length > 1)
        ++bias; // … and a '.'
    else if (length == 1 && decpt <= 0)
        --bias; // decimal form adds "0." but no more
    if (decpt <= 0)
        return 1 - decpt <= bias;
    if (decpt <= length)
        return true;
    return decpt <= length + bias;
}
/// Copies `v` to `o` and returns its end: values of up to 16 bytes (money,
/// months, most ids) as two overlapping loads and stores, without a call.
char *copyValue(char *o, std::string_view v)
{
    const std::size_t n = v.size();
    const char *s = v.data();
    if (n >= 8 && n <= 16) {
        std::uint64_t head, tail;
        std::memcpy(&head, s, 8);
        std::memcpy(&tail, s + n - 8, 8);
        std::memcpy(o, &head, 8);
        std::memcpy(o + n - 8, &tail, 8);
    } else if (n >= 4 && n < 8) {
        std::uint32_t head, tail;
        std::memcpy(&head, s, 4);
        std::memcpy(&tail, s + n - 4, 4);
        std::memcpy(o, &head, 4);
        std::memcpy(o + n - 4, &tail, 4);
    } else if (n < 4) {
        for (std::size_t i = 0; i < n; ++i)
            o[i] = s[i];
    } else {
        std::memcpy(o, s, n);
    }
    return o + n;
}
} // namespace

JsonWriter::JsonWriter(QIODevice *device, Style style)
    : m_device(device)
    , m_indented(style == Style::Indented)
    , m_buffer(kSpillBytes)
{
}

JsonWriter::JsonWriter(Style style)
    : m_indented(style == Style::Indented)
    , m_buffer(4096)
{
}

JsonWriter::JsonWriter(ContinuationTag, Style style, std::size_t depth, std::size_t expectedBytes)
    : m_indented(style == Style::Indented)
    , m_hasElement(true) // after the element the writer it continues writes first
    , m_outer(depth, 1) // the enclosing containers' flags: never read, the continuation closes none of them
    , m_buffer(std::max<std::size_t>(expectedBytes, 256))
{
    setDepth(depth);
}

void JsonWriter::append(const JsonWriter &continuation)
{
    Q_ASSERT(m_depth == continuation.m_depth && m_hasElement && !m_afterKey && !continuation.m_afterKey);
    const std::size_t n = continuation.m_used;
    if (m_device && n > m_buffer.size() - m_used) {
        spill(); // a long continuation goes to the device as it is
        if (!m_failed && m_device->write(continuation.m_buffer.data(), qint64(n)) != qint64(n))
            m_failed = true;
    } else {
        reserve(n);
        std::memcpy(m_buffer.data() + m_used, continuation.m_buffer.data(), n);
        m_used += n;
    }
    m_hasElement = continuation.m_hasElement;
}

JsonWriter::~JsonWriter()
{
    flush();
}

void JsonWriter::spill()
{
    if (!m_device || m_used == 0)
        return;
    if (!m_failed && m_device->write(m_buffer.data(), qint64(m_used)) != qint64(m_used))
        m_failed = true;
    m_used = 0;
}

void JsonWriter::makeRoom(std::size_t n)
{
    spill();
    if (m_buffer.size() - m_used < n)
        m_buffer.resize(std::max(2 * m_buffer.size(), m_used + n));
}

bool JsonWriter::flush()
{
    spill();
    return !m_failed;
}

QByteArray JsonWriter::text() const
{
    return QByteArray(m_buffer.data(), qsizetype(m_used));
}

void JsonWriter::setDepth(std::size_t depth)
{
    m_depth = depth;
    m_pad = m_indented ? 4 * depth : 0;
    m_prefixRoom = 2 + std::max(m_pad, kSpaceRun);
}

void JsonWriter::endContainer(char close)
{
    const bool hadElements = m_hasElement;
    m_hasElement = m_outer.back() != 0;
    m_outer.pop_back();
    setDepth(m_depth - 1);
    reserve(m_prefixRoom + 1);
    char *o = m_buffer.data() + m_used;
    if (m_indented) {
        if (hadElements)
            *o++ = '\n';
        if (m_pad > kSpaceRun)
            std::memset(o, ' ', m_pad);
        else
            std::memcpy(o, kSpaces, kSpaceRun);
        o += m_pad;
    }
    *o++ = close;
    if (m_depth == 0 && m_indented)
        *o++ = '\n';
    commit(o);
}

void JsonWriter::beginContainer(char open)
{
    char *o = beginValue(2);
    *o++ = open;
    if (m_indented)
        *o++ = '\n';
    commit(o);
    m_outer.push_back(m_hasElement ? 1 : 0);
    m_hasElement = false;
    setDepth(m_depth + 1);
}

void JsonWriter::beginObject()
{
    beginContainer('{');
}

void JsonWriter::endObject()
{
    endContainer('}');
}

void JsonWriter::beginArray()
{
    beginContainer('[');
}

void JsonWriter::endArray()
{
    endContainer(']');
}

void JsonWriter::key(std::string_view key)
{
    char *o = beginValue(key.size() + 4);
    *o++ = '"';
    std::memcpy(o, key.data(), key.size());
    o += key.size();
    *o++ = '"';
    *o++ = ':';
    if (m_indented)
        *o++ = ' ';
    commit(o);
    m_afterKey = true;
}

void JsonWriter::key(QStringView key)
{
    char *o = beginValue(6 * std::size_t(key.size()) + 4);
    *o++ = '"';
    o = escape(key, o);
    *o++ = '"';
    *o++ = ':';
    if (m_indented)
        *o++ = ' ';
    commit(o);
    m_afterKey = true;
}

void JsonWriter::string(QStringView text)
{
    char *o = beginValue(6 * std::size_t(text.size()) + 2); // \uxxxx: the longest form of a UTF-16 code unit
    *o++ = '"';
    o = escape(text, o);
    *o++ = '"';
    commit(o);
}

void JsonWriter::asciiString(std::string_view text)
{
    char *o = beginValue(text.size() + 2);
    *o++ = '"';
    std::memcpy(o, text.data(), text.size());
    o += text.size();
    *o++ = '"';
    commit(o);
}

void JsonWriter::object(std::vector<Member> members)
{
    std::stable_sort(members.begin(), members.end(), [](const Member &a, const Member &b) { return a.first < b.first; });
    beginObject();
    for (const auto &[name, write] : members) {
        key(name);
        write();
    }
    endObject();
}

JsonWriter::FlatLayout::FlatLayout(const JsonWriter &w, std::span<const FlatKey> keys)
    : m_depth(w.m_depth)
    , m_indented(w.m_indented)
{
    // The layout beginObject(), key(), a value and endObject() give: "{",
    // per member a separator, the line break and indentation one level
    // deeper, the key and the value, then the line break and the object's
    // own indentation, "}" (and a line break at the top level).
    const std::string innerBreak = m_indented ? "\n" + std::string(4 * (m_depth + 1), ' ') : std::string();
    std::vector<std::string> pieces(1, "{");
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (i > 0)
            pieces.emplace_back(keys[i - 1].quoted ? "\"," : ","); // the end of the value before
        pieces.back() += innerBreak + '"' + std::string(keys[i].key) + "\":" + (m_indented ? " " : "");
        if (keys[i].quoted)
            pieces.back() += '"';
    }
    pieces.emplace_back(!keys.empty() && keys.back().quoted ? "\"" : ""); // the end of the last value
    if (m_indented)
        pieces.back() += "\n" + std::string(4 * m_depth, ' ');
    pieces.back() += '}';
    if (m_depth == 0 && m_indented)
        pieces.back() += '\n';
    // The first piece goes before the first value: with no member, join it to the end.
    if (keys.empty()) {
        pieces.front() += pieces.back();
        pieces.pop_back();
    }
    for (const std::string &piece : pieces) {
        m_pieces.push_back({m_text.size(), piece.size()});
        m_text += piece;
        if (piece.size() <= kSlot)
            m_text.append(kSlot - piece.size(), ' ');
        m_fixedBytes += piece.size();
    }
}

void JsonWriter::flatObject(const FlatLayout &layout, std::span<const std::string_view> values)
{
    Q_ASSERT(layout.m_depth == m_depth && layout.m_indented == m_indented && values.size() + 1 == layout.m_pieces.size());
    std::size_t n = layout.m_fixedBytes + FlatLayout::kSlot; // a short piece is copied as a whole slot
    for (const std::string_view v : values)
        n += v.size();
    char *o = beginValue(n);
    const char *const text = layout.m_text.data();
    const auto put = [&o, text](const FlatLayout::Piece &piece) {
        if (piece.size <= FlatLayout::kSlot)
            std::memcpy(o, text + piece.offset, FlatLayout::kSlot); // room made: n counts kSlot
        else
            std::memcpy(o, text + piece.offset, piece.size);
        o += piece.size;
    };
    for (std::size_t i = 0; i < values.size(); ++i) {
        put(layout.m_pieces[i]);
        o = copyValue(o, values[i]);
    }
    put(layout.m_pieces.back());
    commit(o);
}

std::string JsonWriter::escapedText(QStringView text)
{
    std::string out(6 * std::size_t(text.size()), '\0');
    out.resize(std::size_t(escape(text, out.data()) - out.data()));
    return out;
}

void JsonWriter::null()
{
    putValue("null");
}

void JsonWriter::boolean(bool value)
{
    putValue(value ? std::string_view("true") : std::string_view("false"));
}

void JsonWriter::putValue(std::string_view text)
{
    char *o = beginValue(text.size());
    std::memcpy(o, text.data(), text.size());
    commit(o + text.size());
}

void JsonWriter::integer(std::int64_t value)
{
    char *o = beginValue(24);
    commit(std::to_chars(o, o + 24, value).ptr);
}

void JsonWriter::number(double value)
{
    // QJsonValue(double) keeps a whole number within ±2^53 as an integer.
    constexpr double kMantissa = 9007199254740992.0; // 2^53
    if (value >= -kMantissa && value <= kMantissa && value == std::trunc(value)) {
        integer(static_cast<std::int64_t>(value));
        return;
    }
    char *o = beginValue(32);
    commit(o + formatDouble(value, o));
}

char *JsonWriter::escape(QStringView text, char *o)
{
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *o++ = char(u);
                continue;
            }
            *o++ = '\\';
            switch (u) {
            case u'"': *o++ = '"'; break;
            case u'\\': *o++ = '\\'; break;
            case 0x08: *o++ = 'b'; break;
            case 0x0c: *o++ = 'f'; break;
            case 0x0a: *o++ = 'n'; break;
            case 0x0d: *o++ = 'r'; break;
            case 0x09: *o++ = 't'; break;
            default:
                *o++ = 'u';
                *o++ = '0';
                *o++ = '0';
                *o++ = kHex[u >> 4];
                *o++ = kHex[u & 0xf];
            }
        } else if (u < 0x800) {
            *o++ = char(0xc0 | (u >> 6));
            *o++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *o++ = char(0xe0 | (u >> 12));
            *o++ = char(0x80 | ((u >> 6) & 0x3f));
            *o++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t c = QChar::surrogateToUcs4(u, *src++);
            *o++ = char(0xf0 | (c >> 18));
            *o++ = char(0x80 | ((c >> 12) & 0x3f));
            *o++ = char(0x80 | ((c >> 6) & 0x3f));
            *o++ = char(0x80 | (c & 0x3f));
        } else {
            // A lone surrogate has no UTF-8 form: Qt writes the code unit escaped.
            *o++ = '\\';
            *o++ = 'u';
            for (int shift = 12; shift >= 0; shift -= 4)
                *o++ = kHex[(u >> shift) & 0xf];
        }
    }
    return o;
}

int JsonWriter::formatDouble(double value, char *out)
{
    if (!std::isfinite(value)) {
        std::memcpy(out, "null", 4);
        return 4;
    }
    if (value == 0) {
        out[0] = '0'; // also for −0: Qt never writes "-0"
        return 1;
    }
    // Shortest round-trip digits, as "[-]d[.ddd]e±xx".
    char sci[32];
    const char *const sciEnd = std::to_chars(sci, sci + sizeof sci, value, std::chars_format::scientific).ptr;
    const char *p = sci;
    char *o = out;
    if (*p == '-')
        *o++ = *p++;
    char digits[20];
    int length = 0;
    for (; p != sciEnd && *p != 'e'; ++p)
        if (*p != '.')
            digits[length++] = *p;
    int exponent = 0; // p points at 'e', then a sign
    std::from_chars(p + (p[1] == '+' ? 2 : 1), sciEnd, exponent);
    const int decpt = exponent + 1;

    if (!useDecimalForm(length, decpt)) {
        *o++ = digits[0];
        if (length > 1) {
            *o++ = '.';
            std::memcpy(o, digits + 1, std::size_t(length - 1));
            o += length - 1;
        }
        *o++ = 'e';
        *o++ = exponent < 0 ? '-' : '+';
        const int magnitude = std::abs(exponent);
        if (magnitude < 10)
            *o++ = '0';
        o = std::to_chars(o, o + 4, magnitude).ptr;
        return int(o - out);
    }
    if (decpt <= 0) {
        *o++ = '0';
        *o++ = '.';
        for (int i = decpt; i < 0; ++i)
            *o++ = '0';
        std::memcpy(o, digits, std::size_t(length));
        return int(o + length - out);
    }
    if (decpt >= length) {
        std::memcpy(o, digits, std::size_t(length));
        o += length;
        for (int i = length; i < decpt; ++i)
            *o++ = '0';
        return int(o - out);
    }
    std::memcpy(o, digits, std::size_t(decpt));
    o += decpt;
    *o++ = '.';
    std::memcpy(o, digits + decpt, std::size_t(length - decpt));
    return int(o + (length - decpt) - out);
}

QByteArray JsonWriter::toJson(const std::function<void(JsonWriter &)> &write, Style style)
{
    JsonWriter writer(style);
    write(writer);
    return writer.text();
}

QJsonObject JsonWriter::toObject(const std::function<void(JsonWriter &)> &write)
{
    return QJsonDocument::fromJson(toJson(write, Style::Compact)).object();
}

} // namespace hp
