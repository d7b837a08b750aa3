// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/CaseloadFigures.h"

#include <botan/secmem.h>

#include <cstdint>

namespace kim::storage {
class Database;
}

namespace kim::core {

// The team's rules and the pseudonym key, in the case manager's vault.
class CaseloadSettings final {
public:
    explicit CaseloadSettings(storage::Database& db);

    CaseloadRules rules() const; // the defaults until saved
    // Throws Error(InvalidInput) for days outside 1..365 or a threshold outside 2..20.
    void saveRules(const CaseloadRules& rules);
    // 32 random bytes, created on first use (inside the caller's transaction, if any), never
    // exported. The pseudonym of a case for a period is derived from it (CaseloadPseudonym).
    Botan::secure_vector<uint8_t> pseudonymKey();

private:
    storage::Database& m_db;
};

} // namespace kim::core
