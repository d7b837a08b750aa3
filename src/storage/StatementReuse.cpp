// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/StatementReuse.h"

#include "storage/Database.h"

namespace kim::storage {

StatementReuse::StatementReuse(Database& db)
    : m_db(db) {
    m_db.beginStatementReuse();
}

StatementReuse::~StatementReuse() {
    m_db.endStatementReuse();
}

} // namespace kim::storage
