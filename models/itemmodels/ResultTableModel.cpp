#include "ResultTableModel.h"

#include "report/ResultCellText.h"

namespace hp {

ResultTableModel::ResultTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ResultTableModel::setTable(const ResultTable &table, const QString &currency)
{
    beginResetModel();
    m_table = table;
    m_currency = currency;
    endResetModel();
}

void ResultTableModel::setMoneyStyle(MoneyStyle style)
{
    if (style == m_style)
        return;
    m_style = style;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

int ResultTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ResultTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResultColumn &column = m_table.columns[std::size_t(index.column())];
    const ResultCell &cell = ResultCellText::cellAt(m_table.rows[std::size_t(index.row())], std::size_t(index.column()));
    const Decimal *money = column.format == ColumnFormat::Money ? std::get_if<Decimal>(&cell) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return money ? MoneyFormat::display(*money, m_style, m_currency) : ResultCellText::display(cell, column.format);
    case Qt::ToolTipRole:
        return money ? QVariant(MoneyFormat::exactWithCurrency(*money, m_currency)) : QVariant();
    case Qt::TextAlignmentRole:
        return ResultCellText::isNumber(cell) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    const ResultColumn &c = m_table.columns[std::size_t(section)];
    return c.format == ColumnFormat::Money && !m_currency.isEmpty() ? QStringLiteral("%1 (%2)").arg(c.header, m_currency) : c.header;
}

QString ResultTableModel::exactText() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < columnCount(); ++c)
        header << headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    lines << header.join(u'\t');
    for (const auto &row : m_table.rows) {
        QStringList cells;
        for (std::size_t c = 0; c < m_table.columns.size(); ++c)
            cells << ResultCellText::plain(ResultCellText::cellAt(row, c), m_table.columns[c].format);
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n');
}

} // namespace hp
