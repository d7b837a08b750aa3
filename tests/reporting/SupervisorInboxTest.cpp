// SPDX-License-Identifier: GPL-3.0-or-later
#include "SupervisionTestSupport.h"
#include "exchange/ExchangeTestSupport.h"

#include "core/CaseloadPseudonym.h"
#include "core/CaseloadSettings.h"
#include "exchange/PackageReader.h"
#include "exchange/PackageWriter.h"
#include "reporting/ImportReason.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <set>

using namespace kim;
using namespace Qt::StringLiterals;
using namespace kim::core;
using namespace kim::exchange;
using namespace kim::reporting;
using namespace kim::test;

namespace {

const ReportingPeriod November = ReportingPeriod::month(2026, 11);

// Strings that identify clients in the case file; none may reach the supervisor.
const QStringList Canaries{u"Zwetschkenbaum"_s,  u"Xaverine"_s,      u"Tigrinya-Kanarienvogel"_s,
                           u"Eritrea-Kanarie"_s, u"Notiz-Kanarie"_s, u"0171 5550199"_s,
                           u"1961-07-23"_s,      u"23.07.1961"_s,    u"Kanarienweg 7"_s};

// A case file with canaries: several cases in Verl and Halle, one silent for months, a case
// code, notes, a birth date, a rare language and a residence note.
void fillCaseFile(CaseManagerDesk& desk, int cases) {
    for (int i = 0; i < cases; ++i) {
        const Case c = desk.openOn(QDate(2026, 6, 1).addDays(i), Canaries[0] + QString::number(i),
                                   TargetGroup::RefugeesSince2015, i < 2 ? Municipality::Verl : Municipality::Halle);
        Client client = desk.clients.load(c.clientId);
        client.firstName = Canaries[1];
        client.languages = Canaries[2];
        client.residenceNote = Canaries[3];
        client.phone = Canaries[5];
        client.address = Canaries[8];
        client.birthDate = QDate(1961, 7, 23);
        desk.clients.save(client);
        if (i % 3 != 0) {
            desk.contactOn(c.id, QDate(2026, 11, 10 + i % 10));
        }
        desk.clock.setToday(QDate(2026, 11, 3));
        Consultation noted;
        noted.caseId = c.id;
        noted.heldOn = QDate(2026, 11, 3);
        noted.mode = ConsultationMode::Phone;
        noted.notes = Canaries[4];
        desk.consultations.save(noted);
    }
}

int64_t caseOf(CaseManagerDesk& desk, const QString& pseudonym) {
    const auto found = CaseloadPseudonym::resolve(desk.db(), pseudonym);
    return found.size() == 1 ? found[0].caseId : 0;
}

} // namespace

TEST_CASE("a caseload report reaches the supervisor exactly as previewed, dated by its period, not its sending",
          "[supervision]") {
    SupervisionScenario s;
    fillCaseFile(s.amal, 8);
    s.amal.clock.setToday(QDate(2026, 12, 3));
    auto exporter = s.amal.exporter();
    const PreparedCaseloadReport preview = exporter.prepare(November);
    CHECK(preview.report.revision == 1);
    CHECK(preview.report.value(u"cases.open"_s) == 8);
    REQUIRE_FALSE(preview.report.alerts.empty());
    const auto package = exporter.write(preview, s.toSupervisor());

    const OpenedPackage opened =
        PackageReader(s.supervisor.db(), s.supervisor.identity, s.supervisorClock).read(package);
    CHECK(opened.payload.kind == CaseloadReport::Kind);
    CHECK(opened.payload.period == u"2026-11"_s);
    CHECK(opened.payload.created == QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));

    const ImportOutcome outcome = s.import(package, u"amal.kimpkg"_s);
    CHECK(outcome.result == ImportResult::Accepted);
    CHECK(outcome.reason.isEmpty());
    CHECK(outcome.senderName == u"Amal Haddad"_s);
    CHECK(outcome.period == u"2026-11"_s);

    const auto current = s.reports.currentWithContent();
    REQUIRE(current.size() == 1);
    CHECK(current[0].senderName == u"Amal Haddad"_s);
    CHECK(current[0].senderKeyId == s.amal.identity.keyIdText());
    CHECK(current[0].created == QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
    CHECK(current[0].receivedAt.isValid());
    CHECK_FALSE(current[0].superseded);
    CHECK(current[0].content.period == November);
    CHECK(current[0].content.rules == preview.report.rules);
    CHECK(current[0].content.revision == 1);
    CHECK(current[0].content.values == preview.report.values);
    CHECK(current[0].content.alerts == preview.report.alerts);
    // What the sender recorded: its report, and a case for every pseudonym it carries.
    CHECK(rowCount(s.amal.db(), u"caseload_sent_reports"_s) == 1);
    CHECK(rowCount(s.amal.db(), u"caseload_sent_pseudonyms"_s) == static_cast<int>(preview.report.alerts.size()));
}

