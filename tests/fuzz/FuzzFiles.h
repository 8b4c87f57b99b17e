#pragma once
// Shared by the libFuzzer harnesses: a checked assertion that aborts (so
// libFuzzer records the input), and the packed format of a folder of files.

#include "csv/CsvTokenizer.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>

namespace hp::fuzz {

/// Aborts with a message when an invariant does not hold: libFuzzer saves the input as a crash.
#define HP_FUZZ_CHECK(condition)                                                                                      \
    do {                                                                                                              \
        if (!(condition)) {                                                                                           \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition);                   \
            std::abort();                                                                                             \
        }                                                                                                             \
    } while (false)

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Several files in one input: each starts at a line `%%file NAME`; bytes
/// before the first such line are ignored. tests/fuzz/CMakeLists.txt packs
/// the seed folders this way.
inline std::map<QString, QByteArray> unpackFiles(const QByteArray &input)
{
    static const QByteArray marker("%%file ");
    static const QByteArray lineMarker("\n%%file ");
    std::map<QString, QByteArray> files;
    qsizetype at = input.startsWith(marker) ? 0 : input.indexOf(lineMarker);
    if (at > 0)
        ++at;
    while (at >= 0) {
        const qsizetype nameStart = at + marker.size();
        qsizetype nameEnd = input.indexOf('\n', nameStart);
        if (nameEnd < 0)
            nameEnd = input.size();
        const QString name = QString::fromUtf8(input.mid(nameStart, nameEnd - nameStart));
        const qsizetype next = input.indexOf(lineMarker, nameEnd);
        const qsizetype contentStart = std::min(nameEnd + 1, input.size());
        const qsizetype contentEnd = next < 0 ? input.size() : next + 1;
        files[name] = input.mid(contentStart, contentEnd - contentStart);
        at = next < 0 ? -1 : next + 1;
    }
    return files;
}

/// The records of `utf8` as the tokenizer yields them (blank and malformed
/// ones included; the record it stopped in on a syntax error counts as one);
/// -1 when it stopped on an encoding or read error (the file is refused).
inline int recordCount(const QByteArray &utf8, CsvDialect dialect)
{
    CsvTokenizer tokenizer(utf8, dialect);
    CsvRecord record;
    int n = 0;
    while (tokenizer.next(record))
        ++n;
    if (const auto &e = tokenizer.error())
        return e->kind == CsvErrorKind::Syntax ? n + 1 : -1;
    return n;
}

} // namespace hp::fuzz
