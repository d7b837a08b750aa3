// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workload.h"

#include "ConsultationTopUp.h"
#include "Stats.h"

#include "base/Clock.h"
#include "demo/DemoData.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/Vault.h"

#include <QFileInfo>

namespace kim::bench {

namespace {

int64_t countRows(storage::Database& db, const QString& table) {
    // Table names are constants of this file, never input.
    auto st = db.prepare(QStringLiteral("SELECT count(*) FROM ") + table);
    return st.step() ? st.int64(0) : 0;
}

double fileMiB(const QString& path) {
    return static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0);
}

} // namespace

QString benchmarkPassword() {
    return QStringLiteral("Benchmark-Passwort 2026");
}

crypto::KdfParams benchmarkKdf() {
    crypto::KdfParams params;
    params.memoryKiB = crypto::KdfParams::MinimumMemoryKiB;
    params.iterations = crypto::KdfParams::MinimumIterations;
    params.parallelism = 1;
    return params;
}

QStringList filterTexts() {
    QStringList texts;
    for (const auto& origin : demo::DemoData::origins()) {
        for (const char* name : origin.lastNames) {
            const QString prefix = QString::fromUtf8(name).left(3);
            if (!texts.contains(prefix)) {
                texts.append(prefix);
            }
        }
    }
    return texts;
}

// Frequent to rare, one- and two-word queries ("Termin" is in about 77 % of notes,
// "Bescheid" in none).
const QStringList& searchWords() {
    static const QStringList words = {
        QStringLiteral("Termin"),    QStringLiteral("Wohnung"),
        QStringLiteral("Jobcenter"), QStringLiteral("Sprachk"),
        QStringLiteral("Kita"),      QStringLiteral("Integrationskurs"),
        QStringLiteral("Bescheid"),  QStringLiteral("Jobcenter Antrag"),
        QStringLiteral("Arbeit"),    QStringLiteral("Schule"),
    };
    return words;
}

std::vector<int64_t> clientsWithWritableCase(storage::Database& db) {
    // A fixed query of the benchmark (no input), as ConsultationsTab decides it: the latest
    // case of the client is open, and a consent stands.
    auto st = db.prepare(QStringLiteral(
        "SELECT c.id FROM clients c JOIN cases ca ON ca.id = (SELECT max(id) FROM cases WHERE client_id = c.id) "
        "WHERE ca.closed_on IS NULL AND ca.phase <> 6 AND EXISTS (SELECT 1 FROM consents co WHERE "
        "co.client_id = c.id AND co.withdrawn_on IS NULL) ORDER BY c.id"));
    std::vector<int64_t> ids;
    while (st.step()) {
        ids.push_back(st.int64(0));
    }
    return ids;
}

QJsonObject createWorkload(const QString& vaultPath, const WorkloadOptions& options) {
    QJsonObject report;
    {
        auto vault = storage::Vault::create(vaultPath, benchmarkPassword(), storage::WorkspaceKind::CaseManager,
                                            benchmarkKdf(), kim::SystemClock());
        storage::Database& db = vault->database();
        demo::DemoOptions demoOptions;
        demoOptions.clients = options.clients;
        demoOptions.seed = options.seed;
        demoOptions.today = options.today;
        report[QStringLiteral("generate_s")] =
            millisecondsOf([&] { demo::generateDemoData(db, demoOptions); }) / 1000.0;
        const int64_t demoConsultations = countRows(db, QStringLiteral("consultations"));
        ConsultationTopUp topUp(db, options.seed, options.today);
        report[QStringLiteral("topup_s")] = millisecondsOf([&] { topUp.run(options.consultationsPerCase); }) / 1000.0;
        report[QStringLiteral("clients")] = static_cast<double>(countRows(db, QStringLiteral("clients")));
        report[QStringLiteral("cases")] = static_cast<double>(countRows(db, QStringLiteral("cases")));
        report[QStringLiteral("demo_consultations")] = static_cast<double>(demoConsultations);
        report[QStringLiteral("consultations")] = static_cast<double>(countRows(db, QStringLiteral("consultations")));
        report[QStringLiteral("follow_ups")] = static_cast<double>(countRows(db, QStringLiteral("follow_ups")));
        report[QStringLiteral("problem_flags")] = static_cast<double>(countRows(db, QStringLiteral("problem_flags")));
        db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    } // closed: the file size below is the whole database
    report[QStringLiteral("file_mib")] = fileMiB(vaultPath);
    return report;
}

} // namespace kim::bench
