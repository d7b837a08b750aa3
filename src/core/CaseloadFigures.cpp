// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CaseloadFigures.h"

#include "core/ReferralFigures.h"
#include "core/ReferralRules.h"
#include "storage/Database.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace kim::core {

// Every figure is computed from the vault as it stands now, in one pass (or one aggregate) per
// table, never a query per case: a month at 100,000 clients must take about a second.

namespace {

// An open case at the period's end and what its alert row needs.
struct OpenCase {
    int64_t clientId = 0;
    QDate openedOn;
    int targetGroup = 0;
    int municipality = 0;
    Phase phase = Phase::Clarification;
    QDate phaseSince; // of the last phase change on or before the period's end
    int64_t phaseChangeId = 0;
    QDate lastContact;
    int overdueFollowUps = 0;
    int overdueReferrals = 0;
};

using OpenCases = QHash<int64_t, OpenCase>;
using Values = std::map<QString, std::map<QString, int>>;

// The SQL condition "case ca was open on ?1" (the period's last day).
const auto OpenOnEnd = QStringLiteral("ca.opened_on <= ?1 AND (ca.closed_on IS NULL OR ca.closed_on > ?1) ");

class Period {
public:
    explicit Period(const ReportingPeriod& period)
        : first(period.firstDay())
        , last(period.lastDay()) {}
    bool contains(const QDate& day) const { return day.isValid() && day >= first && day <= last; }

