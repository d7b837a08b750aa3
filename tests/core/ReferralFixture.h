// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CoreFixture.h"

#include "core/InstitutionRepository.h"
#include "core/LegalDomainRepository.h"
#include "core/ReferralReleaseRepository.h"
#include "core/ReferralRepository.h"

namespace kim::test {

// CoreFixture plus the referral repositories and helpers for a client who consented to
// referrals and has an open case.
struct ReferralFixture : CoreFixture {
    int64_t institutionId(const QString& name) {
        for (const core::Institution& i : institutions.all(true)) {
            if (i.name == name) {
                return i.id;
            }
        }
        FAIL("no institution " << name.toStdString());
        return 0;
    }
    int64_t jobcenter() { return institutionId(QStringLiteral("Jobcenter Kreis Gütersloh")); }

    core::Case addReferralCase(const QString& lastName,
                               core::ConsentScope scope = core::ConsentScope::CaseWorkAndReferrals) {
        const core::Client client = addClient(lastName, QStringLiteral("Test"));
        core::Consent consent;
        consent.clientId = client.id;
        consent.givenOn = clock.today();
        consent.scope = scope;
        consent.formVersion = QStringLiteral("KIM-EW 2024-1");
        consents.record(consent);
        return cases.open(client.id);
    }

    core::ReferralRelease addRelease(int64_t clientId, int64_t institution,
                                     core::ReleaseItemSet items = core::with(0, core::ReleaseItem::MasterData)) {
        core::ReferralRelease release;
        release.clientId = clientId;
        release.institutionId = institution;
        release.givenOn = clock.today();
        release.purpose = QStringLiteral("Antrag auf Bürgergeld");
        release.items = items;
        releases.record(release);
        return release;
    }

    core::Referral addReferral(const core::Case& c, int64_t institution, QDate expectedBy = {}) {
        core::Referral referral;
        referral.caseId = c.id;
        referral.institutionId = institution;
        referral.field = core::FieldOfAction::WorkEconomy;
        referral.reason = QStringLiteral("Antrag auf Bürgergeld stellen");
        referral.referredOn = clock.today();
        referral.expectedBy = expectedBy;
        referrals.save(referral);
        return referral;
    }

    core::ReferralStatus statusOf(int64_t referralId) { return referrals.load(referralId).status; }

    core::InstitutionRepository institutions{db()};
    core::ReferralReleaseRepository releases{db(), clock};
    core::ReferralRepository referrals{db(), clock};
    core::LegalDomainRepository legalDomains{db(), clock};
};

} // namespace kim::test
