#pragma once

#include <QWidget>

class QTableView;
class QLabel;

namespace hp {

class DocumentTableModel;

/// A page of the central editor: a heading, a hint, Add/Remove buttons and
/// a table of one entity list with validating delegates. The current cell
/// survives renames and undo (KeptSelection); a refused edit shows its reason
/// at the cell and in `message`.
class EntityTableEditor : public QWidget {
    Q_OBJECT

public:
    EntityTableEditor(DocumentTableModel *model, const QString &heading, const QString &hint, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    DocumentTableModel *model() const { return m_model; }
    /// Adds a row after the current one and starts editing its first cell.
    void addRow();
    void removeCurrentRow();

Q_SIGNALS:
    void message(const QString &text);

private:
    QStringList keys() const;

    DocumentTableModel *m_model;
    QTableView *m_table;
    QStringList m_keysBeforeReset;
    int m_rowBeforeReset = -1;
    int m_columnBeforeReset = 0;
};

} // namespace hp
