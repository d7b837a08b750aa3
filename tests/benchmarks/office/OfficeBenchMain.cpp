// SPDX-License-Identifier: GPL-3.0-or-later
// kim_bench_office: the coordinating office's side at scale (the target: "the time to import and
// merge 1,000 packages and to publish the report"). Encrypted only, the product's
// configuration. Prints a table, then one JSON line for the driver.
//
//   kim_bench_office [--senders 250] [--quarters 4] [--templates 13] [--clients 150]
//
// Contents are real: `templates` small case-manager vaults are filled by the demo generator
// (with structural-problem flags) and their table programmes built with buildProblemTables.
// Each of `senders` case managers (own identity, trusted by the office) sends one of them per
// quarter, with its own record keys (every key sum shifted by count × a per-sender random
// number, so merged sums stay exact but no two senders look alike), signed and encrypted with
// the real PackageSealer. Then the office imports every package through OfficeInbox, merges
// each quarter and publishes it through PublicationStore. Only the office's steps are the
// figures; preparing the packages is reported for information.

#include "Stats.h"
#include "Workload.h"

#include "base/Clock.h"
#include "core/ProblemTables.h"
#include "base/Error.h"
#include "demo/DemoGenerator.h"
#include "exchange/ContactBook.h"
#include "exchange/Identity.h"
#include "exchange/IdentityStore.h"
#include "reporting/OfficeInbox.h"
#include "reporting/OfficeSubmissions.h"
#include "exchange/PackageSealer.h"
#include "reporting/ProblemReport.h"
#include "reporting/PublicationStore.h"
#include "storage/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <exception>
#include <random>

namespace {

using namespace kim;
using namespace kim::bench;

struct Arguments {
    int senders = 250;
    int quarters = 4;
    int templates = 13;
    int clients = 150;
};

struct Package {
    QString source;
    std::vector<uint8_t> bytes;
};

const QDate Today(2026, 3, 2);

Arguments parse(const QCoreApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("KIM Fallakte: import, merge and publish at the office"));
    parser.addHelpOption();
    const auto number = [&parser](const char* name, const char* help, const char* fallback) {
        QCommandLineOption option(QString::fromLatin1(name), QString::fromLatin1(help), QStringLiteral("n"),
                                  QString::fromLatin1(fallback));
        parser.addOption(option);
        return option;
    };
    const auto senders = number("senders", "Case managers sending packages.", "250");
    const auto quarters = number("quarters", "Quarters each of them reports.", "4");
    const auto templates = number("templates", "Demo vaults whose tables are sent.", "13");
    const auto clients = number("clients", "Clients in each demo vault.", "150");
    parser.process(app);
    return {parser.value(senders).toInt(), parser.value(quarters).toInt(), parser.value(templates).toInt(),
            parser.value(clients).toInt()};
}

QList<core::Quarter> lastQuarters(int count) {
    QList<core::Quarter> result;
    core::Quarter quarter = core::Quarter::containing(Today);
    for (int i = 0; i < count; ++i) {
        quarter = quarter.previous();
        result.prepend(quarter);
    }
    return result;
}

// tables[template][quarter] from real demo vaults.
std::vector<std::vector<core::ProblemTableSet>> buildTemplates(const QTemporaryDir& dir, const Arguments& args,
                                                               const QList<core::Quarter>& quarters) {
    std::vector<std::vector<core::ProblemTableSet>> result;
    for (int t = 0; t < args.templates; ++t) {
        auto vault = storage::Vault::create(dir.filePath(QStringLiteral("cm%1.kimvault").arg(t)), benchmarkPassword(),
                                            storage::WorkspaceKind::CaseManager, benchmarkKdf(), kim::SystemClock());
        demo::DemoOptions data;
        data.clients = args.clients;
        data.seed = 2026 + static_cast<uint32_t>(t);
        data.today = Today;
        const QList<core::Municipality> municipalities = core::allValues<core::Municipality>();
        data.municipalities = {municipalities[t % municipalities.size()]};
        demo::generateDemoData(vault->database(), data);
        std::vector<core::ProblemTableSet> sets;
        for (const core::Quarter& quarter : quarters) {
            sets.push_back(core::buildProblemTables(vault->database(), quarter));
        }
        result.push_back(std::move(sets));
    }
    return result;
}

core::ProblemTableSet withOwnKeys(core::ProblemTableSet set, uint64_t shift) {
    for (core::ProblemTable& table : set.tables) {
        for (core::ProblemCell& cell : table.cells) {
            cell.keySum += static_cast<uint64_t>(cell.count) * shift;
        }
    }
    return set;
}

