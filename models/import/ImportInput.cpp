#include "ImportInput.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <limits>

namespace hp {

qint64 OpenedInput::position() const
{
    if (!device)
        return tokenizer ? tokenizer->offset() : 0;
    return device->pos();
}

ImportInput ImportInput::fromBytes(const QString &fileName, const QByteArray &bytes)
{
    ImportInput in;
    in.m_fileName = fileName;
    in.m_bytes = bytes;
    return in;
}

ImportInput ImportInput::fromPath(const QString &fileName, const QString &path)
{
    ImportInput in;
    in.m_fileName = fileName;
    in.m_path = path;
    return in;
}

qint64 ImportInput::size() const
{
    if (!isFile())
        return m_bytes.size();
    const QFileInfo info(m_path);
    return info.exists() ? info.size() : -1;
}

QByteArray ImportInput::prefix(qsizetype max) const
{
    QByteArray bytes;
    if (!isFile()) {
        bytes = m_bytes.left(max + 1);
    } else {
        QFile f(m_path);
        if (f.open(QIODevice::ReadOnly))
            bytes = f.read(max + 1);
    }
    if (bytes.size() > max) {
        // Whole lines only: a cut line (or a cut UTF-8 sequence) would mislead the detector.
        bytes.truncate(max);
        const qsizetype cut = std::max(bytes.lastIndexOf('\n'), bytes.lastIndexOf('\r'));
        if (cut > 0)
            bytes.truncate(cut + 1);
    }
    return bytes;
}

QByteArray ImportInput::readAll(QString *error) const
{
    if (!isFile())
        return m_bytes;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot read: %2").arg(m_path, f.errorString());
        return {};
    }
    return f.readAll();
}

qint64 ImportInput::lineStartAfter(qint64 offset) const
{
    QFile f(m_path);
    if (!isFile() || !f.open(QIODevice::ReadOnly) || !f.seek(offset))
        return -1;
    const QByteArray block = f.read(1 << 20);
    for (qsizetype i = 0; i + 1 < block.size(); ++i)
        if (block[i] == '\n' && block[i + 1] != '\r' && block[i + 1] != '\n')
            return offset + i + 1;
    return -1;
}

int ImportInput::lineAt(qint64 offset) const
{
    QFile f(m_path);
    if (!isFile() || !f.open(QIODevice::ReadOnly))
        return -1;
    qint64 lines = 1;
    bool crBefore = false; // the block before ended in CR
    QByteArray block;
    for (qint64 done = 0; done < offset; done += block.size()) {
        block = f.read(std::min<qint64>(1 << 20, offset - done));
        if (block.isEmpty())
            return -1;
        const char *b = block.constData();
        const qsizetype n = block.size();
        lines += std::count(b, b + n, '\n');
        if (std::find(b, b + n, '\r') != b + n || crBefore) {
            // A lone CR is a line break too; CRLF counts once (its LF is counted above).
            for (qsizetype i = 0; i < n; ++i)
                if (b[i] == '\r' && i + 1 < n && b[i + 1] != '\n')
                    ++lines;
            if (crBefore && b[0] != '\n')
                ++lines;
        }
        crBefore = b[n - 1] == '\r';
    }
    if (crBefore) { // the CR just before `offset`: a line break unless an LF follows it
        char next = 0;
        if (!f.getChar(&next) || next != '\n')
            ++lines;
    }
    return lines > std::numeric_limits<int>::max() ? -1 : int(lines);
}

OpenedInput ImportInput::open(const ImportDialect &dialect, QString *error, qint64 offset, int line) const
{
    OpenedInput in;
    if (!isFile()) {
        in.tokenizer = std::make_unique<CsvTokenizer>(TextEncodings::toUtf8(m_bytes, dialect.encoding), dialect.csv);
        return in;
    }
    auto file = std::make_unique<QFile>(m_path);
    if (!file->open(QIODevice::ReadOnly) || (offset > 0 && !file->seek(offset))) {
        if (error)
            *error = QStringLiteral("%1: cannot read: %2").arg(m_path, file->errorString());
        return {};
    }
    in.tokenizer = std::make_unique<CsvTokenizer>(file.get(), dialect.csv);
    in.tokenizer->setEncoding(dialect.encoding);
    if (offset > 0)
        in.tokenizer->startAt(offset, line);
    in.device = std::move(file);
    return in;
}

} // namespace hp