TEST_CASE("small counts by target group or municipality leave the vault empty; the supervisor never holds them",
          "[supervision]") {
    SupervisionScenario s;
    fillCaseFile(s.amal, 8); // 2 in Verl, 6 in Halle, all of one target group
    const auto package = s.amal.send(November, QDate(2026, 12, 3), s.toSupervisor());
    REQUIRE(s.import(package).result == ImportResult::Accepted);
    const CaseloadReport report = s.reports.currentWithContent().at(0).content;
    CHECK_FALSE(report.value(u"open_cases.by_municipality"_s, u"11"_s).has_value()); // 2: below 5
    // 6 hidden with it: 8 - 6 would give the 2 away.
    CHECK_FALSE(report.value(u"open_cases.by_municipality"_s, u"3"_s).has_value());
    CHECK(report.value(u"open_cases.by_municipality"_s, u"2"_s) == 0);
    CHECK(report.value(u"open_cases.by_target_group"_s, u"3"_s) == 8);
    auto stored = s.supervisor.db().prepare(
        u"SELECT COUNT(*) FROM supervisor_figures WHERE figure = 'open_cases.by_municipality' AND key = '11' "
        "AND value IS NULL"_s);
    REQUIRE(stored.step());
    CHECK(stored.integer(0) == 1);
    auto exactSmall = s.supervisor.db().prepare(
        u"SELECT COUNT(*) FROM supervisor_figures WHERE figure LIKE 'open_cases.%' AND value BETWEEN 1 AND 4"_s);
    REQUIRE(exactSmall.step());
    CHECK(exactSmall.integer(0) == 0);

    // A team that agreed on a threshold of 3 sends the 2 as "< 3" and other counts exactly.
    CaseloadSettings(s.ben.db()).saveRules(CaseloadRules{30, 90, 3});
    fillCaseFile(s.ben, 3); // 2 in Verl, 1 in Halle
    s.ben.clock.setToday(QDate(2026, 12, 3));
    const PreparedCaseloadReport benPreview = s.ben.exporter().prepare(November);
    CHECK(benPreview.report.rules.smallCountThreshold == 3);
    CHECK_FALSE(benPreview.report.value(u"open_cases.by_municipality"_s, u"11"_s).has_value());
    CHECK(benPreview.report.value(u"open_cases.by_target_group"_s, u"3"_s) == 3);
    // Breakdowns that are not suppressed stay exact.
    CHECK(benPreview.report.value(u"cases.open"_s) == 3);
}

