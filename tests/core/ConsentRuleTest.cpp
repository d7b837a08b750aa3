// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreFixture.h"

using namespace kim;
using namespace kim::core;
using kim::test::CoreFixture;

TEST_CASE("a case cannot be opened without recorded consent") {
    CoreFixture f;
    const Client client = f.addClient(QStringLiteral("Rahimi"), QStringLiteral("Zahra"));
    CHECK(test::errorCodeOf([&] { f.cases.open(client.id); }) == ErrorCode::RuleViolation);
    CHECK(test::errorMessageOf([&] { f.cases.open(client.id); }).contains(QStringLiteral("Einwilligung")));
    CHECK_FALSE(f.cases.latestCase(client.id).has_value());
    f.addConsent(client.id);
    CHECK(f.cases.open(client.id).phase == Phase::Clarification);
}

TEST_CASE("a consultation cannot be saved without recorded consent") {
    CoreFixture f;
    const Client client = f.addClient(QStringLiteral("Tekle"), QStringLiteral("Yonas"));
    const int64_t caseId = f.insertCaseWithoutConsent(client.id);
    Consultation consultation;
    consultation.caseId = caseId;
    consultation.heldOn = f.clock.today();
    consultation.notes = QStringLiteral("Termin beim Jobcenter");
    CHECK(test::errorCodeOf([&] { f.consultations.save(consultation); }) == ErrorCode::RuleViolation);
    CHECK(consultation.id == 0);
    CHECK(f.consultations.forCase(caseId).isEmpty());
    f.addConsent(client.id);
    f.consultations.save(consultation);
    CHECK(f.consultations.forCase(caseId).size() == 1);
}

TEST_CASE("a follow-up cannot be saved without recorded consent") {
    CoreFixture f;
    const Client client = f.addClient(QStringLiteral("Kidane"), QStringLiteral("Helen"));
    const int64_t caseId = f.insertCaseWithoutConsent(client.id);
    FollowUp followUp{0, caseId, f.clock.today(), QStringLiteral("Kita-Platz nachfragen"), {}};
    CHECK(test::errorCodeOf([&] { f.followUps.save(followUp); }) == ErrorCode::RuleViolation);
    CHECK(f.followUps.forCase(caseId).isEmpty());
    f.addConsent(client.id);
    f.followUps.save(followUp);
    CHECK(f.followUps.forCase(caseId).size() == 1);
}

TEST_CASE("consent needs a date that is not in the future and a form version") {
    CoreFixture f;
    const Client client = f.addClient(QStringLiteral("Stan"), QStringLiteral("Elena"));
    Consent consent;
    consent.clientId = client.id;
    consent.givenOn = f.clock.today().addDays(1);
    consent.formVersion = QStringLiteral("KIM-EW 2024-1");
    CHECK(test::errorCodeOf([&] { f.consents.record(consent); }) == ErrorCode::InvalidInput);
    consent.givenOn = QDate();
    CHECK(test::errorCodeOf([&] { f.consents.record(consent); }) == ErrorCode::InvalidInput);
    consent.givenOn = f.clock.today();
    consent.formVersion = QStringLiteral(" ");
    CHECK(test::errorCodeOf([&] { f.consents.record(consent); }) == ErrorCode::InvalidInput);
    CHECK_FALSE(f.consents.hasActiveConsent(client.id));
    consent.formVersion = QStringLiteral("KIM-EW 2024-1");
    f.consents.record(consent);
    CHECK(f.consents.hasActiveConsent(client.id));
    CHECK(f.consents.forClient(client.id).size() == 1);
}

