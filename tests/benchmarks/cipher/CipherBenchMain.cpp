// SPDX-License-Identifier: GPL-3.0-or-later
// kim_bench_cipher: what SQLCipher's per-page work costs on this machine, for each HMAC it
// offers and without encryption, on the very library the vault uses (kim_sqlcipher). Writes a
// table of 50,000 rows of 400 bytes (about 5,000 pages of 4096 bytes), then reads it back 21 times
// with a cache too small to hold it, so that every page read is decrypted and authenticated.
// Prints one line per setting; asserts nothing (docs/performance.md).
//
// The one benchmark that calls SQLite directly: it measures SQLCipher itself, below storage.

#include <kim_sqlcipher/sqlite3.h>

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

constexpr int Rows = 50000;
constexpr int Reads = 21;
const char* const Key = "x'000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'";

void run(sqlite3* db, const std::string& sql) {
    char* error = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", sql.c_str(), error != nullptr ? error : "?");
        sqlite3_free(error);
        std::exit(1);
    }
}

sqlite3* openWith(const std::string& path, const char* hmac) {
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    if (hmac != nullptr) {
        sqlite3_key(db, Key, static_cast<int>(std::char_traits<char>::length(Key)));
        run(db, std::string("PRAGMA cipher_page_size = 4096; PRAGMA cipher_hmac_algorithm = ") + hmac +
                    "; PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;");
    }
    run(db, "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = 64");
    return db;
}

void measure(const QString& folder, const char* label, const char* hmac) {
    const std::string path = (folder + QStringLiteral("/%1.db").arg(QString::fromLatin1(label))).toStdString();
    sqlite3* db = openWith(path, hmac);
    QElapsedTimer timer;
    timer.start();
    run(db, "CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT); BEGIN;");
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO t(v) VALUES (printf('%.400c', char(65 + ?1 % 26)))", -1, &insert, nullptr);
    for (int i = 0; i < Rows; ++i) {
        sqlite3_bind_int(insert, 1, i);
        sqlite3_step(insert);
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    run(db, "COMMIT; PRAGMA wal_checkpoint(TRUNCATE);");
    const double writeMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    sqlite3_stmt* pages = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA page_count", -1, &pages, nullptr);
    sqlite3_step(pages);
    const int pageCount = sqlite3_column_int(pages, 0);
    sqlite3_finalize(pages);
    std::vector<double> reads;
    for (int round = 0; round < Reads; ++round) {
        timer.restart();
        run(db, "SELECT sum(length(v)) FROM t");
        reads.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    sqlite3_close(db);
    std::sort(reads.begin(), reads.end());
    const double readMs = reads[reads.size() / 2];
    std::printf("| %s | %d | %.1f | %.2f | %.1f | %.2f |\n", label, pageCount, writeMs, writeMs * 1000 / pageCount,
                readMs, readMs * 1000 / pageCount);
}

} // namespace

int main() {
    QTemporaryDir dir;
    std::printf("SQLCipher %s, SQLite %s; %d rows of 400 bytes, reads with a 64-page cache (median of %d)\n\n",
                "4.14.0", sqlite3_libversion(), Rows, Reads);
    std::printf(
        "| setting | pages | write ms | write us/page | full read ms | read us/page |\n|---|---|---|---|---|---|\n");
    measure(dir.path(), "plain (no key)", nullptr);
    measure(dir.path(), "HMAC_SHA1", "HMAC_SHA1");
    measure(dir.path(), "HMAC_SHA256", "HMAC_SHA256");
    measure(dir.path(), "HMAC_SHA512", "HMAC_SHA512");
    return 0;
}
