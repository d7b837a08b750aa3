// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemTestSupport.h"

#include "base/Clock.h"
#include "core/ConferenceRepository.h"
#include "core/ProblemTaxonomy.h"
#include "exchange/ContactBook.h"
#include "reporting/ImportReason.h"
#include "reporting/CaseManagerInbox.h"
#include "reporting/OfficeOutbox.h"
#include "exchange/PackageWriter.h"
#include "reporting/ProblemReport.h"
#include "storage/Database.h"
#include "support/ErrorOf.h"

#include <catch2/catch.hpp>

using namespace kim;
using namespace kim::exchange;
using namespace kim::reporting;
using namespace kim::test;

namespace {

// A coordinating office with two trusted case managers and one whose contact it revoked.
struct OfficeAndCaseManagers {
    OfficeAndCaseManagers() {
        trustEachOther(office, amal);
        trustEachOther(office, ben);
        trustEachOther(office, carl);
        ContactBook(office.db(), kim::test::wallClock()).revoke(carl.identity.keyIdText());
    }

    ImportOutcome importAt(Workspace& caseManager, std::span<const uint8_t> bytes) {
        return CaseManagerInbox(caseManager.db(), caseManager.identity, clock)
            .importPackage(bytes, QStringLiteral("stelle.kimpkg"));
    }
    OfficeOutbox outbox() { return OfficeOutbox(office.db(), office.identity, clock); }

    kim::FixedClock clock{QDate(2026, 11, 10)};
    Workspace office{QStringLiteral("Koordinierende Stelle")};
    Workspace amal{QStringLiteral("Amal Haddad")};
    Workspace ben{QStringLiteral("Ben Keller")};
    Workspace carl{QStringLiteral("Carl Meier")};
};

core::ConferenceItem itemFor(const QString& code, const QString& feedback) {
    core::ConferenceItem item;
    item.problemCode = code;
    item.period = QStringLiteral("2026-Q3");
    item.conferenceDate = QDate(2026, 11, 4);
    item.agendaTitle = QStringLiteral("Wartezeiten bei der Ausländerbehörde");
    item.decision = QStringLiteral("Die AG Verwaltung spricht mit der Behörde.");
    item.workingGroup = QStringLiteral("AG Verwaltung");
    item.status = core::ConferenceItemStatus::InProgress;
    item.feedback = feedback;
    return item;
}

} // namespace

TEST_CASE("an issued taxonomy reaches every trusted case manager and is adopted once") {
    OfficeAndCaseManagers w;
    core::ProblemTaxonomyRepository officeTaxonomy(w.office.db());
    const QString code =
        officeTaxonomy.saveType(core::FieldOfAction::Institutions, {}, QStringLiteral("Kein Termin beim Standesamt"),
                                QStringLiteral("Wartezeit über drei Monate."));
    const core::Taxonomy issued = officeTaxonomy.issue(w.clock.today());
    REQUIRE(issued.version == 2);
    REQUIRE(w.outbox().recipients().size() == 2); // not the revoked contact
    const auto package = w.outbox().writeTaxonomy(issued);

    for (Workspace* caseManager : {&w.amal, &w.ben}) {
        const ImportOutcome outcome = w.importAt(*caseManager, package);
        CHECK(outcome.result == ImportResult::Accepted);
        CHECK(outcome.senderName == QStringLiteral("Koordinierende Stelle"));
        const core::ProblemTaxonomyRepository taxonomy(caseManager->db());
        CHECK(taxonomy.version() == 2);
        REQUIRE(taxonomy.find(code));
        CHECK(taxonomy.find(code)->title == QStringLiteral("Kein Termin beim Standesamt"));
    }
    const ImportOutcome revoked = w.importAt(w.carl, package);
    CHECK(revoked.result == ImportResult::Rejected);
    CHECK(revoked.reason == ImportReason::forFailure(PackageFailure::NotForThisWorkspace));
    CHECK(core::ProblemTaxonomyRepository(w.carl.db()).version() == 1);

    SECTION("an older or equal version is refused with a reason and changes nothing") {
        core::Taxonomy old = issued;
        const int logBefore = rowCount(w.amal.db(), QStringLiteral("package_log"));
        for (const int version : {1, 2}) {
            old.version = version;
            old.types.removeIf([](const core::ProblemType& type) { return type.sinceVersion > 1; });
            for (auto& type : old.types) {
                type.retiredIn.reset();
            }
            const ImportOutcome outcome = w.importAt(w.amal, w.outbox().writeTaxonomy(old));
            CHECK(outcome.result == ImportResult::Rejected);
            CHECK(outcome.reason.contains(QStringLiteral("nicht neuer")));
        }
        CHECK(core::ProblemTaxonomyRepository(w.amal.db()).version() == 2);
        CHECK(rowCount(w.amal.db(), QStringLiteral("package_log")) == logBefore);
    }
}

