// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/ContactCard.h"
#include "reporting/ProblemReport.h"

#include <QDateTime>

#include <vector>

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

// The case manager's side of the export wizard: prepare() builds exactly what will leave
// the vault (shown to the user as the preview); write() signs and encrypts that same report
// for the coordinating office, logs it and marks the proposals it carries as sent, in one
// transaction.
class ProblemReportExport final {
public:
    ProblemReportExport(storage::Database& db, const exchange::Identity& identity, const Clock& clock);

    ProblemReport prepare(const core::Quarter& quarter) const;
    // Throws exchange::PackageError / kim::Error; on failure nothing is marked or logged. An
    // invalid `created` means the clock's now().
    std::vector<uint8_t> write(const ProblemReport& report, const exchange::ContactCard& office,
                               const QDateTime& created = {});

private:
    storage::Database& m_db;
    const exchange::Identity& m_identity;
    const Clock& m_clock;
};

} // namespace kim::reporting
