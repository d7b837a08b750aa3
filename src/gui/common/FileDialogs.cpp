// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/FileDialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <optional>

namespace kim::gui {

namespace {

// The keys predate the single helper; they stay so that users keep their folders.
enum class Place { Workspaces, Exchange };

QString settingsKey(Place place) {
    return place == Place::Workspaces ? QStringLiteral("workspaces/lastFolder") : QStringLiteral("exchange/lastFolder");
}

std::optional<QStringList> g_nextFileNames;

std::optional<QStringList> takeNext() {
    std::optional<QStringList> next = std::move(g_nextFileNames);
    g_nextFileNames.reset();
    return next;
}

QString single(const std::optional<QStringList>& names) {
    return names->isEmpty() ? QString() : names->front();
}

QString lastFolder(Place place) {
    const QString folder = QSettings().value(settingsKey(place)).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir()
               ? folder
               : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void rememberFolder(Place place, const QString& folder) {
    if (!folder.isEmpty()) {
        QSettings().setValue(settingsKey(place), QFileInfo(folder).absoluteFilePath());
    }
}

void rememberFileFolder(Place place, const QString& fileName) {
    if (!fileName.isEmpty()) {
        rememberFolder(place, QFileInfo(fileName).absolutePath());
    }
}

QString withSuffix(QString fileName, const QString& suffix) {
    if (!fileName.isEmpty() && QFileInfo(fileName).suffix().isEmpty()) {
        fileName += QLatin1Char('.') + suffix;
    }
    return fileName;
}

QString open(QWidget* parent, const QString& title, Place place, const QString& filter) {
    if (auto next = takeNext()) {
        return single(next);
    }
    const QString fileName = QFileDialog::getOpenFileName(parent, title, lastFolder(place), filter);
    rememberFileFolder(place, fileName);
    return fileName;
}

QString save(QWidget* parent, const QString& title, Place place, const QString& suggestedName, const QString& filter,
             const QString& suffix) {
    if (auto next = takeNext()) {
        return single(next);
    }
    const QString start = QDir(lastFolder(place)).filePath(suggestedName);
    const QString fileName = withSuffix(QFileDialog::getSaveFileName(parent, title, start, filter), suffix);
    rememberFileFolder(place, fileName);
    return fileName;
}

QString workspaceFilter() {
    return FileDialogs::tr("KIM-Arbeitsmappen (*.%1);;Alle Dateien (*)").arg(FileDialogs::workspaceSuffix());
}

QString cardFilter() {
    return FileDialogs::tr("Kontaktkarten (*.%1);;Alle Dateien (*)").arg(FileDialogs::cardSuffix());
}

QString packageFilter() {
    return FileDialogs::tr("KIM-Pakete (*.%1);;Alle Dateien (*)").arg(FileDialogs::packageSuffix());
}

} // namespace

QString FileDialogs::workspaceToOpen(QWidget* parent) {
    return open(parent, tr("Arbeitsmappe öffnen"), Place::Workspaces, workspaceFilter());
}

QString FileDialogs::newWorkspaceFile(QWidget* parent, const QString& suggestedName) {
    return save(parent, tr("Neue Arbeitsmappe speichern unter"), Place::Workspaces, suggestedName, workspaceFilter(),
                workspaceSuffix());
}

QString FileDialogs::contactCardToOpen(QWidget* parent) {
    return open(parent, tr("Kontaktkarte einlesen"), Place::Exchange, cardFilter());
}

QString FileDialogs::contactCardToSave(QWidget* parent, const QString& suggestedName) {
    return save(parent, tr("Eigene Kontaktkarte speichern"), Place::Exchange, suggestedName, cardFilter(),
                cardSuffix());
}

QStringList FileDialogs::packagesToOpen(QWidget* parent) {
    if (auto next = takeNext()) {
        return *next;
    }
    const QStringList fileNames =
        QFileDialog::getOpenFileNames(parent, tr("Pakete einlesen"), lastFolder(Place::Exchange), packageFilter());
    if (!fileNames.isEmpty()) {
        rememberFileFolder(Place::Exchange, fileNames.front());
    }
    return fileNames;
}

QString FileDialogs::packageToSave(QWidget* parent, const QString& suggestedName) {
    return save(parent, tr("Paket speichern unter"), Place::Exchange, suggestedName, packageFilter(), packageSuffix());
}

QString FileDialogs::packageFolder(QWidget* parent) {
    if (auto next = takeNext()) {
        return single(next);
    }
    const QString folder =
        QFileDialog::getExistingDirectory(parent, tr("Ordner mit Paketen einlesen"), lastFolder(Place::Exchange));
    rememberFolder(Place::Exchange, folder);
    return folder;
}

QString FileDialogs::documentToSave(QWidget* parent, const QString& title, const QString& suggestedName,
                                    const QString& filter, const QString& suffix) {
    return save(parent, title, Place::Exchange, suggestedName, filter, suffix);
}

QString FileDialogs::workspaceSuffix() {
    return QStringLiteral("kimvault");
}

QString FileDialogs::cardSuffix() {
    return QStringLiteral("kimcard");
}

QString FileDialogs::packageSuffix() {
    return QStringLiteral("kimpkg");
}

QString FileDialogs::workspaceFolder() {
    return lastFolder(Place::Workspaces);
}

QString FileDialogs::suggestedPath(const QString& fileName) {
    return QDir(lastFolder(Place::Exchange)).filePath(fileName);
}

void FileDialogs::setNextFileName(const QString& fileName) {
    g_nextFileNames = fileName.isEmpty() ? QStringList() : QStringList{fileName};
}

void FileDialogs::setNextFileNames(const QStringList& fileNames) {
    g_nextFileNames = fileNames;
}

} // namespace kim::gui
