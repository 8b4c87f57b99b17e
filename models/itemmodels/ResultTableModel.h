#pragma once

#include "money/MoneyFormat.h"
#include "report/ResultTable.h"

#include <QAbstractTableModel>

namespace hp {

/// A ResultTable (an analysis' figures, docs/analysis.md) as an item model for
/// the analysis dialogs: money compact or exact (MoneyStyle), the exact figure
/// with its currency in every money cell's tooltip, numbers right-aligned.
/// `exactText` is what a dialog's Copy puts on the clipboard.
class ResultTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit ResultTableModel(QObject *parent = nullptr);

    void setTable(const ResultTable &table, const QString &currency);
    const ResultTable &table() const { return m_table; }
    void setMoneyStyle(MoneyStyle style);
    /// Header and rows, tab-separated, money exact to the cent.
    QString exactText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ResultTable m_table;
    QString m_currency;
    MoneyStyle m_style = MoneyStyle::Compact;
};

} // namespace hp
