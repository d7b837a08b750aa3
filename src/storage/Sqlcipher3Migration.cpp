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
#include <QStringList>

#include <unistd.h>

namespace kim::storage {

namespace {

// What must be equal after the export: every schema object's definition, the schema version
// and every table's row count (sqlcipher_export copies rows first and the schema's triggers,
// indexes and version last, so counts alone would pass a half-made copy).
struct Content {
    QStringList schemaObjects;
    int version = 0;
    QMap<QString, int64_t> rowCounts;
    bool operator==(const Content&) const = default;
};

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

Content contentOf(Database& db, const QString& schema) {
    Content content;
    auto objects = db.prepare(
        QStringLiteral("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM \"%1\".sqlite_master ORDER BY 1")
            .arg(schema));
    while (objects.step()) {
        content.schemaObjects.append(objects.text(0));
    }
    auto version = db.prepare(QStringLiteral("PRAGMA \"%1\".user_version").arg(schema));
    version.step();
    content.version = version.integer(0);
    content.rowCounts = rowCounts(db, schema);
    return content;
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
                                            "nicht geschrieben werden. Die Arbeitsmappe ist unverändert.")
                    .arg(QFileInfo(path).absolutePath()));
}

// Exports the whole old vault into `part` in the new format and checks the copy against it.
// The old vault is held with an exclusive lock throughout, so that no other connection (a
// program of an earlier version) can write to it meanwhile; closing it at the end checkpoints
// its write-ahead log and, as the last connection, removes it.
void exportAndCheck(const QString& path, const QString& part, const Botan::secure_vector<uint8_t>& key) {
    const auto old = Database::open(path, key, Database::OpenMode::Existing, Database::PageFormat::Sqlcipher3);
    old->exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;"));
    const Content original = contentOf(*old, QStringLiteral("main"));
    old->attachEncrypted(part, QStringLiteral("converted"), key);
    old->exec(QStringLiteral("SELECT sqlcipher_export('converted'); PRAGMA converted.user_version = %1;")
                  .arg(original.version));
    old->exec(QStringLiteral("DETACH DATABASE converted"));
    const auto converted = Database::open(part, key, Database::OpenMode::Existing);
    converted->verifyIntegrity();
    if (contentOf(*converted, QStringLiteral("main")) != original) {
        failConversion();
    }
}

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
        exportAndCheck(path, part, key);
        if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
            // Another connection still has the old vault open: swapping files under it would lose its work.
            throw vaultInUseError();
        }
        // A second name for the old file until the new one has opened; where the file system
        // has no hard links there is none (the new file was checked before the swap).
        const QString backup = backupPath(path);
        QFile::remove(backup);
        ::link(QFile::encodeName(path).constData(), QFile::encodeName(backup).constData());
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