TEST_CASE("no name, case code, note, birth date or rare language reaches the decrypted package", "[supervision]") {
    SupervisionScenario s;
    fillCaseFile(s.amal, 8);
    const auto package = s.amal.send(November, QDate(2026, 12, 3), s.toSupervisor());
    const OpenedPackage opened =
        PackageReader(s.supervisor.db(), s.supervisor.identity, s.supervisorClock).read(package);
    QStringList canaries = Canaries;
    auto codes = s.amal.db().prepare(u"SELECT case_code FROM clients"_s);
    while (codes.step()) {
        canaries << codes.text(0);
    }
    REQUIRE(canaries.size() == Canaries.size() + 8);
    for (const QString& canary : canaries) {
        INFO(canary.toStdString());
        CHECK_FALSE(opened.payloadJson.contains(canary.toUtf8()));
        CHECK_FALSE(toQByteArray(package).contains(canary.toUtf8()));
    }
    // The only date is the day after the period, at midnight; not the day of sending (3 December), no time.
    static const QRegularExpression date(u"[0-9]{4}-[0-9]{2}-[0-9]{2}"_s);
    auto matches = date.globalMatch(QString::fromUtf8(opened.payloadJson));
    QStringList dates;
    while (matches.hasNext()) {
        dates << matches.next().captured(0);
    }
    CHECK(dates == QStringList{u"2026-12-01"_s});
    CHECK(opened.payloadJson.contains("2026-12-01T00:00:00Z"));
    // Every string in the content is a member name, a figure id, a key, the period or a pseudonym.
    const QString json = QString::fromUtf8(QJsonDocument(opened.payload.content.toObject()).toJson());
    static const QRegularExpression strings(u"\"([^\"]*)\""_s);
    static const QRegularExpression allowed(QRegularExpression::anchoredPattern(
        u"format|definitions|period|revision|rules|figures|alerts|noContactAlertDays|stuckInPhaseDays|"
        "smallCountThreshold|pseudonym|phase|reasons|weeksSinceContact|weeksInPhase|overdueFollowUps|"
        "overdueReferrals|[a-z_]+(\\.[a-z_]+)?|[0-9]{1,2}|d[0-9]+_[0-9a-z]+|over[0-9]+|2026-11|P-[0-9A-F]{6}"_s));
    auto found = strings.globalMatch(json);
    while (found.hasNext()) {
        const QString string = found.next().captured(1);
        INFO(string.toStdString());
        CHECK(allowed.match(string).hasMatch());
    }
}

TEST_CASE("a pseudonym resolves to its case only in the sender's vault", "[supervision]") {
    SupervisionScenario s;
    fillCaseFile(s.amal, 6);
    fillCaseFile(s.ben, 6);
    REQUIRE(s.import(s.amal.send(November, QDate(2026, 12, 3), s.toSupervisor())).result == ImportResult::Accepted);
    REQUIRE(s.import(s.ben.send(November, QDate(2026, 12, 3), s.toSupervisor())).result == ImportResult::Accepted);
    const auto current = s.reports.currentWithContent();
    REQUIRE(current.size() == 2);
    CHECK(current[0].senderName == u"Amal Haddad"_s); // one period: by sender name
    CHECK(current[1].senderName == u"Ben Keller"_s);
    const ReceivedCaseloadReport& fromAmal = current[0];
    REQUIRE_FALSE(fromAmal.content.alerts.empty());
    for (const CaseloadReportAlert& alert : fromAmal.content.alerts) {
        INFO(alert.pseudonym.toStdString());
        const int64_t caseId = caseOf(s.amal, alert.pseudonym);
        CHECK(caseId != 0);
        CHECK(CaseloadPseudonym::of(CaseloadSettings(s.amal.db()).pseudonymKey(), November, caseId) == alert.pseudonym);
        // Ben's vault has cases with the same ids, but never sent this pseudonym.
        CHECK(CaseloadPseudonym::resolve(s.ben.db(), alert.pseudonym).empty());
        CHECK(CaseloadPseudonym::resolve(s.supervisor.db(), alert.pseudonym).empty());
    }
    // The same case in December has another pseudonym, which the supervisor cannot link.
    s.amal.clock.setToday(QDate(2027, 1, 4));
    const PreparedCaseloadReport december = s.amal.exporter().prepare(ReportingPeriod::month(2026, 12));
    std::set<QString> novemberPseudonyms;
    for (const auto& alert : fromAmal.content.alerts) {
        novemberPseudonyms.insert(alert.pseudonym);
    }
    for (const auto& [pseudonym, caseId] : december.casesOfPseudonyms) {
        CHECK_FALSE(novemberPseudonyms.contains(pseudonym));
    }
}

