// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/ExchangeTestSupport.h"
#include "ProblemTestSupport.h"
#include "core/ProblemFixture.h"

#include "core/ProblemProposalRepository.h"
#include "exchange/ContactBook.h"
#include "exchange/IdentityStore.h"
#include "reporting/OfficeInbox.h"
#include "exchange/PackageReader.h"
#include "reporting/ProblemReportExport.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace kim;
using namespace Qt::StringLiterals;
using namespace kim::exchange;
using namespace kim::reporting;
using namespace kim::test;

namespace {

const core::Quarter Q3{2026, 3};

// Strings that identify clients in the case files; none may appear in an export.
const QStringList Canaries{
    QStringLiteral("Zwetschkenbaum"),  QStringLiteral("Xaverine"),      QStringLiteral("Tigrinya-Kanarienvogel"),
    QStringLiteral("Eritrea-Kanarie"), QStringLiteral("Notiz-Kanarie"), QStringLiteral("0171 5550199"),
    QStringLiteral("1987-04-23"),      QStringLiteral("2026-07-14")};

// Every string in the JSON document, keys included.
void collectStrings(const QJsonValue& value, QStringList& out) {
    if (value.isString()) {
        out << value.toString();
    } else if (value.isArray()) {
        for (const auto& entry : value.toArray()) {
            collectStrings(entry, out);
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            out << it.key();
            collectStrings(it.value(), out);
        }
    }
}

// A case manager's vault with real case files: canary names and notes, a rare language, exact dates.
struct CaseManagerVault : ProblemFixture {
    CaseManagerVault() {
        clock.setToday(QDate(2026, 10, 2));
        exchange::IdentityStore::setProfile(db(), QStringLiteral("Amal Haddad"), {}, {});
        ContactBook(db(), kim::test::wallClock()).trust(office.identity.contactCard());
        ContactBook(office.db(), kim::test::wallClock()).trust(identity.contactCard());
        for (int i = 0; i < 6; ++i) {
            clock.setToday(QDate(2026, 7, 14));
            core::Client client = addClient(Canaries[0] + QString::number(i), Canaries[1],
                                            i % 2 ? core::Municipality::Werther : core::Municipality::Verl,
                                            core::TargetGroup::RefugeesSince2015);
            client.languages = Canaries[2];
            client.residenceNote = Canaries[3];
            client.phone = Canaries[5];
            client.birthDate = QDate(1987, 4, 23);
            clients.save(client);
            addConsent(client.id);
            const core::Case opened = cases.open(client.id);
            addConsultation(opened.id, Canaries[4]);
            clock.setToday(QDate(2026, 10, 2));
            flag(opened.id, QStringLiteral("INS-07"), QDate(2026, 7, 14));
            if (i < 2) {
                flag(opened.id, QStringLiteral("BIL-03"), QDate(2026, 7, 14));
            }
        }
        core::ProblemProposal proposal;
        proposal.field = core::FieldOfAction::HealthCare;
        proposal.title = QStringLiteral("Keine Kinderärztin nimmt neue Patienten auf");
        proposal.definition = QStringLiteral("Für Kinder findet sich keine Praxis.");
        core::ProblemProposalRepository(db(), clock).propose(proposal);
    }

    Workspace office{QStringLiteral("Koordinierende Stelle")};
    Identity identity = exchange::IdentityStore::ensure(db(), kim::test::wallClock());
};

} // namespace

