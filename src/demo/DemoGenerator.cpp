// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoGenerator.h"

#include "core/CaseRules.h"
#include "core/Catalog.h"
#include "demo/DemoData.h"
#include "demo/DemoProblems.h"
#include "demo/DemoReferrals.h"
#include "core/Domain.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>

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
        for (const Weighted& w : list)
            total += w.weight;
        int r = below(total);
        for (const Weighted& w : list) {
            if (r < w.weight)
                return w.value;
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
        if (ch == QChar(0x0142)) // ł has no decomposition
            ch = QLatin1Char('l');
        else if (ch == QChar(0x0131)) // dotless ı
            ch = QLatin1Char('i');
        if ((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) || ch == QLatin1Char('-'))
            result.append(ch);
    }
    return result;
}

// Inserts directly with reused prepared statements inside one transaction: the
// repositories' one-transaction-per-call would be far too slow for 10,000 clients.
class Generator final {
public:
    Generator(storage::Database& db, const DemoOptions& options);
    void run();

private:
    void addClient();
    ResidenceStatus residenceFor(TargetGroup group, const DemoData::Origin& origin);
    QString surname(const DemoData::Origin& origin, bool female);
    QString caseCode(Municipality municipality, int year);
    void addHousehold(const ClientFacts& client, const QDate& createdOn);
    void addCase(const ClientFacts& client, const QDate& openedOn, const QDate& withdrawnOn);
    QList<PhaseChange> planHistory(const QDate& openedOn, const QDate& withdrawnOn);
    void addGoals(int64_t caseId, Phase phase, const QDate& openedOn, const QDate& end);
    void addConsultations(const ClientFacts& client, int64_t caseId, const QDate& from, const QDate& to);
    QString note(const ClientFacts& client, ConsultationMode mode, FieldSet fields);
    void addFollowUps(int64_t caseId, bool closed, const QDate& from, const QDate& to);

    storage::Database& m_db;
    DemoOptions m_options;
    Random m_random;
    QHash<QString, int> m_sequences;
    storage::Statement m_client;
    storage::Statement m_household;
    storage::Statement m_consent;
    storage::Statement m_case;
    storage::Statement m_history;
    storage::Statement m_goal;
    storage::Statement m_consultation;
    storage::Statement m_followUp;
    DemoReferrals m_referrals;
    DemoProblems m_problems;
    std::vector<Weighted> m_municipalityWeights;
};

Generator::Generator(storage::Database& db, const DemoOptions& options)
    : m_db(db)
    , m_options(options)
    , m_random(options.seed)
    , m_client(db.prepare(QStringLiteral(
          "INSERT INTO clients (case_code, first_name, last_name, birth_date, phone, email, address, languages, "
          "interpreter_needed, target_group, municipality, residence_status, residence_note, created_on) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, '', ?13)")))
    , m_household(db.prepare(QStringLiteral(
          "INSERT INTO household_members (client_id, name, relation, birth_year) VALUES (?1, ?2, ?3, ?4)")))
    , m_consent(db.prepare(QStringLiteral("INSERT INTO consents (client_id, given_on, scope, form_version, "
                                          "withdrawn_on) VALUES (?1, ?2, ?3, ?4, ?5)")))
    , m_case(db.prepare(QStringLiteral("INSERT INTO cases (client_id, phase, opened_on, closed_on, record_key) "
                                       "VALUES (?1, ?2, ?3, ?4, ?5)")))
    , m_history(db.prepare(
          QStringLiteral("INSERT INTO case_phase_history (case_id, phase, changed_on, note) VALUES (?1, ?2, ?3, ?4)")))
    , m_goal(db.prepare(QStringLiteral("INSERT INTO goals (case_id, field_of_action, description, status, "
                                       "created_on, target_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")))
    , m_consultation(db.prepare(QStringLiteral(
          "INSERT INTO consultations (case_id, held_on, duration_minutes, mode, interpreter, fields_of_action, "
          "notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")))
    , m_followUp(db.prepare(
          QStringLiteral("INSERT INTO follow_ups (case_id, due_on, title, done_on) VALUES (?1, ?2, ?3, ?4)")))
    , m_referrals(db, options.seed, options.today.isValid() ? options.today : QDate::currentDate())
    , m_problems(db, options.seed, options.today.isValid() ? options.today : QDate::currentDate()) {
    if (!m_options.today.isValid())
        m_options.today = QDate::currentDate();
    // Restricting the towns keeps their relative weights; one draw either way, so the default
    // produces exactly the data it always did.
    for (const Weighted& w : MunicipalityWeights) {
        if (m_options.municipalities.contains(static_cast<Municipality>(w.value)))
            m_municipalityWeights.push_back(w);
    }
    if (m_municipalityWeights.empty())
        m_municipalityWeights = MunicipalityWeights;
}