TEST_CASE("a newer report of the period replaces the older one, which stays visible as superseded", "[supervision]") {
    SupervisionScenario s;
    fillCaseFile(s.amal, 4);
    const auto first = s.amal.send(November, QDate(2026, 12, 3), s.toSupervisor());
    const auto sameDay = s.amal.send(November, QDate(2026, 12, 3), s.toSupervisor());
    s.amal.contactOn(s.amal.cases.latestCase(1)->id, QDate(2026, 11, 29), ConsultationMode::Video, QDate(2026, 12, 5));
    const auto later = s.amal.send(November, QDate(2026, 12, 5), s.toSupervisor());
    CHECK(rowCount(s.amal.db(), u"caseload_sent_reports"_s) == 3);

    REQUIRE(s.import(first).result == ImportResult::Accepted);
    const ImportOutcome second = s.import(sameDay);
    CHECK(second.result == ImportResult::Replaced); // same day, revision 2
    CHECK(s.reports.currentWithContent().at(0).content.revision == 2);
    CHECK(s.import(later).result == ImportResult::Replaced);
    const auto current = s.reports.currentWithContent();
    REQUIRE(current.size() == 1);
    CHECK(current[0].content.revision == 3);
    CHECK(current[0].content.value(u"contacts.by_mode"_s, u"4"_s) == 1); // the contact entered late
    const auto all = s.reports.all();
    REQUIRE(all.size() == 3);
    CHECK(std::count_if(all.begin(), all.end(), [](const auto& r) { return r.superseded; }) == 2);
    CHECK(all[0].content.revision == 3); // newest received first
    CHECK_FALSE(all[0].superseded);

    // Another period of the same sender is a report of its own.
    REQUIRE(s.import(s.amal.send(ReportingPeriod::month(2026, 10), QDate(2026, 12, 5), s.toSupervisor())).result ==
            ImportResult::Accepted);
    const auto both = s.reports.currentWithContent();
    REQUIRE(both.size() == 2);
    CHECK(both[0].content.period == ReportingPeriod::month(2026, 10)); // by period
    CHECK(both[1].content.period == November);
}

TEST_CASE("an older or equal report after a newer one is refused with its own reason, the vault unchanged",
          "[supervision]") {
    SupervisionScenario s;
    fillCaseFile(s.amal, 4);
    const auto older = s.amal.send(November, QDate(2026, 12, 3), s.toSupervisor());
    const auto newer = s.amal.send(November, QDate(2026, 12, 4), s.toSupervisor());
    REQUIRE(s.import(newer).result == ImportResult::Accepted);
    const auto before = s.state();
    const ImportOutcome outcome = s.import(older);
    CHECK(outcome.result == ImportResult::Rejected);
    CHECK(outcome.reason.contains(u"neuerer oder gleich neuer"_s));
    CHECK(outcome.senderName == u"Amal Haddad"_s);
    CHECK(s.state() == before);
    CHECK(s.reports.currentWithContent().at(0).content.revision == 2);

    // A second package with the same day and revision as the current report is no newer either.
    s.amal.clock.setToday(QDate(2026, 12, 4));
    CaseloadReport twin = s.reports.currentWithContent().at(0).content;
    const auto equal =
        PackageWriter(s.amal.db(), s.amal.identity)
            .write(CaseloadReport::Kind, u"2026-11"_s, twin.toJson(), {s.supervisor.identity.contactCard()},
                   QDateTime(QDate(2026, 12, 4), QTime(0, 0), Qt::UTC));
    const ImportOutcome same = s.import(equal);
    CHECK(same.result == ImportResult::Rejected);
    CHECK(same.reason == outcome.reason);
    CHECK(s.state() == before);
}