int cellsOf(const core::ProblemTableSet& set) {
    int cells = 0;
    for (const core::ProblemTable& table : set.tables) {
        cells += static_cast<int>(table.cells.size());
    }
    return cells;
}

QJsonObject stats(const std::vector<double>& samples) {
    double total = 0;
    for (double value : samples) {
        total += value;
    }
    QJsonObject object;
    object[QStringLiteral("n")] = static_cast<int>(samples.size());
    object[QStringLiteral("total_ms")] = total;
    object[QStringLiteral("median_ms")] = percentile(samples, 50);
    object[QStringLiteral("p95_ms")] = percentile(samples, 95);
    object[QStringLiteral("max_ms")] = percentile(samples, 100);
    return object;
}

void printRow(QTextStream& out, const QString& what, const QJsonObject& s) {
    const auto ms = [&s](const char* key) {
        return QString::number(s[QString::fromLatin1(key)].toDouble(), 'f', 1);
    };
    out << "| " << what << " | " << s[QStringLiteral("n")].toInt() << " | " << ms("total_ms") << " | "
        << ms("median_ms") << " | " << ms("p95_ms") << " | " << ms("max_ms") << " |\n";
}

// The case managers: identities trusted by the office, each sending its quarters' tables.
std::vector<Package> sealPackages(storage::Database& office, const exchange::ContactCard& officeCard,
                                  const Arguments& args, const QList<core::Quarter>& quarters,
                                  const std::vector<std::vector<core::ProblemTableSet>>& templates) {
    std::mt19937_64 random(2026);
    std::vector<Package> packages;
    const kim::SystemClock clock;
    exchange::ContactBook book(office, clock);
    for (int s = 0; s < args.senders; ++s) {
        exchange::Identity sender = exchange::Identity::generate();
        sender.setProfile(QStringLiteral("Case-Management %1").arg(s + 1), QStringLiteral("KIM-Case-Management"),
                          QStringLiteral("Kreis Gütersloh"));
        book.trust(sender.contactCard());
        const uint64_t shift = random();
        for (int q = 0; q < quarters.size(); ++q) {
            reporting::ProblemReport content;
            content.tables =
                withOwnKeys(templates[static_cast<size_t>(s % args.templates)][static_cast<size_t>(q)], shift);
            exchange::PackagePayload payload;
            payload.kind = reporting::ProblemReport::Kind;
            payload.id = QUuid::createUuid();
            payload.created = QDateTime::currentDateTimeUtc();
            payload.period = quarters[q].toString();
            payload.content = content.toJson();
            packages.push_back({QStringLiteral("cm%1-%2.kimpkg").arg(s + 1).arg(payload.period),
                                exchange::PackageSealer::seal(payload, sender, {officeCard})});
        }
    }
    return packages;
}

// The office's work, timed: import each package, then merge and publish each quarter.
void officeWork(storage::Database& db, const exchange::Identity& identity, const std::vector<Package>& packages,
                const QList<core::Quarter>& quarters, QJsonObject& report) {
    const kim::FixedClock clock(Today);
    reporting::OfficeInbox inbox(db, identity, clock);
    std::vector<double> imports;
    for (const Package& package : packages) {
        reporting::ImportOutcome outcome;
        imports.push_back(millisecondsOf([&] { outcome = inbox.importPackage(package.bytes, package.source); }));
        if (outcome.result != reporting::ImportResult::Accepted) {
            throw std::runtime_error("package rejected: " + outcome.reason.toStdString());
        }
    }
    reporting::PublicationStore publications(db, clock);
    std::vector<double> merges;
    std::vector<double> publishes;
    int mergedCells = 0;
    for (const core::Quarter& quarter : quarters) {
        core::ProblemTableSet merged;
        merges.push_back(millisecondsOf([&] { merged = reporting::OfficeSubmissions(db).merged(quarter); }));
        mergedCells = std::max(mergedCells, cellsOf(merged));
        const int submissions = reporting::OfficeSubmissions(db).currentCount(quarter);
        publishes.push_back(millisecondsOf([&] { publications.publish(merged, submissions); }));
    }
    report[QStringLiteral("import")] = stats(imports);
    report[QStringLiteral("merge")] = stats(merges);
    report[QStringLiteral("publish")] = stats(publishes);
    report[QStringLiteral("merged_cells_max")] = mergedCells;
}

