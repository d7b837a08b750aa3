// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/PackageImport.h"

#include <QString>

#include <cstdint>
#include <span>

namespace kim::storage {
class Database;
}
namespace kim {
class Clock;
}
namespace kim::exchange {
class Identity;
}

namespace kim::reporting {

// The supervisor's intake of caseload reports: every check of the package reader, then the
// content is validated; a rejected package writes nothing. A newer report (higher revision) of
// the same sender for the same period replaces the older one, which stays listed as superseded
// without its figures and alert rows; an older or equal one is rejected with its own reason.
class SupervisorInbox final {
public:
    SupervisorInbox(storage::Database& db, const exchange::Identity& identity, const Clock& clock);

    // Never throws for a bad package: the outcome says why it was rejected.
    ImportOutcome importPackage(std::span<const uint8_t> bytes, const QString& source);

private:
    storage::Database& m_db;
    const exchange::Identity& m_identity;
    const Clock& m_clock;
};

} // namespace kim::reporting
