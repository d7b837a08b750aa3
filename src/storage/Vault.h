// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/PasswordKdf.h"

#include <QString>

#include <botan/secmem.h>

#include <memory>

namespace kim {
class Clock;
}

namespace kim::storage {

class Database;

// What a workspace is for; fixed at creation.
enum class WorkspaceKind { CaseManager, Supervisor, CoordinatingOffice };

// An open workspace: the encrypted database and its key-slot header (<file>.keys).
// Destroying the Vault closes the database and wipes the key; that is what locking does.
class Vault final {
public:
    static QString keyFilePath(const QString& vaultPath);

    // Throws Error(FileExists | NotWritable | DiskFull); leaves nothing behind on failure, and
    // nothing that cannot be opened when the process is killed during it.
    static std::unique_ptr<Vault> create(const QString& path, const QString& password, WorkspaceKind kind,
                                         const crypto::KdfParams& params, const Clock& clock);
    // Throws Error(FileMissing | WrongPassword | DamagedHeader | KeyMismatch | DamagedDatabase);
    // writes nothing to either file when it fails. The one thing it may do first is finish an
    // interrupted creation: publish the key file that create() had written as "<file>.keys.part".
    static std::unique_ptr<Vault> open(const QString& path, const QString& password);
    ~Vault();

    // Rewraps the data key in the slot that `currentPassword` opens.
    void changePassword(const QString& currentPassword, const QString& newPassword, const crypto::KdfParams& params);

    Database& database() { return *m_db; }
    // A second connection to this vault, for work on another thread that must not hold up the
    // GUI's connection (the page check after unlock). Throws like open().
    std::unique_ptr<Database> openSecondConnection() const;
    const QString& path() const { return m_path; }
    WorkspaceKind kind() const { return m_kind; }

private:
    Vault(QString path, std::unique_ptr<Database> db, Botan::secure_vector<uint8_t> dataKey);

    QString m_path;
    std::unique_ptr<Database> m_db;
    Botan::secure_vector<uint8_t> m_dataKey;
    WorkspaceKind m_kind = WorkspaceKind::CaseManager;
};

} // namespace kim::storage
