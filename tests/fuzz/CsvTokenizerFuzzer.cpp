// The CSV tokenizer on arbitrary bytes, twice: from memory and streamed from a
// device that hands out a few bytes per read. Both must give the same records
// and the same error; records are well formed and their lines increase.

#include "FuzzFiles.h"

#include "csv/CsvTokenizer.h"

#include <QIODevice>

#include <algorithm>
#include <vector>

namespace {

/// A device that returns at most `chunk` bytes per read, so that records
/// and quotes straddle the tokenizer's refills.
class TrickleDevice : public QIODevice {
public:
    TrickleDevice(QByteArray bytes, qint64 chunk) : m_bytes(std::move(bytes)), m_chunk(chunk)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, m_chunk, qint64(m_bytes.size()) - m_at});
        std::copy_n(m_bytes.constData() + m_at, n, data);
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_chunk;
    qint64 m_at = 0;
};

struct Tokenized {
    std::vector<hp::CsvRecord> records;
    std::optional<hp::CsvSyntaxError> error;
};

Tokenized tokenize(hp::CsvTokenizer &tokenizer)
{
    Tokenized out;
    hp::CsvRecord record;
    int lastLine = 0;
    while (tokenizer.next(record)) {
        HP_FUZZ_CHECK(!record.fields.isEmpty());
        HP_FUZZ_CHECK(record.fields.size() == record.quoted.size());
        HP_FUZZ_CHECK(record.line > lastLine);
        if (record.error) { // a malformed record: its error is on or after its first line, in a field
            HP_FUZZ_CHECK(record.error->line >= record.line);
            HP_FUZZ_CHECK(record.error->column >= 1);
            HP_FUZZ_CHECK(!record.error->reason.isEmpty());
            HP_FUZZ_CHECK(!record.isBlank());
        }
        lastLine = record.line;
        out.records.push_back(record);
        HP_FUZZ_CHECK(out.records.size() < 1'000'000);
    }
    out.error = tokenizer.error();
    if (out.error) {
        HP_FUZZ_CHECK(out.error->line >= 1);
        HP_FUZZ_CHECK(out.error->column >= 0);
        HP_FUZZ_CHECK(!out.error->reason.isEmpty());
    }
    return out;
}

bool sameError(const std::optional<hp::CsvSyntaxError> &a, const std::optional<hp::CsvSyntaxError> &b)
{
    if (!a || !b)
        return !a && !b;
    return a->line == b->line && a->column == b->column && a->reason == b->reason && a->raw == b->raw
        && a->kind == b->kind;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = hp::fuzz::bytes(data, size);
    static const QChar delimiters[] = {u',', u';', u'\t', u'|'};
    hp::CsvDialect dialect;
    dialect.delimiter = delimiters[size % 4];

    hp::CsvTokenizer inMemory(input, dialect);
    const Tokenized a = tokenize(inMemory);

    TrickleDevice device(input, qint64(1 + size % 5));
    hp::CsvTokenizer streamed(&device, dialect);
    const Tokenized b = tokenize(streamed);

    HP_FUZZ_CHECK(sameError(a.error, b.error));
    HP_FUZZ_CHECK(a.records.size() == b.records.size());
    for (std::size_t i = 0; i < a.records.size(); ++i) {
        HP_FUZZ_CHECK(a.records[i].line == b.records[i].line);
        HP_FUZZ_CHECK(a.records[i].fields == b.records[i].fields);
        HP_FUZZ_CHECK(a.records[i].quoted == b.records[i].quoted);
        HP_FUZZ_CHECK(sameError(a.records[i].error, b.records[i].error));
    }
    return 0;
}
