// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/reports/PackageFileList.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

namespace kim::gui {

QStringList PackageFileList::packagePatterns() {
    return {QStringLiteral("*.kimpkg"), QStringLiteral("*.age")};
}

QStringList PackageFileList::collect(const QStringList& paths) {
    QStringList files;
    QSet<QString> seen;
    const auto add = [&](const QString& file) {
        const QFileInfo info(file);
        // A file that vanished keeps its place: the intake then says it could not be read.
        const QString key = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
        if (!seen.contains(key)) {
            seen.insert(key);
            files << info.absoluteFilePath();
        }
    };
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList inFolder;
            QDirIterator it(info.absoluteFilePath(), packagePatterns(), QDir::Files | QDir::Readable,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                inFolder << it.next();
            }
            inFolder.sort();
            for (const QString& file : inFolder) {
                add(file);
            }
        } else if (!path.isEmpty()) {
            add(path);
        }
    }
    return files;
}

} // namespace kim::gui
