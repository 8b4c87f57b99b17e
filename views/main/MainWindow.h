#pragma once

#include "domain/Project.h"
#include "engine/EngineResult.h"

#include <QMainWindow>

#include <variant>
#include <vector>

class QTableWidget;
class QLabel;

namespace hp {

/// One scenario's evaluation as the window shows it: the engine's result or
/// the reason it could not be evaluated.
struct ScenarioOutcome {
    QString scenario;
    std::variant<EngineResult, QString> result;
};

/// The main window: the project's scenarios with their headline figures.
/// (The full editor, scenario tree and dashboard come with the desktop-app issue.)
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    void showProject(const Project &project, const std::vector<ScenarioOutcome> &outcomes);
    QTableWidget *scenarioTable() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
    QLabel *m_banner = nullptr;
};

} // namespace hp