TEST_CASE("the export holds only codes, counts and key sums, and the office reads exactly what was previewed") {
    CaseManagerVault cm;
    ProblemReportExport exporter(cm.db(), cm.identity, cm.clock);
    const ProblemReport preview = exporter.prepare(Q3);
    REQUIRE(preview.tables.table(QStringLiteral("problems"))->find({u"INS"_s, u"INS-07"_s}));
    CHECK(preview.tables.table(QStringLiteral("problems"))->find({u"INS"_s, u"INS-07"_s})->count == 6);
    REQUIRE(preview.proposals.size() == 1);

    const auto package = exporter.write(preview, cm.office.identity.contactCard());
    CHECK(core::ProblemProposalRepository(cm.db(), cm.clock).pending().isEmpty());

    const OpenedPackage opened =
        PackageReader(cm.office.db(), cm.office.identity, kim::test::wallClock()).read(package);
    CHECK(opened.payload.kind == ProblemReport::Kind);
    CHECK(opened.payload.period == QStringLiteral("2026-Q3"));
    const QByteArray plain = opened.payloadJson;
    for (const QString& canary : Canaries) {
        INFO(canary.toStdString());
        CHECK_FALSE(plain.contains(canary.toUtf8()));
        CHECK_FALSE(toQByteArray(package).contains(canary.toUtf8()));
    }
    // Every string in the content is a member name, a code or the proposal's own text.
    QStringList strings;
    collectStrings(opened.payload.content, strings);
    const QRegularExpression allowed(QRegularExpression::anchoredPattern(
        QStringLiteral("programme|taxonomy|period|tables|proposals|id|dimensions|cells|key|count|keySum|field|title|"
                       "definition|problems|municipality|target_group|institution_type|field_municipality|"
                       "field_target_group|field_institution|2026-Q3|[A-Z]{3}|[A-Z]{3}-[0-9]{2}(\\+[A-Z]{3}-[0-9]{2})*|"
                       "[0-9]{1,2}|[0-9a-f]{16}")));
    for (const QString& string : strings) {
        if (string != preview.proposals[0].title && string != preview.proposals[0].definition) {
            INFO(string.toStdString());
            CHECK(allowed.match(string).hasMatch());
        }
    }
    const ProblemReport received = ProblemReport::fromJson(opened.payload.content, opened.payload.period);
    CHECK(received.tables == preview.tables);

    kim::FixedClock officeClock(QDate(2026, 10, 5));
    CHECK(OfficeInbox(cm.office.db(), cm.office.identity, officeClock).importPackage(package, {}).result ==
          ImportResult::Accepted);
}

TEST_CASE("an export to an office that is not a trusted contact writes, logs and marks nothing") {
    CaseManagerVault cm;
    ProblemReportExport exporter(cm.db(), cm.identity, cm.clock);
    const ProblemReport preview = exporter.prepare(Q3);
    Workspace impostor(QStringLiteral("Koordinierende Stelle"));
    CHECK_THROWS_AS(exporter.write(preview, impostor.identity.contactCard()), Error);
    ContactBook(cm.db(), kim::test::wallClock()).revoke(cm.office.identity.keyIdText());
    CHECK_THROWS_AS(exporter.write(preview, cm.office.identity.contactCard()), Error);
    CHECK(rowCount(cm.db(), QStringLiteral("package_log")) == 0);
    CHECK(core::ProblemProposalRepository(cm.db(), cm.clock).pending().size() == 1);
}

TEST_CASE("an export whose file could not be saved leaves no log entry and its proposals pending") {
    CaseManagerVault cm;
    ProblemReportExport exporter(cm.db(), cm.identity, cm.clock);
    const ProblemReport preview = exporter.prepare(Q3);
    {
        // The GUI writes inside a transaction that it commits only after the file was saved.
        storage::Transaction transaction(cm.db());
        exporter.write(preview, cm.office.identity.contactCard());
        CHECK(rowCount(cm.db(), QStringLiteral("package_log")) == 1);
    } // the save failed: rolled back
    CHECK(rowCount(cm.db(), QStringLiteral("package_log")) == 0);
    CHECK(core::ProblemProposalRepository(cm.db(), cm.clock).pending().size() == 1);

    storage::Transaction transaction(cm.db());
    exporter.write(preview, cm.office.identity.contactCard());
    transaction.commit();
    CHECK(rowCount(cm.db(), QStringLiteral("package_log")) == 1);
    CHECK(core::ProblemProposalRepository(cm.db(), cm.clock).pending().isEmpty());
}
