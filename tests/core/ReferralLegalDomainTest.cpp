// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralFixture.h"

using namespace kim;
using namespace kim::core;
using kim::test::ReferralFixture;

TEST_CASE("the legal-domain timeline holds overlapping domains but no overlap within one domain") {
    ReferralFixture f;
    const Case c = f.addReferralCase(QStringLiteral("Ahmadi"));
    LegalDomainPeriod asylum{0, c.clientId, LegalDomain::AsylbLG, QDate(2024, 1, 1), QDate(2025, 6, 30), {}};
    LegalDomainPeriod residence{0, c.clientId, LegalDomain::AufenthG, QDate(2024, 1, 1), {}, {}};
    LegalDomainPeriod basic{0, c.clientId, LegalDomain::SgbII, QDate(2025, 7, 1), {}, QStringLiteral(" Bescheid ")};
    f.legalDomains.save(asylum);
    f.legalDomains.save(residence);
    f.legalDomains.save(basic);
    CHECK(basic.note == QStringLiteral("Bescheid"));

    const QList<LegalDomainPeriod> timeline = f.legalDomains.forClient(c.clientId);
    REQUIRE(timeline.size() == 3);
    CHECK(timeline[2].domain == LegalDomain::SgbII);
    CHECK(f.legalDomains.domainsOn(c.clientId, QDate(2025, 6, 30)) ==
          QList<LegalDomain>{LegalDomain::AsylbLG, LegalDomain::AufenthG});
    CHECK(f.legalDomains.domainsOn(c.clientId, QDate(2025, 7, 1)) ==
          QList<LegalDomain>{LegalDomain::AufenthG, LegalDomain::SgbII});

    // A second open SGB II period overlaps the first; one that ends before it does not.
    LegalDomainPeriod again{0, c.clientId, LegalDomain::SgbII, QDate(2026, 1, 1), {}, {}};
    CHECK(test::errorCodeOf([&] { f.legalDomains.save(again); }) == ErrorCode::RuleViolation);
    LegalDomainPeriod earlier{0, c.clientId, LegalDomain::SgbII, QDate(2023, 1, 1), QDate(2025, 6, 30), {}};
    f.legalDomains.save(earlier);
    // Editing a period does not collide with itself.
    basic.endedOn = QDate(2026, 2, 28);
    f.legalDomains.save(basic);
    CHECK(f.legalDomains.forClient(c.clientId).size() == 4);
}

TEST_CASE("a period needs a start in the past, an end after it, and consent") {
    ReferralFixture f;
    const Case c = f.addReferralCase(QStringLiteral("Noori"));
    LegalDomainPeriod p{0, c.clientId, LegalDomain::SgbII, f.clock.today().addDays(1), {}, {}};
    CHECK(test::errorCodeOf([&] { f.legalDomains.save(p); }) == ErrorCode::InvalidInput);
    p.startedOn = QDate(2025, 5, 1);
    p.endedOn = QDate(2025, 4, 1);
    CHECK(test::errorCodeOf([&] { f.legalDomains.save(p); }) == ErrorCode::InvalidInput);
    const Client other = f.addClient(QStringLiteral("Ohne"), QStringLiteral("Einwilligung"));
    LegalDomainPeriod q{0, other.id, LegalDomain::SgbII, QDate(2025, 5, 1), {}, {}};
    CHECK(test::errorCodeOf([&] { f.legalDomains.save(q); }) == ErrorCode::RuleViolation);
}
