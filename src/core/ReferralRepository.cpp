// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ReferralRepository.h"

#include "core/CaseRules.h"
#include "base/Clock.h"
#include "core/ReferralReleaseRepository.h"
#include "core/ReferralRules.h"
#include "base/Error.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace kim::core {

namespace {

const auto Columns = QStringLiteral(
    "SELECT r.id, r.client_id, r.case_id, r.institution_id, r.field_of_action, r.reason, r.referred_on, "
    "r.expected_by, r.status, r.release_id, i.name, i.type, cl.case_code, cl.last_name || ', ' || cl.first_name ");
const auto SelectRow = Columns + QStringLiteral("FROM referrals r JOIN institutions i ON i.id = r.institution_id "
                                                "JOIN clients cl ON cl.id = r.client_id ");

// Open statuses are 1..4 (geplant … in Bearbeitung); a closed case (phase 6) ends the list entry.
// case_closed is kept by triggers (schema 9). These conditions are, word for word, the WHERE
// clauses of the partial indexes in schema/0009_open_lists.sql, so the planner can use them.
const auto OpenCondition = QStringLiteral("r.status BETWEEN 1 AND 4 AND r.case_closed = 0 ");
const auto OverdueCondition = QStringLiteral("r.status = 2 AND r.case_closed = 0 AND r.expected_by < ?1 ");

QString openWhere(const OpenReferralQuery& query) {
    return QStringLiteral("WHERE ") + (query.overdueOnly ? OverdueCondition : OpenCondition);
}

// Each order walks an index, so a page never sorts every open referral. Without ANALYZE
// statistics SQLite 3.15 would rather scan (status, expected_by) and sort, hence INDEXED BY.
QString openPageSql(const OpenReferralQuery& query) {
    if (query.order == OpenReferralQuery::Order::Institution) {
        // Institutions (unique names) in name order outside, each one's referrals by date inside.
        return Columns +
               (query.overdueOnly ? QStringLiteral("FROM institutions i CROSS JOIN referrals r INDEXED BY "
                                                   "referrals_overdue_by_institution ")
                                  : QStringLiteral("FROM institutions i CROSS JOIN referrals r INDEXED BY "
                                                   "referrals_open_by_institution ")) +
               QStringLiteral("ON r.institution_id = i.id JOIN clients cl ON cl.id = r.client_id ") + openWhere(query) +
               (query.overdueOnly ? QStringLiteral("ORDER BY i.name, r.expected_by, r.id ")
                                  : QStringLiteral("ORDER BY i.name, r.expected_by IS NULL, r.expected_by, r.id "));
    }
    if (query.overdueOnly) {
        return SelectRow + openWhere(query) + QStringLiteral("ORDER BY r.expected_by, r.id ");
    }
    return Columns +
           QStringLiteral("FROM referrals r INDEXED BY referrals_open_by_due JOIN institutions i ON i.id = "
                          "r.institution_id JOIN clients cl ON cl.id = r.client_id ") +
           openWhere(query) + QStringLiteral("ORDER BY r.expected_by IS NULL, r.expected_by, r.id ");
}

ReferralRow readRow(const storage::Statement& st) {
    ReferralRow row;
    Referral& r = row.referral;
    r.id = st.int64(0);
    r.clientId = st.int64(1);
    r.caseId = st.int64(2);
    r.institutionId = st.int64(3);
    r.field = static_cast<FieldOfAction>(st.integer(4));
    r.reason = st.text(5);
    r.referredOn = st.date(6);
    r.expectedBy = st.date(7);
    r.status = static_cast<ReferralStatus>(st.integer(8));
    if (!st.isNull(9)) {
        r.releaseId = st.int64(9);
    }
    row.institutionName = st.text(10);
    row.institutionType = static_cast<InstitutionType>(st.integer(11));
    row.caseCode = st.text(12);
    row.clientName = st.text(13);
    return row;
}

QList<ReferralStatusChange> loadHistory(storage::Database& db, int64_t referralId) {
    auto st = db.prepare(QStringLiteral("SELECT status, changed_on, note FROM referral_status_history "
                                        "WHERE referral_id = ?1 ORDER BY changed_on, id"));
    st.bind(1, referralId);
    QList<ReferralStatusChange> history;
    while (st.step()) {
        history.append({static_cast<ReferralStatus>(st.integer(0)), st.date(1), st.text(2)});
    }
    return history;
}

void insertHistory(storage::Database& db, int64_t referralId, ReferralStatus status, const QDate& on,
                   const QString& note) {
    auto st = db.prepare(QStringLiteral("INSERT INTO referral_status_history (referral_id, status, changed_on, note) "
                                        "VALUES (?1, ?2, ?3, ?4)"));
    st.bind(1, referralId).bind(2, static_cast<int>(status)).bind(3, on).bind(4, note.trimmed()).run();
}

void validate(storage::Database& db, const Referral& r, const QDate& today, bool institutionChanged) {
    if (r.reason.trimmed().isEmpty()) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ReferralRepository",
                                                "Bitte beschreiben Sie kurz den Anlass der Vermittlung."));
    }
    if (!isValid<FieldOfAction>(static_cast<int>(r.field))) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ReferralRepository", "Bitte wählen Sie ein Handlungsfeld."));
    }
    if (!r.referredOn.isValid() || r.referredOn > today) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ReferralRepository",
                                                "Das Datum der Vermittlung fehlt oder liegt in der Zukunft."));
    }
    if (r.expectedBy.isValid() && r.expectedBy < r.referredOn) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ReferralRepository",
                                                "Die Rückmeldung kann nicht vor der Vermittlung erwartet werden."));
    }
    auto st = db.prepare(QStringLiteral("SELECT archived FROM institutions WHERE id = ?1"));
    st.bind(1, r.institutionId);
    if (!st.step()) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ReferralRepository", "Bitte wählen Sie eine Einrichtung."));
    }
    if (institutionChanged && st.integer(0) != 0) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ReferralRepository",
                                                "Diese Einrichtung ist archiviert und nimmt keine neuen "
                                                "Vermittlungen an."));
    }
}

