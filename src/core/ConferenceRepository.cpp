// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ConferenceRepository.h"

#include "base/Clock.h"
#include "core/ProblemTaxonomy.h"
#include "core/Quarter.h"
#include "base/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace kim::core {

namespace {

Error invalid(const char* text) {
    return Error(ErrorCode::InvalidInput, QCoreApplication::translate("ConferenceRepository", text));
}

Error notFound(const char* text) {
    return Error(ErrorCode::NotFound, QCoreApplication::translate("ConferenceRepository", text));
}

// Instants are stored as UTC ISO text, e.g. "2026-03-10T09:30:00Z"; invalid binds NULL.
std::optional<QString> stamp(const QDateTime& when) {
    if (!when.isValid()) {
        return std::nullopt;
    }
    return when.toUTC().toString(Qt::ISODate);
}

QDateTime instant(const storage::Statement& st, int column) {
    return st.isNull(column) ? QDateTime() : QDateTime::fromString(st.text(column), Qt::ISODate);
}

void validate(const QString& problemCode, const QString& period, const QString& agendaTitle, int status) {
    if (problemCode.trimmed().isEmpty() || !fieldOfCode(problemCode)) {
        throw invalid(QT_TRANSLATE_NOOP("ConferenceRepository", "Bitte wählen Sie das strukturelle Problem."));
    }
    if (agendaTitle.trimmed().isEmpty()) {
        throw invalid(QT_TRANSLATE_NOOP("ConferenceRepository", "Bitte geben Sie einen Tagesordnungspunkt ein."));
    }
    if (!period.isEmpty() && !Quarter::parse(period)) {
        throw invalid(QT_TRANSLATE_NOOP("ConferenceRepository", "Der Zeitraum ist kein Quartal."));
    }
    if (!isValidConferenceItemStatus(status)) {
        throw invalid(QT_TRANSLATE_NOOP("ConferenceRepository", "Bitte wählen Sie einen Stand."));
    }
}

// Both tables keep an item's content in the same nine columns (problem_code … feedback), read
// and bound from `first` on, so an item and its received copy never diverge.
const auto ContentColumns = QStringLiteral(
    "problem_code, period, conference_date, agenda_title, decision, working_group, measures, status, feedback");

ConferenceItem readContent(const storage::Statement& st, int first) {
    ConferenceItem item;
    item.problemCode = st.text(first);
    item.period = st.text(first + 1);
    item.conferenceDate = st.date(first + 2);
    item.agendaTitle = st.text(first + 3);
    item.decision = st.text(first + 4);
    item.workingGroup = st.text(first + 5);
    item.measures = st.text(first + 6);
    item.status = static_cast<ConferenceItemStatus>(st.integer(first + 7));
    item.feedback = st.text(first + 8);
    return item;
}

void bindContent(storage::Statement& st, int first, const ConferenceItem& item) {
    st.bind(first, item.problemCode).bind(first + 1, item.period).bind(first + 2, item.conferenceDate);
    st.bind(first + 3, item.agendaTitle).bind(first + 4, item.decision).bind(first + 5, item.workingGroup);
    st.bind(first + 6, item.measures).bind(first + 7, static_cast<int>(item.status)).bind(first + 8, item.feedback);
}

const auto SelectItem = QStringLiteral("SELECT id, %1, feedback_sent_at FROM conference_items ").arg(ContentColumns);

ConferenceItem readItem(const storage::Statement& st) {
    ConferenceItem item = readContent(st, 1);
    item.id = st.int64(0);
    item.feedbackSentAt = instant(st, 10);
    return item;
}

// Whether the case managers would read anything different from what they were sent.
bool sameContent(const ConferenceItem& a, const ConferenceItem& b) {
    return a.problemCode == b.problemCode && a.period == b.period && a.conferenceDate == b.conferenceDate &&
           a.agendaTitle == b.agendaTitle && a.decision == b.decision && a.workingGroup == b.workingGroup &&
           a.measures == b.measures && a.status == b.status && a.feedback == b.feedback;
}

void trim(ConferenceItem& item) {
    for (QString* text :
         {&item.problemCode, &item.agendaTitle, &item.decision, &item.workingGroup, &item.measures, &item.feedback}) {
        *text = text->trimmed();
    }
}

void bindItem(storage::Statement& st, const ConferenceItem& item) {
    bindContent(st, 2, item);
    st.bind(11, stamp(item.feedbackSentAt));
}

} // namespace

