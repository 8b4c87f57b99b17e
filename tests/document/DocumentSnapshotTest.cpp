// Cheap snapshots (docs/architecture.md, "Cheap snapshots"): the document
// hands out its project as a shared, immutable snapshot and copies it only
// when it changes a project somebody else still holds.
#include "canonical/DemoPortfolio.h"
#include "document/ProjectDocument.h"
#include "document/ReplaceProjectCommand.h"
#include "document/SetEntityCommand.h"

#include <gtest/gtest.h>

namespace hp {
namespace {

Provider renamed(const ProjectDocument &document, int row, const QString &name)
{
    Provider p = document.project().providers[std::size_t(row)];
    p.name = name;
    return p;
}

} // namespace

TEST(DocumentSnapshot, AnEditWhileNobodyHoldsASnapshotChangesTheProjectInPlace)
{
    ProjectDocument document;
    document.load(DemoPortfolio::load());
    const Project *before = &document.project();
    document.push(new SetEntityCommand<Provider>(&document, 0, renamed(document, 0, QStringLiteral("Cloud A2")), QStringLiteral("rename")));
    EXPECT_EQ(&document.project(), before); // no copy of the project
    EXPECT_EQ(document.project().providers[0].name, QStringLiteral("Cloud A2"));
}

TEST(DocumentSnapshot, ASnapshotNeverChangesAndTheDocumentCopiesOnlyThen)
{
    ProjectDocument document;
    document.load(DemoPortfolio::load());
    const QString original = document.project().providers[0].name;
    const std::shared_ptr<const Project> held = document.snapshot();
    EXPECT_EQ(held.get(), &document.project()); // shared, not copied

    document.push(new SetEntityCommand<Provider>(&document, 0, renamed(document, 0, QStringLiteral("Cloud A2")), QStringLiteral("rename")));
    EXPECT_EQ(held->providers[0].name, original);                                 // the holder's project is unchanged
    EXPECT_EQ(document.project().providers[0].name, QStringLiteral("Cloud A2")); // the document's changed
    EXPECT_NE(held.get(), &document.project());                                   // after one copy
    EXPECT_EQ(held->providers.size(), document.project().providers.size());
}

TEST(DocumentSnapshot, ReplacingTheProjectAndUndoingItShareTheStatesInsteadOfCopyingThem)
{
    ProjectDocument document;
    document.load(DemoPortfolio::load());
    const Project *loaded = &document.project();
    Project after = document.project();
    after.title = QStringLiteral("Renamed portfolio");
    document.push(new ReplaceProjectCommand(&document, after, QStringLiteral("rename project")));
    EXPECT_EQ(document.project().title, QStringLiteral("Renamed portfolio"));
    const Project *replaced = &document.project();

    document.undoStack()->undo();
    EXPECT_EQ(&document.project(), loaded); // the command kept the loaded project itself
    EXPECT_EQ(document.project().title, DemoPortfolio::load().title);
    document.undoStack()->redo();
    EXPECT_EQ(&document.project(), replaced);

    // An edit now must not change the state the undo command holds.
    document.push(new SetEntityCommand<Provider>(&document, 0, renamed(document, 0, QStringLiteral("Cloud A2")), QStringLiteral("rename")));
    document.undoStack()->undo(); // the provider edit
    document.undoStack()->undo(); // the replacement
    EXPECT_EQ(document.project(), DemoPortfolio::load());
    document.undoStack()->redo();
    EXPECT_EQ(document.project().title, QStringLiteral("Renamed portfolio"));
    EXPECT_EQ(document.project().providers[0].name, DemoPortfolio::load().providers[0].name);
}

TEST(DocumentSnapshot, TheUndoHistoryKeepsTheNewestStepsUpToItsLimit)
{
    ProjectDocument document;
    document.load(DemoPortfolio::load());
    EXPECT_EQ(document.undoStack()->undoLimit(), ProjectDocument::kUndoLimit);
    for (int i = 0; i < ProjectDocument::kUndoLimit + 5; ++i)
        document.push(new SetEntityCommand<Provider>(&document, 0, renamed(document, 0, QStringLiteral("Name %1").arg(i)),
                                                     QStringLiteral("rename %1").arg(i)));
    EXPECT_EQ(document.undoStack()->count(), ProjectDocument::kUndoLimit);
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    // The five oldest steps are gone: undo stops at the fifth rename.
    EXPECT_EQ(document.project().providers[0].name, QStringLiteral("Name 4"));
}

} // namespace hp
