// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PrivateFiles.h"

#include "base/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace kim::storage {

void createEmptyPrivateFile(const QString& path) {
    if (QFileInfo::exists(path)) {
        throw Error(
            ErrorCode::FileExists,
            QCoreApplication::translate("Database", "Die Datei %1 gibt es schon. Bitte wählen Sie einen anderen Namen.")
                .arg(path));
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0) {
        throw Error(ErrorCode::NotWritable,
                    QCoreApplication::translate(
                        "Database",
                        "Die Arbeitsmappe kann hier nicht angelegt werden: In den Ordner %1 kann nicht geschrieben "
                        "werden.")
                        .arg(QFileInfo(path).absolutePath()));
    }
    ::close(fd);
}

void removeDatabaseFiles(const QString& path) {
    for (const auto& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(path + suffix);
    }
}

Error vaultInUseError() {
    return Error(ErrorCode::Busy,
                 QCoreApplication::translate("Sqlcipher3Migration",
                                             "Die Arbeitsmappe ist noch in einem anderen Fenster oder Programm "
                                             "geöffnet. Bitte schließen Sie es und versuchen Sie es erneut."));
}

void syncFolderOf(const QString& filePath) {
    const QByteArray folder = QFile::encodeName(QFileInfo(filePath).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

ExclusiveFileLock::ExclusiveFileLock(const QString& path)
    : m_fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC)) {
    if (m_fd >= 0 && ::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(m_fd);
        throw vaultInUseError();
    }
}

ExclusiveFileLock::~ExclusiveFileLock() {
    if (m_fd >= 0) {
        ::close(m_fd); // releases the lock
    }
}

} // namespace kim::storage
