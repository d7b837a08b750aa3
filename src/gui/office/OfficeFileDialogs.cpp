#include "gui/office/OfficeFileDialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QQueue>
#include <QSettings>

namespace kim::gui {

namespace {
QQueue<QStringList> g_next;
const auto FolderKey = QStringLiteral("office/lastFolder");

QString lastFolder() {
    const QString folder = QSettings().value(FolderKey).toString();
    return folder.isEmpty() || !QDir(folder).exists() ? QDir::homePath() : folder;
}

void remember(const QString& path) {
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        QSettings().setValue(FolderKey, info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    }
}
} // namespace

QString OfficeFileDialogs::packageFolder(QWidget* parent) {
    if (!g_next.isEmpty()) {
        return g_next.dequeue().value(0);
    }
    const QString folder = QFileDialog::getExistingDirectory(
        parent, QCoreApplication::translate("kim::gui::OfficeFileDialogs", "Ordner mit Paketen einlesen"),
        lastFolder());
    remember(folder);
    return folder;
}

QString OfficeFileDialogs::fileToSave(QWidget* parent, const QString& title, const QString& suggestedName,
                                      const QString& filter, const QString& suffix) {
    if (!g_next.isEmpty()) {
        return g_next.dequeue().value(0);
    }
    QString fileName = QFileDialog::getSaveFileName(parent, title, QDir(lastFolder()).filePath(suggestedName), filter);
    if (!fileName.isEmpty() && QFileInfo(fileName).suffix().isEmpty()) {
        fileName += QLatin1Char('.') + suffix;
    }
    remember(fileName);
    return fileName;
}

void OfficeFileDialogs::setNextFileName(const QString& fileName) {
    g_next.enqueue(fileName.isEmpty() ? QStringList() : QStringList{fileName});
}

} // namespace kim::gui
