// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Catalog.h"
#include "core/LegalDomainRepository.h"
#include "core/ReferralReleaseRepository.h"
#include "core/ReferralRepository.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <cstdint>
#include <random>

namespace kim {
class FixedClock;
}

namespace kim::storage {
class Database;
}

namespace kim::demo {

// What the demo generator knows about a case when it adds the referral work to it.
struct DemoReferralCase {
    int64_t clientId = 0;
    int64_t caseId = 0;
    core::TargetGroup group = core::TargetGroup::Immigrants;
    core::ResidenceStatus residence = core::ResidenceStatus::Other;
    bool consentToReferrals = false;
    QDate openedOn;
    QDate end; // the case's closing day, or today for an open case
};

// The referral part of the demo data (internal to DemoGenerator): releases, referrals with a
// plausible status history (some overdue) and the legal-domain timeline, written through the
// referral repositories on the days they happen. Uses its own random stream so adding it did
// not change the rest of the demo data.
class DemoReferrals final {
public:
    DemoReferrals(storage::Database& db, FixedClock& clock, uint32_t seed, const QDate& today);
    void addFor(const DemoReferralCase& c);

private:
    int below(int n) { return static_cast<int>(m_engine() % static_cast<uint32_t>(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    int weighted(const QList<QPair<int, int>>& list);
    void addReferral(const DemoReferralCase& c);
    void walkStatuses(int64_t referralId, core::InstitutionType type, const QDate& from, const QDate& expectedBy,
                      const QDate& end);
    void addPeriods(const DemoReferralCase& c);
    void addPeriod(const DemoReferralCase& c, core::LegalDomain domain, const QDate& start, const QDate& end);
    void addRelease(const DemoReferralCase& c, int64_t institutionId, core::InstitutionType type, const QDate& on);
    void setStatus(int64_t referralId, core::ReferralStatus status, const QDate& on);

    FixedClock& m_clock;
    std::mt19937 m_engine;
    QDate m_today;
    QHash<int, QList<int64_t>> m_institutionsByType;
    core::ReferralRepository m_referrals;
    core::ReferralReleaseRepository m_releases;
    core::LegalDomainRepository m_periods;
};

} // namespace kim::demo
