// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ReportingPeriod.h"

#include <QDate>

#include <cstdint>

namespace kim::storage {
class Database;
}

namespace kim::demo {

struct SupervisionDemoOptions {
    int teamSize = 6;          // invented case managers
    int clientsPerMember = 60; // each one's caseload
    int months = 14;           // monthly reports up to the month before `today`
    uint32_t seed = 2026;
    QDate today;
};

// Fills a supervisor's (Fachaufsicht) vault as a team would: invents each member's case file in
// a vault of its own (in memory, never saved), lets every member send a caseload report for
// each month through the real export, and imports every package through the supervisor's
// inbox; the members become trusted contacts. The supervisor's vault thus holds exactly what
// real reports would put there. The same options give the same figures. Throws kim::Error.
void generateSupervisionDemo(storage::Database& supervisorDb, const SupervisionDemoOptions& options);

// Lets a case manager send a caseload report for each month from `first` to `last`, a few days
// after each month's end but not after `today` (`lateness` varies the day), through the real
// export, and imports each package through the supervisor's inbox. The two vaults must trust
// each other.
void sendMonthlyCaseloadReports(storage::Database& memberDb, storage::Database& supervisorDb,
                                const core::ReportingPeriod& first, const core::ReportingPeriod& last,
                                const QDate& today, int lateness);

} // namespace kim::demo
