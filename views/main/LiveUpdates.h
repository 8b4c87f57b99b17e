#pragma once

#include <QObject>

#include <memory>

class QWidget;

namespace hp {

class PgListener;
class ProjectDocument;
class ProjectSession;

/// Others' saves of the open database project, live (docs/gui.md "Team
/// projects", docs/rules.md §13): a PgListener (LISTEN/NOTIFY on the socket)
/// for as long as a database project is open; on a notification the project
/// is read again off the GUI thread and compared row by row (PgMerge) with
/// what it was read with and what the document holds. No unsaved changes: the
/// document reloads (the views keep their page and selection). Unsaved
/// changes: their rows are merged in as one undoable step and, where both
/// changed the same row, ServerChangesDialog asks keep mine / take theirs per row.
class LiveUpdates : public QObject {
    Q_OBJECT

public:
    LiveUpdates(QWidget *window, ProjectDocument *document, ProjectSession *session);
    ~LiveUpdates() override;

    bool isListening() const;
    /// Reads the project again and brings others' changes in (a notification calls this).
    void pull(const QString &role);

Q_SIGNALS:
    /// "Updated from the server: 3 rows changed by bob" and the like, for the status bar.
    void message(const QString &text);
    /// After a pull was applied or found nothing new (tests wait for it).
    void pulled();

private:
    void restart();

    QWidget *m_window;
    ProjectDocument *m_document;
    ProjectSession *m_session;
    std::unique_ptr<PgListener> m_listener;
    bool m_pulling = false;
    QString m_pendingRole; ///< a notification that came during a pull: pull again after it
};

} // namespace hp
