#pragma once

#include "charts/ChartStyle.h"
#include "report/ChartData.h"

#include <QChartView>

namespace hp {

/// A chart on screen (docs/charts.md): hover shows the exact value of the
/// series under the mouse, clicking a legend entry hides or shows its
/// series, month charts zoom with a horizontal rubber band or the wheel and
/// pan with the arrow keys (double-click or Escape resets), and Ctrl+C or the
/// context menu copies the chart to the clipboard as an image.
class ChartView : public QChartView {
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);

    /// Shows `data` drawn in `style` (replacing the previous chart).
    void setChartData(const ChartData &data, const ChartStyle &style);
    const ChartData &chartData() const { return m_drawn; }

    /// The text the tooltip shows for series `series` at category `category`.
    QString tooltipText(int series, int category) const;
    /// The category nearest to an x value of the chart.
    int categoryAt(double x) const;
    /// Hides or shows the `series`-th series of the data (as a legend click does).
    void toggleSeries(int series);
    bool isSeriesVisible(int series) const;
    void copyToClipboard();
    bool zoomable() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void connectSeries();
    void showTooltip(int series, int category, bool show);
    ChartData m_drawn;
};

} // namespace hp
