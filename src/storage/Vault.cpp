// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Vault.h"

#include "base/Clock.h"
#include "base/Error.h"
#include "crypto/KeySlotFile.h"
#include "storage/Database.h"
#include "storage/PrivateFiles.h"
#include "storage/Migrator.h"
#include "storage/Sqlcipher3Migration.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace kim::storage {

namespace {

QString metaValue(Database& db, const QString& key) {
    auto statement = db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?1"));
    statement.bind(1, key);
    return statement.step() ? statement.text(0) : QString();
}

void setMetaValue(Database& db, const QString& key, const QString& value) {
    auto statement = db.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)"));
    statement.bind(1, key).bind(2, value).run();
}

QString kindName(WorkspaceKind kind) {
    switch (kind) {
    case WorkspaceKind::Supervisor:
        return QStringLiteral("supervisor");
    case WorkspaceKind::CoordinatingOffice:
        return QStringLiteral("coordinating-office");
    case WorkspaceKind::CaseManager:
        break;
    }
    return QStringLiteral("case-manager");
}

WorkspaceKind kindFromName(const QString& name) {
    for (const auto kind : {WorkspaceKind::CaseManager, WorkspaceKind::Supervisor, WorkspaceKind::CoordinatingOffice}) {
        if (kindName(kind) == name) {
            return kind;
        }
    }
    throw Error(ErrorCode::UnsupportedVersion,
                QCoreApplication::translate("Vault", "Die Art der Arbeitsmappe ist diesem Programm unbekannt."));
}

void removeVaultFiles(const QString& path) {
    removeDatabaseFiles(path);
    QFile::remove(Vault::keyFilePath(path));
}

QString pendingPath(const QString& path) {
    return path + QStringLiteral(".part");
}

void publish(const QString& pending, const QString& path) {
    if (!QFile::rename(pending, path)) {
        throw Error(ErrorCode::NotWritable,
                    QCoreApplication::translate("Vault", "Die Arbeitsmappe konnte nicht angelegt werden: In den Ordner "
                                                         "%1 kann nicht geschrieben werden.")
                        .arg(QFileInfo(path).absolutePath()));
    }
}

// Opens the vault in the current page format, converting a vault of SQLCipher 3 first. The lock
// keeps a second opener of ours from removing or swapping files while this one converts; the
// conversion works on `file`, the real file where the vault's name is a symbolic link.
std::unique_ptr<Database> openConvertingOldFormat(const QString& file, const Botan::secure_vector<uint8_t>& key) {
    const ExclusiveFileLock lock(file);
    Sqlcipher3Migration::removePartialConversion(file);
    try {
        return Database::open(file, key, Database::OpenMode::Existing);
    } catch (const Error& error) {
        if (error.code() != ErrorCode::KeyMismatch || !Sqlcipher3Migration::isSqlcipher3(file, key)) {
            throw;
        }
    }
    Sqlcipher3Migration::convert(file, key);
    return Database::open(file, key, Database::OpenMode::Existing);
}

} // namespace

QString Vault::keyFilePath(const QString& vaultPath) {
    return vaultPath + QStringLiteral(".keys");
}

Vault::Vault(QString path, std::unique_ptr<Database> db, Botan::secure_vector<uint8_t> dataKey)
    : m_path(std::move(path))
    , m_db(std::move(db))
    , m_dataKey(std::move(dataKey)) {}

Vault::~Vault() = default;