ConferenceRepository::ConferenceRepository(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

QList<ConferenceItem> ConferenceRepository::items() const {
    auto st = m_db.prepare(SelectItem + QStringLiteral("ORDER BY conference_date DESC, id DESC"));
    QList<ConferenceItem> result;
    while (st.step()) {
        result.append(readItem(st));
    }
    return result;
}

void ConferenceRepository::save(ConferenceItem& item) {
    validate(item.problemCode, item.period, item.agendaTitle, static_cast<int>(item.status));
    trim(item);
    if (item.id == 0) {
        item.feedbackSentAt = QDateTime();
        auto st = m_db.prepare(QStringLiteral("INSERT INTO conference_items (id, problem_code, period, "
                                              "conference_date, agenda_title, decision, working_group, measures, "
                                              "status, feedback, feedback_sent_at) "
                                              "VALUES (NULL, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
        bindItem(st, item);
        st.run();
        item.id = m_db.lastInsertId();
        return;
    }
    auto existing = m_db.prepare(SelectItem + QStringLiteral("WHERE id = ?1"));
    existing.bind(1, item.id);
    if (!existing.step()) {
        throw notFound(QT_TRANSLATE_NOOP("ConferenceRepository", "Der Tagesordnungspunkt wurde nicht gefunden."));
    }
    const ConferenceItem stored = readItem(existing);
    // A changed item has to be sent again; an unchanged one keeps its sending time.
    item.feedbackSentAt = sameContent(stored, item) ? stored.feedbackSentAt : QDateTime();
    auto st = m_db.prepare(QStringLiteral("UPDATE conference_items SET problem_code = ?2, period = ?3, "
                                          "conference_date = ?4, agenda_title = ?5, decision = ?6, "
                                          "working_group = ?7, measures = ?8, status = ?9, feedback = ?10, "
                                          "feedback_sent_at = ?11 WHERE id = ?1"));
    st.bind(1, item.id);
    bindItem(st, item);
    st.run();
}

void ConferenceRepository::markFeedbackSent(const QList<int64_t>& ids, const QDateTime& when) {
    auto st = m_db.prepare(QStringLiteral("UPDATE conference_items SET feedback_sent_at = ?2 WHERE id = ?1"));
    for (int64_t id : ids) {
        st.bind(1, id).bind(2, stamp(when.isValid() ? when : m_clock.now())).run();
        st.reset();
    }
}

void ConferenceRepository::storeFeedback(const ReceivedFeedback& feedback) {
    const ConferenceItem& item = feedback.item;
    validate(item.problemCode, item.period, item.agendaTitle, static_cast<int>(item.status));
    if (feedback.officeItemId.isEmpty()) {
        throw invalid(QT_TRANSLATE_NOOP("ConferenceRepository", "Der Tagesordnungspunkt hat keine Kennung."));
    }
    // INSERT OR REPLACE keyed by office_item_id: a newer package replaces the item and shows
    // it as unread again.
    auto st = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO conference_feedback (office_name, office_item_id, "
                                          "problem_title, received_at, read, %1) "
                                          "VALUES (?1, ?2, ?3, ?4, 0, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")
                               .arg(ContentColumns));
    st.bind(1, feedback.officeName).bind(2, feedback.officeItemId).bind(3, feedback.problemTitle);
    st.bind(4, *stamp(feedback.receivedAt.isValid() ? feedback.receivedAt : m_clock.now()));
    bindContent(st, 5, item);
    st.run();
}

QList<ReceivedFeedback> ConferenceRepository::feedback() const {
    auto st = m_db.prepare(QStringLiteral("SELECT id, office_name, office_item_id, problem_title, received_at, read, "
                                          "%1 FROM conference_feedback ORDER BY received_at DESC, id DESC")
                               .arg(ContentColumns));
    QList<ReceivedFeedback> result;
    while (st.step()) {
        ReceivedFeedback f;
        f.id = st.int64(0);
        f.officeName = st.text(1);
        f.officeItemId = st.text(2);
        f.problemTitle = st.text(3);
        f.receivedAt = instant(st, 4);
        f.read = st.integer(5) != 0;
        f.item = readContent(st, 6);
        result.append(f);
    }
    return result;
}

int ConferenceRepository::unreadFeedbackCount() const {
    auto st = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM conference_feedback WHERE read = 0"));
    return st.step() ? st.integer(0) : 0;
}

void ConferenceRepository::markFeedbackRead(int64_t id) {
    auto st = m_db.prepare(QStringLiteral("UPDATE conference_feedback SET read = 1 WHERE id = ?1"));
    st.bind(1, id).run();
    if (m_db.changes() == 0) {
        throw notFound(QT_TRANSLATE_NOOP("ConferenceRepository", "Die Rückmeldung wurde nicht gefunden."));
    }
}

} // namespace kim::core
