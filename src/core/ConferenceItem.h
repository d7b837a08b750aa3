// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>

namespace kim::core {

enum class ConferenceItemStatus { Open = 1, InProgress, Implemented, Deferred, Rejected };

// A structural problem taken to a Planungskonferenz: agenda item → decision → responsible
// working group → measures → status → feedback to the case managers.
struct ConferenceItem {
    int64_t id = 0;
    QString problemCode; // a taxonomy code or a "<FIELD>-SONST" category
    QString period;      // the quarter whose figures raised it, "2026-Q3"
    QDate conferenceDate;
    QString agendaTitle;
    QString decision;
    QString workingGroup;
    QString measures;
    ConferenceItemStatus status = ConferenceItemStatus::Open;
    QString feedback;         // what the case managers are told
    QDateTime feedbackSentAt; // invalid until sent
};

// A conference item as a case manager received it (table conference_feedback): the item as the
// office sent it — its id is the office's, feedbackSentAt is not used — and what the receiving
// vault adds.
struct ReceivedFeedback {
    int64_t id = 0;
    QString officeName;
    QString officeItemId; // "<office key id>/<item id>": a newer package replaces the item
    QString problemTitle; // from the case manager's own taxonomy
    ConferenceItem item;
    QDateTime receivedAt;
    bool read = false;
};

QString label(ConferenceItemStatus status);
// Every status in display order, and whether a stored integer is one of them.
QList<ConferenceItemStatus> allConferenceItemStatuses();
bool isValidConferenceItemStatus(int stored);

} // namespace kim::core
