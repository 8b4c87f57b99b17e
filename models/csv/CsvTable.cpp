#include "CsvTable.h"

#include "csv/CsvBodyReader.h"

#include <QLocale>

#include <cmath>

namespace hp {

CsvTable::CsvTable(const QString &fileName, const QByteArray &bytes, const QStringList &required,
                   const QStringList &optional, CsvDialect dialect)
    : m_file(fileName)
{
    CsvTokenizer tokenizer(bytes, dialect);
    read(tokenizer, required, optional);
}

CsvTable::CsvTable(const QString &fileName, QIODevice *device, const QStringList &required,
                   const QStringList &optional, CsvDialect dialect)
    : m_file(fileName)
{
    CsvTokenizer tokenizer(device, dialect);
    read(tokenizer, required, optional);
}

void CsvTable::read(CsvTokenizer &tokenizer, const QStringList &required, const QStringList &optional)
{
    CsvRecord header;
    bool haveHeader = false;
    while (!haveHeader && tokenizer.next(header)) {
        haveHeader = !header.isBlank();
        m_counts.blank += haveHeader ? 0 : 1;
    }
    if (haveHeader && header.error) {
        const CsvSyntaxError &e = *header.error;
        m_errors.push_back({m_file, header.line, 0,
                            QStringLiteral("the header row is malformed at line %1, column %2: %3; no row is read").arg(e.line).arg(e.column).arg(e.reason),
                            e.raw});
        return;
    }
    if (!haveHeader) {
        if (const auto &e = tokenizer.error())
            m_errors.push_back({m_file, e->line, e->column, e->reason, e->raw});
        else
            m_errors.push_back({m_file, 1, 0, QStringLiteral("the file is empty: a header row is required"), QString()});
        return;
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
    const CsvBodyCounts body = CsvBodyReader::read(tokenizer, m_file, header.fields.size(), u',', m_records, m_errors);
    m_counts = body.refused ? body : CsvBodyCounts{body.kept, body.rejected, body.blank + m_counts.blank, false};
}

std::vector<CsvTable::Row> CsvTable::rows()
{
    std::vector<Row> out;
    out.reserve(m_records.size());
    for (const CsvRecord &r : m_records)
        out.emplace_back(*this, r);
    return out;
}

QString CsvTable::Row::text(const QString &column) const
{
    const int i = m_table.m_columns.value(column, -1);
    return i < 0 ? QString() : m_record.fields[i].trimmed();
}

void CsvTable::Row::error(const QString &column, const QString &reason)
{
    const int i = m_table.m_columns.value(column, -1);
    m_table.m_errors.push_back({m_table.m_file, m_record.line, i + 1, reason, i < 0 ? QString() : m_record.fields[i]});
}

void CsvTable::Row::warning(const QString &column, const QString &reason)
{
    const int i = m_table.m_columns.value(column, -1);
    m_table.m_warnings << QStringLiteral("%1:%2:%3: %4").arg(m_table.m_file).arg(m_record.line).arg(i + 1).arg(reason);
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
