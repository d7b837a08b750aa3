// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"

#include <optional>

namespace kim::storage {
class Database;
}

namespace kim {
class Clock;
}

namespace kim::core {

struct DueFollowUp {
    FollowUp followUp;
    int64_t clientId = 0;
    QString caseCode;
    QString clientName;
};

// The size of the due list: open follow-ups due today or earlier, of which overdue.
struct DueCounts {
    int due = 0;
    int overdue = 0;
};

// Where a page of the due list ended; the next page starts after it.
struct DueListPosition {
    QDate dueOn;
    int64_t id = 0;
};

// Follow-ups (Wiedervorlagen) and the "due today / overdue" list.
class FollowUpRepository final {
public:
    FollowUpRepository(storage::Database& db, const Clock& clock);

    QList<FollowUp> forCase(int64_t caseId);
    // Open follow-ups due today or earlier, and how many of them are overdue; counted in the
    // (done_on, due_on) index alone.
    DueCounts dueCounts();
    // Up to `limit` open follow-ups due today or earlier in the order due date, id: the first
    // ones, or those after `after`. Seeks in the index, so every page costs the same.
    QList<DueFollowUp> duePage(int limit, const std::optional<DueListPosition>& after = std::nullopt);
    // Throws Error(RuleViolation) without active consent or for a closed case,
    // Error(InvalidInput) for an empty title or missing date.
    void save(FollowUp& followUp);
    void markDone(int64_t id, const QDate& on);

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace kim::core
