#include "CsvTable.h"

#include <QFile>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace hp {

namespace {

/// True when every byte of `input` is valid UTF-8 (a file is read in 64 KiB
/// blocks; a sequence cut by a block's end is carried over to the next).
bool wholeInputIsUtf8(const ImportInput &input)
{
    if (!input.isFile()) {
        const QByteArray bytes = input.readAll(); // shared, not copied
        return CsvTokenizer::invalidUtf8Offset(bytes.constData(), bytes.size()) < 0;
    }
    QFile file(input.path());
    if (!file.open(QIODevice::ReadOnly))
        return true; // the tokenizer reports why it cannot be read
    QByteArray block;
    while (true) {
        const qsizetype carried = block.size();
        block.resize(carried + 64 * 1024);
        const qint64 n = file.read(block.data() + carried, 64 * 1024);
        block.resize(carried + std::max<qint64>(n, 0));
        if (n <= 0)
            return carried == 0; // a sequence cut by the end of the file is invalid
        const qsizetype bad = CsvTokenizer::invalidUtf8Offset(block.constData(), block.size());
        if (bad >= 0 && block.size() - bad >= 4)
            return false; // a whole sequence is invalid
        block.remove(0, bad >= 0 ? bad : block.size()); // keep a sequence the block may have cut
    }
}

} // namespace

CsvTable::CsvTable(const QString &fileName, const QByteArray &bytes, const QStringList &required,
                   const QStringList &optional, CsvDialect dialect)
    : CsvTable(ImportInput::fromBytes(fileName, bytes), required, optional, dialect)
{
}

CsvTable::CsvTable(const ImportInput &input, const QStringList &required, const QStringList &optional, CsvDialect dialect)
    : m_file(input.fileName())
    , m_input(input)
    , m_canReopen(true)
{
    m_dialect.csv = dialect;
    start(required, optional);
}

CsvTable::CsvTable(const QString &fileName, QIODevice *device, const QStringList &required,
                   const QStringList &optional, CsvDialect dialect)
    : m_file(fileName)
    , m_device(device)
{
    m_dialect.csv = dialect;
    start(required, optional);
}

CsvTable::~CsvTable() = default;

void CsvTable::start(const QStringList &required, const QStringList &optional)
{
    m_reject = [this](ImportError &&e) { m_errors.push_back(std::move(e)); };
    QString why;
    if (m_canReopen)
        m_opened = m_input.open(m_dialect, &why);
    else
        m_opened.tokenizer = std::make_unique<CsvTokenizer>(m_device, m_dialect.csv);
    if (!m_opened.tokenizer) {
        m_errors.push_back({m_file, 0, 0, why, QString()});
        return;
    }
    if (!readHeader(*m_opened.tokenizer, required, optional))
        return;
    m_cells.resize(std::size_t(m_header.size()));
    // The bodies of canonical files get no encoding hint (they are UTF-8 by definition).
    m_stream = std::make_unique<CsvRowStream>(m_file, *m_opened.tokenizer, m_dialect, m_header, QString());
    m_counts.blank = m_blankBeforeHeader;
    if (m_canReopen && !wholeInputIsUtf8(m_input))
        checkWholeFile();
}

bool CsvTable::readHeader(CsvTokenizer &tokenizer, const QStringList &required, const QStringList &optional)
{
    CsvRecord header;
    bool haveHeader = false;
    while (!haveHeader && tokenizer.next(header)) {
        haveHeader = !header.isBlank();
        m_blankBeforeHeader += haveHeader ? 0 : 1;
    }
    m_counts.blank = m_blankBeforeHeader;
    if (haveHeader && header.error) {
        const CsvSyntaxError &e = *header.error;
        m_errors.push_back({m_file, header.line, 0,
                            QStringLiteral("the header row is malformed at line %1, column %2: %3; no row is read").arg(e.line).arg(e.column).arg(e.reason),
                            e.raw});
        return false;
    }
    if (!haveHeader) {
        if (const auto &e = tokenizer.error())
            m_errors.push_back({m_file, e->line, e->column, e->reason, e->raw});
        else
            m_errors.push_back({m_file, 1, 0, QStringLiteral("the file is empty: a header row is required"), QString()});
        return false;
    }
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed().toLower();
        if (name.isEmpty())
            continue; // e.g. the trailing comma of a spreadsheet export
        if (m_columns.contains(name)) {
            m_errors.push_back({m_file, header.line, CsvRecord::columnOf(i), QStringLiteral("column '%1' appears twice").arg(name),
                                header.fields[i]});
            continue;
        }
        if (!required.contains(name) && !optional.contains(name))
            m_warnings << QStringLiteral("%1:%2:%3: unknown column '%4' ignored")
                              .arg(m_file).arg(header.line).arg(CsvRecord::columnOf(i)).arg(header.fields[i].trimmed());
        m_columns.insert(name, i);
    }
    for (const QString &name : required)
        if (!m_columns.contains(name))
            m_errors.push_back({m_file, header.line, 0, QStringLiteral("required column '%1' is missing").arg(name),
                                header.fields.join(QLatin1Char(','))});
    m_header = header.fields;
    return true;
}

