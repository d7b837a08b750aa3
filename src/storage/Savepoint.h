// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kim::storage {

class Database;

// A SAVEPOINT that rolls back unless released. Unlike Transaction it nests, so a
// repository call that the exchange layer makes inside its own transaction (adopting a
// taxonomy while logging the package) and the same call made alone are both atomic.
class Savepoint final {
public:
    explicit Savepoint(Database& db);
    ~Savepoint();
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;

    void release();

private:
    Database& m_db;
    bool m_doomedBefore = false; // rolling back to the savepoint undoes a doom from inside it
    bool m_done = false;
};

} // namespace kim::storage
