// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Transaction.h"

#include "storage/Database.h"

namespace kim::storage {

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_joined(db.inTransaction()) {
    if (m_joined) {
        return;
    }
    m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_db.m_doomed = false;
}

Transaction::~Transaction() {
    if (m_done) {
        return;
    }
    if (m_joined) {
        // Its writes may have stopped half way; the transaction it joined must not keep them.
        m_db.m_doomed = true;
        return;
    }
    try {
        m_db.exec(QStringLiteral("ROLLBACK"));
    } catch (...) {
        // SQLite may already have rolled back (e.g. after SQLITE_FULL); nothing left to undo.
    }
}

void Transaction::commit() {
    if (!m_joined) {
        m_db.requireNotDoomed();
        m_db.exec(QStringLiteral("COMMIT"));
    }
    m_done = true;
}

} // namespace kim::storage
