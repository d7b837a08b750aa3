// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace kim::gui {

// What the user handed to the intake (chosen files, a folder, a drop of both) as the list of
// files to read: files as given, whatever their name; folders searched, with their sub-folders,
// for packages (*.kimpkg as written by the export, *.age as the tools name them).
class PackageFileList final {
public:
    PackageFileList() = delete;

    static QStringList collect(const QStringList& paths);
    static QStringList packagePatterns();
};

} // namespace kim::gui
