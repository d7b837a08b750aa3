// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Institution.h"

#include <QList>

namespace kim::storage {
class Database;
}

namespace kim::core {

// The institution directory. Seeded by schema 0004 and editable by the user; an
// institution with referrals is archived instead of deleted so the history stays readable.
class InstitutionRepository final {
public:
    explicit InstitutionRepository(storage::Database& db);

    // Ordered by name; archived ones only when asked for.
    QList<Institution> all(bool includeArchived = false);
    // Throws Error(NotFound).
    Institution load(int64_t id);
    // Throws Error(InvalidInput) for an empty or duplicate name or an unknown type.
    void save(Institution& institution);
    // Deletes an unused institution, archives a used one. Returns true if it was deleted.
    bool remove(int64_t id);

private:
    storage::Database& m_db;
};

} // namespace kim::core