void Generator::run() {
    for (int i = 0; i < m_options.clients; ++i)
        addClient();
}

void runAndReset(storage::Statement& st) {
    st.run();
    st.reset();
}

void Generator::addClient() {
    const QDate today = m_options.today;
    const auto group = static_cast<TargetGroup>(m_random.weighted(TargetGroupWeights));
    ClientFacts client;
    client.municipality = static_cast<Municipality>(m_random.weighted(m_municipalityWeights));
    client.origin = &DemoData::origins()[static_cast<size_t>(m_random.weighted(DemoData::originsOf(group)))];
    client.female = m_random.chance(50);
    const DemoData::Origin& origin = *client.origin;
    const QString firstName = utf8(m_random.pick(client.female ? origin.femaleFirstNames : origin.maleFirstNames));
    const QString lastName = surname(origin, client.female);
    client.lastName = lastName;
    const QDate createdOn = today.addDays(-m_random.between(0, 700));
    const int age = 18 + m_random.between(0, 26) + m_random.between(0, 26); // most are 30-50
    const QDate birthDate = createdOn.addYears(-age).addDays(-m_random.between(0, 364));
    QStringList languages{utf8(origin.languages[0])};
    if (m_random.chance(40))
        languages.append(utf8(
            origin.languages[static_cast<size_t>(m_random.between(1, static_cast<int>(origin.languages.size()) - 1))]));
    client.interpreterNeeded = m_random.chance(group == TargetGroup::Immigrants ? 20 : 60);
    const ResidenceStatus residence = residenceFor(group, origin);
    const QString phone =
        QStringLiteral("01%1 %2").arg(m_random.between(51, 79)).arg(m_random.between(1000000, 9999999));
    const QString email = m_random.chance(30)
                              ? QStringLiteral("%1.%2@example.org").arg(mailPart(firstName), mailPart(lastName))
                              : QString();
    const QString address =
        QStringLiteral("%1 %2, %3 %4")
            .arg(utf8(m_random.pick(DemoData::streets())))
            .arg(m_random.between(1, 120))
            .arg(QLatin1String(DemoData::postcode(client.municipality)), label(client.municipality));

    m_client.bind(1, caseCode(client.municipality, createdOn.year())).bind(2, firstName).bind(3, lastName);
    m_client.bind(4, birthDate).bind(5, phone).bind(6, email).bind(7, address);
    m_client.bind(8, languages.join(QStringLiteral(", "))).bind(9, client.interpreterNeeded);
    m_client.bind(10, static_cast<int>(group)).bind(11, static_cast<int>(client.municipality));
    m_client.bind(12, static_cast<int>(residence)).bind(13, createdOn);
    runAndReset(m_client);
    client.id = m_db.lastInsertId();
    m_problems.linkFamily(client.id, client.municipality);
    addHousehold(client, createdOn);

    // Everyone consented on the first day; a few withdrew later.
    const QDate openedOn = std::min(createdOn.addDays(m_random.between(0, 10)), today);
    const bool withdraws = openedOn.daysTo(today) > 30 && m_random.chance(3);
    const QDate withdrawnOn =
        withdraws ? openedOn.addDays(m_random.between(14, static_cast<int>(openedOn.daysTo(today)))) : QDate();
    const int scope = m_random.chance(70) ? static_cast<int>(ConsentScope::CaseWorkAndReferrals)
                                          : static_cast<int>(ConsentScope::CaseWork);
    m_consent.bind(1, client.id).bind(2, createdOn).bind(3, scope).bind(4, QStringLiteral("KIM-EW 2024-1"));
    m_consent.bind(5, withdrawnOn);
    runAndReset(m_consent);
    client.group = group;
    client.residence = residence;
    client.consentToReferrals = scope == static_cast<int>(ConsentScope::CaseWorkAndReferrals);
    addCase(client, openedOn, withdrawnOn);
}

QString Generator::surname(const DemoData::Origin& origin, bool female) {
    QString name = utf8(m_random.pick(origin.lastNames));
    if (!female)
        return name;
    if (origin.femaleSurname == DemoData::FemaleSurname::SlavicOv)
        return name + QLatin1Char('a'); // Ivanov -> Ivanova
    if (origin.femaleSurname == DemoData::FemaleSurname::SlavicSki && name.endsWith(QLatin1Char('i')))
        return name.left(name.size() - 1) + QLatin1Char('a'); // Kowalski -> Kowalska
    return name;
}

