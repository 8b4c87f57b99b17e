#pragma once

#include <QByteArray>
#include <QStringView>

#include <cstdint>
#include <cstring>
#include <functional>
#include <span>
#include <string>
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
/// Nothing is kept but the open containers and a 1 MiB buffer: the text goes
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
    /// Collects in memory the text that continues another writer's inside
    /// a container open at `depth` (depth() of that writer as it writes the
    /// container's elements) in `style`, once that writer has written one more
    /// element there: as the container's next element. For writing the rest
    /// of a long array on another thread: write its first elements to the
    /// writer, the others to this one (which can be made and written before
    /// the writer gets there), then writer.append(*this). The bytes are those
    /// of one writer writing all of them, whatever the threads do.
    /// `expectedBytes` is the room made at once (the text may outgrow it).
    struct ContinuationTag {};
    JsonWriter(ContinuationTag, Style style, std::size_t depth, std::size_t expectedBytes = 4096);
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

    /// A member of the flat objects of a FlatLayout: its key (plain ASCII),
    /// and whether its value's text goes between quotes (a string: text
    /// already escaped, such as escapedText() gives, or plain ASCII such as
    /// money and months) or bare (a number, true, false, null).
    struct FlatKey {
        std::string_view key;
        bool quoted = true;
    };
    /// The fixed text of objects of scalar members with the same keys, at one
    /// depth in one style: everything around their values, made once for
    /// writing many such objects (a report's violations) with flatObject().
    class FlatLayout {
    public:
        /// For objects written by `w` where it stands (its style and depth);
        /// keys in the order written (ascending, as everywhere).
        FlatLayout(const JsonWriter &w, std::span<const FlatKey> keys);

    private:
        friend class JsonWriter;
        static constexpr std::size_t kSlot = 64; ///< a piece up to this long is copied as one fixed-size block
        struct Piece {
            std::size_t offset;
            std::size_t size;
        };
        std::size_t m_depth;
        bool m_indented;
        std::string m_text;          ///< the pieces, each short one in a slot of kSlot bytes
        std::vector<Piece> m_pieces; ///< before each value, and the end
        std::size_t m_fixedBytes = 0;
    };
    /// One object of `layout`'s keys with these values' texts (as many as
    /// keys): the bytes of beginObject(), key() and the value for each
    /// member, and endObject(), made room for once.
    void flatObject(const FlatLayout &layout, std::span<const std::string_view> values);
    /// The text string() writes between the quotes: `text` escaped, as UTF-8.
    static std::string escapedText(QStringView text);

    /// One member of object(): its key (plain ASCII) and what writes its value.
    using Member = std::pair<std::string_view, std::function<void()>>;
    /// An object whose members are given in any order (the natural order of
    /// a report's sections) and written in key order, as QJsonObject does.
    void object(std::vector<Member> members);

    /// Adds the text of a continuation writer made from this one (see above),
    /// once this one has written at least one element where it was made.
    void append(const JsonWriter &continuation);

    /// Containers open now.
    std::size_t depth() const { return m_depth; }
    Style style() const { return m_indented ? Style::Indented : Style::Compact; }

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
    /// Indentation of up to 16 levels is one fixed-size copy from kSpaces.
    static constexpr std::size_t kSpaceRun = 64;
    static constexpr char kSpaces[kSpaceRun + 1] = "                                                                ";

    /// Writes the separator and indentation a value (or a member's key)
    /// needs and makes room for `n` more bytes; returns where they go.
    char *beginValue(std::size_t n)
    {
        reserve(m_prefixRoom + n);
        char *o = m_buffer.data() + m_used;
        if (m_afterKey) {
            m_afterKey = false;
            return o;
        }
        if (m_depth == 0)
            return o; // the top level
        if (m_hasElement) {
            o[0] = ',';
            o[1] = '\n';
            o += m_indented ? 2 : 1;
        } else {
            m_hasElement = true;
        }
        if (m_pad > kSpaceRun)
            std::memset(o, ' ', m_pad);
        else
            std::memcpy(o, kSpaces, kSpaceRun); // room reserved: m_prefixRoom
        return o + m_pad;
    }
    /// Ends what beginValue() started at `end`.
    void commit(char *end) { m_used = std::size_t(end - m_buffer.data()); }
    void beginContainer(char open);
    void endContainer(char close);
    /// m_pad and m_prefixRoom for m_depth.
    void setDepth(std::size_t depth);
    void putValue(std::string_view text);
    /// Makes room for `n` more bytes (spilling to the device, or growing).
    void reserve(std::size_t n)
    {
        if (m_buffer.size() - m_used < n)
            makeRoom(n);
    }
    void makeRoom(std::size_t n);
    /// Writes `text` escaped at `o` (room for 6 bytes a code unit); returns the end.
    static char *escape(QStringView text, char *o);
    void spill();

    QIODevice *m_device = nullptr;
    bool m_indented = true;
    bool m_afterKey = false;
    bool m_failed = false;
    bool m_hasElement = false;       ///< the innermost open container has an element
    std::vector<char> m_outer;       ///< the same flag of each enclosing container
    std::size_t m_depth = 0;         ///< open containers
    std::size_t m_pad = 0;           ///< indentation of a value at m_depth
    std::size_t m_prefixRoom = 2 + kSpaceRun; ///< room beginValue() needs before a value
    std::vector<char> m_buffer;      ///< m_used bytes written, not yet on the device
    std::size_t m_used = 0;
};

} // namespace hp
