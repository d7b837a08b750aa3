// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralFixture.h"

#include "core/ReferralFigures.h"

using namespace kim;
using namespace kim::core;
using kim::test::ReferralFixture;
using S = ReferralStatus;

namespace {

// All referrals are passed on on 10 March 2026 ("day 0"); the changes are given as days after it.
struct Scenario {
    ReferralFixture f;
    Case c;
    const QDate day0 = ReferralFixture::startDay();

    Scenario() {
        c = f.addReferralCase(QStringLiteral("Haddad"));
        for (const char* name : {"Jobcenter Kreis Gütersloh", "Agentur für Arbeit Gütersloh",
                                 "Ausländerbehörde Kreis Gütersloh", "Ausländerstelle der Stadt Gütersloh"}) {
            f.addRelease(c.clientId, f.institutionId(QString::fromUtf8(name)));
        }
    }
    int64_t id(const char* name) { return f.institutionId(QString::fromUtf8(name)); }
    // A referral passed on at day 0 and expected back at day 14, then the given changes.
    void referral(int64_t institution, const QList<QPair<S, int>>& changes) {
        f.clock.setToday(day0);
        const Referral r = f.addReferral(c, institution, day0.addDays(14));
        f.referrals.changeStatus(r.id, S::Transmitted, day0, {});
        f.clock.setToday(QDate(2026, 6, 30));
        for (const auto& change : changes) {
            f.referrals.changeStatus(r.id, change.first, day0.addDays(change.second), {});
        }
    }
};

} // namespace

TEST_CASE("the median of an even count is the mean of the middle two") {
    CHECK_FALSE(ReferralFigures::median({}).has_value());
    CHECK(*ReferralFigures::median({7}) == 7.0);
    CHECK(*ReferralFigures::median({30, 20, 40}) == 30.0);
    CHECK(*ReferralFigures::median({10, 5}) == 7.5);
}

TEST_CASE("referral figures on a small hand-built caseload") {
    Scenario s;
    const int64_t jobcenter = s.id("Jobcenter Kreis Gütersloh");
    const int64_t agentur = s.id("Agentur für Arbeit Gütersloh");
    const int64_t kreis = s.id("Ausländerbehörde Kreis Gütersloh");
    const int64_t stadt = s.id("Ausländerstelle der Stadt Gütersloh");
    s.referral(jobcenter, {{S::AppointmentMade, 5}, {S::Completed, 20}});
    s.referral(jobcenter, {{S::InProgress, 10}, {S::Rejected, 30}});
    s.referral(jobcenter, {{S::NoResponse, 40}}); // no answer: an outcome, not a response
    s.referral(jobcenter, {});                    // still waiting: overdue since day 15
    s.referral(agentur, {{S::Completed, 7}});
    s.referral(kreis, {{S::AppointmentMade, 21}, {S::ReferredOn, 50}});
    s.referral(stadt, {{S::AppointmentMade, 4}}); // open, not overdue
    s.f.addReferral(s.c, agentur);                // planned: open, never counted in durations

    const ReferralFigures figures = ReferralFigures::compute(s.f.db(), s.f.clock);
    CHECK(figures.open == 3);
    CHECK(figures.overdue == 1);

    // By institution, sorted by name.
    REQUIRE(figures.byInstitution.size() == 4);
    const auto& a = figures.byInstitution[0];
    CHECK(a.name == QStringLiteral("Agentur für Arbeit Gütersloh"));
    CHECK(a.durations.transmitted == 1);
    CHECK(*a.durations.medianDaysToFirstResponse == 7.0);
    CHECK(*a.durations.medianDaysToOutcome == 7.0);
    const auto& k = figures.byInstitution[1];
    CHECK(k.institutionId == kreis);
    CHECK(*k.durations.medianDaysToFirstResponse == 21.0);
    CHECK(*k.durations.medianDaysToOutcome == 50.0);
    const auto& st = figures.byInstitution[2];
    CHECK(st.institutionId == stadt);
    CHECK(*st.durations.medianDaysToFirstResponse == 4.0);
    CHECK_FALSE(st.durations.medianDaysToOutcome.has_value());
    const auto& j = figures.byInstitution[3];
    CHECK(j.institutionId == jobcenter);
    CHECK(j.type == InstitutionType::Jobcenter);
    CHECK(j.durations.transmitted == 4);
    CHECK(j.durations.responded == 2); // days 5 and 10
    CHECK(*j.durations.medianDaysToFirstResponse == 7.5);
    CHECK(j.durations.concluded == 3); // days 20, 30, 40
    CHECK(*j.durations.medianDaysToOutcome == 30.0);

    // By type: both immigration offices together (responses 21 and 4, one outcome 50).
    REQUIRE(figures.byType.size() == 3);
    CHECK(figures.byType[0].type == InstitutionType::Jobcenter);
    CHECK(figures.byType[1].type == InstitutionType::EmploymentAgency);
    const auto& offices = figures.byType[2];
    CHECK(offices.type == InstitutionType::ImmigrationOffice);
    CHECK(offices.durations.transmitted == 2);
    CHECK(*offices.durations.medianDaysToFirstResponse == 12.5);
    CHECK(*offices.durations.medianDaysToOutcome == 50.0);

    // Outcomes by the institutions' legal domain.
    REQUIRE(figures.outcomesByDomain.size() == 3);
    const LegalDomainOutcomes& sgb2 = figures.outcomesByDomain[0];
    CHECK(sgb2.domain == LegalDomain::SgbII);
    CHECK(sgb2.completed == 1);
    CHECK(sgb2.rejected == 1);
    CHECK(sgb2.noResponse == 1);
    CHECK(sgb2.total() == 3);
    CHECK(figures.outcomesByDomain[1].domain == LegalDomain::SgbIII);
    CHECK(figures.outcomesByDomain[1].completed == 1);
    CHECK(figures.outcomesByDomain[2].domain == LegalDomain::AufenthG);
    CHECK(figures.outcomesByDomain[2].referredOn == 1);
    CHECK(figures.outcomesByDomain[2].total() == 1);
}