ResidenceStatus Generator::residenceFor(TargetGroup group, const DemoData::Origin& origin) {
    if (origin.euCitizen)
        return ResidenceStatus::EuFreedomOfMovement;
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

QString Generator::caseCode(Municipality municipality, int year) {
    // Continues after codes already in the vault, exactly as ClientRepository would.
    const QString prefix = codePrefix(municipality);
    const QString key = prefix + QString::number(year);
    auto it = m_sequences.find(key);
    if (it == m_sequences.end())
        it = m_sequences.insert(key, CaseRules::lastCaseSequence(m_db, prefix, year));
    return CaseRules::formatCaseCode(prefix, year, ++it.value());
}

void Generator::addHousehold(const ClientFacts& client, const QDate& createdOn) {
    const int members = m_random.weighted({{0, 35}, {1, 20}, {2, 20}, {3, 15}, {4, 10}});
    for (int i = 0; i < members; ++i) {
        const bool partner = i == 0 && m_random.chance(60);
        const bool female = partner ? !client.female : m_random.chance(50);
        const auto& names = female ? client.origin->femaleFirstNames : client.origin->maleFirstNames;
        const QString relation = partner ? (female ? QCoreApplication::translate("DemoGenerator", "Ehefrau")
                                                   : QCoreApplication::translate("DemoGenerator", "Ehemann"))
                                         : (female ? QCoreApplication::translate("DemoGenerator", "Tochter")
                                                   : QCoreApplication::translate("DemoGenerator", "Sohn"));
        const int birthYear =
            partner ? createdOn.year() - m_random.between(22, 60) : createdOn.year() - m_random.between(0, 17);
        m_household.bind(1, client.id)
            .bind(2, utf8(m_random.pick(names)) + QLatin1Char(' ') + client.lastName)
            .bind(3, relation)
            .bind(4, birthYear);
        runAndReset(m_household);
    }
}

void Generator::addCase(const ClientFacts& client, const QDate& openedOn, const QDate& withdrawnOn) {
    const QList<PhaseChange> history = planHistory(openedOn, withdrawnOn);
    const Phase phase = history.back().phase;
    const QDate closedOn = phase == Phase::Closing ? history.back().changedOn : QDate();
    m_case.bind(1, client.id).bind(2, static_cast<int>(phase)).bind(3, openedOn).bind(4, closedOn);
    m_case.bind(5, static_cast<int64_t>(m_problems.nextRecordKey()));
    runAndReset(m_case);
    const int64_t caseId = m_db.lastInsertId();
    for (const PhaseChange& change : history) {
        m_history.bind(1, caseId).bind(2, static_cast<int>(change.phase)).bind(3, change.changedOn);
        m_history.bind(4, change.note);
        runAndReset(m_history);
    }
    // Work happens only while the case is open and the consent stands.
    const QDate end = closedOn.isValid() ? closedOn : m_options.today;
    addGoals(caseId, phase, openedOn, end);
    addConsultations(client, caseId, openedOn, end);
    addFollowUps(caseId, closedOn.isValid(), openedOn, end);
    m_referrals.addFor({client.id, caseId, client.group, client.residence, client.consentToReferrals, openedOn, end});
    m_problems.addFor({caseId, client.group, openedOn, end});
}

// Walks the case through the cycle up to a drawn phase; a withdrawal closes it early.
QList<PhaseChange> Generator::planHistory(const QDate& openedOn, const QDate& withdrawnOn) {
    static const char* const Notes[] = {
        QT_TRANSLATE_NOOP("DemoGenerator", "Fall eröffnet"),
        QT_TRANSLATE_NOOP("DemoGenerator", "Situations- und Ressourcenanalyse begonnen"),
        QT_TRANSLATE_NOOP("DemoGenerator", "Ziele im Hilfeplan vereinbart"),
        QT_TRANSLATE_NOOP("DemoGenerator", "Vermittlung an Fachdienste begonnen"),
        QT_TRANSLATE_NOOP("DemoGenerator", "Begleitung reduziert, Ziele werden überprüft"),
        QT_TRANSLATE_NOOP("DemoGenerator", "Ziele überprüft, Fall abgeschlossen"),
    };
    const QDate end = withdrawnOn.isValid() ? withdrawnOn : m_options.today;
    const int target = m_random.weighted(PhaseWeights);
    QList<PhaseChange> history{{Phase::Clarification, openedOn, tr(Notes[0])}};
    for (int phase = 2; phase <= target; ++phase) {
        const QDate next = history.back().changedOn.addDays(m_random.between(10, 75));
        if (next > end)
            break;
        history.append({static_cast<Phase>(phase), next, tr(Notes[phase - 1])});
    }
    if (withdrawnOn.isValid() && history.back().phase != Phase::Closing)
        history.append(
            {Phase::Closing, withdrawnOn, QCoreApplication::translate("DemoGenerator", "Einwilligung widerrufen")});
    return history;
}

void Generator::addGoals(int64_t caseId, Phase phase, const QDate& openedOn, const QDate& end) {
    const int count = m_random.between(1, 3);
    for (int i = 0; i < count; ++i) {
        const auto field = static_cast<FieldOfAction>(m_random.between(1, 6));
        GoalStatus status = GoalStatus::Open;
        if (phase == Phase::Closing)
            status = static_cast<GoalStatus>(m_random.weighted({{3, 60}, {4, 25}, {5, 15}}));
        else if (phase >= Phase::Implementation)
            status = static_cast<GoalStatus>(m_random.weighted({{2, 60}, {3, 30}, {1, 10}}));
        const QDate createdOn = std::min(openedOn.addDays(m_random.between(0, 30)), end);
        m_goal.bind(1, caseId).bind(2, static_cast<int>(field));
        m_goal.bind(3, utf8(m_random.pick(DemoData::goalDescriptions(field)))).bind(4, static_cast<int>(status));
        m_goal.bind(5, createdOn).bind(6, createdOn.addMonths(m_random.between(2, 12)));
        runAndReset(m_goal);
    }
}

void Generator::addConsultations(const ClientFacts& client, int64_t caseId, const QDate& from, const QDate& to) {
    const int span = static_cast<int>(from.daysTo(to));
    const int count = std::min(m_random.between(2, 14), span / 7 + 1); // about 8 when there was time
    std::vector<int> offsets;
    for (int i = 0; i < count; ++i)
        offsets.push_back(i == 0 ? 0 : m_random.between(0, span));
    std::sort(offsets.begin(), offsets.end());
    for (int offset : offsets) {
        const auto mode = static_cast<ConsultationMode>(m_random.weighted(ModeWeights));
        int interpreter = static_cast<int>(InterpreterKind::None);
        if (client.interpreterNeeded)
            interpreter = m_random.weighted({{1, 20}, {2, 50}, {3, 30}});
        FieldSet fields = with(0, static_cast<FieldOfAction>(m_random.between(1, 6)));
        if (m_random.chance(35))
            fields = with(fields, static_cast<FieldOfAction>(m_random.between(1, 6)));
        const int minutes = mode == ConsultationMode::Phone ? 5 * m_random.between(2, 6) : 15 * m_random.between(2, 8);
        m_consultation.bind(1, caseId).bind(2, from.addDays(offset)).bind(3, minutes);
        m_consultation.bind(4, static_cast<int>(mode)).bind(5, interpreter).bind(6, fields);
        m_consultation.bind(7, note(client, mode, fields));
        runAndReset(m_consultation);
    }
}

QString Generator::note(const ClientFacts& client, ConsultationMode mode, FieldSet fields) {
    QStringList sentences{utf8(m_random.pick(DemoData::noteOpenings(mode)))};
    for (FieldOfAction field : allValues<FieldOfAction>()) {
        if (contains(fields, field))
            sentences.append(utf8(m_random.pick(DemoData::noteSentences(field))));
    }
    if (m_random.chance(30)) // a second topic of the same field now and then
        sentences.append(
            utf8(m_random.pick(DemoData::noteSentences(static_cast<FieldOfAction>(m_random.between(1, 6))))));
    const QString closing = utf8(m_random.pick(DemoData::noteClosings()));
    if (!closing.isEmpty())
        sentences.append(closing);
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
        m_followUp.bind(1, caseId).bind(2, due).bind(3, utf8(m_random.pick(DemoData::followUpTitles())));
        m_followUp.bind(4, std::min(due.addDays(m_random.between(0, 5)), to));
        runAndReset(m_followUp);
    }
    if (closed)
        return;
    // One open follow-up per open case: about a tenth due today, a third overdue.
    const int kind = m_random.below(10);
    const QDate due =
        kind == 0 ? today
                  : (kind <= 3 ? today.addDays(-m_random.between(1, 21)) : today.addDays(m_random.between(1, 35)));
    // Never due before the case was opened.
    m_followUp.bind(1, caseId).bind(2, std::max(due, from)).bind(3, utf8(m_random.pick(DemoData::followUpTitles())));
    runAndReset(m_followUp);
}

} // namespace

void generateDemoData(storage::Database& db, const DemoOptions& options) {
    storage::Transaction transaction(db);
    {
        Generator generator(db, options);
        generator.run();
    } // statements finalised before the commit
    transaction.commit();
}

} // namespace kim::demo
