// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ReferralReleaseRepository.h"

#include "base/Clock.h"
#include "core/ConsentRepository.h"
#include "base/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace kim::core {

namespace {

const auto SelectRelease = QStringLiteral("SELECT id, client_id, institution_id, given_on, purpose, items, "
                                          "withdrawn_on FROM referral_releases ");

ReferralRelease readRelease(const storage::Statement& st) {
    ReferralRelease r;
    r.id = st.int64(0);
    r.clientId = st.int64(1);
    r.institutionId = st.int64(2);
    r.givenOn = st.date(3);
    r.purpose = st.text(4);
    r.items = st.integer(5);
    r.withdrawnOn = st.date(6);
    return r;
}

bool exists(storage::Database& db, const QString& sql, int64_t id) {
    auto st = db.prepare(sql);
    st.bind(1, id);
    return st.step();
}

} // namespace

ReferralReleaseRepository::ReferralReleaseRepository(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

QList<ReferralRelease> ReferralReleaseRepository::forClient(int64_t clientId) {
    auto st = m_db.prepare(SelectRelease + QStringLiteral("WHERE client_id = ?1 ORDER BY given_on, id"));
    st.bind(1, clientId);
    QList<ReferralRelease> result;
    while (st.step()) {
        result.append(readRelease(st));
    }
    return result;
}

ReferralRelease ReferralReleaseRepository::load(int64_t id) {
    auto st = m_db.prepare(SelectRelease + QStringLiteral("WHERE id = ?1"));
    st.bind(1, id);
    if (!st.step()) {
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("ReferralReleaseRepository",
                                                "Die Schweigepflichtentbindung wurde nicht gefunden."));
    }
    return readRelease(st);
}

void ReferralReleaseRepository::record(ReferralRelease& release) {
    if (release.id != 0) {
        throw Error(ErrorCode::RuleViolation,
                    QCoreApplication::translate("ReferralReleaseRepository",
                                                "Eine erfasste Schweigepflichtentbindung kann nicht geändert "
                                                "werden. Bitte widerrufen Sie sie und erfassen Sie eine neue."));
    }
    if (!release.givenOn.isValid() || release.givenOn > m_clock.today()) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ReferralReleaseRepository",
                                                "Das Datum der Schweigepflichtentbindung fehlt oder liegt in der "
                                                "Zukunft."));
    }
    if (release.purpose.trimmed().isEmpty()) {
        throw Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("ReferralReleaseRepository", "Bitte geben Sie den Zweck der Weitergabe an."));
    }
    const ReleaseItemSet allItems = (1 << allValues<ReleaseItem>().size()) - 1;
    if (release.items == 0 || (release.items & ~allItems) != 0) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ReferralReleaseRepository",
                                                "Bitte wählen Sie aus, welche Angaben weitergegeben werden dürfen."));
    }
    if (!exists(m_db, QStringLiteral("SELECT 1 FROM clients WHERE id = ?1"), release.clientId)) {
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("ReferralReleaseRepository", "Die Person wurde nicht gefunden."));
    }
    if (!exists(m_db, QStringLiteral("SELECT 1 FROM institutions WHERE id = ?1"), release.institutionId)) {
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("ReferralReleaseRepository", "Die Einrichtung wurde nicht gefunden."));
    }
    ConsentRepository(m_db, m_clock).requireActiveConsent(release.clientId);

    release.purpose = release.purpose.trimmed();
    auto st = m_db.prepare(QStringLiteral("INSERT INTO referral_releases (client_id, institution_id, given_on, "
                                          "purpose, items) VALUES (?1, ?2, ?3, ?4, ?5)"));
    st.bind(1, release.clientId).bind(2, release.institutionId).bind(3, release.givenOn);
    st.bind(4, release.purpose).bind(5, release.items).run();
    release.id = m_db.lastInsertId();
    release.withdrawnOn = QDate();
}

void ReferralReleaseRepository::withdraw(int64_t releaseId, const QDate& on) {
    const ReferralRelease release = load(releaseId);
    if (release.withdrawnOn.isValid()) {
        throw Error(ErrorCode::RuleViolation,
                    QCoreApplication::translate("ReferralReleaseRepository",
                                                "Diese Schweigepflichtentbindung wurde bereits widerrufen."));
    }
    if (!on.isValid() || on > m_clock.today() || on < release.givenOn) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ReferralReleaseRepository",
                                                "Das Datum des Widerrufs fehlt, liegt in der Zukunft oder vor der "
                                                "Schweigepflichtentbindung."));
    }
    auto st = m_db.prepare(QStringLiteral("UPDATE referral_releases SET withdrawn_on = ?2 WHERE id = ?1"));
    st.bind(1, releaseId).bind(2, on).run();
}

std::optional<ReferralRelease> ReferralReleaseRepository::activeFor(int64_t clientId, int64_t institutionId,
                                                                    const QDate& day) {
    auto st = m_db.prepare(SelectRelease + QStringLiteral("WHERE client_id = ?1 AND institution_id = ?2 "
                                                          "ORDER BY given_on DESC, id DESC"));
    st.bind(1, clientId).bind(2, institutionId);
    while (st.step()) {
        ReferralRelease release = readRelease(st);
        if (release.isActiveOn(day)) {
            return release;
        }
    }
    return std::nullopt;
}

} // namespace kim::core
