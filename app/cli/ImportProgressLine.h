#pragma once

#include "import/ImportPlan.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <functional>

namespace hp::cli {

/// The import's progress on one stderr line (issue 16), rewritten in place
/// ("reading 312 of 706 MB (44 %): 441 000 rows, 402 000 rows/s"), only when
/// stderr is a terminal: a script that reads stderr gets nothing extra. The
/// first line appears after half a second, so a quick import prints none.
class ImportProgressLine {
public:
    ImportProgressLine(QTextStream &err, bool enabled);
    /// The callback to give the import (empty when disabled).
    std::function<void(const ImportProgress &)> callback();
    /// Erases the line, if one was written.
    void clear();
    /// The text for `p` after `ms` milliseconds.
    static QString text(const ImportProgress &p, qint64 ms);

private:
    QTextStream &m_err;
    bool m_enabled = false;
    bool m_shown = false;
    qint64 m_lastMs = 0;
    QElapsedTimer m_timer;
};

} // namespace hp::cli
