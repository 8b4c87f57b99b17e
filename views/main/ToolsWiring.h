#pragma once

namespace hp {

class ChartPanel;
class MainWindow;
class ToolsController;

/// Puts the Import, Analysis and Export menus (ToolsController) and the
/// dashboard's chart (ChartPanel) into a MainWindow through its public parts:
/// Import ▸ and Export ▸ go into the File menu before its last separator
/// (Quit), Analysis before Help; the ChartPanel replaces the placeholder of
/// the dashboard's chart area and follows the document and the dashboard's
/// scenarios; the controller's messages go to the status bar; Analysis ▸
/// Silicon audit… shows the window's silicon audit page.
struct ToolsWiring {
    ToolsController *tools = nullptr;
    ChartPanel *chartPanel = nullptr;

    /// Call once, after the window created its menus and docks.
    static ToolsWiring install(MainWindow &window);
};

} // namespace hp
