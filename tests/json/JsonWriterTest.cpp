// JsonWriter writes the bytes QJsonDocument::toJson() gives for the same
// document (docs/performance.md): layout, escaping, numbers. QJsonDocument of
// the installed Qt is the oracle throughout.
#include "json/JsonWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QVariant>

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <random>

using hp::JsonWriter;

namespace {

/// Writes a QJsonValue through the writer (QJsonObject iterates its keys in
/// the sorted order JsonWriter expects).
void replay(JsonWriter &w, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: w.null(); break;
    case QJsonValue::Bool: w.boolean(v.toBool()); break;
    case QJsonValue::Double:
        // A QJsonValue holds either a qint64 or a double.
        if (v.toVariant().typeId() == QMetaType::LongLong)
            w.integer(v.toInteger());
        else
            w.number(v.toDouble());
        break;
    case QJsonValue::String: w.string(v.toString()); break;
    case QJsonValue::Array:
        w.beginArray();
        for (const QJsonValue &e : v.toArray())
            replay(w, e);
        w.endArray();
        break;
    case QJsonValue::Object: {
        w.beginObject();
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            w.key(it.key());
            replay(w, it.value());
        }
        w.endObject();
        break;
    }
    }
}

QByteArray written(const QJsonValue &v, JsonWriter::Style style)
{
    return JsonWriter::toJson([&](JsonWriter &w) { replay(w, v); }, style);
}

QByteArray qt(const QJsonValue &v, QJsonDocument::JsonFormat format)
{
    return v.isObject() ? QJsonDocument(v.toObject()).toJson(format) : QJsonDocument(v.toArray()).toJson(format);
}

void expectSameBytes(const QJsonValue &v)
{
    EXPECT_EQ(written(v, JsonWriter::Style::Indented), qt(v, QJsonDocument::Indented));
    EXPECT_EQ(written(v, JsonWriter::Style::Compact), qt(v, QJsonDocument::Compact));
}

QString utf16(std::u16string_view s) { return QString::fromUtf16(s.data(), qsizetype(s.size())); }

std::vector<double> edgeDoubles()
{
    using L = std::numeric_limits<double>;
    return {0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.30000000000000004, 1.0 / 3, 2.0 / 3, 1e-4, 1e-5, 0.001, 0.0001234, 1.5e-5,
            123456.789, 1e15, 1e16, 1e17, 1.23e17, 1e21, 1e22, 1e100, 1e-100, 9007199254740992.0, 9007199254740993.0,
            9007199254740994.0, -9007199254740992.0, -9007199254740994.0, 12345678901234567.0, 4503599627370496.5,
            L::max(), -L::max(), L::min(), L::denorm_min(), L::epsilon(), 0.5, 2.5, 1234.5, 99.99, 33.333333333333336,
            0.0625, 6710.3999999999996, 10000.0, 3333.3333333333335, 1e-7, 1.7e-7, 12e20, 123e18, 1e300, -1e-300};
}

} // namespace

TEST(JsonWriter, LayoutEqualsQJsonDocumentIncludingEmptyContainers)
{
    const QJsonObject inner{{QStringLiteral("x"), 1}, {QStringLiteral("empty"), QJsonArray()}, {QStringLiteral("none"), QJsonObject()}};
    const QJsonObject doc{{QStringLiteral("b"), QJsonArray{1, QJsonArray(), QJsonArray{QJsonObject()}, inner, true, false, QJsonValue()}},
                          {QStringLiteral("a"), inner},
                          {QStringLiteral("c"), QJsonArray{QJsonArray{QJsonArray{QStringLiteral("deep")}}}}};
    expectSameBytes(doc);
    expectSameBytes(QJsonObject());
    expectSameBytes(QJsonArray());
    expectSameBytes(QJsonArray{QJsonObject(), QJsonArray()});
}

TEST(JsonWriter, StringsAreEscapedLikeQt)
{
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    const QString strings[] = {
        controls,
        QStringLiteral("quote \" backslash \\ slash / del \x7f"),
        utf16(u"é € 日本 𝄞 \U0010FFFF \uFFFE \uFEFF"),
        utf16(u"lone high \xD800 then text"),
        utf16(u"lone low \xDC00"),
        utf16(u"high at end \xDBFF"),
        utf16(u"two highs \xD800\xD800\xDC00"),
        QString(),
    };
    QJsonArray values;
    QJsonObject keys;
    for (const QString &s : strings) {
        values.append(s);
        keys[s] = s;
    }
    expectSameBytes(values);
    expectSameBytes(keys);
}