QJsonObject run(const Arguments& args) {
    QTemporaryDir dir;
    if (!dir.isValid()) {
        throw std::runtime_error("no temporary folder");
    }
    const QList<core::Quarter> quarters = lastQuarters(args.quarters);
    QJsonObject report;
    std::vector<std::vector<core::ProblemTableSet>> templates;
    report[QStringLiteral("templates_s")] =
        millisecondsOf([&] { templates = buildTemplates(dir, args, quarters); }) / 1000.0;

    const QString officePath = dir.filePath(QStringLiteral("office.kimvault"));
    auto office = storage::Vault::create(officePath, benchmarkPassword(), storage::WorkspaceKind::CoordinatingOffice,
                                         benchmarkKdf(), kim::SystemClock());
    const exchange::Identity identity = exchange::IdentityStore::ensure(office->database(), kim::SystemClock());
    std::vector<Package> packages;
    report[QStringLiteral("seal_s")] =
        millisecondsOf(
            [&] { packages = sealPackages(office->database(), identity.contactCard(), args, quarters, templates); }) /
        1000.0;
    double bytes = 0;
    for (const Package& package : packages) {
        bytes += static_cast<double>(package.bytes.size());
    }
    report[QStringLiteral("packages")] = static_cast<int>(packages.size());
    report[QStringLiteral("package_kib_mean")] = bytes / 1024.0 / static_cast<double>(packages.size());
    report[QStringLiteral("cells_per_package")] = cellsOf(templates.front().front());

    officeWork(office->database(), identity, packages, quarters, report);
    const ResidentMemory memory = residentMemory();
    report[QStringLiteral("rss_mib")] = memory.currentMiB;
    report[QStringLiteral("peak_rss_mib")] = memory.peakMiB;
    office.reset(); // closed: the file size is the whole database
    report[QStringLiteral("office_vault_mib")] = static_cast<double>(QFileInfo(officePath).size()) / (1024.0 * 1024.0);
    report[QStringLiteral("senders")] = args.senders;
    report[QStringLiteral("quarters")] = args.quarters;
    return report;
}

void print(const QJsonObject& report) {
    QTextStream out(stdout);
    out << report[QStringLiteral("packages")].toInt() << " packages (" << report[QStringLiteral("senders")].toInt()
        << " case managers x " << report[QStringLiteral("quarters")].toInt() << " quarters), mean "
        << QString::number(report[QStringLiteral("package_kib_mean")].toDouble(), 'f', 1) << " KiB, "
        << report[QStringLiteral("cells_per_package")].toInt() << " cells in a package, "
        << report[QStringLiteral("merged_cells_max")].toInt() << " cells in a merged quarter\n\n"
        << "| office step | n | total ms | median ms | p95 ms | max ms |\n|---|---|---|---|---|---|\n";
    printRow(out, QStringLiteral("import one package (OfficeInbox::importPackage)"),
             report[QStringLiteral("import")].toObject());
    printRow(out, QStringLiteral("merge one quarter (OfficeInbox::merged)"),
             report[QStringLiteral("merge")].toObject());
    printRow(out, QStringLiteral("publish one quarter (PublicationStore::publish)"),
             report[QStringLiteral("publish")].toObject());
    out << "\nnot timed as office work: demo vaults and tables " << report[QStringLiteral("templates_s")].toDouble()
        << " s, identities + sealing " << report[QStringLiteral("seal_s")].toDouble() << " s; office vault "
        << QString::number(report[QStringLiteral("office_vault_mib")].toDouble(), 'f', 1) << " MiB, resident "
        << QString::number(report[QStringLiteral("rss_mib")].toDouble(), 'f', 0) << " MiB\n";
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const Arguments args = parse(app);
    QTextStream err(stderr);
    if (args.senders < 1 || args.quarters < 1 || args.templates < 1 || args.clients < 1) {
        err << "usage: " << argv[0] << " [--senders N] [--quarters N] [--templates N] [--clients N]\n";
        return 2;
    }
    try {
        QJsonObject report = run(args);
        report[QStringLiteral("variant")] = QStringLiteral("office-encrypted");
        print(report);
        QTextStream(stdout) << QJsonDocument(report).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    } catch (const kim::Error& error) {
        err << "office benchmark failed: " << error.message() << '\n';
    } catch (const std::exception& error) {
        err << "office benchmark failed: " << error.what() << '\n';
    }
    return 1;
}
