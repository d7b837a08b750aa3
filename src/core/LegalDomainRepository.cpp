// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/LegalDomainRepository.h"

#include "base/Clock.h"
#include "core/ConsentRepository.h"
#include "base/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace kim::core {

namespace {

// An open end counts as the far future, so open periods overlap everything after their start.
const auto FarFuture = QStringLiteral("9999-12-31");

void validate(const LegalDomainPeriod& p, const QDate& today) {
    if (!isValid<LegalDomain>(static_cast<int>(p.domain))) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("LegalDomainRepository", "Bitte wählen Sie den Rechtskreis."));
    }
    if (!p.startedOn.isValid() || p.startedOn > today) {
        throw Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("LegalDomainRepository", "Der Beginn fehlt oder liegt in der Zukunft."));
    }
    if (p.endedOn.isValid() && p.endedOn < p.startedOn) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("LegalDomainRepository", "Das Ende liegt vor dem Beginn."));
    }
}

} // namespace

LegalDomainRepository::LegalDomainRepository(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

QList<LegalDomainPeriod> LegalDomainRepository::forClient(int64_t clientId) {
    auto st = m_db.prepare(QStringLiteral("SELECT id, client_id, legal_domain, started_on, ended_on, note FROM "
                                          "legal_domain_periods WHERE client_id = ?1 ORDER BY started_on, id"));
    st.bind(1, clientId);
    QList<LegalDomainPeriod> result;
    while (st.step()) {
        result.append(
            {st.int64(0), st.int64(1), static_cast<LegalDomain>(st.integer(2)), st.date(3), st.date(4), st.text(5)});
    }
    return result;
}

void LegalDomainRepository::save(LegalDomainPeriod& period) {
    validate(period, m_clock.today());
    ConsentRepository(m_db, m_clock).requireActiveConsent(period.clientId);
    auto overlap = m_db.prepare(
        QStringLiteral("SELECT 1 FROM legal_domain_periods WHERE client_id = ?1 AND legal_domain = ?2 AND id <> ?3 AND "
                       "started_on <= COALESCE(?5, ?6) AND COALESCE(ended_on, ?6) >= ?4"));
    overlap.bind(1, period.clientId).bind(2, static_cast<int>(period.domain)).bind(3, period.id);
    overlap.bind(4, period.startedOn).bind(5, period.endedOn).bind(6, FarFuture);
    if (overlap.step()) {
        throw Error(ErrorCode::RuleViolation,
                    QCoreApplication::translate("LegalDomainRepository",
                                                "Für diesen Rechtskreis gibt es in diesem Zeitraum schon einen "
                                                "Eintrag. Bitte beenden Sie zuerst den vorigen Zeitraum."));
    }
    period.note = period.note.trimmed();
    if (period.id == 0) {
        auto st = m_db.prepare(QStringLiteral("INSERT INTO legal_domain_periods (client_id, legal_domain, "
                                              "started_on, ended_on, note) VALUES (?1, ?2, ?3, ?4, ?5)"));
        st.bind(1, period.clientId).bind(2, static_cast<int>(period.domain)).bind(3, period.startedOn);
        st.bind(4, period.endedOn).bind(5, period.note).run();
        period.id = m_db.lastInsertId();
        return;
    }
    auto st = m_db.prepare(QStringLiteral("UPDATE legal_domain_periods SET legal_domain = ?2, started_on = ?3, "
                                          "ended_on = ?4, note = ?5 WHERE id = ?1 AND client_id = ?6"));
    st.bind(1, period.id).bind(2, static_cast<int>(period.domain)).bind(3, period.startedOn);
    st.bind(4, period.endedOn).bind(5, period.note).bind(6, period.clientId).run();
    if (m_db.changes() == 0) {
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("LegalDomainRepository", "Der Zeitraum wurde nicht gefunden."));
    }
}

void LegalDomainRepository::remove(int64_t id) {
    auto st = m_db.prepare(QStringLiteral("DELETE FROM legal_domain_periods WHERE id = ?1"));
    st.bind(1, id).run();
    if (m_db.changes() == 0) {
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("LegalDomainRepository", "Der Zeitraum wurde nicht gefunden."));
    }
}

QList<LegalDomain> LegalDomainRepository::domainsOn(int64_t clientId, const QDate& day) {
    QList<LegalDomain> result;
    for (const LegalDomainPeriod& period : forClient(clientId)) {
        if (period.coversDay(day) && !result.contains(period.domain)) {
            result.append(period.domain);
        }
    }
    return result;
}

} // namespace kim::core
