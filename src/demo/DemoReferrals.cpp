// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoReferrals.h"

#include "base/Clock.h"
#include "core/InstitutionRepository.h"
#include "core/ReferralRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace kim::demo {

using namespace kim::core;

namespace {

using S = ReferralStatus;
using T = InstitutionType;

QString tr(const char* text) {
    return QCoreApplication::translate("DemoReferrals", text);
}

// Where a client of each target group is typically referred to (type, weight).
QList<QPair<int, int>> typesFor(TargetGroup group) {
    switch (group) {
    case TargetGroup::RefugeesSince2015:
        return {{int(T::Jobcenter), 20},
                {int(T::ImmigrationOffice), 15},
                {int(T::Bamf), 5},
                {int(T::RefugeeCounselling), 12},
                {int(T::LanguageCourseProvider), 12},
                {int(T::SocialWelfareOffice), 8},
                {int(T::Health), 8},
                {int(T::Education), 8},
                {int(T::LanguageGuides), 7},
                {int(T::YouthMigrationService), 5}};
    case TargetGroup::Ukraine:
        return {{int(T::Jobcenter), 25},    {int(T::ImmigrationOffice), 15},    {int(T::LanguageCourseProvider), 20},
                {int(T::Education), 15},    {int(T::FamilyBenefitsOffice), 10}, {int(T::Health), 10},
                {int(T::LanguageGuides), 5}};
    case TargetGroup::CentralSouthEastEurope:
        return {{int(T::Jobcenter), 25},
                {int(T::FamilyBenefitsOffice), 15},
                {int(T::MigrationCounselling), 20},
                {int(T::Health), 12},
                {int(T::Education), 12},
                {int(T::AntiDiscrimination), 6},
                {int(T::EmploymentAgency), 10}};
    case TargetGroup::Immigrants:
        break;
    }
    return {{int(T::NaturalisationOffice), 15}, {int(T::EmploymentAgency), 20},       {int(T::Jobcenter), 15},
            {int(T::MigrationCounselling), 15}, {int(T::LanguageCourseProvider), 15}, {int(T::Education), 10},
            {int(T::ImmigrationOffice), 10}};
}

struct Purpose {
    FieldOfAction field;
    const char* reason;
    ReleaseItemSet extraItems;
};

Purpose purposeFor(InstitutionType type) {
    const int residence = with(0, ReleaseItem::ResidenceStatus);
    switch (type) {
    case T::Jobcenter:
        return {FieldOfAction::WorkEconomy,
                QT_TRANSLATE_NOOP("DemoReferrals", "Antrag auf Bürgergeld, Klärung der Unterlagen"), residence};
    case T::EmploymentAgency:
        return {FieldOfAction::WorkEconomy,
                QT_TRANSLATE_NOOP("DemoReferrals", "Berufsberatung und Anerkennung der Qualifikation"), 0};
    case T::ImmigrationOffice:
        return {FieldOfAction::Institutions, QT_TRANSLATE_NOOP("DemoReferrals", "Verlängerung des Aufenthaltstitels"),
                residence};
    case T::NaturalisationOffice:
        return {FieldOfAction::Institutions, QT_TRANSLATE_NOOP("DemoReferrals", "Beratung zur Einbürgerung"),
                residence};
    case T::Bamf:
        return {FieldOfAction::Institutions, QT_TRANSLATE_NOOP("DemoReferrals", "Rückfrage zum Asylverfahren"),
                residence};
    case T::Health:
        return {FieldOfAction::HealthCare,
                QT_TRANSLATE_NOOP("DemoReferrals", "Impfberatung und Schuleingangsuntersuchung"), 0};
    case T::Education:
        return {FieldOfAction::LanguageEducation,
                QT_TRANSLATE_NOOP("DemoReferrals", "Schul- oder Kita-Platz für die Kinder"),
                with(0, ReleaseItem::Household)};
    case T::LanguageCourseProvider:
        return {FieldOfAction::LanguageEducation, QT_TRANSLATE_NOOP("DemoReferrals", "Anmeldung zum Integrationskurs"),
                with(0, ReleaseItem::Languages)};
    case T::SocialWelfareOffice:
        return {FieldOfAction::HousingMobility, QT_TRANSLATE_NOOP("DemoReferrals", "Übernahme der Mietkaution"),
                residence};
    case T::FamilyBenefitsOffice:
        return {FieldOfAction::Institutions, QT_TRANSLATE_NOOP("DemoReferrals", "Antrag auf Kindergeld"),
                with(0, ReleaseItem::Household)};
    case T::AntiDiscrimination:
        return {FieldOfAction::Participation,
                QT_TRANSLATE_NOOP("DemoReferrals", "Beratung nach Diskriminierung bei der Wohnungssuche"), 0};
    case T::LanguageGuides:
        return {FieldOfAction::HealthCare, QT_TRANSLATE_NOOP("DemoReferrals", "Sprachlotse für einen Arzttermin"),
                with(0, ReleaseItem::Languages)};
    default:
        return {FieldOfAction::Institutions, QT_TRANSLATE_NOOP("DemoReferrals", "Beratung zum Familiennachzug"),
                residence};
    }
}

// Offices answer more slowly than counselling services.
int slowness(InstitutionType type) {
    return type == T::ImmigrationOffice || type == T::NaturalisationOffice || type == T::Bamf ? 2 : 1;
}

} // namespace

