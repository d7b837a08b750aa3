// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"

#include <functional>
#include <optional>

namespace kim::storage {
class Database;
}

namespace kim {
class Clock;
}

namespace kim::core {

// Cases following the DGCC cycle, their phase history and goals.
class CaseRepository final {
public:
    // Where the secret record keys of new cases come from: the system RNG unless given. Demo
    // data draws them from its seed, so that a seed always gives the same problem tables.
    using RecordKeySource = std::function<uint64_t()>;

    CaseRepository(storage::Database& db, const Clock& clock, RecordKeySource recordKeys = {});

    // The client's most recent case (open or closed), with history.
    std::optional<Case> latestCase(int64_t clientId);
    Case load(int64_t caseId);
    // Opens a case in phase Klärung. Throws Error(RuleViolation) without active consent or
    // while another case of the client is still open.
    Case open(int64_t clientId);
    // Records the change in the history; Abschluss closes the case. Throws
    // Error(RuleViolation) for a closed case, the same phase, or reopening without consent.
    void changePhase(int64_t caseId, Phase phase, const QString& note);

    QList<Goal> goals(int64_t caseId);
    // Throws Error(InvalidInput) for an empty description.
    void saveGoal(Goal& goal);

private:
    storage::Database& m_db;
    const Clock& m_clock;
    RecordKeySource m_recordKeys;
};

} // namespace kim::core
