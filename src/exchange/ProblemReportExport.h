#pragma once

#include "exchange/ContactCard.h"
#include "exchange/ProblemReport.h"

#include <QDateTime>

#include <vector>

namespace kim::storage {
class Database;
}
namespace kim::core {
class Clock;
}

namespace kim::exchange {

class Identity;

// The case manager's side of the export wizard: prepare() builds exactly what will leave
// the vault (shown to the user as the preview); write() signs and encrypts that same report
// for the coordinating office, logs it and marks the proposals it carries as sent, in one
// transaction.
class ProblemReportExport final {
public:
    ProblemReportExport(storage::Database& db, const Identity& identity, const core::Clock& clock);

    ProblemReport prepare(const core::Quarter& quarter) const;
    // Throws PackageError / kim::Error; on failure nothing is marked or logged.
    std::vector<uint8_t> write(const ProblemReport& report, const ContactCard& office,
                               const QDateTime& created = QDateTime::currentDateTimeUtc());

private:
    storage::Database& m_db;
    const Identity& m_identity;
    const core::Clock& m_clock;
};

} // namespace kim::exchange
