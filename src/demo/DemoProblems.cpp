// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoProblems.h"

#include "base/Clock.h"
#include "core/InstitutionRepository.h"
#include "core/ProblemTaxonomy.h"

#include <QSet>

#include <algorithm>

namespace kim::demo {

using namespace kim::core;

namespace {

using T = InstitutionType;

struct DemoProblem {
    const char* code;
    int weight;
    std::optional<InstitutionType> institution; // the kind of institution usually involved
};

// Housing, waiting for the Ausländerbehörde, course places, recognition and interpreters
// dominate, as in the case managers' reports; the rare types make thin categories.
const std::vector<DemoProblem>& problems() {
    static const std::vector<DemoProblem> list{
        {"WOH-01", 180, std::nullopt},
        {"INS-07", 140, T::ImmigrationOffice},
        {"BIL-02", 120, T::LanguageCourseProvider},
        {"ARB-03", 90, T::EmploymentAgency},
        {"INS-02", 80, T::Jobcenter},
        {"GES-01", 60, T::Health},
        {"BIL-03", 55, T::LanguageCourseProvider},
        {"GES-04", 45, std::nullopt},
        {"WOH-03", 40, std::nullopt},
        {"INS-01", 40, T::Jobcenter},
        {"INS-04", 35, T::Jobcenter},
        {"ARB-02", 35, T::Jobcenter},
        {"ARB-01", 30, T::LanguageCourseProvider},
        {"BIL-01", 30, T::Education},
        {"WOH-02", 25, std::nullopt},
        {"GES-05", 20, T::Health},
        {"TEI-03", 15, std::nullopt},
        {"INS-06", 15, T::ImmigrationOffice},
        {"INS-05", 12, std::nullopt},
        {"TEI-04", 10, std::nullopt},
        {"WOH-05", 8, std::nullopt},
        {"GES-03", 8, T::Health},
        {"ARB-04", 6, std::nullopt},
        {"TEI-01", 4, std::nullopt},
        {"TEI-02", 4, std::nullopt},
        {"WOH-04", 4, T::SocialWelfareOffice},
        {"INS-03", 3, T::FamilyBenefitsOffice},
        {"GES-02", 2, std::nullopt},
        {"GES-06", 1, std::nullopt},
    };
    return list;
}

constexpr int FamilyPercent = 5;
constexpr int FlaggedPercent = 35;
constexpr size_t RecentHeads = 40;

} // namespace

DemoProblems::DemoProblems(storage::Database& db, FixedClock& clock, uint32_t seed, const QDate& today)
    : m_clock(clock)
    , m_engine(seed ^ 0x57A0C0DEu)
    , m_keys((static_cast<uint64_t>(seed) << 32) ^ 0x6B65795F6B455953ull)
    , m_today(today)
    , m_flags(db, clock) {
    // In id order, as the demo always drew them.
    QList<Institution> institutions = InstitutionRepository(db).all();
    std::sort(institutions.begin(), institutions.end(),
              [](const Institution& a, const Institution& b) { return a.id < b.id; });
    for (const Institution& institution : institutions) {
        m_institutionsByType[static_cast<int>(institution.type)].append(institution.id);
    }
    // A vault that adopted a newer taxonomy may have retired some of these types.
    QSet<QString> active;
    for (const ProblemType& type : ProblemTaxonomyRepository(db).activeTypes()) {
        active.insert(type.code);
    }
    for (const DemoProblem& problem : problems()) {
        m_active.append(active.contains(QString::fromLatin1(problem.code)));
    }
}

std::optional<int64_t> DemoProblems::familyFor(Municipality municipality) {
    const std::vector<int64_t>& heads = m_headsByMunicipality[static_cast<int>(municipality)];
    if (heads.empty() || !chance(FamilyPercent)) {
        return std::nullopt;
    }
    // Heads are never members themselves, so families stay flat.
    const size_t recent = std::min(heads.size(), RecentHeads);
    return heads[heads.size() - 1 - static_cast<size_t>(below(static_cast<int>(recent)))];
}

void DemoProblems::addHead(Municipality municipality, int64_t clientId) {
    m_headsByMunicipality[static_cast<int>(municipality)].push_back(clientId);
}

int DemoProblems::pickProblem(TargetGroup group) {
    int total = 0;
    for (const DemoProblem& problem : problems()) {
        total += problem.weight;
    }
    int r = below(total);
    int index = 0;
    for (const DemoProblem& problem : problems()) {
        if (r < problem.weight) {
            break;
        }
        r -= problem.weight;
        ++index;
    }
    // EU citizens do not need the Ausländerbehörde; their problem is more often housing.
    if (group == TargetGroup::CentralSouthEastEurope && problems()[index].institution == T::ImmigrationOffice) {
        index = 0;
    }
    return index;
}

void DemoProblems::addFor(const DemoProblemCase& c) {
    if (!chance(FlaggedPercent)) {
        return;
    }
    const int roll = below(100); // one to three problems: 60, 28 and 12 per cent
    const int count = roll < 60 ? 1 : (roll < 88 ? 2 : 3);
    QSet<int> chosen;
    for (int i = 0; i < count; ++i) {
        const int problem = pickProblem(c.group);
        if (chosen.contains(problem) || !m_active[problem]) {
            continue;
        }
        chosen.insert(problem);
        addFlag(c, problem);
    }
}

void DemoProblems::addFlag(const DemoProblemCase& c, int index) {
    const DemoProblem& problem = problems()[static_cast<size_t>(index)];
    const int span = static_cast<int>(c.openedOn.daysTo(c.end));
    // Often the problem was there before the case; sometimes it shows up during the work.
    const QDate since = std::min(c.openedOn.addDays(chance(40) ? -between(0, 120) : between(0, span)), m_today);
    const QDate recordedOn = std::min(std::max(since, c.openedOn), m_today);
    QDate resolvedOn;
    if (chance(c.end < m_today ? 40 : 25)) {
        const QDate candidate = since.addDays(between(14, 240));
        if (candidate <= m_today) {
            resolvedOn = candidate;
        }
    }
    std::optional<int64_t> institutionId;
    std::optional<InstitutionType> institutionType;
    if (problem.institution) {
        const QList<int64_t> candidates = m_institutionsByType.value(static_cast<int>(*problem.institution));
        const int roll = below(100);
        if (roll < 55 && !candidates.isEmpty()) {
            institutionId = candidates[below(static_cast<int>(candidates.size()))];
            institutionType = problem.institution;
        } else if (roll < 75) {
            institutionType = problem.institution;
        }
    }
    ProblemFlag flag;
    flag.caseId = c.caseId;
    flag.problemCode = QString::fromLatin1(problem.code);
    flag.institutionId = institutionId;
    flag.institutionType = institutionType;
    flag.since = since;
    m_clock.setToday(recordedOn);
    m_flags.save(flag);
    // Resolved later, when the case manager learns of it.
    if (resolvedOn.isValid()) {
        flag.resolvedOn = resolvedOn;
        m_clock.setToday(resolvedOn);
        m_flags.save(flag);
    }
}

} // namespace kim::demo