    QDate first;
    QDate last;
};

void add(Values& values, const QString& figure, const QString& key, int count = 1) {
    values[figure][key] += count;
}

// Every case opened by the period's end: new, closed, reopened; the open ones are kept.
OpenCases loadCases(storage::Database& db, const Period& period, Values& values) {
    auto st = db.prepare(
        QStringLiteral("SELECT ca.id, ca.client_id, ca.opened_on, ca.closed_on, cl.target_group, cl.municipality "
                       "FROM cases ca JOIN clients cl ON cl.id = ca.client_id WHERE ca.opened_on <= ?1"));
    st.bind(1, period.last);
    OpenCases open;
    struct Opened {
        int64_t caseId;
        int64_t clientId;
        QDate on;
    };
    QList<Opened> opened;                                  // in the period
    QHash<int64_t, QList<QPair<int64_t, QDate>>> closedOf; // client -> (case, closed on)
    while (st.step()) {
        const int64_t caseId = st.int64(0);
        const int64_t clientId = st.int64(1);
        const QDate openedOn = st.date(2);
        const QDate closedOn = st.date(3);
        if (period.contains(openedOn)) {
            opened.append({caseId, clientId, openedOn});
        }
        if (period.contains(closedOn)) {
            add(values, QStringLiteral("cases.closed"), QStringLiteral("total"));
        }
        if (closedOn.isValid()) {
            closedOf[clientId].append({caseId, closedOn});
        }
        if (!closedOn.isValid() || closedOn > period.last) {
            OpenCase c;
            c.clientId = clientId;
            c.openedOn = openedOn;
            c.targetGroup = st.integer(4);
            c.municipality = st.integer(5);
            c.phaseSince = openedOn;
            open.insert(caseId, c);
        }
    }
    for (const Opened& o : opened) {
        add(values, QStringLiteral("cases.new"), QStringLiteral("total"));
        const auto earlier = closedOf.value(o.clientId);
        // Cases of a client never overlap: a case closed on or before this opening came before it.
        const bool reopened = std::any_of(earlier.begin(), earlier.end(), [&](const QPair<int64_t, QDate>& e) {
            return e.first != o.caseId && e.second <= o.on;
        });
        if (reopened) {
            add(values, QStringLiteral("cases.reopened"), QStringLiteral("total"));
        }
    }
    return open;
}

// The phase each open case stood in on the period's end: its last change on or before that day.
void loadPhases(storage::Database& db, const Period& period, OpenCases& open) {
    auto st = db.prepare(QStringLiteral("SELECT h.case_id, h.phase, h.changed_on, h.id FROM case_phase_history h "
                                        "JOIN cases ca ON ca.id = h.case_id WHERE h.changed_on <= ?1 AND ") +
                         OpenOnEnd);
    st.bind(1, period.last);
    while (st.step()) {
        const auto it = open.find(st.int64(0));
        if (it == open.end()) {
            continue;
        }
        const QDate on = st.date(2);
        const int64_t id = st.int64(3);
        if (it->phaseChangeId == 0 || on > it->phaseSince || (on == it->phaseSince && id > it->phaseChangeId)) {
            it->phase = static_cast<Phase>(st.integer(1));
            it->phaseSince = on;
            it->phaseChangeId = id;
        }
    }
}

void loadContacts(storage::Database& db, const Period& period, OpenCases& open, Values& values) {
    auto byMode = db.prepare(
        QStringLiteral("SELECT mode, COUNT(*) FROM consultations WHERE held_on >= ?1 AND held_on <= ?2 GROUP BY mode"));
    byMode.bind(1, period.first).bind(2, period.last);
    while (byMode.step()) {
        if (isValid<ConsultationMode>(byMode.integer(0))) {
            add(values, QStringLiteral("contacts.by_mode"), QString::number(byMode.integer(0)), byMode.integer(1));
        }
        add(values, QStringLiteral("contacts.by_mode"), QStringLiteral("total"), byMode.integer(1));
    }
    // The day the contact took place counts, not the day it was entered.
    // One index seek per open case (consultations_by_case), not a scan of every consultation.
    auto last =
        db.prepare(QStringLiteral("SELECT ca.id, (SELECT c.held_on FROM consultations c WHERE c.case_id = ca.id AND "
                                  "c.held_on <= ?1 ORDER BY c.held_on DESC LIMIT 1) FROM cases ca WHERE ") +
                   OpenOnEnd);
    last.bind(1, period.last);
    while (last.step()) {
        const auto it = open.find(last.int64(0));
        if (it != open.end()) {
            it->lastContact = last.date(1);
        }
    }
}

void loadFollowUps(storage::Database& db, const Period& period, OpenCases& open, Values& values) {
    auto due =
        db.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(done_on IS NOT NULL AND done_on <= due_on), 0), "
                                  "COALESCE(SUM(done_on IS NOT NULL AND done_on > due_on AND done_on <= ?2), 0) "
                                  "FROM follow_ups WHERE due_on >= ?1 AND due_on <= ?2"));
    due.bind(1, period.first).bind(2, period.last);
    if (due.step()) {
        const QString figure = QStringLiteral("follow_ups");
        add(values, figure, QStringLiteral("due"), due.integer(0));
        add(values, figure, QStringLiteral("on_time"), due.integer(1));
        add(values, figure, QStringLiteral("late"), due.integer(2));
        add(values, figure, QStringLiteral("overdue"), due.integer(0) - due.integer(1) - due.integer(2));
    }
    // Overdue on the period's end as the app calls it overdue on a day: due before it, not done by it.
    auto overdue = db.prepare(QStringLiteral("SELECT case_id, COUNT(*) FROM follow_ups WHERE due_on < ?1 AND "
                                             "(done_on IS NULL OR done_on > ?1) GROUP BY case_id"));
    overdue.bind(1, period.last);
    while (overdue.step()) {
        const auto it = open.find(overdue.int64(0));
        if (it != open.end()) {
            it->overdueFollowUps = overdue.integer(1);
        }
    }
}

// One referral made by the period's end and its history up to that day.
struct ReferralState {
    int64_t caseId = 0;
    int64_t clientId = 0;
    int64_t institutionId = 0;
    QDate referredOn;
    QDate expectedBy;
    int institutionType = 0;
    int legalDomain = 0;
    ReferralStatus statusAtEnd = ReferralStatus::Planned;
    QDate firstResponse; // invalid: none by the period's end
};

// Binds the statuses that are no answer (ReferralRules::isResponse) to ?first, ?first+1, ?first+2.
void bindNoAnswer(storage::Statement& st, int first) {
    Q_ASSERT(!ReferralRules::isResponse(ReferralStatus::Planned) &&
             !ReferralRules::isResponse(ReferralStatus::Transmitted) &&
             !ReferralRules::isResponse(ReferralStatus::NoResponse));
    st.bind(first, static_cast<int>(ReferralStatus::Planned))
        .bind(first + 1, static_cast<int>(ReferralStatus::Transmitted))
        .bind(first + 2, static_cast<int>(ReferralStatus::NoResponse));
}

