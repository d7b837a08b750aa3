// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>

namespace kim::storage {
class Database;
}

namespace kim {
class Clock;
}

namespace kim::core {

// Rules and helpers that several repositories (and the demo generator) must apply the
// same way. Internal to src/core; the GUI uses the repositories instead.
namespace CaseRules {

// "GT-2026-0042": prefix, year of registration and a sequence per prefix and year.
QString formatCaseCode(const QString& prefix, int year, int sequence);
// The highest sequence already used for prefix and year, 0 if none.
int lastCaseSequence(storage::Database& db, const QString& prefix, int year);

// Throws Error(NotFound) for an unknown case, Error(RuleViolation) for a closed case or a
// client without active consent today. Returns the client id.
int64_t requireWritableCase(storage::Database& db, const Clock& clock, int64_t caseId);

} // namespace CaseRules
} // namespace kim::core
