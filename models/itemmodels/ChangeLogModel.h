#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace hp {

/// The change log of a database project (docs/rules.md §13, PgProjectStore::changes)
/// as a table for the History view: when, who (the database role), table,
/// row and the change (old → new per column; "added" / "removed" with the
/// row's values), newest first, optionally only one table and one row.
class ChangeLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, Who, Entity, Row, Change, ColumnCount };

    explicit ChangeLogModel(QObject *parent = nullptr);

    /// Entries as PgProjectStore::changes gives them (oldest first).
    void setLog(const QJsonArray &log);
    /// Only entries of table `entity` (empty: all) and, when `row` is not empty, of that row.
    void setFilter(const QString &entity, const QString &row);
    /// The tables that occur in the log, sorted.
    QStringList entities() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A row key as shown: the value for a one-column key, "column=value, …" for several.
    static QString rowText(const QJsonValue &key);
    /// "name: Cloud A → Cloud B; price: 1 → 2", "added: id=a, name=A", "removed: id=a, name=A".
    static QString changeText(const QJsonObject &entry);

private:
    void refilter();

    QJsonArray m_log;
    QString m_entity;
    QString m_row;
    std::vector<int> m_shown; ///< indexes into m_log, newest first
};

} // namespace hp
