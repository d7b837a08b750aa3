// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"
#include "storage/Savepoint.h"
#include "storage/Transaction.h"
#include "support/ErrorOf.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace kim;
using namespace kim::storage;
using kim::test::errorOf;

namespace {

void store(Database& db, const QString& key) {
    auto insert = db.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?1, 'x')"));
    insert.bind(1, key).run();
}

bool stored(Database& db, const QString& key) {
    auto st = db.prepare(QStringLiteral("SELECT 1 FROM meta WHERE key = ?1"));
    st.bind(1, key);
    return st.step();
}

} // namespace

TEST_CASE("a transaction commits, or rolls back when it is not committed") {
    test::TestVault tv;
    Database& db = tv.vault->database();
    {
        Transaction transaction(db);
        CHECK(db.inTransaction());
        store(db, QStringLiteral("kept"));
        transaction.commit();
    }
    CHECK_FALSE(db.inTransaction());
    {
        Transaction transaction(db);
        store(db, QStringLiteral("dropped"));
    }
    CHECK(stored(db, QStringLiteral("kept")));
    CHECK_FALSE(stored(db, QStringLiteral("dropped")));
}

TEST_CASE("a transaction inside another joins it: committed with it, rolled back with it") {
    test::TestVault tv;
    Database& db = tv.vault->database();
    {
        Transaction outer(db);
        Transaction inner(db);
        store(db, QStringLiteral("inner"));
        inner.commit();
        CHECK(db.inTransaction()); // the inner commit left committing to the outer one
        store(db, QStringLiteral("outer"));
        outer.commit();
    }
    CHECK(stored(db, QStringLiteral("inner")));
    CHECK(stored(db, QStringLiteral("outer")));
    {
        Transaction outer(db);
        Transaction inner(db);
        store(db, QStringLiteral("with the outer"));
        inner.commit();
    } // the outer one rolls back what the inner one committed
    CHECK_FALSE(stored(db, QStringLiteral("with the outer")));
}

TEST_CASE("an inner transaction that fails dooms the outer one, even when its error is caught") {
    test::TestVault tv;
    Database& db = tv.vault->database();
    {
        Transaction outer(db);
        store(db, QStringLiteral("before"));
        try {
            Transaction inner(db);
            store(db, QStringLiteral("half"));
            throw std::runtime_error("the second half fails");
        } catch (const std::runtime_error&) {
            // a caller that goes on regardless
        }
        CHECK(errorOf([&] { outer.commit(); }) == ErrorCode::Internal);
    }
    CHECK_FALSE(db.inTransaction());
    CHECK_FALSE(stored(db, QStringLiteral("before")));
    CHECK_FALSE(stored(db, QStringLiteral("half")));
    // The next transaction starts afresh.
    Transaction next(db);
    store(db, QStringLiteral("next"));
    next.commit();
    CHECK(stored(db, QStringLiteral("next")));
}

TEST_CASE("a savepoint can fail alone inside a transaction") {
    test::TestVault tv;
    Database& db = tv.vault->database();
    {
        Transaction outer(db);
        {
            Savepoint part(db);
            store(db, QStringLiteral("part"));
        } // rolled back alone
        store(db, QStringLiteral("rest"));
        outer.commit();
    }
    CHECK_FALSE(stored(db, QStringLiteral("part")));
    CHECK(stored(db, QStringLiteral("rest")));
}

TEST_CASE("a failed inner transaction rolled back with its savepoint does not doom the outer one") {
    test::TestVault tv;
    Database& db = tv.vault->database();
    {
        Transaction outer(db);
        store(db, QStringLiteral("before"));
        try {
            Savepoint part(db);
            Transaction inner(db);
            store(db, QStringLiteral("half"));
            throw std::runtime_error("the part fails");
        } catch (const std::runtime_error&) {
            // the part is rolled back to its savepoint; the rest goes on
        }
        store(db, QStringLiteral("after"));
        outer.commit();
    }
    CHECK(stored(db, QStringLiteral("before")));
    CHECK_FALSE(stored(db, QStringLiteral("half")));
    CHECK(stored(db, QStringLiteral("after")));
}
