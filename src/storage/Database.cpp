// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include "base/Error.h"
#include "storage/PrivateFiles.h"
#include "storage/SqliteError.h"

#include "storage/SqliteApi.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QScopeGuard>

namespace kim::storage {

namespace {

#ifndef KIM_PLAIN_SQLITE_BENCHMARK
// SQLCipher's raw-key form x'<64 hex digits>', built in locked memory so the key never
// passes through an ordinary string.
Botan::secure_vector<char> rawKeySpec(const Botan::secure_vector<uint8_t>& key) {
    static constexpr char digits[] = "0123456789abcdef";
    Botan::secure_vector<char> spec;
    spec.reserve(key.size() * 2 + 3);
    spec.push_back('x');
    spec.push_back('\'');
    for (const uint8_t byte : key) {
        spec.push_back(digits[byte >> 4]);
        spec.push_back(digits[byte & 0x0f]);
    }
    spec.push_back('\'');
    return spec;
}
#endif

} // namespace

Database::Database(sqlite3* db)
    : m_db(db) {}

Database::~Database() {
    finaliseKept();
    sqlite3_close_v2(m_db);
}

std::unique_ptr<Database> Database::open(const QString& path, const Botan::secure_vector<uint8_t>& key, OpenMode mode,
                                         PageFormat format) {
    if (mode == OpenMode::CreateNew) {
        createEmptyPrivateFile(path);
    } else if (!QFileInfo::exists(path)) {
        throw Error(ErrorCode::FileMissing,
                    QCoreApplication::translate("Database", "Die Arbeitsmappe %1 wurde nicht gefunden.").arg(path));
    }
    sqlite3* handle = nullptr;
    const int result = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr);
    std::unique_ptr<Database> db(new Database(handle));
    check(handle, result);
#ifdef KIM_PLAIN_SQLITE_BENCHMARK
    // Benchmark comparison build only (storage/SqliteApi.h): the file stays plaintext.
    static_cast<void>(key);
#else
    const auto spec = rawKeySpec(key);
    check(handle, sqlite3_key(handle, spec.data(), static_cast<int>(spec.size())));
#endif
    db->applySettings(format);
    return db;
}

QString Database::cipherSettings(const QString& name) {
    // Written out, so that a change of SQLCipher's defaults can never make a vault unreadable:
    // 4096-byte pages and an HMAC-SHA256 over every page, where SQLCipher 4's default is
    // HMAC-SHA512: on CPUs with SHA extensions SHA-256 costs a fifth to a third less per page
    // read (kim_bench_cipher, docs/performance.md), with a 256-bit tag that is as unforgeable
    // for this purpose. The KDF setting only derives the HMAC key here (a raw key skips the
    // password KDF).
    return QStringLiteral("PRAGMA %1.cipher_page_size = 4096; PRAGMA %1.cipher_hmac_algorithm = HMAC_SHA256; "
                          "PRAGMA %1.cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;")
        .arg(name);
}

void Database::applySettings(PageFormat format) {
#ifndef KIM_PLAIN_SQLITE_BENCHMARK
    // Cipher settings are not stored in the file: they must be set before the first read.
    if (format == PageFormat::Sqlcipher3) {
        // How every vault was written up to schema version 10 (Debian 12's SQLCipher 3.4.1).
        exec(QStringLiteral("PRAGMA cipher_compatibility = 3; PRAGMA cipher_page_size = 4096"));
    } else {
        exec(cipherSettings(QStringLiteral("main")));
    }
#else
    static_cast<void>(format);
#endif
    try {
        auto probe = prepare(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        probe.step();
    } catch (const Error&) {
        throw Error(ErrorCode::KeyMismatch,
                    QCoreApplication::translate(
                        "Database",
                        "Die Arbeitsmappe lässt sich mit diesem Schlüssel nicht entschlüsseln: Sie ist beschädigt "
                        "oder gehört nicht zu dieser Schlüsseldatei. Es wurde nichts verändert."));
    }
    exec(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON; "
                        "PRAGMA cache_size = -65536; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY"));
}

void Database::attachEncrypted(const QString& path, const QString& name, const Botan::secure_vector<uint8_t>& key) {
#ifdef KIM_PLAIN_SQLITE_BENCHMARK
    static_cast<void>(key);
    auto attach = prepare(QStringLiteral("ATTACH DATABASE ?1 AS \"%1\"").arg(name));
    attach.bind(1, path).run();
#else
    const auto spec = rawKeySpec(key);
    auto attach = prepare(QStringLiteral("ATTACH DATABASE ?1 AS \"%1\" KEY ?2").arg(name));
    attach.bind(1, path);
    check(m_db, sqlite3_bind_blob(attach.m_statement, 2, spec.data(), static_cast<int>(spec.size()), SQLITE_STATIC));
    attach.run();
    exec(cipherSettings(name));
#endif
}

void Database::exec(const QString& sql) {
    const QByteArray utf8 = sql.toUtf8();
    check(m_db, sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, nullptr));
}

Statement Database::prepare(const QString& sql) {
    QByteArray utf8 = sql.toUtf8();
    if (m_reuseDepth > 0) {
        const auto kept = m_kept.find(utf8);
        if (kept != m_kept.end() && !kept->isEmpty()) {
            --m_keptCount;
            return Statement(m_db, kept->takeLast(), this, std::move(utf8));
        }
    }
    sqlite3_stmt* statement = nullptr;
    check(m_db, sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &statement, nullptr));
    if (m_reuseDepth == 0) {
        return Statement(m_db, statement);
    }
    return Statement(m_db, statement, this, std::move(utf8));
}