bool hasConsentToReferrals(storage::Database& db, int64_t clientId, const QDate& on) {
    auto st = db.prepare(QStringLiteral("SELECT 1 FROM consents WHERE client_id = ?1 AND scope = ?2 AND "
                                        "given_on <= ?3 AND (withdrawn_on IS NULL OR withdrawn_on > ?3)"));
    st.bind(1, clientId).bind(2, static_cast<int>(ConsentScope::CaseWorkAndReferrals)).bind(3, on);
    return st.step();
}

void bindOpenQuery(storage::Statement& st, const OpenReferralQuery& query, const QDate& today) {
    if (query.overdueOnly) {
        st.bind(1, today);
    }
}

} // namespace

ReferralRepository::ReferralRepository(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

QList<ReferralRow> ReferralRepository::forClient(int64_t clientId) {
    auto st = m_db.prepare(SelectRow + QStringLiteral("WHERE r.client_id = ?1 ORDER BY r.referred_on DESC, r.id DESC"));
    st.bind(1, clientId);
    QList<ReferralRow> rows;
    QHash<int64_t, int> indexOf;
    while (st.step()) {
        rows.append(readRow(st));
        indexOf.insert(rows.back().referral.id, static_cast<int>(rows.size()) - 1);
    }
    auto history = m_db.prepare(QStringLiteral("SELECT h.referral_id, h.status, h.changed_on, h.note FROM "
                                               "referral_status_history h JOIN referrals r ON r.id = h.referral_id "
                                               "WHERE r.client_id = ?1 ORDER BY h.changed_on, h.id"));
    history.bind(1, clientId);
    while (history.step()) {
        const auto it = indexOf.constFind(history.int64(0));
        if (it != indexOf.constEnd()) {
            rows[*it].referral.history.append(
                {static_cast<ReferralStatus>(history.integer(1)), history.date(2), history.text(3)});
        }
    }
    return rows;
}

Referral ReferralRepository::load(int64_t id) {
    auto st = m_db.prepare(SelectRow + QStringLiteral("WHERE r.id = ?1"));
    st.bind(1, id);
    if (!st.step()) {
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("ReferralRepository", "Die Vermittlung wurde nicht gefunden."));
    }
    Referral referral = readRow(st).referral;
    referral.history = loadHistory(m_db, id);
    return referral;
}

