// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Statement.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <botan/secmem.h>

#include <memory>

struct sqlite3;

namespace kim::storage {

// One SQLCipher connection opened with a raw 256-bit key. Every open applies the
// settings of docs/security.md (page size, WAL, synchronous FULL, secure_delete, cache,
// foreign keys). Used from one thread at a time.
class Database final {
public:
    enum class OpenMode { CreateNew, Existing };

    // Throws Error(FileMissing | FileExists | NotWritable | KeyMismatch | DamagedDatabase).
    static std::unique_ptr<Database> open(const QString& path, const Botan::secure_vector<uint8_t>& key, OpenMode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Runs one or more statements without parameters (schema scripts, pragmas).
    void exec(const QString& sql);
    Statement prepare(const QString& sql);

    int64_t lastInsertId() const;
    int changes() const;
    // Whether a transaction is open on this connection (it is not in autocommit mode).
    bool inTransaction() const;
    // Between begin and end (they nest), statements are kept when done and prepared once per
    // SQL text; use StatementReuse rather than calling these.
    void beginStatementReuse();
    void endStatementReuse();
    int userVersion();
    QString cipherVersion();
    // Reads every page and checks its HMAC; throws Error(DamagedDatabase) on damage.
    void verifyIntegrity();
    // Empty for a failed check; for tests and the start-up self-test.
    static QString probeCipherVersion();

    sqlite3* handle() const { return m_db; }

private:
    friend class Savepoint;
    friend class Statement;
    friend class Transaction;
    explicit Database(sqlite3* db);
    void applySettings();
    // A finished statement of a reuse scope, reset and without bindings, for the next prepare.
    void keep(sqlite3_stmt* statement, const QByteArray& sql);
    void finaliseKept();
    // Throws Error(Internal) once a joined Transaction ended without commit (see Transaction).
    void requireNotDoomed() const;

    sqlite3* m_db = nullptr;
    bool m_doomed = false;
    int m_reuseDepth = 0;
    int m_keptCount = 0;
    QHash<QByteArray, QList<sqlite3_stmt*>> m_kept;
};

} // namespace kim::storage