TEST(JsonWriter, DoublesAreFormattedLikeQByteArrayNumber)
{
    std::mt19937_64 rng(20261204);
    std::vector<double> values = edgeDoubles();
    for (int i = 0; i < 100000; ++i) {
        std::uint64_t bits = rng();
        double random;
        std::memcpy(&random, &bits, sizeof random);
        values.push_back(random);                                                        // any bit pattern
        values.push_back(std::ldexp(double(rng() % 1000000), int(rng() % 200) - 100));    // binary fractions
        values.push_back(double(std::int64_t(rng() % 20000001) - 10000000) / std::pow(10.0, int(rng() % 24))); // decimals
    }
    int mismatches = 0;
    for (double d : values) {
        if (!std::isfinite(d))
            continue;
        char text[40];
        const int n = JsonWriter::formatDouble(d, text);
        const QByteArray expected = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        if (QByteArray(text, n) != expected && ++mismatches < 10)
            ADD_FAILURE() << "value " << expected.toStdString() << " written as " << std::string(text, std::size_t(n));
    }
    EXPECT_EQ(mismatches, 0);
}

TEST(JsonWriter, NumbersAreWrittenLikeQJsonValue)
{
    using L = std::numeric_limits<double>;
    QJsonArray doubles;
    for (double d : edgeDoubles())
        doubles.append(d);
    doubles.append(L::quiet_NaN()); // null, as Qt writes it
    doubles.append(L::infinity());
    doubles.append(-L::infinity());
    expectSameBytes(doubles);

    QJsonArray integers;
    for (qint64 i : {qint64(0), qint64(-1), qint64(42), std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min(),
                     qint64(1) << 53, -(qint64(1) << 53) - 1, qint64(1'000'000'000'000)})
        integers.append(i);
    JsonWriter w(JsonWriter::Style::Compact);
    w.beginArray();
    for (const QJsonValue &v : integers)
        w.integer(v.toInteger());
    w.endArray();
    EXPECT_EQ(w.text(), QJsonDocument(integers).toJson(QJsonDocument::Compact));
}

TEST(JsonWriter, RandomDocumentsEqualQJsonDocument)
{
    std::mt19937 rng(7);
    std::function<QJsonValue(int)> make = [&](int depth) -> QJsonValue {
        switch (depth > 3 ? rng() % 4 : rng() % 6) {
        case 0: return QJsonValue(double(int(rng() % 2000000) - 1000000) / double(1 + rng() % 1000));
        case 1: return QString(QString::number(rng(), 36) + QChar(char16_t(rng() % 0x3000)));
        case 2: return rng() % 2 == 0 ? QJsonValue(bool(rng() % 2)) : QJsonValue();
        case 3: return qint64(rng()) - qint64(rng());
        case 4: {
            QJsonArray a;
            for (unsigned n = rng() % 5; n > 0; --n)
                a.append(make(depth + 1));
            return a;
        }
        default: {
            QJsonObject o;
            for (unsigned n = rng() % 5; n > 0; --n)
                o[QString::number(rng() % 100)] = make(depth + 1);
            return o;
        }
        }
    };
    for (int i = 0; i < 300; ++i) {
        QJsonObject doc{{QStringLiteral("v"), make(0)}};
        expectSameBytes(doc);
    }
}

TEST(JsonWriter, StreamsToTheDeviceWhileWriting)
{
    QBuffer device;
    device.open(QIODevice::WriteOnly);
    JsonWriter w(&device, JsonWriter::Style::Indented);
    w.beginArray();
    for (int i = 0; i < 100000; ++i)
        w.string(QStringLiteral("row %1").arg(i));
    // More than the 64 KiB buffer has been written: most of it is on the device already.
    EXPECT_GT(device.size(), 1'000'000);
    w.endArray();
    ASSERT_TRUE(w.flush());

    QJsonArray same;
    for (int i = 0; i < 100000; ++i)
        same.append(QStringLiteral("row %1").arg(i));
    EXPECT_EQ(device.data(), QJsonDocument(same).toJson(QJsonDocument::Indented));
}

TEST(JsonWriter, ObjectWritesMembersInKeyOrder)
{
    const QByteArray text = JsonWriter::toJson([](JsonWriter &w) {
        w.object({{"zeta", [&] { w.integer(1); }}, {"alpha", [&] { w.string(QStringLiteral("a")); }}, {"mid", [&] { w.null(); }}});
    });
    const QJsonObject same{{QStringLiteral("zeta"), 1}, {QStringLiteral("alpha"), QStringLiteral("a")}, {QStringLiteral("mid"), QJsonValue()}};
    EXPECT_EQ(text, QJsonDocument(same).toJson(QJsonDocument::Indented));
}