// A new workspace is written under temporary names and published by two renames: first the
// database, then its key file. A creation killed before the first rename leaves only ".part"
// files, which the next creation under that name removes; one killed between the renames leaves
// a vault whose key file is still ".part", which open() finishes publishing. So no kill ever
// leaves a vault that cannot be opened.
std::unique_ptr<Vault> Vault::create(const QString& path, const QString& password, WorkspaceKind kind,
                                     const crypto::KdfParams& params, const Clock& clock) {
    if (QFileInfo::exists(path) || QFileInfo::exists(keyFilePath(path))) {
        throw Error(
            ErrorCode::FileExists,
            QCoreApplication::translate(
                "Vault", "Unter diesem Namen gibt es schon eine Arbeitsmappe. Bitte wählen Sie einen anderen Namen."));
    }
    const QString pendingVault = pendingPath(path);
    const QString pendingKeys = pendingPath(keyFilePath(path));
    removeVaultFiles(pendingVault); // what an interrupted creation under this name left
    QFile::remove(pendingKeys);
    Botan::secure_vector<uint8_t> dataKey;
    auto header =
        crypto::KeySlotFile::create(password, QCoreApplication::translate("Vault", "Hauptpasswort"), params, dataKey);
    try {
        header.save(pendingKeys);
        {
            const std::unique_ptr<Database> db = Database::open(pendingVault, dataKey, Database::OpenMode::CreateNew);
            Migrator::migrate(*db);
            setMetaValue(*db, QStringLiteral("vault_id"), QString::fromLatin1(header.vaultId().toHex()));
            setMetaValue(*db, QStringLiteral("kind"), kindName(kind));
            setMetaValue(*db, QStringLiteral("created"), clock.now().toString(Qt::ISODate));
        } // closed: one file, its write-ahead log checkpointed and gone
        publish(pendingVault, path);
        publish(pendingKeys, keyFilePath(path));
        syncFolderOf(path);
    } catch (...) {
        removeVaultFiles(pendingVault);
        QFile::remove(pendingKeys);
        if (!QFileInfo::exists(keyFilePath(path))) {
            removeVaultFiles(path); // published a moment ago, still empty
        }
        throw;
    }
    std::unique_ptr<Database> db = Database::open(path, dataKey, Database::OpenMode::Existing);
    std::unique_ptr<Vault> vault(new Vault(path, std::move(db), std::move(dataKey)));
    vault->m_kind = kind;
    return vault;
}

std::unique_ptr<Vault> Vault::open(const QString& path, const QString& password) {
    if (!QFileInfo::exists(path)) {
        throw Error(ErrorCode::FileMissing,
                    QCoreApplication::translate("Vault", "Die Arbeitsmappe %1 wurde nicht gefunden.").arg(path));
    }
    // A creation killed between publishing the database and its key file: finish it.
    if (!QFileInfo::exists(keyFilePath(path)) && QFileInfo::exists(pendingPath(keyFilePath(path)))) {
        QFile::rename(pendingPath(keyFilePath(path)), keyFilePath(path));
    }
    const auto header = crypto::KeySlotFile::load(keyFilePath(path));
    const auto dataKey = header.unlock(password);
    // Reading the schema checks the key and the HMAC of the pages it reads; every other page is
    // checked when it is read, and all of them by verifyIntegrity() off the GUI thread after unlock.
    const QString file = QFileInfo(path).canonicalFilePath();
    std::unique_ptr<Database> db = openConvertingOldFormat(file, dataKey);
    if (metaValue(*db, QStringLiteral("vault_id")).toLatin1() != header.vaultId().toHex()) {
        throw Error(ErrorCode::KeyMismatch,
                    QCoreApplication::translate("Vault", "Die Schlüsseldatei gehört zu einer anderen Arbeitsmappe."));
    }
    Sqlcipher3Migration::removeBackup(file);
    Migrator::migrate(*db);
    std::unique_ptr<Vault> vault(new Vault(path, std::move(db), dataKey));
    vault->m_kind = kindFromName(metaValue(vault->database(), QStringLiteral("kind")));
    return vault;
}

std::unique_ptr<Database> Vault::openSecondConnection() const {
    return Database::open(m_path, m_dataKey, Database::OpenMode::Existing);
}

void Vault::changePassword(const QString& currentPassword, const QString& newPassword,
                           const crypto::KdfParams& params) {
    auto header = crypto::KeySlotFile::load(keyFilePath(m_path));
    QString slotId;
    const auto dataKey = header.unlock(currentPassword, &slotId);
    header.rewrapSlot(slotId, dataKey, newPassword, params);
    header.save(keyFilePath(m_path));
}

} // namespace kim::storage
