// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"
#include "storage/StatementReuse.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

#include <optional>

using namespace kim;
using namespace kim::storage;

namespace {

// The value stored under `key`, or "NULL" / "none".
QString valueOf(Database& db, const QString& key) {
    auto st = db.prepare(QStringLiteral("SELECT value FROM pairs WHERE key = ?1"));
    st.bind(1, key);
    if (!st.step()) {
        return QStringLiteral("none");
    }
    return st.isNull(0) ? QStringLiteral("NULL") : st.text(0);
}

void store(Database& db, const QString& key, const std::optional<QString>& value) {
    auto insert = db.prepare(QStringLiteral("INSERT INTO pairs(key, value) VALUES (?1, ?2)"));
    insert.bind(1, key);
    if (value) {
        insert.bind(2, *value);
    }
    insert.run();
}

} // namespace

TEST_CASE("a reused statement starts afresh: no bindings, no half-read rows") {
    test::TestVault tv;
    Database& db = tv.vault->database();
    db.exec(QStringLiteral("CREATE TEMP TABLE pairs (key TEXT, value TEXT); CREATE TEMP TABLE numbers (n INTEGER); "
                           "INSERT INTO numbers VALUES (1), (2), (3)"));
    StatementReuse reuse(db);
    store(db, QStringLiteral("a"), QStringLiteral("eins"));
    // The same INSERT again, leaving ?2 unbound: NULL, not the value bound last time.
    store(db, QStringLiteral("b"), std::nullopt);
    CHECK(valueOf(db, QStringLiteral("a")) == QStringLiteral("eins"));
    CHECK(valueOf(db, QStringLiteral("b")) == QStringLiteral("NULL"));
    CHECK(valueOf(db, QStringLiteral("c")) == QStringLiteral("none"));
    for (int round = 0; round < 2; ++round) {
        auto st = db.prepare(QStringLiteral("SELECT n FROM numbers ORDER BY n"));
        REQUIRE(st.step());
        CHECK(st.integer(0) == 1); // the first row again, though the last round stopped early
    }
    // Two statements of the same SQL at once are two statements.
    auto first = db.prepare(QStringLiteral("SELECT n FROM numbers ORDER BY n"));
    auto second = db.prepare(QStringLiteral("SELECT n FROM numbers ORDER BY n"));
    REQUIRE(first.step());
    REQUIRE(first.step());
    REQUIRE(second.step());
    CHECK(first.integer(0) == 2);
    CHECK(second.integer(0) == 1);
}

TEST_CASE("statements outlive a reuse scope and are finalised as usual") {
    test::TestVault tv;
    Database& db = tv.vault->database();
    db.exec(QStringLiteral("CREATE TEMP TABLE pairs (key TEXT, value TEXT)"));
    std::optional<Statement> late;
    {
        StatementReuse reuse(db);
        late.emplace(db.prepare(QStringLiteral("SELECT COUNT(*) FROM pairs")));
    }
    REQUIRE(late->step());
    CHECK(late->integer(0) >= 0);
    late.reset();
    store(db, QStringLiteral("after"), QStringLiteral("x"));
    CHECK(valueOf(db, QStringLiteral("after")) == QStringLiteral("x"));
}
