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

// A case manager's intake of packages from the coordinating office: a taxonomy (adopted if
// newer) or conference feedback (stored, shown as unread). Same checks as OfficeInbox; a
// rejected package writes nothing.
class CaseManagerInbox final {
public:
    CaseManagerInbox(storage::Database& db, const exchange::Identity& identity, const Clock& clock);

    // Never throws for a bad package: the outcome says why it was rejected.
    ImportOutcome importPackage(std::span<const uint8_t> bytes, const QString& source);

private:
    storage::Database& m_db;
    const exchange::Identity& m_identity;
    const Clock& m_clock;
};

} // namespace kim::reporting
