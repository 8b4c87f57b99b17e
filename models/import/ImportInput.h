#pragma once

#include "csv/CsvTokenizer.h"
#include "csv/ImportDialect.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <memory>

namespace hp {

/// One input being read: the device and the tokenizer on it.
struct OpenedInput {
    std::unique_ptr<QIODevice> device;
    std::unique_ptr<CsvTokenizer> tokenizer;
    /// Bytes of the input read so far (for progress).
    qint64 position() const;
};

/// A file to import (issue 16): a file on disk, read in bounded blocks and
/// never whole, or bytes already in memory (tests, fuzzing, the clipboard).
/// Readers open it as many times as they need (a register reads twice) and
/// sniff the dialect from prefix().
class ImportInput {
public:
    /// How much of a file the dialect detector and the kind guess look at.
    static constexpr qsizetype kPrefixBytes = 64 * 1024;

    static ImportInput fromBytes(const QString &fileName, const QByteArray &bytes);
    /// `fileName` names the file in notes and rejects; `path` is where it is read.
    static ImportInput fromPath(const QString &fileName, const QString &path);

    const QString &fileName() const { return m_fileName; }
    const QString &path() const { return m_path; }
    bool isFile() const { return !m_path.isEmpty(); }
    /// Size in bytes (-1 when a file cannot be read).
    qint64 size() const;
    /// The first `max` bytes, cut after the last line break when the input is longer.
    QByteArray prefix(qsizetype max = kPrefixBytes) const;
    /// The whole content (price maps are JSON documents, read whole).
    QByteArray readAll(QString *error = nullptr) const;
    /// A tokenizer over the whole input in the dialect's encoding and CSV dialect,
    /// from byte `offset` of a file on `line` (a chunk read in parallel) or from the start.
    /// Null with *error when the file cannot be opened.
    OpenedInput open(const ImportDialect &dialect, QString *error, qint64 offset = 0, int line = 1) const;

    /// The start of the first line after byte `offset` that is not blank (after an LF not
    /// followed by CR or LF), or -1: where a part of a file read in parallel may start. It
    /// is a record boundary unless a quoted field spans it, which the part before finds out.
    qint64 lineStartAfter(qint64 offset) const;
    /// The 1-based line byte `offset` lies on, counting line breaks as the tokenizer does
    /// (CRLF, LF or a lone CR); -1 when the file cannot be read.
    int lineAt(qint64 offset) const;

private:
    QString m_fileName;
    QString m_path;
    QByteArray m_bytes;
};

} // namespace hp
