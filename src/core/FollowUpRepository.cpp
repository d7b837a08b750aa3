// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/FollowUpRepository.h"

#include "core/CaseRules.h"
#include "base/Clock.h"
#include "base/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace kim::core {

namespace {

FollowUp readFollowUp(const storage::Statement& st) {
    FollowUp f;
    f.id = st.int64(0);
    f.caseId = st.int64(1);
    f.dueOn = st.date(2);
    f.title = st.text(3);
    f.doneOn = st.date(4);
    return f;
}

} // namespace

FollowUpRepository::FollowUpRepository(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

QList<FollowUp> FollowUpRepository::forCase(int64_t caseId) {
    auto st = m_db.prepare(QStringLiteral("SELECT id, case_id, due_on, title, done_on FROM follow_ups "
                                          "WHERE case_id = ?1 ORDER BY due_on, id"));
    st.bind(1, caseId);
    QList<FollowUp> result;
    while (st.step()) {
        result.append(readFollowUp(st));
    }
    return result;
}

DueCounts FollowUpRepository::dueCounts() {
    // Every follow-up has its case and client (foreign keys), so no join is needed to count.
    auto st = m_db.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(due_on < ?1), 0) FROM follow_ups "
                                          "WHERE done_on IS NULL AND due_on <= ?1"));
    st.bind(1, m_clock.today());
    if (!st.step()) {
        return {};
    }
    return DueCounts{st.integer(0), st.integer(1)};
}

QList<DueFollowUp> FollowUpRepository::duePage(int limit, const std::optional<DueListPosition>& after) {
    // The row value (due_on, id) > (?2, ?3) continues the index walk where the last page ended.
    auto st = m_db.prepare(QStringLiteral("SELECT f.id, f.case_id, f.due_on, f.title, f.done_on, cl.id, cl.case_code, "
                                          "cl.last_name || ', ' || cl.first_name FROM follow_ups f "
                                          "JOIN cases ca ON ca.id = f.case_id JOIN clients cl ON cl.id = ca.client_id "
                                          "WHERE f.done_on IS NULL AND f.due_on <= ?1 ") +
                           (after ? QStringLiteral("AND (f.due_on, f.id) > (?2, ?3) ") : QString()) +
                           QStringLiteral("ORDER BY f.due_on, f.id LIMIT ?4"));
    st.bind(1, m_clock.today()).bind(4, qMax(0, limit));
    if (after) {
        st.bind(2, after->dueOn).bind(3, after->id);
    }
    QList<DueFollowUp> result;
    while (st.step()) {
        result.append(DueFollowUp{readFollowUp(st), st.int64(5), st.text(6), st.text(7)});
    }
    return result;
}

void FollowUpRepository::save(FollowUp& followUp) {
    CaseRules::requireWritableCase(m_db, m_clock, followUp.caseId);
    if (followUp.title.trimmed().isEmpty()) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("FollowUpRepository",
                                                "Bitte geben Sie an, worum es bei der Wiedervorlage geht."));
    }
    if (!followUp.dueOn.isValid()) {
        throw Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("FollowUpRepository", "Bitte geben Sie das Datum der Wiedervorlage an."));
    }
    if (followUp.doneOn.isValid() && followUp.doneOn > m_clock.today()) {
        throw Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("FollowUpRepository", "Das Erledigt-Datum darf nicht in der Zukunft liegen."));
    }

    followUp.title = followUp.title.trimmed();
    if (followUp.id == 0) {
        auto st = m_db.prepare(QStringLiteral("INSERT INTO follow_ups (case_id, due_on, title, done_on) "
                                              "VALUES (?1, ?2, ?3, ?4)"));
        st.bind(1, followUp.caseId).bind(2, followUp.dueOn).bind(3, followUp.title).bind(4, followUp.doneOn).run();
        followUp.id = m_db.lastInsertId();
        return;
    }
    auto st = m_db.prepare(QStringLiteral("UPDATE follow_ups SET due_on = ?2, title = ?3, done_on = ?4 "
                                          "WHERE id = ?1 AND case_id = ?5"));
    st.bind(1, followUp.id).bind(2, followUp.dueOn).bind(3, followUp.title).bind(4, followUp.doneOn);
    st.bind(5, followUp.caseId).run();
    if (m_db.changes() == 0) {
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("FollowUpRepository", "Die Wiedervorlage wurde nicht gefunden."));
    }
}

void FollowUpRepository::markDone(int64_t id, const QDate& on) {
    // Finishing a follow-up is not new work, so it needs neither consent nor an open case.
    if (!on.isValid() || on > m_clock.today()) {
        throw Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("FollowUpRepository", "Das Erledigt-Datum fehlt oder liegt in der Zukunft."));
    }
    auto st = m_db.prepare(QStringLiteral("UPDATE follow_ups SET done_on = ?2 WHERE id = ?1"));
    st.bind(1, id).bind(2, on).run();
    if (m_db.changes() == 0) {
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("FollowUpRepository", "Die Wiedervorlage wurde nicht gefunden."));
    }
}

} // namespace kim::core
