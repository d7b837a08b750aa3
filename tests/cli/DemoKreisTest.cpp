// SPDX-License-Identifier: GPL-3.0-or-later
// kim-cli demo-kreis: a small Kreis (3 case managers, 1 quarter, 20 clients each) built by the
// real binary, then checked from the vaults it wrote: the office accepts every package.
#include "CliProcess.h"

#include "cli/DemoKreis.h"
#include "core/ClientRepository.h"
#include "base/Clock.h"
#include "core/Quarter.h"
#include "core/ReportingPeriod.h"
#include "exchange/ContactBook.h"
#include "exchange/ContactCard.h"
#include "exchange/IdentityStore.h"
#include "reporting/OfficeInbox.h"
#include "reporting/OfficeSubmissions.h"
#include "reporting/SupervisorReports.h"
#include "storage/Vault.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <map>
#include <set>

using namespace kim;

namespace {

const QString Password = QStringLiteral("Demo-Kreis Passwort 7");

QStringList filesIn(const QString& folder, const QString& pattern) {
    QStringList paths;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({pattern}, QDir::Files, QDir::Name)) {
        paths << dir.filePath(name);
    }
    return paths;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

std::span<const uint8_t> bytesOf(const QByteArray& data) {
    return std::span(reinterpret_cast<const uint8_t*>(data.constData()), static_cast<size_t>(data.size()));
}

test::CliRun demoKreis(const QString& out, const QStringList& extra) {
    QStringList arguments{QStringLiteral("demo-kreis"), QStringLiteral("--out"), out,
                          QStringLiteral("--password-stdin")};
    arguments << extra;
    return test::runCliProcess(arguments, Password.toUtf8() + '\n');
}

bool readableByOthers(const QString& path) {
    return QFile::permissions(path).testAnyFlags(QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                                 QFileDevice::WriteGroup | QFileDevice::WriteOther);
}

int64_t problemUnits(const core::ProblemTableSet& set) {
    int64_t units = 0;
    if (const core::ProblemTable* table = set.table(core::ProblemTableProgramme::Problems)) {
        for (const core::ProblemCell& cell : table->cells) {
            units += cell.count;
        }
    }
    return units;
}

} // namespace

TEST_CASE("the office of a demo Kreis accepts every package its case managers wrote") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("kreis"));
    const auto run =
        demoKreis(out, {QStringLiteral("--case-managers"), QStringLiteral("3"), QStringLiteral("--quarters"),
                        QStringLiteral("1"), QStringLiteral("--clients-per-manager"), QStringLiteral("20")});
    REQUIRE(run.exitCode == 0);

    const QStringList caseManagers = filesIn(out + QStringLiteral("/fallmanagement"), QStringLiteral("*.kimvault"));
    const QStringList packages = filesIn(out + QStringLiteral("/pakete"), QStringLiteral("*.kimpkg"));
    const QStringList cards = filesIn(out + QStringLiteral("/karten"), QStringLiteral("*.kimcard"));
    REQUIRE(caseManagers.size() == 3);
    REQUIRE(packages.size() == 3);
    CHECK(cards.size() == 5); // office, supervisor, three case managers
    for (const QString& path : packages + cards) {
        CHECK_FALSE(readableByOthers(path));
    }

    const core::Quarter quarter = core::Quarter::containing(QDate::currentDate()).previous();
    auto office = storage::Vault::open(out + QStringLiteral("/koordinierende-stelle.kimvault"), Password);
    REQUIRE(office->kind() == storage::WorkspaceKind::CoordinatingOffice);
    const auto officeIdentity = exchange::IdentityStore::load(office->database());
    REQUIRE(officeIdentity);
    CHECK(exchange::ContactBook(office->database(), kim::SystemClock()).contacts().size() == 3);

    const kim::FixedClock clock(QDate::currentDate());
    reporting::OfficeInbox inbox(office->database(), *officeIdentity, clock);
    std::set<QString> senders;
    for (const QString& package : packages) {
        const reporting::ImportOutcome outcome = inbox.importPackage(bytesOf(readAll(package)), package);
        INFO(package.toStdString() << ": " << outcome.reason.toStdString());
        CHECK(outcome.result == reporting::ImportResult::Accepted);
        CHECK(outcome.period == quarter.toString());
        senders.insert(outcome.senderName);
    }
    CHECK(senders.size() == 3);
    CHECK(reporting::OfficeSubmissions(office->database()).currentCount(quarter) == 3);
    // The demo flags structural problems, so the merged quarter is not empty.
    CHECK(problemUnits(reporting::OfficeSubmissions(office->database()).merged(quarter)) > 0);
}

