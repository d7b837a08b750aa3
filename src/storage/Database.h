// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Statement.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <botan/secmem.h>

#include <atomic>
#include <memory>

struct sqlite3;

namespace kim::storage {

// One SQLCipher connection opened with a raw 256-bit key. Every open applies the
// settings of docs/security.md (page size, WAL, synchronous FULL, secure_delete, cache,
// foreign keys). Used from one thread at a time.
class Database final {
public:
    enum class OpenMode { CreateNew, Existing };
    // The page format: SQLCipher 4's (what every vault is written in), or SQLCipher 3's, which
    // only Sqlcipher3Migration opens, to convert a vault of an earlier program version.
    enum class PageFormat { Sqlcipher4, Sqlcipher3 };

    // Throws Error(FileMissing | FileExists | NotWritable | KeyMismatch | DamagedDatabase).
    static std::unique_ptr<Database> open(const QString& path, const Botan::secure_vector<uint8_t>& key, OpenMode mode,
                                          PageFormat format = PageFormat::Sqlcipher4);
    // The cipher settings of the current page format for the schema `name` ("main" or an
    // attached database); they are not stored in the file, so each open must set them.
    static QString cipherSettings(const QString& name);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Runs one or more statements without parameters (schema scripts, pragmas).
    void exec(const QString& sql);
    Statement prepare(const QString& sql);

    // Attaches the file at `path` as schema `name`, keyed with `key` (bound from locked memory)
    // and set to the current page format before its first page is read or written.
    void attachEncrypted(const QString& path, const QString& name, const Botan::secure_vector<uint8_t>& key);

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
    // Reads every page through SQLite's pager in one read transaction (a consistent snapshot,
    // WAL included), which decrypts it and checks its HMAC, then runs SQLite's structure check.
    // Throws Error(DamagedDatabase) on damage and other errors (busy, I/O) as they are. Seconds
    // in a large vault: never on the GUI thread. With `stop`, the check polls it and ends with
    // an Error soon after it turns true (the workspace locks).
    void verifyIntegrity(const std::atomic<bool>* stop = nullptr);
    // What `PRAGMA cipher_version` and `PRAGMA cipher_provider` say on an in-memory database;
    // empty for a failed check (no SQLCipher behind sqlite3_*). For the start-up self-test.
    struct CipherProbe {
        QString version;  // e.g. "4.14.0 community"
        QString provider; // e.g. "openssl"
        QString sqliteVersion;
    };
    static CipherProbe probeCipher();

    sqlite3* handle() const { return m_db; }

private:
    friend class Savepoint;
    friend class Statement;
    friend class Transaction;
    explicit Database(sqlite3* db);
    void applySettings(PageFormat format);
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