void ReferralRepository::save(Referral& referral) {
    referral.clientId = CaseRules::requireWritableCase(m_db, m_clock, referral.caseId);
    std::optional<Referral> stored;
    if (referral.id != 0) {
        stored = load(referral.id);
    }
    // Once data has gone to an institution, neither the recipient nor the date can change.
    if (stored && stored->status != ReferralStatus::Planned &&
        (stored->institutionId != referral.institutionId || stored->referredOn != referral.referredOn)) {
        throw Error(ErrorCode::RuleViolation,
                    QCoreApplication::translate("ReferralRepository",
                                                "Die Vermittlung wurde bereits übermittelt; Einrichtung und Datum "
                                                "können nicht mehr geändert werden."));
    }
    validate(m_db, referral, m_clock.today(), !stored || stored->institutionId != referral.institutionId);
    referral.reason = referral.reason.trimmed();

    storage::Transaction transaction(m_db);
    if (!stored) {
        auto st = m_db.prepare(QStringLiteral("INSERT INTO referrals (client_id, case_id, institution_id, "
                                              "field_of_action, reason, referred_on, expected_by, status) "
                                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
        st.bind(1, referral.clientId).bind(2, referral.caseId).bind(3, referral.institutionId);
        st.bind(4, static_cast<int>(referral.field)).bind(5, referral.reason).bind(6, referral.referredOn);
        st.bind(7, referral.expectedBy).bind(8, static_cast<int>(ReferralStatus::Planned)).run();
        referral.id = m_db.lastInsertId();
        referral.status = ReferralStatus::Planned;
        referral.releaseId.reset();
        insertHistory(m_db, referral.id, ReferralStatus::Planned, referral.referredOn, QString());
    } else {
        auto st = m_db.prepare(QStringLiteral("UPDATE referrals SET institution_id = ?2, field_of_action = ?3, "
                                              "reason = ?4, referred_on = ?5, expected_by = ?6 WHERE id = ?1"));
        st.bind(1, referral.id).bind(2, referral.institutionId).bind(3, static_cast<int>(referral.field));
        st.bind(4, referral.reason).bind(5, referral.referredOn).bind(6, referral.expectedBy).run();
        referral.status = stored->status;
        referral.releaseId = stored->releaseId;
    }
    transaction.commit();
    referral.history = loadHistory(m_db, referral.id);
}

int64_t ReferralRepository::requireReleaseToShare(const Referral& referral, const QDate& on) {
    if (!hasConsentToReferrals(m_db, referral.clientId, on)) {
        throw Error(ErrorCode::RuleViolation,
                    QCoreApplication::translate("ReferralRepository",
                                                "Die Einwilligung dieser Person umfasst keine Weitergabe an "
                                                "vermittelte Stellen. Bitte erfassen Sie zuerst eine "
                                                "entsprechende Einwilligung."));
    }
    const auto release =
        ReferralReleaseRepository(m_db, m_clock).activeFor(referral.clientId, referral.institutionId, on);
    if (!release) {
        throw Error(ErrorCode::RuleViolation,
                    QCoreApplication::translate("ReferralRepository",
                                                "Für diese Einrichtung liegt keine gültige "
                                                "Schweigepflichtentbindung vor. Ohne sie dürfen keine Daten "
                                                "weitergegeben werden."));
    }
    return release->id;
}

void ReferralRepository::changeStatus(int64_t id, ReferralStatus to, const QDate& on, const QString& note) {
    const Referral referral = load(id);
    CaseRules::requireWritableCase(m_db, m_clock, referral.caseId);
    if (!ReferralRules::isAllowed(referral.status, to)) {
        throw Error(
            ErrorCode::RuleViolation,
            QCoreApplication::translate("ReferralRepository", "Der Status kann nicht von „%1“ zu „%2“ wechseln.")
                .arg(label(referral.status), label(to)));
    }
    const QDate last = referral.history.isEmpty() ? referral.referredOn : referral.history.back().changedOn;
    if (!on.isValid() || on > m_clock.today() || on < last) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ReferralRepository",
                                                "Das Datum fehlt, liegt in der Zukunft oder vor der letzten "
                                                "Änderung (%1).")
                        .arg(QLocale().toString(last, QLocale::ShortFormat)));
    }
    std::optional<int64_t> releaseId = referral.releaseId;
    if (to == ReferralStatus::Transmitted) {
        releaseId = requireReleaseToShare(referral, on);
    }

    storage::Transaction transaction(m_db);
    auto st = m_db.prepare(QStringLiteral("UPDATE referrals SET status = ?2, release_id = ?3 WHERE id = ?1"));
    st.bind(1, id).bind(2, static_cast<int>(to)).bind(3, releaseId).run();
    insertHistory(m_db, id, to, on, note);
    if (ReferralRules::isResponse(to) || ReferralRules::isFinal(to)) {
        // The reminder about the missing answer has done its job.
        auto done = m_db.prepare(QStringLiteral("UPDATE follow_ups SET done_on = ?2 WHERE done_on IS NULL AND id = "
                                                "(SELECT overdue_follow_up_id FROM referrals WHERE id = ?1)"));
        done.bind(1, id).bind(2, on).run();
    }
    transaction.commit();
}

