// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace kim::storage {
class Database;
}

namespace kim::gui {

// Reading and writing the files that travel between workspaces. Writes are atomic (QSaveFile)
// and readable by the owner only, like the vault; reads refuse oversized files before loading them.
class ExchangeFiles final {
public:
    ExchangeFiles() = delete;

    // Throws Error(FileMissing) when the file cannot be read, Error(InvalidInput) when it is
    // larger than maxSize.
    static QByteArray read(const QString& path, qint64 maxSize);
    // Opens the target first, then asks `produce` for the content: if the folder is not
    // writable, nothing is produced (an export is not logged for a file that never existed).
    // If produce throws, the old file stays as it was. Throws Error(NotWritable).
    static void save(const QString& path, const std::function<QByteArray()>& produce);
    static void save(const QString& path, const QByteArray& data);
    // The same for a package whose writing records something in the vault (package log, what
    // it carries marked as sent): in one transaction that is kept only if the file was saved.
    static void save(storage::Database& db, const QString& path, const std::function<QByteArray()>& produce);
};

} // namespace kim::gui
