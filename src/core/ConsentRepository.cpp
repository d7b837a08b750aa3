// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ConsentRepository.h"

#include "base/Clock.h"
#include "base/Error.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace kim::core {

namespace {

Consent readConsent(const storage::Statement& st) {
    Consent consent;
    consent.id = st.int64(0);
    consent.clientId = st.int64(1);
    consent.givenOn = st.date(2);
    consent.scope = static_cast<ConsentScope>(st.integer(3));
    consent.formVersion = st.text(4);
    consent.withdrawnOn = st.date(5);
    return consent;
}

const auto SelectConsent = QStringLiteral("SELECT id, client_id, given_on, scope, form_version, withdrawn_on "
                                          "FROM consents ");

// Honours a withdrawal: nothing of the client stays open for further work.
void closeOpenWork(storage::Database& db, int64_t clientId, const QDate& on) {
    auto followUps = db.prepare(QStringLiteral("UPDATE follow_ups SET done_on = ?2 WHERE done_on IS NULL AND "
                                               "case_id IN (SELECT id FROM cases WHERE client_id = ?1)"));
    followUps.bind(1, clientId).bind(2, on).run();

    auto open = db.prepare(QStringLiteral("SELECT id FROM cases WHERE client_id = ?1 AND phase <> ?2"));
    open.bind(1, clientId).bind(2, static_cast<int>(Phase::Closing));
    QList<int64_t> caseIds;
    while (open.step()) {
        caseIds.append(open.int64(0));
    }
    for (int64_t caseId : caseIds) {
        auto close = db.prepare(QStringLiteral("UPDATE cases SET phase = ?2, closed_on = ?3 WHERE id = ?1"));
        close.bind(1, caseId).bind(2, static_cast<int>(Phase::Closing)).bind(3, on).run();
        auto history = db.prepare(QStringLiteral("INSERT INTO case_phase_history (case_id, phase, changed_on, note) "
                                                 "VALUES (?1, ?2, ?3, ?4)"));
        history.bind(1, caseId).bind(2, static_cast<int>(Phase::Closing)).bind(3, on);
        history.bind(4, QCoreApplication::translate("ConsentRepository", "Einwilligung widerrufen")).run();
    }
}

} // namespace

ConsentRepository::ConsentRepository(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

QList<Consent> ConsentRepository::forClient(int64_t clientId) {
    auto st = m_db.prepare(SelectConsent + QStringLiteral("WHERE client_id = ?1 ORDER BY given_on, id"));
    st.bind(1, clientId);
    QList<Consent> result;
    while (st.step()) {
        result.append(readConsent(st));
    }
    return result;
}

void ConsentRepository::record(Consent& consent) {
    const QDate today = m_clock.today();
    if (!consent.givenOn.isValid() || consent.givenOn > today) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ConsentRepository",
                                                "Das Datum der Einwilligung fehlt oder liegt in der Zukunft."));
    }
    if (consent.formVersion.trimmed().isEmpty()) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ConsentRepository",
                                                "Bitte geben Sie die Version des Einwilligungsformulars an."));
    }
    if (!isValid<ConsentScope>(static_cast<int>(consent.scope))) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ConsentRepository", "Bitte wählen Sie den Umfang der Einwilligung."));
    }
    if (consent.withdrawnOn.isValid() && (consent.withdrawnOn < consent.givenOn || consent.withdrawnOn > today)) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ConsentRepository", "Das Datum des Widerrufs ist ungültig."));
    }

    auto exists = m_db.prepare(QStringLiteral("SELECT 1 FROM clients WHERE id = ?1"));
    exists.bind(1, consent.clientId);
    if (!exists.step()) {
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("ConsentRepository", "Die Person wurde nicht gefunden."));
    }

    // A withdrawal has consequences (open case closed), so it only happens through withdraw().
    if (consent.id == 0) {
        auto st = m_db.prepare(QStringLiteral("INSERT INTO consents (client_id, given_on, scope, form_version) "
                                              "VALUES (?1, ?2, ?3, ?4)"));
        st.bind(1, consent.clientId).bind(2, consent.givenOn).bind(3, static_cast<int>(consent.scope));
        st.bind(4, consent.formVersion.trimmed()).run();
        consent.id = m_db.lastInsertId();
        consent.withdrawnOn = QDate();
    } else {
        auto st = m_db.prepare(QStringLiteral("UPDATE consents SET given_on = ?2, scope = ?3, form_version = ?4 "
                                              "WHERE id = ?1 AND client_id = ?5"));
        st.bind(1, consent.id).bind(2, consent.givenOn).bind(3, static_cast<int>(consent.scope));
        st.bind(4, consent.formVersion.trimmed()).bind(5, consent.clientId).run();
        if (m_db.changes() == 0) {
            throw Error(ErrorCode::NotFound,
                        QCoreApplication::translate("ConsentRepository", "Die Einwilligung wurde nicht gefunden."));
        }
    }
    consent.formVersion = consent.formVersion.trimmed();
}

void ConsentRepository::withdraw(int64_t consentId, const QDate& on) {
    auto st = m_db.prepare(SelectConsent + QStringLiteral("WHERE id = ?1"));
    st.bind(1, consentId);
    if (!st.step()) {
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("ConsentRepository", "Die Einwilligung wurde nicht gefunden."));
    }
    const Consent consent = readConsent(st);
    if (consent.withdrawnOn.isValid()) {
        throw Error(ErrorCode::RuleViolation,
                    QCoreApplication::translate("ConsentRepository", "Diese Einwilligung wurde bereits widerrufen."));
    }
    if (!on.isValid() || on > m_clock.today() || on < consent.givenOn) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ConsentRepository",
                                                "Das Datum des Widerrufs fehlt, liegt in der Zukunft oder vor der "
                                                "Einwilligung."));
    }

    // Everything or nothing: a withdrawal that is recorded but not honoured must not exist.
    storage::Transaction transaction(m_db);
    auto update = m_db.prepare(QStringLiteral("UPDATE consents SET withdrawn_on = ?2 WHERE id = ?1"));
    update.bind(1, consentId).bind(2, on).run();
    if (!hasActiveConsent(consent.clientId)) {
        closeOpenWork(m_db, consent.clientId, on);
    }
    transaction.commit();
}

bool ConsentRepository::hasActiveConsent(int64_t clientId) {
    const QDate today = m_clock.today();
    auto st = m_db.prepare(SelectConsent + QStringLiteral("WHERE client_id = ?1"));
    st.bind(1, clientId);
    while (st.step()) {
        if (readConsent(st).isActiveOn(today)) {
            return true;
        }
    }
    return false;
}

void ConsentRepository::requireActiveConsent(int64_t clientId) {
    if (!hasActiveConsent(clientId)) {
        throw Error(ErrorCode::RuleViolation,
                    QCoreApplication::translate(
                        "ConsentRepository",
                        "Für diese Person liegt heute keine gültige Einwilligung vor. Bitte erfassen Sie zuerst "
                        "die Einwilligung; ohne sie darf nicht weitergearbeitet werden."));
    }
}

} // namespace kim::core
