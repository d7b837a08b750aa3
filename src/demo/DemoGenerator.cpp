// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoGenerator.h"

#include "base/Clock.h"
#include "core/CaseRepository.h"
#include "core/Catalog.h"
#include "core/ClientRepository.h"
#include "core/ConsentRepository.h"
#include "core/ConsultationRepository.h"
#include "core/Domain.h"
#include "core/FollowUpRepository.h"
#include "demo/DemoData.h"
#include "demo/DemoProblems.h"
#include "demo/DemoReferrals.h"
#include "storage/StatementReuse.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

#include <algorithm>
#include <random>
#include <vector>

namespace kim::demo {

using namespace kim::core;

namespace {

using DemoData::Weighted;

// std::mt19937's output is fixed by the standard; the std distributions are not, so the
// ranges are drawn by hand (the modulo bias does not matter for demo data).
class Random final {
public:
    explicit Random(uint32_t seed)
        : m_engine(seed) {}
    int below(int n) { return static_cast<int>(m_engine() % static_cast<uint32_t>(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T> const T& pick(const std::vector<T>& list) {
        return list[below(static_cast<int>(list.size()))];
    }
    int weighted(const std::vector<Weighted>& list) {
        int total = 0;
        for (const Weighted& w : list) {
            total += w.weight;
        }
        int r = below(total);
        for (const Weighted& w : list) {
            if (r < w.weight) {
                return w.value;
            }
            r -= w.weight;
        }
        return list.back().value;
    }

private:
    std::mt19937 m_engine;
};

QString tr(const char* text) {
    return QCoreApplication::translate("DemoGenerator", text);
}

QString utf8(const char* text) {
    return QString::fromUtf8(text);
}

// Roughly the population in thousands: Gütersloh and Rheda-Wiedenbrück dominate.
const std::vector<Weighted> MunicipalityWeights = {{1, 9},  {2, 100}, {3, 22},  {4, 25},  {5, 16},  {6, 9},  {7, 50},
                                                   {8, 30}, {9, 27},  {10, 21}, {11, 26}, {12, 22}, {13, 11}};
const std::vector<Weighted> TargetGroupWeights = {{1, 20}, {2, 25}, {3, 35}, {4, 20}};
// Where a generated case has got to; every phase occurs.
const std::vector<Weighted> PhaseWeights = {{1, 10}, {2, 12}, {3, 15}, {4, 25}, {5, 15}, {6, 23}};
const std::vector<Weighted> ModeWeights = {{1, 55}, {2, 30}, {3, 10}, {4, 5}};

struct ClientFacts {
    int64_t id = 0;
    Municipality municipality = Municipality::Guetersloh;
    bool female = false;
    bool interpreterNeeded = false;
    QString lastName;
    const DemoData::Origin* origin = nullptr;
    TargetGroup group = TargetGroup::Immigrants;
    ResidenceStatus residence = ResidenceStatus::Other;
    bool consentToReferrals = false;
};

// "Zielińska" -> "zielinska": invented addresses should at least be valid ASCII.
QString mailPart(const QString& name) {
    QString result;
    for (QChar ch : name.normalized(QString::NormalizationForm_D).toLower()) {
        if (ch == QChar(0x0142)) { // ł has no decomposition
            ch = QLatin1Char('l');
        } else if (ch == QChar(0x0131)) { // dotless ı
            ch = QLatin1Char('i');
        }
        if ((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) || ch == QLatin1Char('-')) {
            result.append(ch);
        }
    }
    return result;
}

// Writes through the repositories, so demo data obeys every rule a case manager's entries
// do. The clock is set to the day of each entry; records are written in an order the rules
// allow (work before the case is closed, a withdrawal last), while the random draws keep
// the order they always had, so a seed gives the data it gave before.
class Generator final {
public:
    Generator(storage::Database& db, const DemoOptions& options);
    void run();

private:
    void addClient();
    Client drawClient(ClientFacts& facts);
    ResidenceStatus residenceFor(TargetGroup group, const DemoData::Origin& origin);
    QString surname(const DemoData::Origin& origin, bool female);
    void drawHousehold(Client& client, const ClientFacts& facts);
    void addCase(const ClientFacts& client, const QDate& openedOn, const QDate& withdrawnOn);
    QList<PhaseChange> planHistory(const QDate& openedOn, const QDate& withdrawnOn);
    void changePhase(int64_t caseId, const PhaseChange& change);
    void addGoals(int64_t caseId, Phase phase, const QDate& openedOn, const QDate& end);
    void addConsultations(const ClientFacts& client, int64_t caseId, const QDate& from, const QDate& to);
    QString note(const ClientFacts& client, ConsultationMode mode, FieldSet fields);
    void addFollowUps(int64_t caseId, bool closed, const QDate& from, const QDate& to);
    void addFollowUp(int64_t caseId, const QDate& due, const QString& title, const QDate& done);

    DemoOptions m_options;
    Random m_random;
    FixedClock m_clock;
    // Before m_cases: it draws the record keys of new cases.
    DemoProblems m_problems;
    DemoReferrals m_referrals;
    ClientRepository m_clients;
    ConsentRepository m_consents;
    CaseRepository m_cases;
    ConsultationRepository m_consultations;
    FollowUpRepository m_followUps;
    std::vector<Weighted> m_municipalityWeights;
};

QDate todayOf(const DemoOptions& options) {
    return options.today.isValid() ? options.today : SystemClock().today();
}

Generator::Generator(storage::Database& db, const DemoOptions& options)
    : m_options(options)
    , m_random(options.seed)
    , m_clock(todayOf(options))
    , m_problems(db, m_clock, options.seed, todayOf(options))
    , m_referrals(db, m_clock, options.seed, todayOf(options))
    , m_clients(db, m_clock)
    , m_consents(db, m_clock)
    , m_cases(db, m_clock, [this] { return m_problems.nextRecordKey(); })
    , m_consultations(db, m_clock)
    , m_followUps(db, m_clock) {
    m_options.today = todayOf(options);
    // Restricting the towns keeps their relative weights; one draw either way, so the default
    // produces exactly the data it always did.
    for (const Weighted& w : MunicipalityWeights) {
        if (m_options.municipalities.contains(static_cast<Municipality>(w.value))) {
            m_municipalityWeights.push_back(w);
        }
    }
    if (m_municipalityWeights.empty()) {
        m_municipalityWeights = MunicipalityWeights;
    }
}

void Generator::run() {
    for (int i = 0; i < m_options.clients; ++i) {
        addClient();
    }
}

void Generator::addClient() {
    ClientFacts facts;
    Client client = drawClient(facts);
    const std::optional<int64_t> head = m_problems.familyFor(facts.municipality);
    drawHousehold(client, facts);
    client.familyId = head.value_or(0);
    const QDate createdOn = client.createdOn;
    m_clock.setToday(createdOn);
    m_clients.save(client); // assigns the case code, continuing after those in the vault
    facts.id = client.id;
    if (!head) {
        m_problems.addHead(facts.municipality, client.id);
    }

    // Everyone consented on the first day; a few withdrew later.
    const QDate today = m_options.today;
    const QDate openedOn = std::min(createdOn.addDays(m_random.between(0, 10)), today);
    const bool withdraws = openedOn.daysTo(today) > 30 && m_random.chance(3);
    const QDate withdrawnOn =
        withdraws ? openedOn.addDays(m_random.between(14, static_cast<int>(openedOn.daysTo(today)))) : QDate();
    Consent consent;
    consent.clientId = client.id;
    consent.givenOn = createdOn;
    consent.scope = m_random.chance(70) ? ConsentScope::CaseWorkAndReferrals : ConsentScope::CaseWork;
    consent.formVersion = QStringLiteral("KIM-EW 2024-1");
    m_consents.record(consent);
    facts.consentToReferrals = consent.scope == ConsentScope::CaseWorkAndReferrals;
    addCase(facts, openedOn, withdrawnOn);
    // Last: the withdrawal closes the open case, as it would in the application.
    if (withdrawnOn.isValid()) {
        m_clock.setToday(withdrawnOn);
        m_consents.withdraw(consent.id, withdrawnOn);
    }
}

Client Generator::drawClient(ClientFacts& facts) {
    facts.group = static_cast<TargetGroup>(m_random.weighted(TargetGroupWeights));
    facts.municipality = static_cast<Municipality>(m_random.weighted(m_municipalityWeights));
    facts.origin = &DemoData::origins()[static_cast<size_t>(m_random.weighted(DemoData::originsOf(facts.group)))];
    facts.female = m_random.chance(50);
    const DemoData::Origin& origin = *facts.origin;
    Client client;
    client.firstName = utf8(m_random.pick(facts.female ? origin.femaleFirstNames : origin.maleFirstNames));
    client.lastName = surname(origin, facts.female);
    facts.lastName = client.lastName;
    client.createdOn = m_options.today.addDays(-m_random.between(0, 700));
    const int age = 18 + m_random.between(0, 26) + m_random.between(0, 26); // most are 30-50
    client.birthDate = client.createdOn.addYears(-age).addDays(-m_random.between(0, 364));
    QStringList languages{utf8(origin.languages[0])};
    if (m_random.chance(40)) {
        languages.append(utf8(
            origin.languages[static_cast<size_t>(m_random.between(1, static_cast<int>(origin.languages.size()) - 1))]));
    }
    client.languages = languages.join(QStringLiteral(", "));
    facts.interpreterNeeded = m_random.chance(facts.group == TargetGroup::Immigrants ? 20 : 60);
    client.interpreterNeeded = facts.interpreterNeeded;
    facts.residence = residenceFor(facts.group, origin);
    client.phone = QStringLiteral("01%1 %2").arg(m_random.between(51, 79)).arg(m_random.between(1000000, 9999999));
    if (m_random.chance(30)) {
        client.email = QStringLiteral("%1.%2@example.org").arg(mailPart(client.firstName), mailPart(client.lastName));
    }
    client.address = QStringLiteral("%1 %2, %3 %4")
                         .arg(utf8(m_random.pick(DemoData::streets())))
                         .arg(m_random.between(1, 120))
                         .arg(QLatin1String(DemoData::postcode(facts.municipality)), label(facts.municipality));
    client.targetGroup = facts.group;
    client.municipality = facts.municipality;
    client.residenceStatus = facts.residence;
    return client;
}

QString Generator::surname(const DemoData::Origin& origin, bool female) {
    QString name = utf8(m_random.pick(origin.lastNames));
    if (!female) {
        return name;
    }
    if (origin.femaleSurname == DemoData::FemaleSurname::SlavicOv) {
        return name + QLatin1Char('a'); // Ivanov -> Ivanova
    }
    if (origin.femaleSurname == DemoData::FemaleSurname::SlavicSki && name.endsWith(QLatin1Char('i'))) {
        return name.left(name.size() - 1) + QLatin1Char('a'); // Kowalski -> Kowalska
    }
    return name;
}

ResidenceStatus Generator::residenceFor(TargetGroup group, const DemoData::Origin& origin) {
    if (origin.euCitizen) {
        return ResidenceStatus::EuFreedomOfMovement;
    }
    switch (group) {
    case TargetGroup::Ukraine:
        return m_random.chance(90) ? ResidenceStatus::TemporaryProtection24 : ResidenceStatus::ResidencePermit;
    case TargetGroup::RefugeesSince2015:
        return static_cast<ResidenceStatus>(m_random.weighted({{2, 25}, {3, 15}, {4, 45}, {6, 10}, {7, 5}}));
    case TargetGroup::CentralSouthEastEurope:
    case TargetGroup::Immigrants:
        return static_cast<ResidenceStatus>(m_random.weighted({{4, 40}, {6, 35}, {7, 20}, {8, 5}}));
    }
    return ResidenceStatus::Other;
}

void Generator::drawHousehold(Client& client, const ClientFacts& facts) {
    const int members = m_random.weighted({{0, 35}, {1, 20}, {2, 20}, {3, 15}, {4, 10}});
    for (int i = 0; i < members; ++i) {
        const bool partner = i == 0 && m_random.chance(60);
        const bool female = partner ? !facts.female : m_random.chance(50);
        const auto& names = female ? facts.origin->femaleFirstNames : facts.origin->maleFirstNames;
        const QString relation = partner ? (female ? QCoreApplication::translate("DemoGenerator", "Ehefrau")
                                                   : QCoreApplication::translate("DemoGenerator", "Ehemann"))
                                         : (female ? QCoreApplication::translate("DemoGenerator", "Tochter")
                                                   : QCoreApplication::translate("DemoGenerator", "Sohn"));
        const int year = client.createdOn.year();
        const int birthYear = partner ? year - m_random.between(22, 60) : year - m_random.between(0, 17);
        const QString name = utf8(m_random.pick(names)) + QLatin1Char(' ') + facts.lastName;
        client.household.append({0, name, relation, birthYear});
    }
}

void Generator::addCase(const ClientFacts& client, const QDate& openedOn, const QDate& withdrawnOn) {
    const QList<PhaseChange> history = planHistory(openedOn, withdrawnOn);
    const bool closes = history.back().phase == Phase::Closing;
    const Phase phase = closes || withdrawnOn.isValid() ? Phase::Closing : history.back().phase;
    const QDate closedOn = closes ? history.back().changedOn : withdrawnOn;
    m_clock.setToday(openedOn);
    const int64_t caseId = m_cases.open(client.id).id;
    for (qsizetype i = 1; i < history.size() - (closes ? 1 : 0); ++i) {
        changePhase(caseId, history[i]);
    }
    // Work happens only while the case is open and the consent stands.
    const QDate end = closedOn.isValid() ? closedOn : m_options.today;
    addGoals(caseId, phase, openedOn, end);
    addConsultations(client, caseId, openedOn, end);
    addFollowUps(caseId, closedOn.isValid(), openedOn, end);
    m_referrals.addFor({client.id, caseId, client.group, client.residence, client.consentToReferrals, openedOn, end});
    m_problems.addFor({caseId, client.group, openedOn, end});
    // A closed case takes no more work, so the closing is entered after it.
    if (closes) {
        changePhase(caseId, history.back());
    }
}

// Walks the case through the cycle up to a drawn phase, stopping at a withdrawal (which
// closes the case through the consent, see addClient). The first entry is the opening.
QList<PhaseChange> Generator::planHistory(const QDate& openedOn, const QDate& withdrawnOn) {
    static const char* const Notes[] = {
        QT_TRANSLATE_NOOP("DemoGenerator", "Situations- und Ressourcenanalyse begonnen"),
        QT_TRANSLATE_NOOP("DemoGenerator", "Ziele im Hilfeplan vereinbart"),
        QT_TRANSLATE_NOOP("DemoGenerator", "Vermittlung an Fachdienste begonnen"),
        QT_TRANSLATE_NOOP("DemoGenerator", "Begleitung reduziert, Ziele werden überprüft"),
        QT_TRANSLATE_NOOP("DemoGenerator", "Ziele überprüft, Fall abgeschlossen"),
    };
    const QDate end = withdrawnOn.isValid() ? withdrawnOn : m_options.today;
    const int target = m_random.weighted(PhaseWeights);
    QList<PhaseChange> history{{Phase::Clarification, openedOn, QString()}};
    for (int phase = 2; phase <= target; ++phase) {
        const QDate next = history.back().changedOn.addDays(m_random.between(10, 75));
        if (next > end) {
            break;
        }
        history.append({static_cast<Phase>(phase), next, tr(Notes[phase - 2])});
    }
    return history;
}

void Generator::changePhase(int64_t caseId, const PhaseChange& change) {
    m_clock.setToday(change.changedOn);
    m_cases.changePhase(caseId, change.phase, change.note);
}

void Generator::addGoals(int64_t caseId, Phase phase, const QDate& openedOn, const QDate& end) {
    const int count = m_random.between(1, 3);
    for (int i = 0; i < count; ++i) {
        Goal goal;
        goal.caseId = caseId;
        goal.field = static_cast<FieldOfAction>(m_random.between(1, 6));
        if (phase == Phase::Closing) {
            goal.status = static_cast<GoalStatus>(m_random.weighted({{3, 60}, {4, 25}, {5, 15}}));
        } else if (phase >= Phase::Implementation) {
            goal.status = static_cast<GoalStatus>(m_random.weighted({{2, 60}, {3, 30}, {1, 10}}));
        }
        goal.createdOn = std::min(openedOn.addDays(m_random.between(0, 30)), end);
        goal.description = utf8(m_random.pick(DemoData::goalDescriptions(goal.field)));
        goal.targetDate = goal.createdOn.addMonths(m_random.between(2, 12));
        m_clock.setToday(goal.createdOn);
        m_cases.saveGoal(goal);
    }
}

void Generator::addConsultations(const ClientFacts& client, int64_t caseId, const QDate& from, const QDate& to) {
    const int span = static_cast<int>(from.daysTo(to));
    const int count = std::min(m_random.between(2, 14), span / 7 + 1); // about 8 when there was time
    std::vector<int> offsets;
    for (int i = 0; i < count; ++i) {
        offsets.push_back(i == 0 ? 0 : m_random.between(0, span));
    }
    std::sort(offsets.begin(), offsets.end());
    for (int offset : offsets) {
        Consultation consultation;
        consultation.caseId = caseId;
        consultation.heldOn = from.addDays(offset);
        consultation.mode = static_cast<ConsultationMode>(m_random.weighted(ModeWeights));
        if (client.interpreterNeeded) {
            consultation.interpreter = static_cast<InterpreterKind>(m_random.weighted({{1, 20}, {2, 50}, {3, 30}}));
        }
        consultation.fields = with(0, static_cast<FieldOfAction>(m_random.between(1, 6)));
        if (m_random.chance(35)) {
            consultation.fields = with(consultation.fields, static_cast<FieldOfAction>(m_random.between(1, 6)));
        }
        consultation.durationMinutes =
            consultation.mode == ConsultationMode::Phone ? 5 * m_random.between(2, 6) : 15 * m_random.between(2, 8);
        consultation.notes = note(client, consultation.mode, consultation.fields);
        m_clock.setToday(consultation.heldOn);
        m_consultations.save(consultation);
    }
}

QString Generator::note(const ClientFacts& client, ConsultationMode mode, FieldSet fields) {
    QStringList sentences{utf8(m_random.pick(DemoData::noteOpenings(mode)))};
    for (FieldOfAction field : allValues<FieldOfAction>()) {
        if (contains(fields, field)) {
            sentences.append(utf8(m_random.pick(DemoData::noteSentences(field))));
        }
    }
    if (m_random.chance(30)) { // a second topic of the same field now and then
        sentences.append(
            utf8(m_random.pick(DemoData::noteSentences(static_cast<FieldOfAction>(m_random.between(1, 6))))));
    }
    const QString closing = utf8(m_random.pick(DemoData::noteClosings()));
    if (!closing.isEmpty()) {
        sentences.append(closing);
    }
    QString text = sentences.join(QLatin1Char(' '));
    text.replace(QStringLiteral("{ort}"), label(client.municipality));
    text.replace(QStringLiteral("{kl}"), client.female ? QCoreApplication::translate("DemoGenerator", "Klientin")
                                                       : QCoreApplication::translate("DemoGenerator", "Klient"));
    return text;
}

void Generator::addFollowUps(int64_t caseId, bool closed, const QDate& from, const QDate& to) {
    const QDate today = m_options.today;
    const int done = m_random.between(0, 2);
    for (int i = 0; i < done; ++i) {
        const QDate due = from.addDays(m_random.between(0, static_cast<int>(from.daysTo(to))));
        const QString title = utf8(m_random.pick(DemoData::followUpTitles()));
        addFollowUp(caseId, due, title, std::min(due.addDays(m_random.between(0, 5)), to));
    }
    if (closed) {
        return;
    }
    // One open follow-up per open case: about a tenth due today, a third overdue.
    const int kind = m_random.below(10);
    const QDate due =
        kind == 0 ? today
                  : (kind <= 3 ? today.addDays(-m_random.between(1, 21)) : today.addDays(m_random.between(1, 35)));
    // Never due before the case was opened.
    addFollowUp(caseId, std::max(due, from), utf8(m_random.pick(DemoData::followUpTitles())), QDate());
}

void Generator::addFollowUp(int64_t caseId, const QDate& due, const QString& title, const QDate& done) {
    FollowUp followUp;
    followUp.caseId = caseId;
    followUp.dueOn = due;
    followUp.title = title;
    followUp.doneOn = done;
    m_clock.setToday(done.isValid() ? done : m_options.today);
    m_followUps.save(followUp);
}

} // namespace

void generateDemoData(storage::Database& db, const DemoOptions& options) {
    // The repositories prepare the same few statements for every record: compiled once.
    storage::StatementReuse reuse(db);
    // One transaction for all of it: every repository call joins it, and a failure leaves
    // the vault without any demo data.
    storage::Transaction transaction(db);
    Generator(db, options).run();
    transaction.commit();
}

} // namespace kim::demo