TEST_CASE("conference feedback is marked sent at the office and stored, replaceable, at the case manager") {
    OfficeAndCaseManagers w;
    core::ConferenceRepository office(w.office.db(), w.clock);
    core::ConferenceItem item = itemFor(QStringLiteral("INS-07"), QStringLiteral("Erster Termin im Dezember."));
    office.save(item);
    core::ConferenceItem other = itemFor(QStringLiteral("ARB-SONST"), QStringLiteral("Wird beobachtet."));
    office.save(other);
    const QDateTime sent(QDate(2026, 11, 10), QTime(14, 0), Qt::UTC);
    const auto package = w.outbox().writeFeedback({item, other}, sent);
    for (const auto& stored : office.items()) {
        CHECK(stored.feedbackSentAt == sent);
    }

    CHECK(w.importAt(w.amal, package).result == ImportResult::Accepted);
    core::ConferenceRepository amal(w.amal.db(), w.clock);
    auto feedback = amal.feedback();
    REQUIRE(feedback.size() == 2);
    CHECK(amal.unreadFeedbackCount() == 2);
    const auto ins = std::find_if(feedback.begin(), feedback.end(),
                                  [](const auto& f) { return f.item.problemCode == QStringLiteral("INS-07"); });
    REQUIRE(ins != feedback.end());
    CHECK(ins->officeName == QStringLiteral("Koordinierende Stelle"));
    CHECK(ins->officeItemId == QStringLiteral("%1/%2").arg(w.office.identity.keyIdText()).arg(item.id));
    CHECK(ins->problemTitle == QStringLiteral("Lange Wartezeit auf einen Termin bei der Ausländerbehörde"));
    CHECK(ins->item.feedback == QStringLiteral("Erster Termin im Dezember."));
    CHECK(ins->item.status == core::ConferenceItemStatus::InProgress);
    const auto sonst = std::find_if(feedback.begin(), feedback.end(),
                                    [](const auto& f) { return f.item.problemCode == QStringLiteral("ARB-SONST"); });
    REQUIRE(sonst != feedback.end());
    CHECK(sonst->problemTitle.startsWith(QStringLiteral("Sonstige")));

    // An update of the same item replaces it rather than adding a second one.
    item.status = core::ConferenceItemStatus::Implemented;
    item.feedback = QStringLiteral("Sprechstunde für Fallmanagerinnen eingerichtet.");
    office.save(item);
    CHECK(w.importAt(w.amal, w.outbox().writeFeedback({item})).result == ImportResult::Accepted);
    feedback = amal.feedback();
    CHECK(feedback.size() == 2);
    CHECK(std::count_if(feedback.begin(), feedback.end(), [](const auto& f) {
              return f.item.status == core::ConferenceItemStatus::Implemented &&
                     f.item.feedback == QStringLiteral("Sprechstunde für Fallmanagerinnen eingerichtet.");
          }) == 1);
}

TEST_CASE("a case manager refuses office packages from strangers, of the wrong kind or with damaged content") {
    OfficeAndCaseManagers w;
    Workspace stranger(QStringLiteral("Falsche Stelle"));
    ContactBook(stranger.db(), kim::test::wallClock()).trust(w.amal.identity.contactCard());
    const int logBefore = rowCount(w.amal.db(), QStringLiteral("package_log"));
    const core::Taxonomy taxonomy = [&] {
        core::ProblemTaxonomyRepository repository(stranger.db());
        repository.saveType(core::FieldOfAction::WorkEconomy, {}, QStringLiteral("Untergeschoben"), QString());
        return repository.issue(w.clock.today());
    }();
    const ImportOutcome foreign =
        w.importAt(w.amal, OfficeOutbox(stranger.db(), stranger.identity, w.clock).writeTaxonomy(taxonomy));
    CHECK(foreign.result == ImportResult::Rejected);
    CHECK(foreign.reason == ImportReason::forFailure(PackageFailure::SignerUnknown));

    PackageWriter writer(w.office.db(), w.office.identity);
    const ImportOutcome wrongKind =
        w.importAt(w.amal, writer.write(ProblemReport::Kind, QStringLiteral("2026-Q3"), QJsonObject{},
                                        {w.amal.identity.contactCard()}, w.clock.now()));
    CHECK(wrongKind.result == ImportResult::Rejected);
    CHECK(wrongKind.reason.contains(QStringLiteral("kim.problem-report")));

    const ImportOutcome damaged =
        w.importAt(w.amal, writer.write(TaxonomyPackage::Kind, QString(), QJsonObject{{QStringLiteral("version"), 9}},
                                        {w.amal.identity.contactCard()}, w.clock.now()));
    CHECK(damaged.result == ImportResult::Rejected);
    CHECK(damaged.reason == ImportReason::invalidContent());

    CHECK(core::ProblemTaxonomyRepository(w.amal.db()).version() == 1);
    CHECK(rowCount(w.amal.db(), QStringLiteral("package_log")) == logBefore);
    CHECK(rowCount(w.amal.db(), QStringLiteral("conference_feedback")) == 0);
}

TEST_CASE("the office outbox refuses to write when nobody could read the package, and marks nothing") {
    kim::FixedClock clock(QDate(2026, 11, 10));
    Workspace lonely(QStringLiteral("Koordinierende Stelle"));
    core::ConferenceRepository items(lonely.db(), clock);
    core::ConferenceItem item = itemFor(QStringLiteral("INS-07"), QStringLiteral("x"));
    items.save(item);
    CHECK(errorOf([&] { OfficeOutbox(lonely.db(), lonely.identity, clock).writeFeedback({item}); }) ==
          ErrorCode::NotFound);
    CHECK_FALSE(items.items().front().feedbackSentAt.isValid());
    CHECK(rowCount(lonely.db(), QStringLiteral("package_log")) == 0);
}
