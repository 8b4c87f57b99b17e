#pragma once

#include <QByteArray>
#include <QStringView>

#include <cstdint>
#include <cstring>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

class QIODevice;
class QJsonObject;

namespace hp {

/// A streaming JSON writer whose bytes equal QJsonDocument::toJson() of the
/// same document (docs/performance.md): the Indented layout (four spaces,
/// `"key": value`, an empty container as `[` newline indent `]`, a newline
/// after the top level) or the Compact one; strings escaped like Qt (`\"`,
/// `\\`, `\b \f \n \r \t`, other controls as `\u00xx` in lower-case hex,
/// non-ASCII as UTF-8, a lone surrogate as `\udxxx`); integers as digits;
/// doubles as QJsonValue(double) gives them (see number()).
///
/// Nothing is kept but the open containers and a 64 KiB buffer: the text goes
/// to a QIODevice as it is written, or, without a device, into memory (text()).
///
/// QJsonObject keeps its keys sorted; to give the same bytes, callers write an
/// object's keys in ascending order (byte order of the UTF-8 keys; all keys of
/// the reports are ASCII). A test re-serialises reports through
/// QJsonDocument to check this.
class JsonWriter {
public:
    enum class Style { Indented, Compact };

    /// Streams to `device`, which must be open for writing.
    explicit JsonWriter(QIODevice *device, Style style = Style::Indented);
    /// Collects the text in memory.
    explicit JsonWriter(Style style = Style::Indented);
    ~JsonWriter();
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    /// An object member's key; `key` is plain ASCII text (written as is).
    void key(std::string_view key);
    void key(QStringView key);

    void string(QStringView text);
    /// A string value known to be plain printable ASCII without `"` or `\\`
    /// (money, months): written as is.
    void asciiString(std::string_view text);
    void null();
    void boolean(bool value);
    void integer(std::int64_t value);
    /// As QJsonValue(double) is written: a whole number within ±2^53 as an
    /// integer, any other finite value by formatDouble(), else null.
    void number(double value);

    /// One member of object(): its key (plain ASCII) and what writes its value.
    using Member = std::pair<std::string_view, std::function<void()>>;
    /// An object whose members are given in any order (the natural order of
    /// a report's sections) and written in key order, as QJsonObject does.
    void object(std::vector<Member> members);

    /// Writes whatever is buffered to the device; false when the device failed.
    bool flush();
    /// The text written so far (in-memory writer only).
    QByteArray text() const;

    /// The text of a document written by `write` into an in-memory writer.
    static QByteArray toJson(const std::function<void(JsonWriter &)> &write, Style style = Style::Indented);
    /// The object written by `write`, read back (for callers that want a QJsonObject).
    static QJsonObject toObject(const std::function<void(JsonWriter &)> &write);

    /// Appends the text of `value` as QByteArray::number(value, 'g',
    /// QLocale::FloatingPointShortest) gives it; returns the characters written
    /// (at most 32). Exposed for tests.
    static int formatDouble(double value, char *out);

private:
    void beforeValue();
    void afterContainer();
    void indent();
    /// Makes room for `n` more bytes (spilling to the device, or growing).
    void reserve(std::size_t n)
    {
        if (m_buffer.size() - m_used < n)
            makeRoom(n);
    }
    void makeRoom(std::size_t n);
    void put(char c)
    {
        reserve(1);
        m_buffer[m_used++] = c;
    }
    void put(std::string_view text)
    {
        reserve(text.size());
        std::memcpy(m_buffer.data() + m_used, text.data(), text.size());
        m_used += text.size();
    }
    void putEscaped(QStringView text);
    void spill();

    QIODevice *m_device = nullptr;
    bool m_indented = true;
    bool m_afterKey = false;
    bool m_failed = false;
    std::vector<char> m_hasElements; ///< per open container: has it an element yet
    std::vector<char> m_buffer;      ///< m_used bytes written, not yet on the device
    std::size_t m_used = 0;
};

} // namespace hp