DemoReferrals::DemoReferrals(storage::Database& db, FixedClock& clock, uint32_t seed, const QDate& today)
    : m_clock(clock)
    , m_engine(seed ^ 0x5EFE22A1u)
    , m_today(today)
    , m_referrals(db, clock)
    , m_releases(db, clock)
    , m_periods(db, clock) {
    // In id order, as the demo always drew them.
    QList<Institution> institutions = InstitutionRepository(db).all();
    std::sort(institutions.begin(), institutions.end(),
              [](const Institution& a, const Institution& b) { return a.id < b.id; });
    for (const Institution& institution : institutions) {
        m_institutionsByType[static_cast<int>(institution.type)].append(institution.id);
    }
}

int DemoReferrals::weighted(const QList<QPair<int, int>>& list) {
    int total = 0;
    for (const auto& w : list) {
        total += w.second;
    }
    int r = below(total);
    for (const auto& w : list) {
        if (r < w.second) {
            return w.first;
        }
        r -= w.second;
    }
    return list.back().first;
}

void DemoReferrals::addFor(const DemoReferralCase& c) {
    addPeriods(c);
    // About 2.3 referrals per client; fewer when the case was short.
    int count = weighted({{1, 30}, {2, 25}, {3, 20}, {4, 15}, {5, 10}});
    if (c.openedOn.daysTo(c.end) < 30) {
        count = std::min(count, 1);
    }
    for (int i = 0; i < count; ++i) {
        addReferral(c);
    }
}

void DemoReferrals::addReferral(const DemoReferralCase& c) {
    auto type = static_cast<InstitutionType>(weighted(typesFor(c.group)));
    if (!m_institutionsByType.contains(int(type))) {
        type = T::Jobcenter;
    }
    const QList<int64_t>& candidates = m_institutionsByType.value(int(type));
    if (candidates.isEmpty()) {
        return;
    }
    const int64_t institutionId = candidates[below(static_cast<int>(candidates.size()))];
    const Purpose purpose = purposeFor(type);
    Referral referral;
    referral.clientId = c.clientId;
    referral.caseId = c.caseId;
    referral.institutionId = institutionId;
    referral.field = purpose.field;
    referral.reason = tr(purpose.reason);
    referral.referredOn = c.openedOn.addDays(between(0, static_cast<int>(c.openedOn.daysTo(c.end))));
    // Without consent to referrals, or decided today, a referral stays planned.
    const bool transmit = c.consentToReferrals && referral.referredOn < c.end && below(100) < 90;
    referral.expectedBy = referral.referredOn.addDays(between(10, 28));
    m_clock.setToday(referral.referredOn);
    m_referrals.save(referral); // "geplant"
    if (!transmit) {
        return;
    }
    addRelease(c, institutionId, type, referral.referredOn);
    setStatus(referral.id, S::Transmitted, referral.referredOn);
    walkStatuses(referral.id, type, referral.referredOn, referral.expectedBy, c.end);
}

void DemoReferrals::addRelease(const DemoReferralCase& c, int64_t institutionId, InstitutionType type,
                               const QDate& on) {
    ReferralRelease release;
    release.clientId = c.clientId;
    release.institutionId = institutionId;
    release.givenOn = on;
    release.purpose = QCoreApplication::translate("DemoReferrals", "Vermittlung: %1").arg(tr(purposeFor(type).reason));
    release.items = with(with(with(0, ReleaseItem::MasterData), ReleaseItem::ContactData), ReleaseItem::Concern) |
                    purposeFor(type).extraItems;
    m_clock.setToday(on);
    m_releases.record(release);
}

