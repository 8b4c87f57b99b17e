#pragma once

#include <QDialog>
#include <QJsonArray>

class QComboBox;
class QLineEdit;
class QTableView;

namespace hp {

class ChangeLogModel;

/// Edit > History… of a database project (docs/gui.md "Team projects"): the
/// change log (who, when, table, row, old → new) for one table and row, or all.
class HistoryDialog : public QDialog {
    Q_OBJECT

public:
    /// `entity` / `row`: the table and row key to show first (empty: all).
    HistoryDialog(const QJsonArray &log, const QString &entity, const QString &row, QWidget *parent = nullptr);

    ChangeLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *entityPicker() const { return m_entity; }
    QLineEdit *rowFilter() const { return m_row; }

private:
    void applyFilter();

    ChangeLogModel *m_model;
    QComboBox *m_entity;
    QLineEdit *m_row;
    QTableView *m_table;
};

} // namespace hp
