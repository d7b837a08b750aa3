// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralFixture.h"

#include "core/ReferralSheetData.h"

using namespace kim;
using namespace kim::core;
using kim::test::ReferralFixture;
using S = ReferralStatus;

TEST_CASE("no referral goes beyond planned without a release for that institution") {
    ReferralFixture f;
    const Case c = f.addReferralCase(QStringLiteral("Haddad"));
    const Referral referral = f.addReferral(c, f.jobcenter());

    // No release at all.
    const QString message =
        test::errorMessageOf([&] { f.referrals.changeStatus(referral.id, S::Transmitted, f.clock.today(), {}); });
    CHECK(message.contains(QStringLiteral("Schweigepflichtentbindung")));
    // A release for another institution does not count.
    f.addRelease(c.clientId, f.institutionId(QStringLiteral("Agentur für Arbeit Gütersloh")));
    CHECK(test::errorCodeOf([&] { f.referrals.changeStatus(referral.id, S::Transmitted, f.clock.today(), {}); }) ==
          ErrorCode::RuleViolation);
    // A withdrawn release does not count either.
    const ReferralRelease release = f.addRelease(c.clientId, f.jobcenter());
    f.releases.withdraw(release.id, f.clock.today());
    CHECK(test::errorCodeOf([&] { f.referrals.changeStatus(referral.id, S::Transmitted, f.clock.today(), {}); }) ==
          ErrorCode::RuleViolation);
    CHECK(f.statusOf(referral.id) == S::Planned);
    CHECK(f.referrals.load(referral.id).history.size() == 1);

    const ReferralRelease standing = f.addRelease(c.clientId, f.jobcenter());
    f.referrals.changeStatus(referral.id, S::Transmitted, f.clock.today(), {});
    const Referral sent = f.referrals.load(referral.id);
    CHECK(sent.status == S::Transmitted);
    REQUIRE(sent.releaseId.has_value());
    CHECK(*sent.releaseId == standing.id);
}

TEST_CASE("passing data on needs consent that covers referrals") {
    ReferralFixture f;
    const Case c = f.addReferralCase(QStringLiteral("Aziz"), ConsentScope::CaseWork);
    f.addRelease(c.clientId, f.jobcenter());
    const Referral referral = f.addReferral(c, f.jobcenter()); // planning is case work
    const QString message =
        test::errorMessageOf([&] { f.referrals.changeStatus(referral.id, S::Transmitted, f.clock.today(), {}); });
    CHECK(message.contains(QStringLiteral("Weitergabe")));
    CHECK(f.statusOf(referral.id) == S::Planned);
}

TEST_CASE("the vault itself refuses a shared referral without a release") {
    ReferralFixture f;
    const Case c = f.addReferralCase(QStringLiteral("Berisha"));
    const Referral referral = f.addReferral(c, f.jobcenter());
    auto st = f.db().prepare(QStringLiteral("UPDATE referrals SET status = 2 WHERE id = ?1"));
    st.bind(1, referral.id);
    CHECK_THROWS(st.run());
    CHECK(f.statusOf(referral.id) == S::Planned);
}

TEST_CASE("a release needs a purpose, items, a past date and consent, and is withdrawn once") {
    ReferralFixture f;
    const Case c = f.addReferralCase(QStringLiteral("Tekle"));
    ReferralRelease release{0, c.clientId, f.jobcenter(), f.clock.today(), QStringLiteral("Zweck"), 0, {}};
    CHECK(test::errorCodeOf([&] { f.releases.record(release); }) == ErrorCode::InvalidInput);
    release.items = with(0, ReleaseItem::Concern);
    release.purpose = QStringLiteral(" ");
    CHECK(test::errorCodeOf([&] { f.releases.record(release); }) == ErrorCode::InvalidInput);
    release.purpose = QStringLiteral("Zweck");
    release.givenOn = f.clock.today().addDays(1);
    CHECK(test::errorCodeOf([&] { f.releases.record(release); }) == ErrorCode::InvalidInput);
    release.givenOn = f.clock.today();
    f.releases.record(release);
    CHECK(release.id != 0);
    CHECK(f.releases.activeFor(c.clientId, f.jobcenter(), f.clock.today()).has_value());
    f.releases.withdraw(release.id, f.clock.today());
    CHECK_FALSE(f.releases.activeFor(c.clientId, f.jobcenter(), f.clock.today()).has_value());
    CHECK(test::errorCodeOf([&] { f.releases.withdraw(release.id, f.clock.today()); }) == ErrorCode::RuleViolation);

    const Client noConsent = f.addClient(QStringLiteral("Ohne"), QStringLiteral("Einwilligung"));
    ReferralRelease other{0, noConsent.id, f.jobcenter(), f.clock.today(), QStringLiteral("Zweck"), 1, {}};
    CHECK(test::errorCodeOf([&] { f.releases.record(other); }) == ErrorCode::RuleViolation);
}

TEST_CASE("the referral sheet holds only what the release covers") {
    ReferralFixture f;
    Client client = f.addClient(QStringLiteral("Kovalenko"), QStringLiteral("Olena"));
    client.phone = QStringLiteral("0151 1234567");
    client.birthDate = QDate(1985, 5, 4);
    client.residenceStatus = ResidenceStatus::TemporaryProtection24;
    f.clients.save(client);
    Consent consent{0, client.id, f.clock.today(), ConsentScope::CaseWorkAndReferrals, QStringLiteral("V1"), {}};
    f.consents.record(consent);
    const Case c = f.cases.open(client.id);
    const Referral referral = f.addReferral(c, f.jobcenter());

    CHECK(test::errorCodeOf([&] { ReferralSheetData::build(f.db(), f.clock, referral.id); }) ==
          ErrorCode::RuleViolation);
    f.addRelease(client.id, f.jobcenter(), with(with(0, ReleaseItem::MasterData), ReleaseItem::Concern));
    const ReferralSheetData sheet = ReferralSheetData::build(f.db(), f.clock, referral.id);
    QStringList text;
    for (const auto& field : sheet.client) {
        text << field.first + QLatin1Char('=') + field.second;
    }
    CHECK(text.contains(QStringLiteral("Name=Kovalenko, Olena")));
    CHECK(text.contains(QStringLiteral("Geburtsdatum=04.05.1985")));
    CHECK_FALSE(text.join(QLatin1Char(' ')).contains(QStringLiteral("0151")));     // contact data not released
    CHECK_FALSE(text.join(QLatin1Char(' ')).contains(QStringLiteral("AufenthG"))); // nor the residence status
    CHECK(sheet.reason == QStringLiteral("Antrag auf Bürgergeld stellen"));
    CHECK(sheet.recipient.name == QStringLiteral("Jobcenter Kreis Gütersloh"));
}
