#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace kim::gui {

// File choosers for what travels between workspaces and what the office publishes: contact
// cards, packages (files or a folder), reports. Like
// FileDialogs (which serves the workspace files from kim_gui), tests set the next answer so no
// native dialog ever blocks. The folder last used for exchange files is remembered.
class ExchangeFileDialogs final {
public:
    ExchangeFileDialogs() = delete;

    static QString contactCardToOpen(QWidget* parent);
    static QString contactCardToSave(QWidget* parent, const QString& suggestedName);
    static QStringList packagesToOpen(QWidget* parent);
    static QString packageToSave(QWidget* parent, const QString& suggestedName);
    static QString packageFolder(QWidget* parent);
    // `filter` like "PDF-Dateien (*.pdf)"; the suffix is added when the user typed none.
    static QString fileToSave(QWidget* parent, const QString& title, const QString& suggestedName,
                              const QString& filter, const QString& suffix);

    static QString cardSuffix();
    static QString packageSuffix();
    // Where a new exchange file is suggested: the folder last used, else the documents folder.
    static QString suggestedPath(const QString& fileName);

    // Test seams: the next call returns these names without a dialog (empty = cancel).
    static void setNextFileName(const QString& fileName);
    static void setNextFileNames(const QStringList& fileNames);
};

} // namespace kim::gui
