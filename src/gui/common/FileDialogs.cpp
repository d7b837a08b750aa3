#include "gui/common/FileDialogs.h"

#include "gui/workspace/AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

#include <optional>

namespace kim::gui {

namespace {
std::optional<QString> g_nextFileName;

QString filter() {
    return QCoreApplication::translate("kim::gui::FileDialogs", "KIM-Arbeitsmappen (*.%1);;Alle Dateien (*)")
        .arg(FileDialogs::workspaceSuffix());
}

std::optional<QString> takeNext() {
    std::optional<QString> next = std::move(g_nextFileName);
    g_nextFileName.reset();
    return next;
}

void remember(const QString& fileName) {
    if (!fileName.isEmpty()) {
        AppSettings::setLastFolder(QFileInfo(fileName).absolutePath());
    }
}
} // namespace

QString FileDialogs::workspaceToOpen(QWidget* parent) {
    if (auto next = takeNext()) {
        return *next;
    }
    const QString fileName = QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("kim::gui::FileDialogs", "Arbeitsmappe öffnen"), AppSettings::lastFolder(),
        filter());
    remember(fileName);
    return fileName;
}

QString FileDialogs::newWorkspaceFile(QWidget* parent, const QString& suggestedName) {
    if (auto next = takeNext()) {
        return *next;
    }
    const QString start = QDir(AppSettings::lastFolder()).filePath(suggestedName);
    QString fileName = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("kim::gui::FileDialogs", "Neue Arbeitsmappe speichern unter"), start,
        filter());
    if (!fileName.isEmpty() && QFileInfo(fileName).suffix().isEmpty()) {
        fileName += QLatin1Char('.') + workspaceSuffix();
    }
    remember(fileName);
    return fileName;
}

QString FileDialogs::workspaceSuffix() {
    return QStringLiteral("kimvault");
}

void FileDialogs::setNextFileName(const QString& fileName) {
    g_nextFileName = fileName;
}

} // namespace kim::gui
