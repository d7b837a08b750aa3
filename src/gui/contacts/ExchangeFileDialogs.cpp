#include "gui/contacts/ExchangeFileDialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <optional>

namespace kim::gui {

namespace {
const QString LastFolderKey = QStringLiteral("exchange/lastFolder");
std::optional<QStringList> g_nextFileNames;

std::optional<QStringList> takeNext() {
    std::optional<QStringList> next = std::move(g_nextFileNames);
    g_nextFileNames.reset();
    return next;
}

QString lastFolder() {
    const QString folder = QSettings().value(LastFolderKey).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir()
               ? folder
               : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void remember(const QString& fileName) {
    if (!fileName.isEmpty()) {
        QSettings().setValue(LastFolderKey, QFileInfo(fileName).absolutePath());
    }
}

QString cardFilter() {
    return QCoreApplication::translate("kim::gui::ExchangeFileDialogs", "Kontaktkarten (*.%1);;Alle Dateien (*)")
        .arg(ExchangeFileDialogs::cardSuffix());
}

QString packageFilter() {
    return QCoreApplication::translate("kim::gui::ExchangeFileDialogs", "KIM-Pakete (*.%1);;Alle Dateien (*)")
        .arg(ExchangeFileDialogs::packageSuffix());
}

QString withSuffix(QString fileName, const QString& suffix) {
    if (!fileName.isEmpty() && QFileInfo(fileName).suffix().isEmpty()) {
        fileName += QLatin1Char('.') + suffix;
    }
    return fileName;
}

QString single(const std::optional<QStringList>& names) {
    return names->isEmpty() ? QString() : names->front();
}
} // namespace

QString ExchangeFileDialogs::contactCardToOpen(QWidget* parent) {
    if (auto next = takeNext()) {
        return single(next);
    }
    const QString fileName = QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("kim::gui::ExchangeFileDialogs", "Kontaktkarte einlesen"), lastFolder(),
        cardFilter());
    remember(fileName);
    return fileName;
}

QString ExchangeFileDialogs::contactCardToSave(QWidget* parent, const QString& suggestedName) {
    if (auto next = takeNext()) {
        return single(next);
    }
    const QString fileName = withSuffix(
        QFileDialog::getSaveFileName(
            parent, QCoreApplication::translate("kim::gui::ExchangeFileDialogs", "Eigene Kontaktkarte speichern"),
            suggestedPath(suggestedName), cardFilter()),
        cardSuffix());
    remember(fileName);
    return fileName;
}

QStringList ExchangeFileDialogs::packagesToOpen(QWidget* parent) {
    if (auto next = takeNext()) {
        return *next;
    }
    const QStringList fileNames = QFileDialog::getOpenFileNames(
        parent, QCoreApplication::translate("kim::gui::ExchangeFileDialogs", "Pakete einlesen"), lastFolder(),
        packageFilter());
    if (!fileNames.isEmpty()) {
        remember(fileNames.front());
    }
    return fileNames;
}

QString ExchangeFileDialogs::packageToSave(QWidget* parent, const QString& suggestedName) {
    if (auto next = takeNext()) {
        return single(next);
    }
    const QString fileName =
        withSuffix(QFileDialog::getSaveFileName(
                       parent, QCoreApplication::translate("kim::gui::ExchangeFileDialogs", "Paket speichern unter"),
                       suggestedPath(suggestedName), packageFilter()),
                   packageSuffix());
    remember(fileName);
    return fileName;
}

QString ExchangeFileDialogs::packageFolder(QWidget* parent) {
    if (auto next = takeNext()) {
        return single(next);
    }
    const QString folder = QFileDialog::getExistingDirectory(
        parent, QCoreApplication::translate("kim::gui::ExchangeFileDialogs", "Ordner mit Paketen einlesen"),
        lastFolder());
    if (!folder.isEmpty()) {
        QSettings().setValue(LastFolderKey, QFileInfo(folder).absoluteFilePath());
    }
    return folder;
}

QString ExchangeFileDialogs::fileToSave(QWidget* parent, const QString& title, const QString& suggestedName,
                                        const QString& filter, const QString& suffix) {
    if (auto next = takeNext()) {
        return single(next);
    }
    const QString fileName =
        withSuffix(QFileDialog::getSaveFileName(parent, title, suggestedPath(suggestedName), filter), suffix);
    remember(fileName);
    return fileName;
}

QString ExchangeFileDialogs::cardSuffix() {
    return QStringLiteral("kimcard");
}

QString ExchangeFileDialogs::packageSuffix() {
    return QStringLiteral("kimpkg");
}

QString ExchangeFileDialogs::suggestedPath(const QString& fileName) {
    return QDir(lastFolder()).filePath(fileName);
}

void ExchangeFileDialogs::setNextFileName(const QString& fileName) {
    g_nextFileNames = fileName.isEmpty() ? QStringList() : QStringList{fileName};
}

void ExchangeFileDialogs::setNextFileNames(const QStringList& fileNames) {
    g_nextFileNames = fileNames;
}

} // namespace kim::gui
