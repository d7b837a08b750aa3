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

// The coordinating office's intake of problem reports. Each package goes through every
// check of the package reader (decrypt, signature, registered sender, recipients, replay),
// then its content is validated; a rejected package writes nothing. One owner per case per
// quarter: a newer report of the same sender for the same quarter replaces the older one,
// an older one is rejected. Proposals it carries are stored for review. What was accepted
// is read through OfficeSubmissions.
class OfficeInbox final {
public:
    OfficeInbox(storage::Database& db, const exchange::Identity& identity, const Clock& clock);

    // Never throws for a bad package: the outcome says why it was rejected.
    ImportOutcome importPackage(std::span<const uint8_t> bytes, const QString& source);

private:
    storage::Database& m_db;
    const exchange::Identity& m_identity;
    const Clock& m_clock;
};

} // namespace kim::reporting