TEST(JsonWriter, AContinuationAppendedGivesTheBytesOfOneWriter)
{
    // An array's elements split between a writer and a continuation made from
    // it (another thread may fill that one): nested, at depth 1 and 3, in
    // both layouts, to memory and to a device whose buffer the appended text
    // outgrows; always the bytes of one writer writing every element.
    const auto element = [](JsonWriter &w, int i) {
        if (i % 3 == 0) {
            w.beginObject();
            w.key("id");
            w.string(QStringLiteral("row %1").arg(i));
            w.key("n");
            w.integer(i);
            w.endObject();
        } else if (i % 3 == 1) {
            w.beginArray();
            w.endArray();
        } else {
            w.asciiString("1234.50");
        }
    };
    const auto document = [&](JsonWriter &w, int count, int split, bool nested) {
        w.beginObject();
        w.key("a");
        if (nested) {
            w.beginArray();
            w.beginObject();
            w.key("rows");
        }
        w.beginArray();
        if (split < 0) {
            for (int i = 0; i < count; ++i)
                element(w, i);
        } else {
            JsonWriter rest(JsonWriter::ContinuationTag{}, w.style(), w.depth());
            for (int i = split; i < count; ++i)
                element(rest, i);
            for (int i = 0; i < split; ++i)
                element(w, i);
            w.append(rest);
        }
        w.endArray();
        if (nested) {
            w.key("z");
            w.null();
            w.endObject();
            w.endArray();
        }
        w.endObject();
    };
    for (const auto style : {JsonWriter::Style::Indented, JsonWriter::Style::Compact})
        for (const bool nested : {false, true})
            for (const auto &sizes : {std::pair{2, 1}, {10, 3}, {10, 9}, {40000, 20000}}) {
                const int count = sizes.first, split = sizes.second; // (no structured binding: captured below)
                const QByteArray one = JsonWriter::toJson([&](JsonWriter &w) { document(w, count, -1, nested); }, style);
                const QByteArray two = JsonWriter::toJson([&](JsonWriter &w) { document(w, count, split, nested); }, style);
                EXPECT_EQ(two, one) << count << " split at " << split;
                QBuffer device;
                device.open(QIODevice::WriteOnly);
                {
                    JsonWriter streamed(&device, style);
                    document(streamed, count, split, nested);
                    ASSERT_TRUE(streamed.flush());
                }
                EXPECT_EQ(device.data(), one) << count << " split at " << split << ", streamed";
            }
}

TEST(JsonWriter, AFlatObjectGivesTheBytesOfItsMembersWrittenOneByOne)
{
    // flatObject() against beginObject(), key() and a value per member,
    // endObject(): at the top level, as an array's first and later element,
    // as a member's value, 20 levels deep (indentation past the 64 bytes a
    // short piece is copied as), with quoted, escaped and bare values of every
    // length the copy distinguishes, a key longer than 64 bytes, and none.
    const QString escaped = utf16(u"a \"q\" \\ é\n𝄞");
    const std::string escapedText = JsonWriter::escapedText(escaped);
    const std::string longKey(70, 'k');
    const JsonWriter::FlatKey keys[] = {{"a"}, {"b"}, {"c", false}, {"d", false}, {"e"}, {"f"}, {longKey}, {"h"}, {"i"}};
    const std::string_view values[] = {"1234.50", escapedText, "42", "null", "", "eleven char", "seventeen chars..", "2026-01",
                                       "a value of more than thirty-two bytes"};
    const auto oneByOne = [&](JsonWriter &w, std::size_t count) {
        w.beginObject();
        for (std::size_t i = 0; i < count; ++i) {
            w.key(keys[i].key);
            if (i == 1)
                w.string(escaped);
            else if (keys[i].quoted)
                w.asciiString(values[i]);
            else if (values[i] == "null")
                w.null();
            else
                w.integer(42);
        }
        w.endObject();
    };
    const auto flat = [&](JsonWriter &w, std::size_t count) {
        const JsonWriter::FlatLayout layout(w, std::span(keys, count));
        w.flatObject(layout, std::span(values, count));
    };
    const auto document = [](JsonWriter &w, int depth, const std::function<void(JsonWriter &)> &object) {
        if (depth < 0) {
            object(w); // the top level
            return;
        }
        for (int d = 0; d < depth; ++d)
            w.beginArray();
        w.beginObject();
        w.key("first");
        object(w);
        w.key("list");
        w.beginArray();
        object(w);
        object(w);
        w.endArray();
        w.endObject();
        for (int d = 0; d < depth; ++d)
            w.endArray();
    };
    int compared = 0;
    for (const auto style : {JsonWriter::Style::Indented, JsonWriter::Style::Compact})
        for (const int depth : {-1, 0, 1, 20})
            for (std::size_t count = 0; count <= std::size(keys); ++count) {
                const QByteArray expected = JsonWriter::toJson(
                    [&](JsonWriter &w) { document(w, depth, [&](JsonWriter &x) { oneByOne(x, count); }); }, style);
                const QByteArray actual = JsonWriter::toJson(
                    [&](JsonWriter &w) { document(w, depth, [&](JsonWriter &x) { flat(x, count); }); }, style);
                EXPECT_EQ(actual, expected) << "depth " << depth << ", " << count << " members";
                ++compared;
            }
    EXPECT_EQ(compared, 2 * 4 * 10);
    // The text of string() between its quotes, for every kind of code unit.
    EXPECT_EQ(JsonWriter::escapedText(escaped), std::string("a \\\"q\\\" \\\\ \xc3\xa9\\n\xf0\x9d\x84\x9e"));
    EXPECT_EQ(JsonWriter::escapedText(QString()), std::string());
}
