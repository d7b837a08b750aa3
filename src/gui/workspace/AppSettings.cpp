// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace kim::gui {

namespace {
const QString RecentKey = QStringLiteral("workspaces/recent");
const QString AutoLockKey = QStringLiteral("autoLock/enabled");
const QString AutoLockMinutesKey = QStringLiteral("autoLock/minutes");
} // namespace

QStringList AppSettings::recentWorkspaces() {
    return QSettings().value(RecentKey).toStringList();
}

void AppSettings::addRecentWorkspace(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentWorkspaces();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecent) {
        recent.removeLast();
    }
    QSettings().setValue(RecentKey, recent);
}

void AppSettings::removeRecentWorkspace(const QString& path) {
    QStringList recent = recentWorkspaces();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(RecentKey, recent);
}

bool AppSettings::autoLockEnabled() {
    return QSettings().value(AutoLockKey, true).toBool();
}

void AppSettings::setAutoLockEnabled(bool enabled) {
    QSettings().setValue(AutoLockKey, enabled);
}

int AppSettings::autoLockMinutes() {
    const int minutes = QSettings().value(AutoLockMinutesKey, DefaultAutoLockMinutes).toInt();
    return minutes > 0 ? minutes : DefaultAutoLockMinutes;
}

void AppSettings::setAutoLockMinutes(int minutes) {
    QSettings().setValue(AutoLockMinutesKey, minutes);
}

} // namespace kim::gui
