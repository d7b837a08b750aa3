#pragma once

namespace kim::storage {

class Database;

// BEGIN IMMEDIATE on construction; rolls back unless commit() was called, so an
// exception anywhere inside leaves the vault as it was.
class Transaction final {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace kim::storage