void Database::requireNotDoomed() const {
    if (m_doomed) {
        throw Error(ErrorCode::Internal,
                    QCoreApplication::translate("Database", "Ein Teil der Änderungen ist fehlgeschlagen. Deshalb wurde "
                                                            "nichts davon gespeichert."));
    }
}

void Database::beginStatementReuse() {
    ++m_reuseDepth;
}

void Database::endStatementReuse() {
    if (--m_reuseDepth == 0) {
        finaliseKept();
    }
}

void Database::keep(sqlite3_stmt* statement, const QByteArray& sql) {
    // Bounded: a scope that prepares ever new SQL text gains nothing from keeping it.
    constexpr int MaxKept = 256;
    if (m_reuseDepth == 0 || m_keptCount >= MaxKept) {
        sqlite3_finalize(statement);
        return;
    }
    // The reset's result repeats the last step's error, which was reported already; cleared
    // bindings make a reused statement start with every parameter NULL, like a new one.
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    m_kept[sql].append(statement);
    ++m_keptCount;
}

void Database::finaliseKept() {
    for (const QList<sqlite3_stmt*>& statements : std::as_const(m_kept)) {
        for (sqlite3_stmt* statement : statements) {
            sqlite3_finalize(statement);
        }
    }
    m_kept.clear();
    m_keptCount = 0;
}

int64_t Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db);
}

bool Database::inTransaction() const {
    return sqlite3_get_autocommit(m_db) == 0;
}

int Database::changes() const {
    return sqlite3_changes(m_db);
}

int Database::userVersion() {
    auto statement = prepare(QStringLiteral("PRAGMA user_version"));
    statement.step();
    return statement.integer(0);
}

QString Database::cipherVersion() {
    auto statement = prepare(QStringLiteral("PRAGMA cipher_version"));
    return statement.step() ? statement.text(0) : QString();
}

void Database::verifyIntegrity(const std::atomic<bool>* stop) {
    // Pages are read through the pager, not from the raw file: the check sees what a reader
    // sees, so a checkpoint running meanwhile cannot tear a page under it.
    constexpr int PagesPerStep = 256;
    if (stop != nullptr) {
        sqlite3_progress_handler(
            m_db, 1000, [](void* flag) { return static_cast<const std::atomic<bool>*>(flag)->load() ? 1 : 0; },
            const_cast<std::atomic<bool>*>(stop));
    }
    const auto cleanup = qScopeGuard([this] {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        if (inTransaction()) {
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        }
    });
    exec(QStringLiteral("BEGIN"));
    auto count = prepare(QStringLiteral("PRAGMA page_count"));
    count.step();
    const int64_t pages = count.int64(0);
    auto read = prepare(QStringLiteral("SELECT sum(length(data)) FROM sqlite_dbpage WHERE pgno >= ?1 AND pgno < ?2"));
    const auto damaged = [] {
        return Error(ErrorCode::DamagedDatabase,
                     QCoreApplication::translate(
                         "Database",
                         "Die Arbeitsmappe ist beschädigt (eine Datenseite hat die Echtheitsprüfung nicht bestanden). "
                         "Es wurde nichts verändert. Bitte stellen Sie sie aus einer Sicherung wieder her."));
    };
    for (int64_t first = 1; first <= pages; first += PagesPerStep) {
        read.bind(1, first).bind(2, first + PagesPerStep);
        try {
            read.step();
        } catch (const Error& error) {
            // SQLCipher reports a page whose HMAC fails as a plain SQLITE_ERROR.
            const bool stopped = stop != nullptr && stop->load();
            if (stopped || error.code() == ErrorCode::Busy || error.code() == ErrorCode::DiskFull) {
                throw;
            }
            throw damaged();
        }
        read.reset();
    }
    auto structure = prepare(QStringLiteral("PRAGMA quick_check"));
    if (!structure.step() || structure.text(0) != QLatin1String("ok")) {
        throw damaged();
    }
    exec(QStringLiteral("COMMIT"));
}

Database::CipherProbe Database::probeCipher() {
    sqlite3* handle = nullptr;
    CipherProbe probe;
    if (sqlite3_open_v2(":memory:", &handle, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        Database db(handle);
        handle = nullptr;
        try {
#ifndef KIM_PLAIN_SQLITE_BENCHMARK
            // The provider is known only to a keyed database; nothing is stored with this key.
            const auto spec = rawKeySpec(Botan::secure_vector<uint8_t>(32, 0));
            check(db.m_db, sqlite3_key(db.m_db, spec.data(), static_cast<int>(spec.size())));
#endif
            probe.version = db.cipherVersion();
            auto provider = db.prepare(QStringLiteral("PRAGMA cipher_provider"));
            probe.provider = provider.step() ? provider.text(0) : QString();
            auto version = db.prepare(QStringLiteral("SELECT sqlite_version()"));
            probe.sqliteVersion = version.step() ? version.text(0) : QString();
        } catch (const Error&) {
            probe = {};
        }
    }
    sqlite3_close_v2(handle);
    return probe;
}

} // namespace kim::storage