void CsvTable::checkWholeFile()
{
    // Where reading stops decides: at the bad byte (the file is refused, before any
    // row was handed out), or earlier at an unterminated quote (rows are read as usual).
    const std::function<void(ImportError &&)> ignore = [](ImportError &&) {};
    while (m_stream->next(m_record, ignore)) {
    }
    if (m_stream->refused()) {
        finish();
        return;
    }
    QString why;
    m_stream.reset();
    m_opened = m_input.open(m_dialect, &why);
    if (!m_opened.tokenizer) {
        m_errors.push_back({m_file, 0, 0, why, QString()});
        return;
    }
    CsvRecord header; // skipped: read and checked above
    while (m_opened.tokenizer->next(header) && header.isBlank()) {
    }
    m_stream = std::make_unique<CsvRowStream>(m_file, *m_opened.tokenizer, m_dialect, m_header, QString());
}

bool CsvTable::advance()
{
    if (!m_stream)
        return false;
    if (m_stream->next(m_record, m_reject)) {
        const CsvBodyCounts &body = m_stream->counts();
        m_counts = {body.kept, body.rejected, body.blank + m_blankBeforeHeader, false};
        return true;
    }
    finish();
    return false;
}

void CsvTable::readToEnd()
{
    while (advance()) {
    }
}

void CsvTable::finish()
{
    const CsvBodyCounts body = m_stream->counts();
    if (m_stream->refused())
        m_errors.clear(); // the file is refused as a whole: its one error says why
    for (const ImportError &e : m_stream->endErrors())
        m_errors.push_back(e);
    m_counts = body.refused ? body : CsvBodyCounts{body.kept, body.rejected, body.blank + m_blankBeforeHeader, false};
    m_stream.reset();
    m_opened = OpenedInput();
    m_record.clear();
}

const QString &CsvTable::cell(qsizetype index)
{
    const QByteArrayView bytes = m_record.field(index);
    Cached &c = m_cells[std::size_t(index)];
    if (!c.valid || QByteArrayView(c.raw) != bytes) {
        // A column that repeats its value (a provider, a month, a currency) shares one string.
        c.raw.resize(0);
        c.raw.append(bytes);
        c.text = QString::fromUtf8(bytes).trimmed();
        c.valid = true;
    }
    return c.text;
}

int CsvTable::Row::line() const { return m_table.m_record.line; }

QString CsvTable::Row::raw(const QString &column) const
{
    const int i = m_table.m_columns.value(column, -1);
    return i < 0 ? QString() : QString::fromUtf8(m_table.m_record.field(i));
}

QString CsvTable::Row::text(const QString &column) const
{
    const int i = m_table.m_columns.value(column, -1);
    return i < 0 ? QString() : m_table.cell(i);
}

void CsvTable::Row::error(const QString &column, const QString &reason)
{
    const int i = m_table.m_columns.value(column, -1);
    m_table.m_errors.push_back({m_table.m_file, line(), i + 1, reason, raw(column)});
}

void CsvTable::Row::warning(const QString &column, const QString &reason)
{
    const int i = m_table.m_columns.value(column, -1);
    m_table.m_warnings << QStringLiteral("%1:%2:%3: %4").arg(m_table.m_file).arg(line()).arg(i + 1).arg(reason);
}

QString CsvTable::Row::required(const QString &column)
{
    const QString v = text(column);
    if (v.isEmpty() && m_table.m_columns.contains(column))
        error(column, QStringLiteral("%1 is required").arg(column));
    return v;
}

std::optional<Decimal> CsvTable::Row::decimal(const QString &column, bool isRequired)
{
    const QString v = isRequired ? required(column) : text(column);
    if (v.isEmpty())
        return std::nullopt;
    QString why;
    auto d = Decimal::parse(v, &why);
    if (!d)
        error(column, QStringLiteral("%1: %2").arg(column, why));
    return d;
}

std::optional<Decimal> CsvTable::Row::percent(const QString &column, bool isRequired)
{
    QString v = isRequired ? required(column) : text(column);
    if (v.isEmpty())
        return std::nullopt;
    if (v.endsWith(u'%'))
        v.chop(1);
    QString why;
    auto d = Decimal::parse(v.trimmed(), &why);
    if (!d)
        error(column, QStringLiteral("%1: %2 (a percentage such as 20 or 20%)").arg(column, why));
    return d;
}

std::optional<YearMonth> CsvTable::Row::month(const QString &column, bool isRequired)
{
    const QString v = isRequired ? required(column) : text(column);
    if (v.isEmpty())
        return std::nullopt;
    QString why;
    auto m = YearMonth::parse(v, &why);
    if (!m)
        error(column, QStringLiteral("%1: %2").arg(column, why));
    return m;
}

std::optional<int> CsvTable::Row::integer(const QString &column, bool isRequired)
{
    const QString v = isRequired ? required(column) : text(column);
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int i = v.toInt(&ok);
    if (!ok)
        error(column, QStringLiteral("%1: '%2' is not a whole number").arg(column, v));
    return ok ? std::optional<int>(i) : std::nullopt;
}

std::optional<double> CsvTable::Row::real(const QString &column)
{
    const QString v = text(column);
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double d = QLocale::c().toDouble(v, &ok);
    if (!ok || !std::isfinite(d)) {
        error(column, QStringLiteral("%1: '%2' is not a number").arg(column, v));
        return std::nullopt;
    }
    return d;
}

std::optional<bool> CsvTable::Row::boolean(const QString &column)
{
    const QString v = text(column).toLower();
    if (v.isEmpty())
        return std::nullopt;
    if (v == u"true" || v == u"yes" || v == u"1")
        return true;
    if (v == u"false" || v == u"no" || v == u"0")
        return false;
    error(column, QStringLiteral("%1: '%2' is not true or false").arg(column, text(column)));
    return std::nullopt;
}

} // namespace hp
