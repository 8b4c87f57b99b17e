#include "itemmodels/ChangeLogModel.h"

#include <QSet>

namespace hp {

namespace {

QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("∅");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::String: return v.toString();
    default: return QStringLiteral("…");
    }
}

QString columnsText(const QJsonObject &o)
{
    QStringList parts;
    for (auto it = o.begin(); it != o.end(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key(), valueText(it.value()));
    return parts.join(QStringLiteral(", "));
}

} // namespace

ChangeLogModel::ChangeLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChangeLogModel::setLog(const QJsonArray &log)
{
    m_log = log;
    refilter();
}

void ChangeLogModel::setFilter(const QString &entity, const QString &row)
{
    m_entity = entity;
    m_row = row;
    refilter();
}

void ChangeLogModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    for (int i = int(m_log.size()) - 1; i >= 0; --i) {
        const QJsonObject e = m_log.at(i).toObject();
        if (!m_entity.isEmpty() && e.value(QStringLiteral("entity")).toString() != m_entity)
            continue;
        if (!m_row.isEmpty() && rowText(e.value(QStringLiteral("row"))) != m_row)
            continue;
        m_shown.push_back(i);
    }
    endResetModel();
}

QStringList ChangeLogModel::entities() const
{
    QSet<QString> names;
    for (const QJsonValue &v : m_log)
        names.insert(v.toObject().value(QStringLiteral("entity")).toString());
    QStringList out(names.begin(), names.end());
    out.sort();
    return out;
}

int ChangeLogModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_shown.size()); }
int ChangeLogModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ChangeLogModel::rowText(const QJsonValue &key)
{
    return key.isObject() ? columnsText(key.toObject()) : valueText(key);
}

QString ChangeLogModel::changeText(const QJsonObject &entry)
{
    const QJsonValue oldValues = entry.value(QStringLiteral("old"));
    const QJsonValue newValues = entry.value(QStringLiteral("new"));
    if (oldValues.isNull())
        return tr("added: %1").arg(columnsText(newValues.toObject()));
    if (newValues.isNull())
        return tr("removed: %1").arg(columnsText(oldValues.toObject()));
    QStringList parts;
    const QJsonObject before = oldValues.toObject();
    const QJsonObject after = newValues.toObject();
    for (auto it = after.begin(); it != after.end(); ++it)
        parts << QStringLiteral("%1: %2 → %3").arg(it.key(), valueText(before.value(it.key())), valueText(it.value()));
    return parts.join(QStringLiteral("; "));
}

QVariant ChangeLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QJsonObject e = m_log.at(m_shown[std::size_t(index.row())]).toObject();
    switch (Column(index.column())) {
    case When: return e.value(QStringLiteral("when")).toString();
    case Who: return e.value(QStringLiteral("who")).toString();
    case Entity: return e.value(QStringLiteral("entity")).toString();
    case Row: return rowText(e.value(QStringLiteral("row")));
    case Change: return changeText(e);
    case ColumnCount: break;
    }
    return {};
}

QVariant ChangeLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case When: return tr("When (UTC)");
    case Who: return tr("Who");
    case Entity: return tr("Table");
    case Row: return tr("Row");
    case Change: return tr("Change (old → new)");
    case ColumnCount: break;
    }
    return {};
}

} // namespace hp