QSet<int64_t> idsOf(storage::Statement& st) {
    QSet<int64_t> ids;
    while (st.step()) {
        ids.insert(st.int64(0));
    }
    return ids;
}

ReferralState referralFrom(storage::Statement& st) {
    ReferralState r;
    r.caseId = st.int64(1);
    r.clientId = st.int64(2);
    r.institutionId = st.int64(3);
    r.referredOn = st.date(4);
    r.expectedBy = st.date(5);
    r.institutionType = st.integer(6);
    r.legalDomain = st.integer(7);
    r.statusAtEnd = static_cast<ReferralStatus>(st.integer(8));
    return r;
}

const auto ReferralColumns =
    QStringLiteral("SELECT r.id, r.case_id, r.client_id, r.institution_id, r.referred_on, r.expected_by, i.type, "
                   "i.legal_domain, r.status FROM referrals r JOIN institutions i ON i.id = r.institution_id ");

// The status today is the status on the period's end unless it changed since; only those
// referrals, and those answered during the period, need their history (one seek each).
void readHistoryAtEnd(storage::Database& db, const Period& period, const QSet<int64_t>& changedSince,
                      const QSet<int64_t>& answeredDuring, QHash<int64_t, ReferralState>& referrals) {
    auto statusAt = db.prepare(QStringLiteral("SELECT status FROM referral_status_history WHERE referral_id = ?1 AND "
                                              "changed_on <= ?2 ORDER BY changed_on DESC, id DESC LIMIT 1"));
    for (const int64_t id : changedSince) {
        const auto it = referrals.find(id);
        if (it != referrals.end()) {
            statusAt.bind(1, id).bind(2, period.last);
            it->statusAtEnd =
                statusAt.step() ? static_cast<ReferralStatus>(statusAt.integer(0)) : ReferralStatus::Planned;
            statusAt.reset();
        }
    }
    auto firstAnswer =
        db.prepare(QStringLiteral("SELECT MIN(changed_on) FROM referral_status_history WHERE "
                                  "referral_id = ?1 AND changed_on <= ?2 AND status NOT IN (?3, ?4, ?5)"));
    for (const int64_t id : answeredDuring) {
        const auto it = referrals.find(id);
        if (it != referrals.end()) {
            firstAnswer.bind(1, id).bind(2, period.last);
            bindNoAnswer(firstAnswer, 3);
            if (firstAnswer.step()) {
                it->firstResponse = firstAnswer.date(0);
            }
            firstAnswer.reset();
        }
    }
}

// The referrals a figure can depend on: made in the period, still planned or transmitted today
// (overdue or awaiting a release), or changed since or answered during the period. A referral
// concluded before the period began adds to no figure, and most referrals are.
QHash<int64_t, ReferralState> loadReferralStates(storage::Database& db, const Period& period) {
    auto changed = db.prepare(QStringLiteral("SELECT referral_id FROM referral_status_history WHERE changed_on > ?1"));
    changed.bind(1, period.last);
    const QSet<int64_t> changedSince = idsOf(changed);
    auto answered = db.prepare(QStringLiteral("SELECT referral_id FROM referral_status_history WHERE "
                                              "changed_on >= ?1 AND changed_on <= ?2 AND status NOT IN (?3, ?4, ?5)"));
    answered.bind(1, period.first).bind(2, period.last);
    bindNoAnswer(answered, 3);
    const QSet<int64_t> answeredDuring = idsOf(answered);

    QHash<int64_t, ReferralState> referrals;
    auto st = db.prepare(ReferralColumns + QStringLiteral("WHERE r.referred_on <= ?1 AND (r.referred_on >= ?2 OR "
                                                          "r.status IN (?3, ?4))"));
    st.bind(1, period.last).bind(2, period.first);
    st.bind(3, static_cast<int>(ReferralStatus::Planned)).bind(4, static_cast<int>(ReferralStatus::Transmitted));
    while (st.step()) {
        referrals.insert(st.int64(0), referralFrom(st));
    }
    auto byId = db.prepare(ReferralColumns + QStringLiteral("WHERE r.id = ?1 AND r.referred_on <= ?2"));
    for (const QSet<int64_t>* ids : {&changedSince, &answeredDuring}) {
        for (const int64_t id : *ids) {
            if (!referrals.contains(id)) {
                byId.bind(1, id).bind(2, period.last);
                if (byId.step()) {
                    referrals.insert(id, referralFrom(byId));
                }
                byId.reset();
            }
        }
    }
    readHistoryAtEnd(db, period, changedSince, answeredDuring, referrals);
    return referrals;
}

