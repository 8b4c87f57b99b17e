#pragma once

#include "postgres/PgMerge.h"

#include <QDialog>
#include <QSet>

class QListWidget;

namespace hp {

/// Others saved rows that the user changed too, not yet saved (docs/gui.md,
/// "Team projects"): one line per row, ticked = take theirs, unticked = keep
/// mine. "Keep all mine" / "Take all theirs" set every line.
class ServerChangesDialog : public QDialog {
    Q_OBJECT

public:
    ServerChangesDialog(const QString &role, const std::vector<PgMerge::Row> &conflicts, QWidget *parent = nullptr);

    /// PgMerge::Row::id of the rows to take from the server.
    QSet<QString> takeTheirs() const;
    QListWidget *rows() const { return m_rows; }
    void setAll(bool theirs);

private:
    QListWidget *m_rows;
};

} // namespace hp
