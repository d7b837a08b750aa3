#pragma once

#include <QString>

class QWidget;

namespace kim::gui {

// File choosers for workspaces. Tests set the next answer so no native dialog ever blocks.
class FileDialogs final {
public:
    FileDialogs() = delete;

    static QString workspaceToOpen(QWidget* parent);
    static QString newWorkspaceFile(QWidget* parent, const QString& suggestedName);
    static QString workspaceSuffix();

    // Test seam: the next call returns this name without showing a dialog (empty = cancel).
    static void setNextFileName(const QString& fileName);
};

} // namespace kim::gui
