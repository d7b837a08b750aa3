// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace kim::gui {

// The few per-user preferences, kept in QSettings. Never holds client data: only file paths
// of workspaces and interface choices.
class AppSettings final {
public:
    AppSettings() = delete;

    static QStringList recentWorkspaces();
    static void addRecentWorkspace(const QString& path);
    static void removeRecentWorkspace(const QString& path);

    static bool autoLockEnabled();
    static void setAutoLockEnabled(bool enabled);
    static int autoLockMinutes();
    static void setAutoLockMinutes(int minutes);

    static constexpr int MaxRecent = 6;
    static constexpr int DefaultAutoLockMinutes = 10;
};

} // namespace kim::gui
