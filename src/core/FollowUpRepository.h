#pragma once

#include "core/Domain.h"

namespace kim::storage {
class Database;
}

namespace kim::core {

class Clock;

struct DueFollowUp {
    FollowUp followUp;
    int64_t clientId = 0;
    QString caseCode;
    QString clientName;
};

// Follow-ups (Wiedervorlagen) and the "due today / overdue" list.
class FollowUpRepository final {
public:
    FollowUpRepository(storage::Database& db, const Clock& clock);

    QList<FollowUp> forCase(int64_t caseId);
    // Open follow-ups due today or earlier, oldest first.
    QList<DueFollowUp> dueOrOverdue();
    // Throws Error(RuleViolation) without active consent or for a closed case,
    // Error(InvalidInput) for an empty title or missing date.
    void save(FollowUp& followUp);
    void markDone(int64_t id, const QDate& on);

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace kim::core
