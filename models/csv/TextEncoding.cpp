#include "TextEncoding.h"

#include <array>

namespace hp {

namespace {

/// Windows-1252's 0x80–0x9F; the five bytes it leaves undefined map to the
/// C1 control of the same value, as Windows' own converter does.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

} // namespace

QString TextEncodings::name(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringLiteral("utf-8");
    case TextEncoding::Utf8Bom: return QStringLiteral("utf-8-bom");
    case TextEncoding::Windows1252: return QStringLiteral("windows-1252");
    case TextEncoding::Latin1: return QStringLiteral("latin-1");
    }
    return QStringLiteral("utf-8");
}

QStringList TextEncodings::names()
{
    return {name(TextEncoding::Utf8), name(TextEncoding::Utf8Bom), name(TextEncoding::Windows1252), name(TextEncoding::Latin1)};
}

std::optional<TextEncoding> TextEncodings::parse(QStringView text)
{
    QString t = text.trimmed().toString().toLower();
    t.remove(u'-');
    t.remove(u'_');
    if (t == u"utf8")
        return TextEncoding::Utf8;
    if (t == u"utf8bom" || t == u"utf8sig")
        return TextEncoding::Utf8Bom;
    if (t == u"windows1252" || t == u"cp1252" || t == u"win1252")
        return TextEncoding::Windows1252;
    if (t == u"latin1" || t == u"iso88591" || t == u"l1")
        return TextEncoding::Latin1;
    return std::nullopt;
}

bool TextEncodings::hasBom(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF");
}

QByteArray TextEncodings::toUtf8(const QByteArray &bytes, TextEncoding encoding)
{
    if (encoding == TextEncoding::Utf8 || encoding == TextEncoding::Utf8Bom)
        return hasBom(bytes) ? bytes.mid(3) : bytes;
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (encoding == TextEncoding::Windows1252 && b >= 0x80 && b <= 0x9F)
            text.append(QChar(kCp1252High[b - 0x80]));
        else
            text.append(QChar(char16_t(b)));
    }
    return text.toUtf8();
}

} // namespace hp
