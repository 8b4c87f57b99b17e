#include "ColumnMapping.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace hp {

QString ColumnMapping::normalize(QStringView header)
{
    QString out;
    for (const QChar c : header)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

QString ColumnMapping::shapeKey(const QStringList &headers)
{
    QStringList normalized;
    for (const QString &h : headers)
        normalized << normalize(h);
    return QString::fromLatin1(
        QCryptographicHash::hash(normalized.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha1).toHex());
}

ColumnMapping ColumnMapping::guess(const QString &entity, const QStringList &headers, const std::vector<ImportField> &fields)
{
    ColumnMapping m;
    m.m_entity = entity;
    QStringList normalized;
    for (const QString &h : headers)
        normalized << normalize(h);
    QStringList taken;
    for (const ImportField &f : fields) {
        for (const QString &name : QStringList{f.name} + f.aliases) {
            const qsizetype i = normalized.indexOf(normalize(name));
            if (i >= 0 && !taken.contains(normalized[i])) {
                m.mapColumn(f.name, headers[i]);
                taken << normalized[i];
                break;
            }
        }
    }
    return m;
}

ColumnMapping ColumnMapping::completed(const QStringList &headers, const std::vector<ImportField> &fields) const
{
    const QStringList free = unusedHeaders(headers);
    std::vector<ImportField> unnamed;
    for (const ImportField &f : fields)
        if (!names(f.name))
            unnamed.push_back(f);
    ColumnMapping out = guess(m_entity, free, unnamed);
    for (const auto &[field, s] : m_fields)
        out.m_fields[field] = s;
    return out;
}

void ColumnMapping::mapColumn(const QString &field, const QString &header)
{
    m_fields[field] = {FieldSource::Kind::Column, header};
}

void ColumnMapping::setConstant(const QString &field, const QString &value)
{
    m_fields[field] = {FieldSource::Kind::Constant, value};
}

void ColumnMapping::ignore(const QString &field)
{
    m_fields[field] = {FieldSource::Kind::Ignore, QString()};
}

FieldSource ColumnMapping::source(const QString &field) const
{
    const auto it = m_fields.find(field);
    return it == m_fields.end() ? FieldSource{} : it->second;
}

int ColumnMapping::columnIndex(const QString &field, const QStringList &headers) const
{
    const FieldSource s = source(field);
    if (s.kind != FieldSource::Kind::Column)
        return -1;
    const QString wanted = normalize(s.value);
    for (qsizetype i = 0; i < headers.size(); ++i)
        if (normalize(headers[i]) == wanted)
            return int(i);
    return -1;
}

QStringList ColumnMapping::unusedHeaders(const QStringList &headers) const
{
    QStringList used;
    for (const auto &[field, s] : m_fields)
        if (s.kind == FieldSource::Kind::Column)
            used << normalize(s.value);
    QStringList out;
    for (const QString &h : headers)
        if (!h.trimmed().isEmpty() && !used.contains(normalize(h)))
            out << h;
    return out;
}

QStringList ColumnMapping::missingRequired(const QStringList &headers, const std::vector<ImportField> &fields) const
{
    QStringList out;
    for (const ImportField &f : fields)
        if (f.required && source(f.name).kind != FieldSource::Kind::Constant && columnIndex(f.name, headers) < 0)
            out << f.name;
    return out;
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject fields;
    for (const auto &[field, s] : m_fields) {
        switch (s.kind) {
        case FieldSource::Kind::Column: fields[field] = QJsonObject{{QStringLiteral("column"), s.value}}; break;
        case FieldSource::Kind::Constant: fields[field] = QJsonObject{{QStringLiteral("constant"), s.value}}; break;
        case FieldSource::Kind::Ignore: fields[field] = QJsonObject{{QStringLiteral("ignore"), true}}; break;
        }
    }
    return {{QStringLiteral("entity"), m_entity}, {QStringLiteral("fields"), fields}};
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QJsonObject &json, QString *error)
{
    ColumnMapping m;
    m.m_entity = json.value(QStringLiteral("entity")).toString();
    const QJsonValue fields = json.value(QStringLiteral("fields"));
    if (!fields.isObject()) {
        *error = QStringLiteral("a mapping is an object with \"entity\" and a \"fields\" object");
        return std::nullopt;
    }
    const QJsonObject o = fields.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonObject f = it.value().toObject();
        if (f.value(QStringLiteral("column")).isString())
            m.mapColumn(it.key(), f.value(QStringLiteral("column")).toString());
        else if (f.value(QStringLiteral("constant")).isString())
            m.setConstant(it.key(), f.value(QStringLiteral("constant")).toString());
        else if (f.value(QStringLiteral("ignore")).toBool())
            m.ignore(it.key());
        else {
            *error = QStringLiteral("field '%1': expected {\"column\": NAME}, {\"constant\": TEXT} or {\"ignore\": true}").arg(it.key());
            return std::nullopt;
        }
    }
    return m;
}

} // namespace hp
