// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CaseRepository.h"

#include "base/Clock.h"
#include "core/ConsentRepository.h"
#include "core/ProblemTables.h"
#include "base/Error.h"
#include "crypto/SecureRandom.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace kim::core {

namespace {

Error caseNotFound() {
    return Error(ErrorCode::NotFound, QCoreApplication::translate("CaseRepository", "Der Fall wurde nicht gefunden."));
}

void addHistory(storage::Database& db, int64_t caseId, Phase phase, const QDate& on, const QString& note) {
    auto st = db.prepare(QStringLiteral("INSERT INTO case_phase_history (case_id, phase, changed_on, note) "
                                        "VALUES (?1, ?2, ?3, ?4)"));
    st.bind(1, caseId).bind(2, static_cast<int>(phase)).bind(3, on).bind(4, note).run();
}

QList<PhaseChange> loadHistory(storage::Database& db, int64_t caseId) {
    auto st = db.prepare(QStringLiteral("SELECT phase, changed_on, note FROM case_phase_history "
                                        "WHERE case_id = ?1 ORDER BY changed_on, id"));
    st.bind(1, caseId);
    QList<PhaseChange> history;
    while (st.step()) {
        history.append(PhaseChange{static_cast<Phase>(st.integer(0)), st.date(1), st.text(2)});
    }
    return history;
}

} // namespace

CaseRepository::CaseRepository(storage::Database& db, const Clock& clock, RecordKeySource recordKeys)
    : m_db(db)
    , m_clock(clock)
    , m_recordKeys(recordKeys ? std::move(recordKeys) : RecordKeySource(crypto::randomUint64)) {}

std::optional<Case> CaseRepository::latestCase(int64_t clientId) {
    // Cases of a client never overlap, so the highest id is the most recent one.
    auto st = m_db.prepare(QStringLiteral("SELECT id FROM cases WHERE client_id = ?1 ORDER BY id DESC LIMIT 1"));
    st.bind(1, clientId);
    if (!st.step()) {
        return std::nullopt;
    }
    return load(st.int64(0));
}

Case CaseRepository::load(int64_t caseId) {
    auto st =
        m_db.prepare(QStringLiteral("SELECT id, client_id, phase, opened_on, closed_on FROM cases WHERE id = ?1"));
    st.bind(1, caseId);
    if (!st.step()) {
        throw caseNotFound();
    }
    Case result;
    result.id = st.int64(0);
    result.clientId = st.int64(1);
    result.phase = static_cast<Phase>(st.integer(2));
    result.openedOn = st.date(3);
    result.closedOn = st.date(4);
    result.history = loadHistory(m_db, caseId);
    return result;
}

Case CaseRepository::open(int64_t clientId) {
    auto client = m_db.prepare(QStringLiteral("SELECT 1 FROM clients WHERE id = ?1"));
    client.bind(1, clientId);
    if (!client.step()) {
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("CaseRepository", "Die Person wurde nicht gefunden."));
    }
    ConsentRepository(m_db, m_clock).requireActiveConsent(clientId);

    auto open = m_db.prepare(QStringLiteral("SELECT 1 FROM cases WHERE client_id = ?1 AND phase <> ?2"));
    open.bind(1, clientId).bind(2, static_cast<int>(Phase::Closing));
    if (open.step()) {
        throw Error(ErrorCode::RuleViolation,
                    QCoreApplication::translate("CaseRepository",
                                                "Für diese Person ist bereits ein Fall offen. Schließen Sie ihn ab, "
                                                "bevor Sie einen neuen Fall eröffnen."));
    }

    // Cases from before schema 6 get their record keys here at the latest.
    ensureRecordKeys(m_db);
    const QDate today = m_clock.today();
    storage::Transaction transaction(m_db);
    // The secret record key: never shown, only summed into the problem tables.
    auto insert = m_db.prepare(
        QStringLiteral("INSERT INTO cases (client_id, phase, opened_on, record_key) VALUES (?1, ?2, ?3, ?4)"));
    insert.bind(1, clientId).bind(2, static_cast<int>(Phase::Clarification)).bind(3, today);
    insert.bind(4, static_cast<int64_t>(m_recordKeys())).run();
    const int64_t caseId = m_db.lastInsertId();
    addHistory(m_db, caseId, Phase::Clarification, today,
               QCoreApplication::translate("CaseRepository", "Fall eröffnet"));
    transaction.commit();
    return load(caseId);
}