TEST_CASE("each demo case manager works in the assigned municipalities and trusts the office") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("kreis"));
    REQUIRE(demoKreis(out, {QStringLiteral("--case-managers=2"), QStringLiteral("--quarters=1"),
                            QStringLiteral("--clients-per-manager=15")})
                .exitCode == 0);
    const auto officeCard =
        exchange::ContactCard::parse(readAll(out + QStringLiteral("/karten/koordinierende-stelle.kimcard")));
    const QStringList vaults = filesIn(out + QStringLiteral("/fallmanagement"), QStringLiteral("*.kimvault"));
    const auto assignment = cli::DemoKreis::assignMunicipalities(2);
    REQUIRE(vaults.size() == assignment.size());
    for (qsizetype i = 0; i < vaults.size(); ++i) {
        auto vault = storage::Vault::open(vaults[i], Password);
        CHECK(vault->kind() == storage::WorkspaceKind::CaseManager);
        CHECK(
            exchange::ContactBook(vault->database(), kim::SystemClock()).findTrusted(officeCard.signingKey().keyId()));
        const kim::FixedClock clock(QDate::currentDate());
        core::ClientRepository clients(vault->database(), clock);
        int inAssigned = 0;
        for (const core::Municipality municipality : assignment[i]) {
            core::ClientFilter filter;
            filter.municipality = municipality;
            inAssigned += clients.count(filter);
        }
        CHECK(clients.count({}) == 15);
        CHECK(inAssigned == 15);
    }
}

TEST_CASE("demo-kreis refuses a folder that is not empty and leaves it as it was") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    {
        QFile existing(dir.filePath(QStringLiteral("notiz.txt")));
        REQUIRE(existing.open(QIODevice::WriteOnly));
        existing.write("schon da");
    }
    const auto run = demoKreis(dir.path(), {QStringLiteral("--case-managers=1"), QStringLiteral("--quarters=1")});
    CHECK(run.exitCode != 0);
    CHECK(run.errors.contains(QStringLiteral("nicht leer")));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot) ==
          QStringList{QStringLiteral("notiz.txt")});
}

TEST_CASE("demo-kreis rejects impossible numbers and creates nothing") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("kreis"));
    for (const QStringList& numbers :
         {QStringList{QStringLiteral("--case-managers=0")}, QStringList{QStringLiteral("--quarters=-1")},
          QStringList{QStringLiteral("--clients-per-manager=viele")},
          QStringList{QStringLiteral("--case-managers=9999")}}) {
        const auto run = demoKreis(out, numbers);
        CHECK(run.exitCode != 0);
        CHECK_FALSE(QFileInfo::exists(out));
    }
    const auto noFolder = test::runCliProcess({QStringLiteral("demo-kreis"), QStringLiteral("--password-stdin")},
                                              Password.toUtf8() + '\n');
    CHECK(noFolder.exitCode != 0);
}

TEST_CASE("case managers are spread over all 13 municipalities, the most in Gütersloh") {
    const auto thirty = cli::DemoKreis::assignMunicipalities(30);
    REQUIRE(thirty.size() == 30);
    std::map<core::Municipality, int> managers;
    for (const auto& municipalities : thirty) {
        CHECK((municipalities.size() == 1 || municipalities.size() == 2));
        for (const core::Municipality municipality : municipalities) {
            ++managers[municipality];
        }
    }
    CHECK(managers.size() == 13);
    const int guetersloh = managers[core::Municipality::Guetersloh];
    CHECK(guetersloh >= 5);
    for (const auto& [municipality, count] : managers) {
        if (municipality != core::Municipality::Guetersloh) {
            CHECK(count < guetersloh);
        }
    }
    // Small neighbours share their case managers.
    CHECK(managers[core::Municipality::Borgholzhausen] == managers[core::Municipality::Werther]);
    CHECK(managers[core::Municipality::Langenberg] == managers[core::Municipality::HerzebrockClarholz]);

    const auto three = cli::DemoKreis::assignMunicipalities(3);
    REQUIRE(three.size() == 3);
    CHECK(three[0] == QList<core::Municipality>{core::Municipality::Guetersloh});
    CHECK(three[1] == QList<core::Municipality>{core::Municipality::RhedaWiedenbrueck});
    CHECK(cli::DemoKreis::assignMunicipalities(0).isEmpty());
}

TEST_CASE("the supervisor of a demo Kreis already holds a year of caseload reports from every case manager") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("kreis"));
    REQUIRE(demoKreis(out, {QStringLiteral("--case-managers=2"), QStringLiteral("--quarters=1"),
                            QStringLiteral("--clients-per-manager=15")})
                .exitCode == 0);
    auto supervisor = storage::Vault::open(out + QStringLiteral("/fachaufsicht.kimvault"), Password);
    REQUIRE(supervisor->kind() == storage::WorkspaceKind::Supervisor);
    CHECK(exchange::ContactBook(supervisor->database(), kim::SystemClock()).contacts().size() == 2);

    const auto reports = reporting::SupervisorReports(supervisor->database()).currentWithContent();
    CHECK(reports.size() == 2 * 12);
    std::set<QString> senders;
    std::set<QString> periods;
    for (const auto& report : reports) {
        senders.insert(report.senderKeyId);
        periods.insert(report.content.period.toString());
        CHECK(report.content.period.length == core::ReportingPeriod::Length::Month);
    }
    CHECK(senders.size() == 2);
    CHECK(periods.size() == 12);
    const auto latest = core::ReportingPeriod::containing(QDate::currentDate(), core::ReportingPeriod::Length::Month);
    CHECK(periods.count(latest.previous().toString()) == 1);
    CHECK(periods.count(latest.toString()) == 0);
}
