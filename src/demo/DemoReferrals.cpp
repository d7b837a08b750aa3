// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoReferrals.h"

#include "core/ReferralRules.h"
#include "storage/Database.h"

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

DemoReferrals::DemoReferrals(storage::Database& db, uint32_t seed, const QDate& today)
    : m_db(db)
    , m_engine(seed ^ 0x5EFE22A1u)
    , m_today(today)
    , m_release(db.prepare(QStringLiteral("INSERT INTO referral_releases (client_id, institution_id, given_on, "
                                          "purpose, items) VALUES (?1, ?2, ?3, ?4, ?5)")))
    , m_referral(db.prepare(QStringLiteral("INSERT INTO referrals (client_id, case_id, institution_id, "
                                           "field_of_action, reason, referred_on, expected_by, status, release_id) "
                                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")))
    , m_history(db.prepare(QStringLiteral("INSERT INTO referral_status_history (referral_id, status, changed_on) "
                                          "VALUES (?1, ?2, ?3)")))
    , m_status(db.prepare(QStringLiteral("UPDATE referrals SET status = ?2 WHERE id = ?1")))
    , m_period(db.prepare(QStringLiteral("INSERT INTO legal_domain_periods (client_id, legal_domain, started_on, "
                                         "ended_on) VALUES (?1, ?2, ?3, ?4)"))) {
    auto st = db.prepare(QStringLiteral("SELECT id, type FROM institutions WHERE archived = 0 ORDER BY id"));
    while (st.step())
        m_institutionsByType[st.integer(1)].append(st.int64(0));
}

int DemoReferrals::weighted(const QList<QPair<int, int>>& list) {
    int total = 0;
    for (const auto& w : list)
        total += w.second;
    int r = below(total);
    for (const auto& w : list) {
        if (r < w.second)
            return w.first;
        r -= w.second;
    }
    return list.back().first;
}

void DemoReferrals::addFor(const DemoReferralCase& c) {
    addPeriods(c);
    // About 2.3 referrals per client; fewer when the case was short.
    int count = weighted({{1, 30}, {2, 25}, {3, 20}, {4, 15}, {5, 10}});
    if (c.openedOn.daysTo(c.end) < 30)
        count = std::min(count, 1);
    for (int i = 0; i < count; ++i)
        addReferral(c);
}

void DemoReferrals::addReferral(const DemoReferralCase& c) {
    auto type = static_cast<InstitutionType>(weighted(typesFor(c.group)));
    if (!m_institutionsByType.contains(int(type)))
        type = T::Jobcenter;
    const QList<int64_t>& candidates = m_institutionsByType.value(int(type));
    if (candidates.isEmpty())
        return;
    const int64_t institutionId = candidates[below(static_cast<int>(candidates.size()))];
    const Purpose purpose = purposeFor(type);
    const QDate referredOn = c.openedOn.addDays(between(0, static_cast<int>(c.openedOn.daysTo(c.end))));
    // Without consent to referrals, or decided today, a referral stays planned.
    const bool transmit = c.consentToReferrals && referredOn < c.end && below(100) < 90;
    const QDate expectedBy = referredOn.addDays(between(10, 28));
    const int64_t releaseId = transmit ? addRelease(c, institutionId, type, referredOn) : 0;

    m_referral.bind(1, c.clientId).bind(2, c.caseId).bind(3, institutionId).bind(4, static_cast<int>(purpose.field));
    m_referral.bind(5, tr(purpose.reason)).bind(6, referredOn).bind(7, expectedBy);
    m_referral.bind(8, static_cast<int>(transmit ? S::Transmitted : S::Planned));
    if (transmit)
        m_referral.bind(9, releaseId);
    else
        m_referral.bindNull(9);
    m_referral.run();
    m_referral.reset();
    const int64_t referralId = m_db.lastInsertId();
    m_history.bind(1, referralId).bind(2, static_cast<int>(S::Planned)).bind(3, referredOn);
    m_history.run();
    m_history.reset();
    if (!transmit)
        return;
    m_history.bind(1, referralId).bind(2, static_cast<int>(S::Transmitted)).bind(3, referredOn);
    m_history.run();
    m_history.reset();
    walkStatuses(referralId, type, referredOn, expectedBy, c.end);
}

int64_t DemoReferrals::addRelease(const DemoReferralCase& c, int64_t institutionId, InstitutionType type,
                                  const QDate& on) {
    ReleaseItemSet items = with(with(with(0, ReleaseItem::MasterData), ReleaseItem::ContactData), ReleaseItem::Concern);
    items |= purposeFor(type).extraItems;
    m_release.bind(1, c.clientId).bind(2, institutionId).bind(3, on);
    m_release.bind(4, QCoreApplication::translate("DemoReferrals", "Vermittlung: %1").arg(tr(purposeFor(type).reason)))
        .bind(5, items);
    m_release.run();
    m_release.reset();
    return m_db.lastInsertId();
}

void DemoReferrals::setStatus(int64_t referralId, ReferralStatus status, const QDate& on) {
    m_history.bind(1, referralId).bind(2, static_cast<int>(status)).bind(3, on);
    m_history.run();
    m_history.reset();
    m_status.bind(1, referralId).bind(2, static_cast<int>(status));
    m_status.run();
    m_status.reset();
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
        if (next == S::NoResponse) // recorded only once the expected answer is late
            day = std::max(day, expectedBy.addDays(between(1, 14)));
        if (day > end || day > m_today)
            return;
        setStatus(referralId, next, day);
        status = next;
        day = day.addDays(between(5, 45));
    }
}

void DemoReferrals::addPeriod(int64_t clientId, LegalDomain domain, const QDate& start, const QDate& end) {
    m_period.bind(1, clientId).bind(2, static_cast<int>(domain)).bind(3, start).bind(4, end);
    m_period.run();
    m_period.reset();
}

// A plausible Rechtskreis history: asylum seekers move from AsylbLG to SGB II, people from
// Ukraine and others with a residence permit have AufenthG alongside benefits.
void DemoReferrals::addPeriods(const DemoReferralCase& c) {
    const QDate start = c.openedOn.addDays(-between(30, 700));
    switch (c.residence) {
    case ResidenceStatus::PermissionToRemain:
    case ResidenceStatus::Toleration:
        addPeriod(c.clientId, LegalDomain::AsylbLG, start, QDate());
        addPeriod(c.clientId, LegalDomain::AufenthG, start, QDate());
        return;
    case ResidenceStatus::EuFreedomOfMovement:
        if (below(100) < 60)
            addPeriod(c.clientId, LegalDomain::SgbII, start, QDate());
        else
            addPeriod(c.clientId, LegalDomain::None, start, QDate());
        return;
    case ResidenceStatus::Naturalised:
        addPeriod(c.clientId, LegalDomain::StAG, start, std::min(start.addDays(between(60, 300)), m_today));
        return;
    default:
        break;
    }
    addPeriod(c.clientId, LegalDomain::AufenthG, start, QDate());
    if (c.group == TargetGroup::RefugeesSince2015 && below(100) < 60) {
        const QDate switchDay = std::min(start.addDays(between(30, 400)), m_today);
        addPeriod(c.clientId, LegalDomain::AsylbLG, start, switchDay.addDays(-1));
        addPeriod(c.clientId, LegalDomain::SgbII, switchDay, QDate());
    } else if (below(100) < 70) {
        addPeriod(c.clientId, LegalDomain::SgbII, start.addDays(between(0, 60)), QDate());
    }
}

} // namespace kim::demo
