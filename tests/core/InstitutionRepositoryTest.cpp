// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralFixture.h"

using namespace kim;
using namespace kim::core;
using kim::test::ReferralFixture;

TEST_CASE("the institution directory comes pre-filled and is editable") {
    ReferralFixture f;
    const QList<Institution> all = f.institutions.all();
    CHECK(all.size() == 23);
    Institution jobcenter = f.institutions.load(f.jobcenter());
    CHECK(jobcenter.type == InstitutionType::Jobcenter);
    CHECK(jobcenter.legalDomain == LegalDomain::SgbII);
    CHECK_FALSE(jobcenter.municipality.has_value()); // kreisweit
    CHECK(f.institutions.load(f.institutionId(QStringLiteral("Ausländerstelle der Stadt Gütersloh"))).municipality ==
          Municipality::Guetersloh);

    jobcenter.contactPerson = QStringLiteral("Frau Beispiel");
    jobcenter.languages = QStringLiteral("Deutsch, Englisch");
    f.institutions.save(jobcenter);
    CHECK(f.institutions.load(jobcenter.id).contactPerson == QStringLiteral("Frau Beispiel"));

    Institution school;
    school.name = QStringLiteral("  Grundschule Verl  ");
    school.type = InstitutionType::Education;
    school.municipality = Municipality::Verl;
    f.institutions.save(school);
    CHECK(school.name == QStringLiteral("Grundschule Verl"));
    CHECK(f.institutions.all().size() == 24);
}

TEST_CASE("an institution needs a unique name") {
    ReferralFixture f;
    Institution copy;
    copy.name = QStringLiteral("Jobcenter Kreis Gütersloh");
    CHECK(test::errorCodeOf([&] { f.institutions.save(copy); }) == ErrorCode::InvalidInput);
    copy.name = QString();
    CHECK(test::errorCodeOf([&] { f.institutions.save(copy); }) == ErrorCode::InvalidInput);
    copy.name = QStringLiteral("Neu");
    copy.type = static_cast<InstitutionType>(99);
    CHECK(test::errorCodeOf([&] { f.institutions.save(copy); }) == ErrorCode::InvalidInput);
}

TEST_CASE("a used institution is archived, an unused one deleted") {
    ReferralFixture f;
    const Case c = f.addReferralCase(QStringLiteral("Haddad"));
    f.addReferral(c, f.jobcenter());
    CHECK_FALSE(f.institutions.remove(f.jobcenter()));
    CHECK(f.institutions.load(f.jobcenter()).archived);
    CHECK(f.institutions.all().size() == 22);
    CHECK(f.institutions.all(true).size() == 23);
    // The old referral stays readable; a new one to the archived institution is refused.
    CHECK(f.referrals.forClient(c.clientId)[0].institutionName == QStringLiteral("Jobcenter Kreis Gütersloh"));
    CHECK(test::errorCodeOf([&] { f.addReferral(c, f.jobcenter()); }) == ErrorCode::InvalidInput);

    CHECK(f.institutions.remove(f.institutionId(QStringLiteral("Familienkasse"))));
    CHECK(f.institutions.all(true).size() == 22);
}
