#pragma once

#include "domain/Project.h"
#include "report/ChartCatalog.h"
#include "report/ChartData.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace hp {

class ChartView;

/// The dashboard's chart (docs/gui-tools.md): a picker over the chart kinds
/// of ChartCatalog, the ChartView, and Copy and Export… buttons. Feed it the
/// project and the dashboard's scenarios; it rebuilds the chart in the global
/// thread pool (the tornado and the fan run whole analyses), drops a result
/// that a newer change overtook (generation counter) and shows the reason
/// instead of the chart when the engine cannot draw it.
class ChartPanel : public QWidget {
    Q_OBJECT

public:
    /// Asks where to export the chart, starting at `suggestion`; empty: cancelled.
    using FileChooser = std::function<QString(const QString &suggestion)>;

    explicit ChartPanel(QWidget *parent = nullptr);

    void setProject(const Project &project);
    /// `compare` empty: the comparison chart asks for a second scenario.
    void setScenarios(const QString &primary, const QString &compare = {});
    void setKind(ChartKind kind);
    ChartKind kind() const;
    /// Delay between a change and the rebuild it starts (coalesces bursts).
    void setDebounce(int milliseconds) { m_debounce.setInterval(milliseconds); }
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    /// True when a chart (not a message) is shown.
    bool hasChart() const;
    /// True while a rebuild is pending or running.
    bool isBusy() const { return m_debounce.isActive() || m_shown != m_generation; }
    const ChartData &chartData() const;
    /// e.g. "cost-baseline.png".
    QString suggestedFileName() const;
    /// Writes the chart shown as PNG, SVG or PDF (by the suffix); false with *error.
    bool exportTo(const QString &path, QString *error) const;
    void copyToClipboard();
    /// The file dialog's filter of exportTo's formats.
    static QString fileFilter();

    QComboBox *kindPicker() const { return m_picker; }
    ChartView *chartView() const { return m_view; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *exportButton() const { return m_export; }

protected:
    /// Fonts and lines follow the panel's height (a dock is not a slide).
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    /// A rebuild finished: a chart or a message is shown.
    void updated();

private:
    struct Outcome {
        ChartData chart;
        QString error; ///< empty: chart holds the picture
    };
    static Outcome build(const Project &project, const ChartRequest &request);

    void schedule();
    void rebuild();
    void display(const Outcome &outcome);
    void showMessage(const QString &text);
    void exportWithDialog();
    void updateButtons();
    /// The style's scale for the current height: 1 from 700 pixels of chart up, 0.55 at least.
    double scaleForSize() const;

    Project m_project;
    QString m_primary;
    QString m_compare;
    quint64 m_generation = 0;
    double m_scale = 1.0;
    quint64 m_shown = 0; ///< the generation on screen
    QTimer m_debounce;
    FileChooser m_chooseFile;
    QComboBox *m_picker;
    QLabel *m_busy;
    QPushButton *m_copy;
    QPushButton *m_export;
    QStackedWidget *m_stack;
    ChartView *m_view;
    QLabel *m_message;
};

} // namespace hp