void ReferralRepository::remove(int64_t id) {
    const Referral referral = load(id);
    if (referral.status != ReferralStatus::Planned) {
        throw Error(ErrorCode::RuleViolation,
                    QCoreApplication::translate("ReferralRepository",
                                                "Nur geplante Vermittlungen können gelöscht werden; diese wurde "
                                                "bereits übermittelt."));
    }
    auto st = m_db.prepare(QStringLiteral("DELETE FROM referrals WHERE id = ?1"));
    st.bind(1, id).run();
}

int ReferralRepository::openCount(const OpenReferralQuery& query) {
    // Counted in referrals_open_by_state (case_closed, status, expected_by) without the table.
    auto st = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM referrals r INDEXED BY referrals_open_by_state ") +
                           openWhere(query));
    bindOpenQuery(st, query, m_clock.today());
    return st.step() ? st.integer(0) : 0;
}

QList<ReferralRow> ReferralRepository::openPage(const OpenReferralQuery& query, int offset, int limit) {
    auto st = m_db.prepare(openPageSql(query) + QStringLiteral("LIMIT ?2 OFFSET ?3"));
    bindOpenQuery(st, query, m_clock.today());
    st.bind(2, qMax(0, limit)).bind(3, qMax(0, offset));
    QList<ReferralRow> rows;
    while (st.step()) {
        rows.append(readRow(st));
    }
    return rows;
}

int ReferralRepository::raiseOverdueFollowUps() {
    const QDate today = m_clock.today();
    // Only where case work is still allowed: open case and consent standing today.
    auto st = m_db.prepare(QStringLiteral(
        "SELECT r.id, r.case_id, i.name FROM referrals r JOIN institutions i ON i.id = r.institution_id "
        "JOIN cases ca ON ca.id = r.case_id WHERE r.status = ?1 AND r.expected_by < ?2 AND "
        "r.overdue_follow_up_id IS NULL AND ca.phase <> ?3 AND EXISTS (SELECT 1 FROM consents c WHERE "
        "c.client_id = r.client_id AND c.given_on <= ?2 AND (c.withdrawn_on IS NULL OR c.withdrawn_on > ?2))"));
    st.bind(1, static_cast<int>(ReferralStatus::Transmitted)).bind(2, today);
    st.bind(3, static_cast<int>(Phase::Closing));
    struct Due {
        int64_t referralId;
        int64_t caseId;
        QString institution;
    };
    QList<Due> due;
    while (st.step()) {
        due.append({st.int64(0), st.int64(1), st.text(2)});
    }
    if (due.isEmpty()) {
        return 0;
    }

    storage::Transaction transaction(m_db);
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO follow_ups (case_id, due_on, title) VALUES (?1, ?2, ?3)"));
    auto link = m_db.prepare(QStringLiteral("UPDATE referrals SET overdue_follow_up_id = ?2 WHERE id = ?1"));
    for (const Due& d : due) {
        insert.bind(1, d.caseId)
            .bind(2, today)
            .bind(3, QCoreApplication::translate("ReferralRepository", "Rückmeldung %1 ausstehend").arg(d.institution))
            .run();
        insert.reset();
        link.bind(1, d.referralId).bind(2, m_db.lastInsertId()).run();
        link.reset();
    }
    transaction.commit();
    return static_cast<int>(due.size());
}

} // namespace kim::core
