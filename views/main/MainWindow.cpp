#include "MainWindow.h"

#include "MoneyFormat.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hp {

namespace {
struct Column {
    const char *title;
    Decimal TotalFigures::*field;
};
constexpr Column kColumns[] = {
    {"Total cost", &TotalFigures::total},
    {"NPV", &TotalFigures::npv},
    {"Spend", &TotalFigures::spend},
    {"Discount earned", &TotalFigures::discount},
    {"Shortfall charged", &TotalFigures::shortfall},
    {"Projected shortfall", &TotalFigures::projectedShortfall},
    {"Revenue share paid", &TotalFigures::revenueSharePaid},
    {"Switching", &TotalFigures::switching},
    {"Expected exposure", &TotalFigures::expectedExposure},
};
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_banner = new QLabel(central);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #FFF4CE; color: #5A4500; padding: 8px; border-radius: 4px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);
    m_table = new QTableWidget(central);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table);
    setCentralWidget(central);
    resize(1720, 360);
}

void MainWindow::showProject(const Project &project, const std::vector<ScenarioOutcome> &outcomes)
{
    setWindowTitle(QStringLiteral("Hedgeplan — %1").arg(project.title.isEmpty() ? QStringLiteral("Untitled") : project.title));
    m_banner->setText(tr("Illustrative figures: this demo portfolio is inspired by public reporting; its numbers are not real contract terms."));
    m_banner->setVisible(project.illustrative);

    QStringList headers{tr("Scenario")};
    for (const Column &c : kColumns)
        headers << tr(c.title) + QStringLiteral(" (%1)").arg(project.reportingCurrency);
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(outcomes.size()));
    for (int row = 0; row < int(outcomes.size()); ++row) {
        const ScenarioOutcome &o = outcomes[std::size_t(row)];
        m_table->setItem(row, 0, new QTableWidgetItem(o.scenario));
        if (const auto *error = std::get_if<QString>(&o.result)) {
            auto *item = new QTableWidgetItem(tr("cannot evaluate: %1").arg(*error));
            item->setForeground(QColor(0xB0, 0x00, 0x20));
            m_table->setItem(row, 1, item);
            m_table->setSpan(row, 1, 1, int(std::size(kColumns)));
            continue;
        }
        const TotalFigures &t = std::get<EngineResult>(o.result).totals;
        for (int c = 0; c < int(std::size(kColumns)); ++c) {
            auto *item = new QTableWidgetItem(MoneyFormat::full(t.*kColumns[c].field));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c + 1, item);
        }
    }
}

} // namespace hp
