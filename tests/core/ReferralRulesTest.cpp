// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralFixture.h"

#include "core/ReferralRules.h"

using namespace kim;
using namespace kim::core;
using kim::test::ReferralFixture;
using S = ReferralStatus;

TEST_CASE("exactly the documented status changes of a referral are allowed") {
    // The full table, written out independently of ReferralRules: from → allowed targets.
    const QMap<S, QList<S>> allowed = {
        {S::Planned, {S::Transmitted}},
        {S::Transmitted, {S::AppointmentMade, S::InProgress, S::Completed, S::Rejected, S::NoResponse, S::ReferredOn}},
        {S::AppointmentMade, {S::InProgress, S::Completed, S::Rejected, S::NoResponse, S::ReferredOn}},
        {S::InProgress, {S::Completed, S::Rejected, S::ReferredOn}},
        {S::Completed, {}},
        {S::Rejected, {}},
        {S::NoResponse, {}},
        {S::ReferredOn, {}},
    };
    int allowedCount = 0;
    for (S from : allValues<S>()) {
        for (S to : allValues<S>()) {
            INFO(label(from).toStdString() << " -> " << label(to).toStdString());
            CHECK(ReferralRules::isAllowed(from, to) == allowed.value(from).contains(to));
            allowedCount += ReferralRules::isAllowed(from, to) ? 1 : 0;
        }
        CHECK(ReferralRules::isFinal(from) == allowed.value(from).isEmpty());
    }
    CHECK(allowedCount == 15);
}

TEST_CASE("a referral walks through its lifecycle and every change is dated in the history") {
    ReferralFixture f;
    const Case c = f.addReferralCase(QStringLiteral("Haddad"));
    f.addRelease(c.clientId, f.jobcenter());
    Referral referral = f.addReferral(c, f.jobcenter(), QDate(2026, 3, 24));
    CHECK(referral.status == S::Planned);
    REQUIRE(referral.history.size() == 1);

    f.referrals.changeStatus(referral.id, S::Transmitted, QDate(2026, 3, 10), QStringLiteral("per Post"));
    f.clock.setToday(QDate(2026, 3, 20));
    f.referrals.changeStatus(referral.id, S::AppointmentMade, QDate(2026, 3, 18), QStringLiteral("Termin 2.4."));
    f.clock.setToday(QDate(2026, 4, 5));
    f.referrals.changeStatus(referral.id, S::Completed, QDate(2026, 4, 2), QString());

    referral = f.referrals.load(referral.id);
    CHECK(referral.status == S::Completed);
    REQUIRE(referral.history.size() == 4);
    CHECK(referral.history[1].status == S::Transmitted);
    CHECK(referral.history[1].note == QStringLiteral("per Post"));
    CHECK(referral.history[2].changedOn == QDate(2026, 3, 18));
    CHECK(referral.history[3].status == S::Completed);
    CHECK(referral.history[3].changedOn == QDate(2026, 4, 2));
}

TEST_CASE("refused status changes leave the referral and its history unchanged") {
    ReferralFixture f;
    const Case c = f.addReferralCase(QStringLiteral("Karimi"));
    f.addRelease(c.clientId, f.jobcenter());
    const Referral referral = f.addReferral(c, f.jobcenter());

    // Skipping "übermittelt" is refused.
    CHECK(test::errorCodeOf([&] { f.referrals.changeStatus(referral.id, S::Completed, f.clock.today(), {}); }) ==
          ErrorCode::RuleViolation);
    f.referrals.changeStatus(referral.id, S::Transmitted, f.clock.today(), {});
    // Back to "geplant" is refused.
    CHECK(test::errorCodeOf([&] { f.referrals.changeStatus(referral.id, S::Planned, f.clock.today(), {}); }) ==
          ErrorCode::RuleViolation);
    f.referrals.changeStatus(referral.id, S::Rejected, f.clock.today(), {});
    // A final status is final.
    const QString message =
        test::errorMessageOf([&] { f.referrals.changeStatus(referral.id, S::InProgress, f.clock.today(), {}); });
    CHECK(message.contains(QStringLiteral("abgelehnt")));
    CHECK(f.statusOf(referral.id) == S::Rejected);
    CHECK(f.referrals.load(referral.id).history.size() == 3);
}

TEST_CASE("a status change needs a date between the last change and today") {
    ReferralFixture f;
    const Case c = f.addReferralCase(QStringLiteral("Melnyk"));
    f.addRelease(c.clientId, f.jobcenter());
    const Referral referral = f.addReferral(c, f.jobcenter());
    CHECK(test::errorCodeOf([&] {
              f.referrals.changeStatus(referral.id, S::Transmitted, f.clock.today().addDays(1), {});
          }) == ErrorCode::InvalidInput);
    CHECK(test::errorCodeOf([&] {
              f.referrals.changeStatus(referral.id, S::Transmitted, f.clock.today().addDays(-1), {});
          }) == ErrorCode::InvalidInput);
    CHECK(test::errorCodeOf([&] { f.referrals.changeStatus(referral.id, S::Transmitted, QDate(), {}); }) ==
          ErrorCode::InvalidInput);
    CHECK(f.statusOf(referral.id) == S::Planned);
}

TEST_CASE("referrals follow the consent gate and only planned ones can be deleted") {
    ReferralFixture f;
    const Client client = f.addClient(QStringLiteral("Ohne"), QStringLiteral("Einwilligung"));
    const int64_t caseId = f.insertCaseWithoutConsent(client.id);
    Referral referral;
    referral.caseId = caseId;
    referral.institutionId = f.jobcenter();
    referral.reason = QStringLiteral("Anliegen");
    referral.referredOn = f.clock.today();
    CHECK(test::errorCodeOf([&] { f.referrals.save(referral); }) == ErrorCode::RuleViolation);
    CHECK(referral.id == 0);

    const Case c = f.addReferralCase(QStringLiteral("Gashi"));
    Referral empty = referral;
    empty.caseId = c.id;
    empty.reason = QStringLiteral("  ");
    CHECK(test::errorCodeOf([&] { f.referrals.save(empty); }) == ErrorCode::InvalidInput);

    f.addRelease(c.clientId, f.jobcenter());
    const Referral planned = f.addReferral(c, f.jobcenter());
    const Referral sent = f.addReferral(c, f.jobcenter());
    f.referrals.changeStatus(sent.id, S::Transmitted, f.clock.today(), {});
    CHECK(test::errorCodeOf([&] { f.referrals.remove(sent.id); }) == ErrorCode::RuleViolation);
    f.referrals.remove(planned.id);
    CHECK(f.referrals.forClient(c.clientId).size() == 1);
}