// Releases from confidentiality standing on the period's end, as (client, institution).
QSet<QPair<int64_t, int64_t>> standingReleases(storage::Database& db, const Period& period) {
    auto st = db.prepare(QStringLiteral("SELECT client_id, institution_id FROM referral_releases WHERE given_on <= ?1 "
                                        "AND (withdrawn_on IS NULL OR withdrawn_on > ?1)"));
    st.bind(1, period.last);
    QSet<QPair<int64_t, int64_t>> releases;
    while (st.step()) {
        releases.insert({st.int64(0), st.int64(1)});
    }
    return releases;
}

void loadReferrals(storage::Database& db, const Period& period, OpenCases& open, Values& values) {
    const auto releases = standingReleases(db, period);
    const auto states = loadReferralStates(db, period);
    const QString figure = QStringLiteral("referrals");
    QList<int> answerDays;
    for (const ReferralState& r : states) {
        if (period.contains(r.referredOn)) {
            add(values, figure, QStringLiteral("opened"));
            add(values, QStringLiteral("referrals.by_institution_type"), QString::number(r.institutionType));
            add(values, QStringLiteral("referrals.by_legal_domain"), QString::number(r.legalDomain));
        }
        if (period.contains(r.firstResponse)) {
            add(values, figure, QStringLiteral("answered"));
            answerDays.append(static_cast<int>(r.referredOn.daysTo(r.firstResponse)));
        }
        const auto openCase = open.find(r.caseId);
        if (openCase == open.end()) {
            continue; // as the referral list: a closed case ends what is still
                      // awaited
        }
        // Overdue as Referral::isOverdueOn, on the period's end.
        if (r.statusAtEnd == ReferralStatus::Transmitted && r.expectedBy.isValid() && r.expectedBy < period.last) {
            add(values, figure, QStringLiteral("overdue"));
            ++openCase->overdueReferrals;
        }
        if (r.statusAtEnd == ReferralStatus::Planned && !releases.contains({r.clientId, r.institutionId})) {
            add(values, figure, QStringLiteral("awaiting_release"));
        }
    }
    const auto median = ReferralFigures::median(answerDays);
    add(values, QStringLiteral("referrals.answer_days"), QStringLiteral("median"),
        median ? static_cast<int>(std::lround(*median)) : 0);
}

// Clients with a consent standing on the period's end; counts the withdrawals in the period.
QSet<int64_t> loadConsents(storage::Database& db, const Period& period, Values& values) {
    auto valid = db.prepare(QStringLiteral("SELECT DISTINCT client_id FROM consents WHERE given_on <= ?1 AND "
                                           "(withdrawn_on IS NULL OR withdrawn_on > ?1)"));
    valid.bind(1, period.last);
    QSet<int64_t> clients;
    while (valid.step()) {
        clients.insert(valid.int64(0));
    }
    auto withdrawn =
        db.prepare(QStringLiteral("SELECT COUNT(*) FROM consents WHERE withdrawn_on >= ?1 AND withdrawn_on <= ?2"));
    withdrawn.bind(1, period.first).bind(2, period.last);
    if (withdrawn.step()) {
        add(values, QStringLiteral("consents"), QStringLiteral("withdrawn"), withdrawn.integer(0));
    }
    return clients;
}

QString durationKey(int days) {
    if (days <= 30) {
        return QStringLiteral("d0_30");
    }
    if (days <= 90) {
        return QStringLiteral("d31_90");
    }
    if (days <= 180) {
        return QStringLiteral("d91_180");
    }
    if (days <= 365) {
        return QStringLiteral("d181_365");
    }
    return QStringLiteral("d366_plus");
}