void CaseRepository::changePhase(int64_t caseId, Phase phase, const QString& note) {
    if (!isValid<Phase>(static_cast<int>(phase))) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("CaseRepository", "Bitte wählen Sie eine gültige Phase."));
    }
    const Case current = load(caseId);
    if (current.isClosed()) {
        throw Error(ErrorCode::RuleViolation,
                    QCoreApplication::translate("CaseRepository",
                                                "Der Fall ist abgeschlossen und kann nicht wieder geöffnet werden. "
                                                "Eröffnen Sie bei Bedarf einen neuen Fall."));
    }
    if (current.phase == phase) {
        throw Error(ErrorCode::RuleViolation,
                    QCoreApplication::translate("CaseRepository", "Der Fall befindet sich bereits in dieser Phase."));
    }
    // Closing is always allowed (it ends work); moving on is new work and needs consent.
    if (phase != Phase::Closing) {
        ConsentRepository(m_db, m_clock).requireActiveConsent(current.clientId);
    }

    const QDate today = m_clock.today();
    storage::Transaction transaction(m_db);
    auto update = m_db.prepare(QStringLiteral("UPDATE cases SET phase = ?2, closed_on = ?3 WHERE id = ?1"));
    update.bind(1, caseId).bind(2, static_cast<int>(phase)).bind(3, phase == Phase::Closing ? today : QDate()).run();
    addHistory(m_db, caseId, phase, today, note.trimmed());
    transaction.commit();
}

QList<Goal> CaseRepository::goals(int64_t caseId) {
    auto st = m_db.prepare(QStringLiteral("SELECT id, case_id, field_of_action, description, status, created_on, "
                                          "target_date FROM goals WHERE case_id = ?1 ORDER BY created_on, id"));
    st.bind(1, caseId);
    QList<Goal> result;
    while (st.step()) {
        Goal goal;
        goal.id = st.int64(0);
        goal.caseId = st.int64(1);
        goal.field = static_cast<FieldOfAction>(st.integer(2));
        goal.description = st.text(3);
        goal.status = static_cast<GoalStatus>(st.integer(4));
        goal.createdOn = st.date(5);
        goal.targetDate = st.date(6);
        result.append(goal);
    }
    return result;
}

void CaseRepository::saveGoal(Goal& goal) {
    if (goal.description.trimmed().isEmpty()) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("CaseRepository", "Bitte beschreiben Sie das Ziel."));
    }
    if (!isValid<FieldOfAction>(static_cast<int>(goal.field))) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("CaseRepository", "Bitte wählen Sie ein Handlungsfeld für das Ziel."));
    }
    if (!isValid<GoalStatus>(static_cast<int>(goal.status))) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("CaseRepository", "Bitte wählen Sie einen Stand für das Ziel."));
    }
    const Case owner = load(goal.caseId);
    if (owner.isClosed()) {
        throw Error(ErrorCode::RuleViolation,
                    QCoreApplication::translate(
                        "CaseRepository", "Der Fall ist abgeschlossen; Ziele können nicht mehr geändert werden."));
    }
    ConsentRepository(m_db, m_clock).requireActiveConsent(owner.clientId);

    goal.description = goal.description.trimmed();
    if (!goal.createdOn.isValid()) {
        goal.createdOn = m_clock.today();
    }
    if (goal.id == 0) {
        auto st = m_db.prepare(QStringLiteral("INSERT INTO goals (case_id, field_of_action, description, status, "
                                              "created_on, target_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
        st.bind(1, goal.caseId).bind(2, static_cast<int>(goal.field)).bind(3, goal.description);
        st.bind(4, static_cast<int>(goal.status)).bind(5, goal.createdOn).bind(6, goal.targetDate).run();
        goal.id = m_db.lastInsertId();
        return;
    }
    auto st = m_db.prepare(QStringLiteral("UPDATE goals SET field_of_action = ?2, description = ?3, status = ?4, "
                                          "target_date = ?5 WHERE id = ?1 AND case_id = ?6"));
    st.bind(1, goal.id).bind(2, static_cast<int>(goal.field)).bind(3, goal.description);
    st.bind(4, static_cast<int>(goal.status)).bind(5, goal.targetDate).bind(6, goal.caseId).run();
    if (m_db.changes() == 0) {
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("CaseRepository", "Das Ziel wurde nicht gefunden."));
    }
}

} // namespace kim::core