// The repository checks the change and, for "übermittelt", links the release just recorded.
void DemoReferrals::setStatus(int64_t referralId, ReferralStatus status, const QDate& on) {
    m_clock.setToday(on);
    m_referrals.changeStatus(referralId, status, on, QString());
}

// Answers come after days or weeks; what has not happened by `end` stays open, which is
// where the overdue referrals of the demo come from.
void DemoReferrals::walkStatuses(int64_t referralId, InstitutionType type, const QDate& from, const QDate& expectedBy,
                                 const QDate& end) {
    QDate day = from.addDays(between(2, 30 * slowness(type)));
    ReferralStatus status = S::Transmitted;
    while (!ReferralRules::isFinal(status)) {
        ReferralStatus next = S::Completed;
        switch (status) {
        case S::Transmitted:
            next = static_cast<S>(weighted({{int(S::AppointmentMade), 45},
                                            {int(S::InProgress), 20},
                                            {int(S::Completed), 10},
                                            {int(S::Rejected), 8},
                                            {int(S::NoResponse), 12},
                                            {int(S::ReferredOn), 5}}));
            break;
        case S::AppointmentMade:
            next = static_cast<S>(weighted({{int(S::InProgress), 40},
                                            {int(S::Completed), 40},
                                            {int(S::Rejected), 5},
                                            {int(S::NoResponse), 10},
                                            {int(S::ReferredOn), 5}}));
            break;
        default:
            next =
                static_cast<S>(weighted({{int(S::Completed), 75}, {int(S::Rejected), 15}, {int(S::ReferredOn), 10}}));
            break;
        }
        if (next == S::NoResponse) { // recorded only once the expected answer is late
            day = std::max(day, expectedBy.addDays(between(1, 14)));
        }
        if (day > end || day > m_today) {
            return;
        }
        setStatus(referralId, next, day);
        status = next;
        day = day.addDays(between(5, 45));
    }
}

// Entered when the case opened, or on the day a later period began.
void DemoReferrals::addPeriod(const DemoReferralCase& c, LegalDomain domain, const QDate& start, const QDate& end) {
    LegalDomainPeriod period;
    period.clientId = c.clientId;
    period.domain = domain;
    period.startedOn = start;
    period.endedOn = end;
    m_clock.setToday(std::max(c.openedOn, start));
    m_periods.save(period);
}

// A plausible Rechtskreis history: asylum seekers move from AsylbLG to SGB II, people from
// Ukraine and others with a residence permit have AufenthG alongside benefits.
void DemoReferrals::addPeriods(const DemoReferralCase& c) {
    const QDate start = c.openedOn.addDays(-between(30, 700));
    switch (c.residence) {
    case ResidenceStatus::PermissionToRemain:
    case ResidenceStatus::Toleration:
        addPeriod(c, LegalDomain::AsylbLG, start, QDate());
        addPeriod(c, LegalDomain::AufenthG, start, QDate());
        return;
    case ResidenceStatus::EuFreedomOfMovement:
        if (below(100) < 60) {
            addPeriod(c, LegalDomain::SgbII, start, QDate());
        } else {
            addPeriod(c, LegalDomain::None, start, QDate());
        }
        return;
    case ResidenceStatus::Naturalised:
        addPeriod(c, LegalDomain::StAG, start, std::min(start.addDays(between(60, 300)), m_today));
        return;
    default:
        break;
    }
    addPeriod(c, LegalDomain::AufenthG, start, QDate());
    if (c.group == TargetGroup::RefugeesSince2015 && below(100) < 60) {
        const QDate switchDay = std::min(start.addDays(between(30, 400)), m_today);
        addPeriod(c, LegalDomain::AsylbLG, start, switchDay.addDays(-1));
        addPeriod(c, LegalDomain::SgbII, switchDay, QDate());
    } else if (below(100) < 70) {
        // Never starting in the future, which the repository would refuse.
        addPeriod(c, LegalDomain::SgbII, std::min(start.addDays(between(0, 60)), m_today), QDate());
    }
}

} // namespace kim::demo
