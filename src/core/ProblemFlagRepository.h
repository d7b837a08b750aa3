// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ProblemFlag.h"

#include <QList>

namespace kim::storage {
class Database;
}

namespace kim {
class Clock;
}

namespace kim::core {

// The structural-problem flags of cases (table problem_flags).
class ProblemFlagRepository final {
public:
    ProblemFlagRepository(storage::Database& db, const Clock& clock);

    QList<ProblemFlag> forCase(int64_t caseId) const; // newest first
    // Inserts or updates. With an institution, its type is taken from the directory.
    // Throws Error(InvalidInput) for an unknown code, a missing or future "since", or a
    // resolution before "since"; Error(RuleViolation) for a new flag with a retired code or
    // on a closed case; Error(NotFound) for an unknown case or institution.
    void save(ProblemFlag& flag);
    // Throws Error(NotFound).
    void remove(int64_t flagId);

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace kim::core
