// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kim::storage {

class Database;

// BEGIN IMMEDIATE on construction; rolls back unless commit() was called, so an
// exception anywhere inside leaves the vault as it was. Opened while a transaction is open,
// it joins that one: its commit() leaves committing to the outer one, and ending without
// commit() dooms the outer one, whose commit() then throws. So a repository call is all or
// nothing alone and as part of a caller's transaction (the demo generator writes everything
// in one). Joining rather than nesting a savepoint spares SQLite a copy of every page a call
// touches; a part that may fail alone while the rest goes on is a Savepoint.
class Transaction final {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_joined = false;
    bool m_done = false;
};

} // namespace kim::storage