// The figures "as at the period's end" of one open case, and its alert row if it needs one.
void countOpenCase(int64_t caseId, const OpenCase& c, const Period& period, const CaseloadRules& rules,
                   const QSet<int64_t>& consenting, CaseloadFigures& figures) {
    Values& values = figures.values;
    add(values, QStringLiteral("cases.open"), QStringLiteral("total"));
    add(values, QStringLiteral("cases.by_phase"), QString::number(static_cast<int>(c.phase)));
    add(values, QStringLiteral("cases.by_duration"), durationKey(static_cast<int>(c.openedOn.daysTo(period.last))));
    const QDate contact = c.lastContact.isValid() && c.lastContact > c.openedOn ? c.lastContact : c.openedOn;
    const int sinceContact = static_cast<int>(contact.daysTo(period.last));
    for (const int gap : {14, 30, 60}) {
        if (sinceContact > gap) {
            add(values, QStringLiteral("contacts.gap"), QStringLiteral("over%1").arg(gap));
        }
    }
    if (!consenting.contains(c.clientId)) {
        add(values, QStringLiteral("consents"), QStringLiteral("without_valid"));
    }
    add(values, QStringLiteral("open_cases.by_target_group"), QString::number(c.targetGroup));
    add(values, QStringLiteral("open_cases.by_municipality"), QString::number(c.municipality));

    CaseloadAlert alert;
    alert.caseId = caseId;
    alert.phase = c.phase;
    alert.daysSinceContact = sinceContact;
    alert.daysInPhase = static_cast<int>(c.phaseSince.daysTo(period.last));
    alert.overdueFollowUps = c.overdueFollowUps;
    alert.overdueReferrals = c.overdueReferrals;
    if (sinceContact > rules.noContactAlertDays) {
        alert.reasons |= static_cast<int>(AlertReason::NoContact);
    }
    if (c.overdueFollowUps > 0) {
        alert.reasons |= static_cast<int>(AlertReason::OverdueFollowUp);
    }
    if (alert.daysInPhase > rules.stuckInPhaseDays) {
        alert.reasons |= static_cast<int>(AlertReason::StuckInPhase);
    }
    if (c.overdueReferrals > 0) {
        alert.reasons |= static_cast<int>(AlertReason::OverdueReferral);
    }
    // Damaged data (a phase unknown or Abschluss in an open case) never makes a row.
    const bool openPhase = isValid<Phase>(static_cast<int>(c.phase)) && c.phase != Phase::Closing;
    if (alert.reasons != 0 && openPhase) {
        figures.alerts.push_back(alert);
    }
}

// Every key of every definition, 0 until counted; counts under unknown keys (damaged data) dropped.
Values emptyValues() {
    Values values;
    for (const CaseloadFigureDefinition& definition : CaseloadDefinitions::all()) {
        auto& keys = values[definition.id];
        for (const auto& key : definition.keys) {
            keys[key.first] = 0;
        }
    }
    return values;
}

void dropUnknownKeys(Values& values) {
    const Values known = emptyValues();
    for (auto& [figure, keys] : values) {
        const auto& expected = known.at(figure);
        std::erase_if(keys, [&](const auto& entry) { return !expected.contains(entry.first); });
    }
}

} // namespace

int CaseloadFigures::value(const QString& figureId, const QString& key) const {
    const auto figure = values.find(figureId);
    if (figure == values.end()) {
        return 0;
    }
    const auto it = figure->second.find(key);
    return it == figure->second.end() ? 0 : it->second;
}

CaseloadFigures CaseloadFigures::compute(storage::Database& db, const ReportingPeriod& period,
                                         const CaseloadRules& rules) {
    const Period days(period);
    CaseloadFigures figures;
    figures.period = period;
    figures.rules = rules;
    figures.values = emptyValues();

    OpenCases open = loadCases(db, days, figures.values);
    loadPhases(db, days, open);
    loadContacts(db, days, open, figures.values);
    loadFollowUps(db, days, open, figures.values);
    loadReferrals(db, days, open, figures.values);
    const QSet<int64_t> consenting = loadConsents(db, days, figures.values);

    for (auto it = open.cbegin(); it != open.cend(); ++it) {
        countOpenCase(it.key(), *it, days, rules, consenting, figures);
    }
    dropUnknownKeys(figures.values);
    std::sort(figures.alerts.begin(), figures.alerts.end(),
              [](const CaseloadAlert& a, const CaseloadAlert& b) { return a.caseId < b.caseId; });
    return figures;
}

} // namespace kim::core
