// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace kim::gui {

// Every file chooser of the application: workspaces, contact cards, packages (files or a
// folder) and documents written for people (PDF, CSV). Two folders are remembered, one for
// workspaces and one for everything that travels or is printed, so that saving a package to a
// memory stick does not move the next new workspace there. Tests set the next answer, so no
// native dialog ever blocks.
class FileDialogs final {
    Q_DECLARE_TR_FUNCTIONS(kim::gui::FileDialogs)

public:
    FileDialogs() = delete;

    static QString workspaceToOpen(QWidget* parent);
    static QString newWorkspaceFile(QWidget* parent, const QString& suggestedName);
    static QString contactCardToOpen(QWidget* parent);
    static QString contactCardToSave(QWidget* parent, const QString& suggestedName);
    static QStringList packagesToOpen(QWidget* parent);
    static QString packageToSave(QWidget* parent, const QString& suggestedName);
    static QString packageFolder(QWidget* parent);
    // `filter` like "PDF-Dateien (*.pdf)"; the suffix is added when the user typed none.
    static QString documentToSave(QWidget* parent, const QString& title, const QString& suggestedName,
                                  const QString& filter, const QString& suffix);

    static QString workspaceSuffix();
    static QString cardSuffix();
    static QString packageSuffix();

    // The folder last used for workspaces, else the user's documents folder.
    static QString workspaceFolder();
    // Where a new package or document is suggested: the folder last used for them, else the
    // documents folder.
    static QString suggestedPath(const QString& fileName);

    // Test seams: the next call returns these names without a dialog (empty = cancel).
    static void setNextFileName(const QString& fileName);
    static void setNextFileNames(const QStringList& fileNames);
};

} // namespace kim::gui
