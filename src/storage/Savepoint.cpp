// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Savepoint.h"

#include "storage/Database.h"

namespace kim::storage {

Savepoint::Savepoint(Database& db)
    : m_db(db) {
    if (!m_db.inTransaction()) {
        m_db.m_doomed = false; // outermost: a transaction of its own
    }
    m_doomedBefore = m_db.m_doomed;
    m_db.exec(QStringLiteral("SAVEPOINT kim_savepoint"));
}

Savepoint::~Savepoint() {
    if (m_done) {
        return;
    }
    try {
        m_db.exec(QStringLiteral("ROLLBACK TO kim_savepoint; RELEASE kim_savepoint"));
        m_db.m_doomed = m_doomedBefore; // what failed inside is undone with the rest
    } catch (...) {
        // SQLite may already have rolled back (e.g. after SQLITE_FULL); nothing left to undo.
    }
}

void Savepoint::release() {
    m_db.requireNotDoomed();
    m_db.exec(QStringLiteral("RELEASE kim_savepoint"));
    m_done = true;
}

} // namespace kim::storage