TEST_CASE("every hostile or replayed package is refused with its own reason and leaves the supervisor's vault "
          "unchanged",
          "[supervision]") {
    SupervisionScenario s;
    fillCaseFile(s.amal, 4);
    const auto genuine = s.amal.send(November, QDate(2026, 12, 3), s.toSupervisor());
    REQUIRE(s.import(genuine).result == ImportResult::Accepted);
    const auto before = s.state();
    s.amal.clock.setToday(QDate(2026, 12, 4));
    const PreparedCaseloadReport prepared = s.amal.exporter().prepare(November);
    const QJsonObject content = prepared.report.toJson();
    const auto raw = [&](const QString& kind, const QString& period, const QJsonValue& json) {
        return PackageWriter(s.amal.db(), s.amal.identity)
            .write(kind, period, json, {s.supervisor.identity.contactCard()},
                   QDateTime(QDate(2026, 12, 4), QTime(0, 0), Qt::UTC));
    };
    Workspace stranger(u"Unbekannt"_s);
    ContactBook(stranger.db(), kim::test::wallClock()).trust(s.supervisor.identity.contactCard());

    std::vector<std::pair<std::string, std::vector<uint8_t>>> hostile;
    hostile.emplace_back("replayed", genuine);
    auto tampered = s.amal.send(November, QDate(2026, 12, 4), s.toSupervisor());
    tampered[tampered.size() / 2] ^= 0x20;
    hostile.emplace_back("tampered", tampered);
    hostile.emplace_back("not a package", std::vector<uint8_t>{'h', 'a', 'l', 'l', 'o'});
    hostile.emplace_back("untrusted sender",
                         PackageWriter(stranger.db(), stranger.identity)
                             .write(CaseloadReport::Kind, u"2026-11"_s, content, {s.supervisor.identity.contactCard()},
                                    QDateTime(QDate(2026, 12, 4), QTime(0, 0), Qt::UTC)));
    hostile.emplace_back("encrypted to someone else",
                         PackageWriter(s.amal.db(), s.amal.identity)
                             .write(CaseloadReport::Kind, u"2026-11"_s, content, {s.ben.identity.contactCard()},
                                    QDateTime(QDate(2026, 12, 4), QTime(0, 0), Qt::UTC)));
    hostile.emplace_back("wrong kind", raw(u"kim.problem-report"_s, u"2026-11"_s, content));
    hostile.emplace_back("damaged content", raw(CaseloadReport::Kind, u"2026-11"_s, QJsonObject{{u"format"_s, 1}}));
    QJsonObject newer = content;
    newer.insert(u"format"_s, 2);
    hostile.emplace_back("newer format", raw(CaseloadReport::Kind, u"2026-11"_s, newer));

    std::set<QString> reasons;
    for (const auto& [name, bytes] : hostile) {
        INFO(name);
        const ImportOutcome outcome = s.import(bytes);
        CHECK(outcome.result == ImportResult::Rejected);
        CHECK_FALSE(outcome.reason.isEmpty());
        reasons.insert(outcome.reason);
        CHECK(s.state() == before);
    }
    CHECK(reasons.size() == hostile.size());

    // Content that only claims another period, and exact small counts, are invalid content.
    QJsonObject unsuppressed = content;
    QJsonObject figures = unsuppressed.value(u"figures"_s).toObject();
    QJsonObject municipalities = figures.value(u"open_cases.by_municipality"_s).toObject();
    municipalities.insert(u"11"_s, 2);
    figures.insert(u"open_cases.by_municipality"_s, municipalities);
    unsuppressed.insert(u"figures"_s, figures);
    for (const auto& bytes :
         {raw(CaseloadReport::Kind, u"2026-10"_s, content), raw(CaseloadReport::Kind, u"2026-11"_s, unsuppressed)}) {
        const ImportOutcome outcome = s.import(bytes);
        CHECK(outcome.result == ImportResult::Rejected);
        CHECK(outcome.reason == ImportReason::invalidContent());
        CHECK(s.state() == before);
    }

    // A revoked case manager's report is refused like a stranger's.
    ContactBook(s.supervisor.db(), kim::test::wallClock()).revoke(s.ben.identity.keyIdText());
    const ImportOutcome revoked = s.import(s.ben.send(November, QDate(2026, 12, 4), s.toSupervisor()));
    CHECK(revoked.reason == ImportReason::forFailure(PackageFailure::SignerUnknown));
    CHECK(s.state() == before);
}

