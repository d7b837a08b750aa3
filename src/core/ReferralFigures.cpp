// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ReferralFigures.h"

#include "core/ReferralRepository.h"
#include "core/ReferralRules.h"
#include "storage/Database.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace kim::core {

namespace {

// One transmitted referral reduced to what the figures need.
struct Sample {
    int64_t institutionId = 0;
    QString institutionName;
    InstitutionType type = InstitutionType::Other;
    LegalDomain domain = LegalDomain::None;
    std::optional<int> daysToResponse;
    std::optional<int> daysToOutcome;
    std::optional<ReferralStatus> outcome;
};

// Collected day counts of one group, turned into ReferralDurations at the end.
struct Collector {
    int transmitted = 0;
    QList<int> toResponse;
    QList<int> toOutcome;

    void add(const Sample& s) {
        ++transmitted;
        if (s.daysToResponse) {
            toResponse.append(*s.daysToResponse);
        }
        if (s.daysToOutcome) {
            toOutcome.append(*s.daysToOutcome);
        }
    }
    ReferralDurations result() const {
        return {transmitted, static_cast<int>(toResponse.size()), static_cast<int>(toOutcome.size()),
                ReferralFigures::median(toResponse), ReferralFigures::median(toOutcome)};
    }
};

// Adds one status change to the sample of its referral.
void apply(Sample& s, QDate& transmittedOn, ReferralStatus status, const QDate& on) {
    if (status == ReferralStatus::Transmitted) {
        transmittedOn = on;
        return;
    }
    if (!transmittedOn.isValid()) {
        return;
    }
    const int days = static_cast<int>(transmittedOn.daysTo(on));
    if (!s.daysToResponse && ReferralRules::isResponse(status)) {
        s.daysToResponse = days;
    }
    if (!s.daysToOutcome && ReferralRules::isFinal(status)) {
        s.daysToOutcome = days;
        s.outcome = status;
    }
}

// One pass over the history (ordered by referral): the days from "übermittelt" to the first
// answer and to the outcome.
QList<Sample> loadSamples(storage::Database& db) {
    auto st = db.prepare(QStringLiteral(
        "SELECT r.id, r.institution_id, i.name, i.type, i.legal_domain, h.status, h.changed_on FROM referrals r "
        "JOIN institutions i ON i.id = r.institution_id JOIN referral_status_history h ON h.referral_id = r.id "
        "WHERE r.status <> ?1 ORDER BY r.id, h.changed_on, h.id"));
    st.bind(1, static_cast<int>(ReferralStatus::Planned));
    QList<Sample> samples;
    int64_t current = 0;
    QDate transmittedOn;
    while (st.step()) {
        if (st.int64(0) != current) {
            current = st.int64(0);
            transmittedOn = QDate();
            Sample s;
            s.institutionId = st.int64(1);
            s.institutionName = st.text(2);
            s.type = static_cast<InstitutionType>(st.integer(3));
            s.domain = static_cast<LegalDomain>(st.integer(4));
            samples.append(s);
        }
        apply(samples.back(), transmittedOn, static_cast<ReferralStatus>(st.integer(5)), st.date(6));
    }
    return samples;
}

void addOutcome(LegalDomainOutcomes& o, ReferralStatus status) {
    switch (status) {
    case ReferralStatus::Completed:
        ++o.completed;
        break;
    case ReferralStatus::Rejected:
        ++o.rejected;
        break;
    case ReferralStatus::NoResponse:
        ++o.noResponse;
        break;
    case ReferralStatus::ReferredOn:
        ++o.referredOn;
        break;
    default:
        break;
    }
}

} // namespace

std::optional<double> ReferralFigures::median(QList<int> days) {
    if (days.isEmpty()) {
        return std::nullopt;
    }
    std::sort(days.begin(), days.end());
    const auto n = days.size();
    if (n % 2 == 1) {
        return days[n / 2];
    }
    return (days[n / 2 - 1] + days[n / 2]) / 2.0;
}

ReferralFigures ReferralFigures::compute(storage::Database& db, const Clock& clock) {
    ReferralFigures figures;
    ReferralRepository referrals(db, clock);
    figures.open = referrals.openCount({});
    figures.overdue = referrals.openCount({OpenReferralQuery::Order::DueDate, true});

    // Keyed by name then id, so the per-institution list comes out sorted by name.
    QMap<QPair<QString, int64_t>, Collector> byInstitution;
    QMap<int, Collector> byType;
    QMap<int, LegalDomainOutcomes> outcomes;
    QHash<int64_t, InstitutionType> typeOf;
    for (const Sample& s : loadSamples(db)) {
        typeOf.insert(s.institutionId, s.type);
        byInstitution[{s.institutionName, s.institutionId}].add(s);
        byType[static_cast<int>(s.type)].add(s);
        if (s.outcome) {
            LegalDomainOutcomes& o = outcomes[static_cast<int>(s.domain)];
            o.domain = s.domain;
            addOutcome(o, *s.outcome);
        }
    }
    for (auto it = byInstitution.cbegin(); it != byInstitution.cend(); ++it) {
        figures.byInstitution.append({it.key().second, it.key().first, typeOf.value(it.key().second), it->result()});
    }
    for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
        figures.byType.append({static_cast<InstitutionType>(it.key()), it->result()});
    }
    figures.outcomesByDomain = outcomes.values();
    return figures;
}

} // namespace kim::core
