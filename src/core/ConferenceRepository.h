// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ConferenceItem.h"

#include <QList>

namespace kim::storage {
class Database;
}

namespace kim {
class Clock;
}

namespace kim::core {

// Conference tracking: the office's items (conference_items) and, in a case manager's
// workspace, the feedback received from the office (conference_feedback).
class ConferenceRepository final {
public:
    ConferenceRepository(storage::Database& db, const Clock& clock);

    // Coordinating office. Throws Error(InvalidInput) for an empty agenda title or code.
    QList<ConferenceItem> items() const; // newest conference first
    void save(ConferenceItem& item);
    void markFeedbackSent(const QList<int64_t>& ids, const QDateTime& when);

    // Case manager. Replaces an earlier version of the same office item.
    void storeFeedback(const ReceivedFeedback& feedback);
    QList<ReceivedFeedback> feedback() const; // newest first
    int unreadFeedbackCount() const;
    void markFeedbackRead(int64_t id);

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace kim::core
