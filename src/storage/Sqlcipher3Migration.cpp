// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Sqlcipher3Migration.h"

#include "base/Error.h"
#include "storage/Database.h"
#include "storage/PrivateFiles.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <unistd.h>

namespace kim::storage {

namespace {

void removeDatabaseFiles(const QString& path) {
    for (const auto& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
}

QMap<QString, int64_t> rowCounts(Database& db, const QString& schema) {
    auto tables = db.prepare(
        QStringLiteral("SELECT name FROM \"%1\".sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")
            .arg(schema));
    QMap<QString, int64_t> counts;
    while (tables.step()) {
        const QString table = tables.text(0);
        auto count = db.prepare(QStringLiteral("SELECT count(*) FROM \"%1\".\"%2\"").arg(schema, table));
        count.step();
        counts.insert(table, count.int64(0));
    }
    return counts;
}

[[noreturn]] void failConversion() {
    throw Error(ErrorCode::DamagedDatabase,
                QCoreApplication::translate(
                    "Sqlcipher3Migration",
                    "Die Arbeitsmappe konnte nicht in das neue Speicherformat umgewandelt werden: Die Umwandlung "
                    "stimmt nicht mit dem Original überein. Die Arbeitsmappe ist unverändert."));
}

[[noreturn]] void failNotWritable(const QString& path) {
    throw Error(ErrorCode::NotWritable,
                QCoreApplication::translate("Sqlcipher3Migration",
                                            "Die Arbeitsmappe konnte nicht umgewandelt werden: In den Ordner %1 kann "
                                            "nicht geschrieben werden. Sie ist unverändert.")
                    .arg(QFileInfo(path).absolutePath()));
}

// The export of the whole old vault into the new format; returns the old vault's row counts.
QMap<QString, int64_t> exportToSqlcipher4(const QString& path, const QString& part,
                                          const Botan::secure_vector<uint8_t>& key) {
    const auto old = Database::open(path, key, Database::OpenMode::Existing, Database::PageFormat::Sqlcipher3);
    const QMap<QString, int64_t> counts = rowCounts(*old, QStringLiteral("main"));
    const int version = old->userVersion();
    old->attachEncrypted(part, QStringLiteral("converted"), key);
    old->exec(QStringLiteral("SELECT sqlcipher_export('converted'); PRAGMA converted.user_version = %1;").arg(version));
    old->exec(QStringLiteral("DETACH DATABASE converted"));
    return counts;
} // the old vault closes here: its write-ahead log is checkpointed and removed

} // namespace

QString Sqlcipher3Migration::partialPath(const QString& path) {
    return path + QStringLiteral(".sqlcipher4.part");
}

QString Sqlcipher3Migration::backupPath(const QString& path) {
    return path + QStringLiteral(".sqlcipher3.bak");
}

bool Sqlcipher3Migration::isSqlcipher3(const QString& path, const Botan::secure_vector<uint8_t>& key) {
    try {
        Database::open(path, key, Database::OpenMode::Existing, Database::PageFormat::Sqlcipher3);
        return true;
    } catch (const Error&) {
        return false;
    }
}

void Sqlcipher3Migration::removePartialConversion(const QString& path) {
    removeDatabaseFiles(partialPath(path));
}

void Sqlcipher3Migration::removeBackup(const QString& path) {
    if (QFile::remove(backupPath(path))) {
        syncFolderOf(path);
    }
}

void Sqlcipher3Migration::convert(const QString& path, const Botan::secure_vector<uint8_t>& key) {
    const QString part = partialPath(path);
    removeDatabaseFiles(part);
    try {
        createEmptyPrivateFile(part);
        const QMap<QString, int64_t> counts = exportToSqlcipher4(path, part, key);
        if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
            // Another program still has the old vault open: swapping files under it would lose its work.
            throw Error(ErrorCode::Busy,
                        QCoreApplication::translate("Sqlcipher3Migration",
                                                    "Die Arbeitsmappe ist noch in einem anderen Fenster oder Programm "
                                                    "geöffnet. Bitte schließen Sie es und versuchen Sie es erneut."));
        }
        {
            const auto converted = Database::open(part, key, Database::OpenMode::Existing);
            converted->verifyIntegrity();
            if (rowCounts(*converted, QStringLiteral("main")) != counts) {
                failConversion();
            }
        }
        const QString backup = backupPath(path);
        QFile::remove(backup);
        if (::link(QFile::encodeName(path).constData(), QFile::encodeName(backup).constData()) != 0 &&
            !QFile::copy(path, backup)) {
            failNotWritable(path);
        }
        syncFolderOf(path);
        if (::rename(QFile::encodeName(part).constData(), QFile::encodeName(path).constData()) != 0) {
            failNotWritable(path);
        }
        syncFolderOf(path);
    } catch (...) {
        if (QFileInfo::exists(part)) { // not swapped in: the vault's name still holds the old file
            removeDatabaseFiles(part);
            QFile::remove(backupPath(path));
        }
        throw;
    }
}

} // namespace kim::storage