TEST_CASE("a report to someone who is not a trusted contact writes, logs and records nothing", "[supervision]") {
    SupervisionScenario s;
    fillCaseFile(s.amal, 4);
    s.amal.clock.setToday(QDate(2026, 12, 3));
    auto exporter = s.amal.exporter();
    const PreparedCaseloadReport prepared = exporter.prepare(November);
    Workspace impostor(u"Teamleitung"_s);
    CHECK(errorCodeOf([&] { exporter.write(prepared, {impostor.identity.contactCard()}); }) ==
          ErrorCode::RuleViolation);
    CHECK(errorCodeOf([&] {
              exporter.write(prepared, {s.supervisor.identity.contactCard(), impostor.identity.contactCard()});
          }) == ErrorCode::RuleViolation);
    CHECK(errorCodeOf([&] { exporter.write(prepared, {}); }) == ErrorCode::InvalidInput);
    CHECK(rowCount(s.amal.db(), u"package_log"_s) == 0);
    CHECK(rowCount(s.amal.db(), u"caseload_sent_reports"_s) == 0);
    CHECK(rowCount(s.amal.db(), u"caseload_sent_pseudonyms"_s) == 0);
    {
        // The GUI writes inside a transaction it commits only once the file is saved.
        storage::Transaction transaction(s.amal.db());
        exporter.write(prepared, s.toSupervisor());
        CHECK(rowCount(s.amal.db(), u"caseload_sent_reports"_s) == 1);
    }
    CHECK(rowCount(s.amal.db(), u"caseload_sent_reports"_s) == 0);
    CHECK(rowCount(s.amal.db(), u"caseload_sent_pseudonyms"_s) == 0);
    CHECK(exporter.prepare(November).report.revision == 1);

    // Two supervisors at once: one package both can read.
    Workspace deputy(u"Stellvertretung"_s);
    ContactBook(s.amal.db(), kim::test::wallClock()).trust(deputy.identity.contactCard());
    ContactBook(deputy.db(), kim::test::wallClock()).trust(s.amal.identity.contactCard());
    const auto both = exporter.write(prepared, {s.supervisor.identity.contactCard(), deputy.identity.contactCard()});
    CHECK(s.import(both).result == ImportResult::Accepted);
    kim::FixedClock deputyClock(QDate(2026, 12, 10));
    CHECK(SupervisorInbox(deputy.db(), deputy.identity, deputyClock).importPackage(both, {}).result ==
          ImportResult::Accepted);
}

TEST_CASE("the supervisor's marks on alert rows stay in its vault and survive a newer report", "[supervision]") {
    SupervisionScenario s;
    fillCaseFile(s.amal, 4);
    REQUIRE(s.import(s.amal.send(November, QDate(2026, 12, 3), s.toSupervisor())).result == ImportResult::Accepted);
    const CaseloadReportAlert alert = s.reports.currentWithContent().at(0).content.alerts.at(0);
    CHECK(s.reports.reviews().empty());
    const QDateTime at(QDate(2026, 12, 10), QTime(9, 30), Qt::UTC);
    s.reports.saveReview(
        {s.amal.identity.keyIdText(), November, alert.pseudonym, true, u"  in der Fallbesprechung "_s, at});
    CHECK(errorCodeOf([&] {
              s.reports.saveReview(
                  {s.amal.identity.keyIdText(), November, alert.pseudonym, true, QString(501, u'x'), at});
          }) == ErrorCode::InvalidInput);

    REQUIRE(s.import(s.amal.send(November, QDate(2026, 12, 4), s.toSupervisor())).result == ImportResult::Replaced);
    const auto reviews = s.reports.reviews();
    REQUIRE(reviews.size() == 1);
    CHECK(reviews[0].senderKeyId == s.amal.identity.keyIdText());
    CHECK(reviews[0].period == November);
    CHECK(reviews[0].pseudonym == alert.pseudonym);
    CHECK(reviews[0].discussed);
    CHECK(reviews[0].note == u"in der Fallbesprechung"_s);
    CHECK(reviews[0].updatedAt == at);
    s.reports.saveReview({s.amal.identity.keyIdText(), November, alert.pseudonym, false, QString(), at.addDays(1)});
    REQUIRE(s.reports.reviews().size() == 1);
    CHECK_FALSE(s.reports.reviews()[0].discussed);

    CHECK_FALSE(s.reports.lastSeen().isValid());
    s.reports.markSeen(at);
    CHECK(s.reports.lastSeen() == at);
    s.reports.markSeen(at.addDays(2));
    CHECK(s.reports.lastSeen() == at.addDays(2));
}
