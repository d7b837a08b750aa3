// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/ExchangeTestSupport.h"
#include "ProblemTestSupport.h"

#include "base/Clock.h"
#include "core/ProblemProposalRepository.h"
#include "exchange/AgeFile.h"
#include "exchange/ContactBook.h"
#include "reporting/ImportReason.h"
#include "exchange/MinisignSignature.h"
#include "reporting/OfficeInbox.h"
#include "reporting/OfficeSubmissions.h"
#include "exchange/PackageBundle.h"
#include "exchange/PackagePayload.h"
#include "exchange/PackageWriter.h"
#include "reporting/ProblemMerge.h"
#include "reporting/ProblemReport.h"
#include "reporting/ProblemReportExport.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <set>

using namespace kim;
using namespace kim::exchange;
using namespace kim::reporting;
using namespace kim::test;

namespace {

const core::Quarter Q3{2026, 3};

QDateTime at(int day, int hour = 9) {
    return QDateTime(QDate(2026, 10, day), QTime(hour, 0), Qt::UTC);
}

ProblemReport reportOf(const std::vector<TestUnit>& units, const core::Quarter& quarter = Q3) {
    ProblemReport report;
    report.tables = tablesOf(units, quarter);
    return report;
}

// What the office's vault holds; a rejected package must leave all of it unchanged.
struct OfficeState {
    int submissions = 0;
    int cells = 0;
    int log = 0;
    int proposals = 0;
    bool operator==(const OfficeState&) const = default;
};

// A coordinating office and two case managers who trust it (and whom it trusts).
struct OfficeScenario {
    OfficeScenario() {
        trustEachOther(office, amal);
        trustEachOther(office, ben);
    }

    std::vector<uint8_t> send(Workspace& from, const ProblemReport& report, const QDateTime& created) {
        return ProblemReportExport(from.db(), from.identity, clock)
            .write(report, office.identity.contactCard(), created);
    }
    // A genuine package of any kind, period and content from `from` to `to`.
    std::vector<uint8_t> raw(Workspace& from, const QString& kind, const QString& period, const QJsonValue& content,
                             const std::vector<ContactCard>& to) {
        return PackageWriter(from.db(), from.identity).write(kind, period, content, to, at(3));
    }
    ImportOutcome import(std::span<const uint8_t> bytes, const QString& source = QStringLiteral("bericht.kimpkg")) {
        return inbox.importPackage(bytes, source);
    }
    OfficeState state() {
        return OfficeState{rowCount(office.db(), QStringLiteral("office_submissions")),
                           rowCount(office.db(), QStringLiteral("office_cells")),
                           rowCount(office.db(), QStringLiteral("package_log")),
                           rowCount(office.db(), QStringLiteral("received_proposals"))};
    }

    kim::FixedClock clock{QDate(2026, 10, 5)};
    Workspace office{QStringLiteral("Koordinierende Stelle")};
    Workspace amal{QStringLiteral("Amal Haddad")};
    Workspace ben{QStringLiteral("Ben Keller")};
    OfficeInbox inbox{office.db(), office.identity, clock};
    OfficeSubmissions submissions{office.db()};
};

// A package whose signed payload lists `listed` as recipients but is encrypted to `encryptedTo`.
std::vector<uint8_t> misaddressed(const Identity& signer, const QStringList& listed, const Identity& encryptedTo,
                                  const QJsonValue& content) {
    PackagePayload payload;
    payload.kind = ProblemReport::Kind;
    payload.id = QUuid::createUuid();
    payload.created = at(3);
    payload.senderKeyId = signer.keyIdText();
    payload.recipientKeyIds = listed;
    payload.period = Q3.toString();
    payload.content = content;
    const QByteArray json = payload.toJson();
    const auto signature = MinisignSignature::sign(signer.signingKey(), bytesOf(json), QStringLiteral("test"));
    return AgeFile::encrypt(PackageBundle::join(signature, bytesOf(json)), {encryptedTo.agePublicKey()});
}

} // namespace

TEST_CASE("reports of several case managers are accepted and merge exactly, with their proposals") {
    OfficeScenario s;
    std::mt19937_64 random(11);
    const auto unitsA = randomUnits(random, 40);
    const auto unitsB = randomUnits(random, 25);
    ProblemReport fromAmal = reportOf(unitsA);
    core::ProblemProposal proposal;
    proposal.field = core::FieldOfAction::Institutions;
    proposal.title = QStringLiteral("Kein Termin beim Standesamt");
    proposal.definition = QStringLiteral("Wartezeit über drei Monate.");
    fromAmal.proposals << proposal;

    const ImportOutcome a = s.import(s.send(s.amal, fromAmal, at(2)), QStringLiteral("amal.kimpkg"));
    CHECK(a.result == ImportResult::Accepted);
    CHECK(a.reason.isEmpty());
    CHECK(a.senderName == QStringLiteral("Amal Haddad"));
    CHECK(a.period == QStringLiteral("2026-Q3"));
    CHECK(a.source == QStringLiteral("amal.kimpkg"));
    CHECK(s.import(s.send(s.ben, reportOf(unitsB), at(2))).result == ImportResult::Accepted);

    std::vector<TestUnit> all = unitsA;
    all.insert(all.end(), unitsB.begin(), unitsB.end());
    CHECK(s.submissions.merged(Q3) == tablesOf(all, Q3));
    CHECK(s.submissions.currentCount(Q3) == 2);
    CHECK(s.submissions.periods() == QList<core::Quarter>{Q3});
    const auto submissions = s.submissions.all();
    REQUIRE(submissions.size() == 2);
    CHECK(submissions[0].senderName == QStringLiteral("Ben Keller")); // newest first
    CHECK(submissions[1].senderKeyId == s.amal.identity.keyIdText());
    CHECK(submissions[1].created == at(2));
    CHECK_FALSE(submissions[1].superseded);

    const auto received = core::ProblemProposalRepository(s.office.db(), s.clock).received();
    REQUIRE(received.size() == 1);
    CHECK(received[0].senderName == QStringLiteral("Amal Haddad"));
    CHECK(received[0].period == QStringLiteral("2026-Q3"));
    CHECK(received[0].title == proposal.title);

    // A quarter nobody reported for merges to the programme's empty tables.
    const auto empty = s.submissions.merged(core::Quarter{2026, 2});
    CHECK(empty.period == core::Quarter{2026, 2});
    CHECK(empty.tables.size() == 4);
    CHECK(s.submissions.currentCount(core::Quarter{2026, 2}) == 0);
}