TEST_CASE("withdrawing consent closes the open case and its open follow-ups at once") {
    CoreFixture f;
    const Case opened = f.addCaseFor(QStringLiteral("Nowak"));
    const Consent consent = f.consents.forClient(opened.clientId).first();
    FollowUp open{0, opened.id, f.clock.today().addDays(3), QStringLiteral("Termin Ausländerbehörde"), {}};
    f.followUps.save(open);
    FollowUp done{0, opened.id, f.clock.today(), QStringLiteral("Unterlagen prüfen"), f.clock.today()};
    f.followUps.save(done);
    f.clock.setToday(CoreFixture::startDay().addDays(10));
    const QDate withdrawnOn = CoreFixture::startDay().addDays(8);

    f.consents.withdraw(consent.id, withdrawnOn);

    const Case closed = f.cases.load(opened.id);
    CHECK(closed.isClosed());
    CHECK(closed.closedOn == withdrawnOn);
    REQUIRE(closed.history.size() == 2);
    CHECK(closed.history.last().phase == Phase::Closing);
    CHECK(closed.history.last().note == QStringLiteral("Einwilligung widerrufen"));
    CHECK(closed.history.last().changedOn == withdrawnOn);
    const QList<FollowUp> followUps = f.followUps.forCase(opened.id);
    REQUIRE(followUps.size() == 2);
    for (const FollowUp& followUp : followUps) {
        CHECK_FALSE(followUp.isOpen());
    }
    CHECK(f.followUps.forCase(opened.id)[1].doneOn == withdrawnOn);
    CHECK(f.followUps.forCase(opened.id)[0].doneOn == CoreFixture::startDay()); // already done: unchanged
    CHECK(f.followUps.dueCounts().due == 0);
    CHECK(f.followUps.duePage(10).isEmpty());
    CHECK(f.consents.forClient(opened.clientId).first().withdrawnOn == withdrawnOn);
}

TEST_CASE("after a withdrawal no new case, consultation, follow-up or phase is accepted") {
    CoreFixture f;
    const Case opened = f.addCaseFor(QStringLiteral("Kowalska"));
    f.consents.withdraw(f.consents.forClient(opened.clientId).first().id, f.clock.today());
    CHECK_FALSE(f.consents.hasActiveConsent(opened.clientId));

    CHECK(test::errorCodeOf([&] { f.cases.open(opened.clientId); }) == ErrorCode::RuleViolation);
    CHECK(test::errorCodeOf([&] { f.addConsultation(opened.id, QStringLiteral("x")); }) == ErrorCode::RuleViolation);
    FollowUp followUp{0, opened.id, f.clock.today(), QStringLiteral("Anruf"), {}};
    CHECK(test::errorCodeOf([&] { f.followUps.save(followUp); }) == ErrorCode::RuleViolation);
    CHECK(test::errorCodeOf([&] { f.cases.changePhase(opened.id, Phase::Assessment, {}); }) ==
          ErrorCode::RuleViolation);

    SECTION("a new consent allows a new case, but not reopening the old one") {
        f.clock.setToday(f.clock.today().addDays(1));
        f.addConsent(opened.clientId);
        CHECK(test::errorCodeOf([&] { f.cases.changePhase(opened.id, Phase::Assessment, {}); }) ==
              ErrorCode::RuleViolation);
        const Case second = f.cases.open(opened.clientId);
        CHECK(second.id != opened.id);
        CHECK(f.cases.latestCase(opened.clientId)->id == second.id);
    }
}

TEST_CASE("a consent cannot be withdrawn twice, in the future or before it was given") {
    CoreFixture f;
    const Client client = f.addClient(QStringLiteral("Georgieva"), QStringLiteral("Mariya"));
    const Consent consent = f.addConsent(client.id);
    CHECK(test::errorCodeOf([&] { f.consents.withdraw(consent.id, f.clock.today().addDays(1)); }) ==
          ErrorCode::InvalidInput);
    CHECK(test::errorCodeOf([&] { f.consents.withdraw(consent.id, f.clock.today().addDays(-1)); }) ==
          ErrorCode::InvalidInput);
    CHECK(test::errorCodeOf([&] { f.consents.withdraw(consent.id, QDate()); }) == ErrorCode::InvalidInput);
    CHECK(f.consents.hasActiveConsent(client.id));
    f.consents.withdraw(consent.id, f.clock.today());
    CHECK(test::errorCodeOf([&] { f.consents.withdraw(consent.id, f.clock.today()); }) == ErrorCode::RuleViolation);
    CHECK(test::errorCodeOf([&] { f.consents.withdraw(999, f.clock.today()); }) == ErrorCode::NotFound);
}

TEST_CASE("withdrawing an old consent leaves the case open while a newer consent stands") {
    CoreFixture f;
    const Case opened = f.addCaseFor(QStringLiteral("Hakimi"));
    const Consent old = f.consents.forClient(opened.clientId).first();
    f.clock.setToday(f.clock.today().addDays(5));
    f.addConsent(opened.clientId);
    f.consents.withdraw(old.id, f.clock.today());
    CHECK_FALSE(f.cases.load(opened.id).isClosed());
    CHECK(f.consents.hasActiveConsent(opened.clientId));
}