TEST_CASE("a newer report of the same sender for the quarter replaces the older one, an older one is refused") {
    OfficeScenario s;
    std::mt19937_64 random(12);
    const auto first = randomUnits(random, 30);
    const auto correction = randomUnits(random, 31);
    const auto late = randomUnits(random, 5);
    const auto nextQuarter = randomUnits(random, 8);
    CHECK(s.import(s.send(s.amal, reportOf(first), at(2))).result == ImportResult::Accepted);
    const auto stale = s.send(s.amal, reportOf(late), at(3));
    CHECK(s.import(s.send(s.amal, reportOf(correction), at(4))).result == ImportResult::Replaced);
    CHECK(s.submissions.merged(Q3) == tablesOf(correction, Q3));
    CHECK(s.submissions.currentCount(Q3) == 1);

    const OfficeState before = s.state();
    const ImportOutcome older = s.import(stale);
    CHECK(older.result == ImportResult::Rejected);
    CHECK(older.reason.contains(QStringLiteral("neuerer Bericht")));
    CHECK(older.senderName == QStringLiteral("Amal Haddad"));
    CHECK(s.state() == before);
    CHECK(s.submissions.merged(Q3) == tablesOf(correction, Q3));

    // Another quarter of the same sender is a report of its own.
    CHECK(s.import(s.send(s.amal, reportOf(nextQuarter, core::Quarter{2026, 4}), at(5))).result ==
          ImportResult::Accepted);
    CHECK(s.submissions.periods() == QList<core::Quarter>{Q3, core::Quarter{2026, 4}});
    const auto submissions = s.submissions.all();
    REQUIRE(submissions.size() == 3);
    CHECK(std::count_if(submissions.begin(), submissions.end(), [](const auto& x) { return x.superseded; }) == 1);
}

TEST_CASE("every hostile package is refused with its own reason and leaves the office's vault unchanged") {
    OfficeScenario s;
    std::mt19937_64 random(13);
    const ProblemReport report = reportOf(randomUnits(random, 20));
    const auto genuine = s.send(s.amal, report, at(2));
    REQUIRE(s.import(genuine).result == ImportResult::Accepted);
    const OfficeState before = s.state();
    Workspace stranger(QStringLiteral("Unbekannt"));
    ContactBook(stranger.db(), kim::test::wallClock()).trust(s.office.identity.contactCard());

    std::vector<std::pair<std::string, std::vector<uint8_t>>> hostile;
    auto tampered = s.send(s.amal, report, at(3));
    tampered[tampered.size() / 2] ^= 0x20;
    hostile.emplace_back("tampered", tampered);
    hostile.emplace_back("not a package", std::vector<uint8_t>{'h', 'a', 'l', 'l', 'o'});
    hostile.emplace_back("replayed", genuine);
    hostile.emplace_back("foreign signer", ProblemReportExport(stranger.db(), stranger.identity, s.clock)
                                               .write(report, s.office.identity.contactCard(), at(3)));
    hostile.emplace_back("encrypted to someone else", s.raw(s.amal, ProblemReport::Kind, Q3.toString(), report.toJson(),
                                                            {s.ben.identity.contactCard()}));
    hostile.emplace_back(
        "recipient list names someone else",
        misaddressed(s.amal.identity, {s.ben.identity.keyIdText()}, s.office.identity, report.toJson()));
    hostile.emplace_back("wrong kind", s.raw(s.amal, QStringLiteral("kim.taxonomy"), Q3.toString(), report.toJson(),
                                             {s.office.identity.contactCard()}));
    hostile.emplace_back("content not a report",
                         s.raw(s.amal, ProblemReport::Kind, Q3.toString(),
                               QJsonObject{{QStringLiteral("programme"), 1}}, {s.office.identity.contactCard()}));
    hostile.emplace_back("stale", s.send(s.amal, report, at(1)));

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

    // A package whose stated period differs from its tables is invalid content.
    const auto shifted = s.raw(s.ben, ProblemReport::Kind, QStringLiteral("2026-Q2"), report.toJson(),
                               {s.office.identity.contactCard()});
    const ImportOutcome outcome = s.import(shifted);
    CHECK(outcome.result == ImportResult::Rejected);
    CHECK(outcome.reason == ImportReason::invalidContent());
    CHECK(s.state() == before);

    // A revoked case manager's report is refused like a stranger's.
    ContactBook(s.office.db(), kim::test::wallClock()).revoke(s.ben.identity.keyIdText());
    const ImportOutcome revoked = s.import(s.send(s.ben, report, at(3)));
    CHECK(revoked.result == ImportResult::Rejected);
    CHECK(revoked.reason == ImportReason::forFailure(PackageFailure::SignerUnknown));
    CHECK(s.state() == before);
}
