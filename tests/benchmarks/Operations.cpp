// SPDX-License-Identifier: GPL-3.0-or-later
#include "Operations.h"

#include "Stats.h"
#include "Workload.h"

#include "core/CaseRepository.h"
#include "core/CaseloadFigures.h"
#include "core/CaseloadSettings.h"
#include "core/ClientRepository.h"
#include "base/Clock.h"
#include "core/ConsultationRepository.h"
#include "core/FollowUpRepository.h"
#include "core/ProblemTables.h"
#include "core/Quarter.h"
#include "core/ReferralFigures.h"
#include "crypto/PasswordKdf.h"
#include "exchange/ContactBook.h"
#include "exchange/Identity.h"
#include "exchange/IdentityStore.h"
#include "core/ReportingPeriod.h"
#include "reporting/CaseloadReportExport.h"
#include "reporting/ProblemReportExport.h"
#include "storage/Database.h"
#include "storage/Vault.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>
#include <stdexcept>

namespace kim::bench {

namespace {

// What the client list and the search panel ask for (a screenful of rows; the
// search panel's MaxHits is 200).
constexpr int ScreenfulRows = 50;
constexpr int SearchLimit = 200;

QString queryText(storage::Database& db, const QString& sql) {
    auto st = db.prepare(sql);
    return st.step() ? st.text(0) : QString();
}

std::vector<int64_t> writableCases(storage::Database& db) {
    // A fixed query of the benchmark (no input): open cases whose client's consent stands.
    auto st = db.prepare(QStringLiteral(
        "SELECT ca.id FROM cases ca WHERE ca.closed_on IS NULL AND ca.phase <> 6 AND EXISTS "
        "(SELECT 1 FROM consents co WHERE co.client_id = ca.client_id AND co.withdrawn_on IS NULL) ORDER BY ca.id"));
    std::vector<int64_t> ids;
    while (st.step()) {
        ids.push_back(st.int64(0));
    }
    return ids;
}

} // namespace

Operations::Operations(const RunOptions& options)
    : m_options(options)
    , m_random(options.seed) {}

QJsonObject Operations::run() {
    measureUnlock();
    auto vault = storage::Vault::open(m_options.vaultPath, benchmarkPassword());
    storage::Database& db = vault->database();
    m_clientCount = queryText(db, QStringLiteral("SELECT max(id) FROM clients")).toLongLong();
    if (m_clientCount <= 0) {
        throw std::runtime_error("the benchmark vault has no clients");
    }
    measureFilter(db);
    measureSearch(db);
    measureCaseFile(db);
    measureSave(db);
    measureDueList(db);
    measureReferralFigures(db);
    measureProblemExport(db);
    measureCaseloadReport(db);

    QJsonObject samples;
    for (const auto& [operation, values] : m_samples) {
        QJsonArray list;
        for (double ms : values) {
            list.append(ms);
        }
        samples[operation] = list;
    }
    const ResidentMemory memory = residentMemory();
    QJsonObject report;
    report[QStringLiteral("samples_ms")] = samples;
    report[QStringLiteral("rss_mib")] = memory.currentMiB;
    report[QStringLiteral("peak_rss_mib")] = memory.peakMiB;
    report[QStringLiteral("sqlite_version")] = queryText(db, QStringLiteral("SELECT sqlite_version()"));
    report[QStringLiteral("cipher_version")] = db.cipherVersion();
    report[QStringLiteral("clients")] = static_cast<double>(m_clientCount);
    report[QStringLiteral("problem_package_bytes")] = static_cast<double>(m_packageBytes);
    report[QStringLiteral("caseload_package_bytes")] = static_cast<double>(m_caseloadPackageBytes);
    return report;
}

// Unlock = key slot (Argon2id) + open (key, schema) + migration check; the KDF is also timed
// on its own, right after, so "unlock_open" (the unlock less that KDF) is what the vault's
// size costs. The page check that the GUI runs in the background after unlock is timed on its
// own. The first screenful is timed right after each unlock, on the fresh connection, as the
// user meets it.
void Operations::measureUnlock() {
    const Botan::secure_vector<uint8_t> salt(16, 0x5a);
    for (int i = 0; i < m_options.unlockRepetitions; ++i) {
        std::unique_ptr<storage::Vault> vault;
        const double unlockMs =
            millisecondsOf([&] { vault = storage::Vault::open(m_options.vaultPath, benchmarkPassword()); });
        record("unlock", unlockMs);
        kim::FixedClock clock(m_options.today);
        core::ClientRepository clients(vault->database(), clock);
        record("first_screenful", millisecondsOf([&] {
                   clients.count({});
                   clients.page({}, 0, ScreenfulRows);
               }));
        const double kdfMs = millisecondsOf([&] { crypto::deriveKey(benchmarkPassword(), salt, benchmarkKdf()); });
        record("kdf", kdfMs);
        record("unlock_open", std::max(0.0, unlockMs - kdfMs));
        if (i == 0) { // once per round: it reads the whole vault (40 s at 100,000 clients)
            record("integrity_check", millisecondsOf([&] { vault->database().verifyIntegrity(); }));
        }
    }
}

void Operations::measureFilter(storage::Database& db) {
    const QStringList texts = filterTexts();
    kim::FixedClock clock(m_options.today);
    core::ClientRepository clients(db, clock);
    for (int i = 0; i < m_options.repetitions; ++i) {
        core::ClientFilter filter;
        filter.text = texts.at(static_cast<qsizetype>(m_random() % static_cast<uint32_t>(texts.size())));
        if (i % 3 == 0) {
            filter.text = filter.text.toLower();
        }
        record("filter", millisecondsOf([&] {
                   clients.count(filter);
                   clients.page(filter, 0, ScreenfulRows);
               }));
    }
}

void Operations::measureSearch(storage::Database& db) {
    kim::FixedClock clock(m_options.today);
    core::ConsultationRepository consultations(db, clock);
    for (int i = 0; i < m_options.repetitions; ++i) {
        const QStringList& words = searchWords();
        const QString& query = words.at(i % words.size());
        record("search", millisecondsOf([&] { consultations.search(query, SearchLimit); }));
    }
}

int64_t Operations::randomClient() {
    return 1 + static_cast<int64_t>(m_random() % static_cast<uint64_t>(m_clientCount));
}

// Everything the case-file screen loads: the client, the latest case with its history,
// goals, consultations and follow-ups.
void Operations::measureCaseFile(storage::Database& db) {
    kim::FixedClock clock(m_options.today);
    core::ClientRepository clients(db, clock);
    core::CaseRepository cases(db, clock);
    core::ConsultationRepository consultations(db, clock);
    core::FollowUpRepository followUps(db, clock);
    for (int i = 0; i < m_options.repetitions; ++i) {
        const int64_t clientId = randomClient();
        record("open_case", millisecondsOf([&] {
                   clients.load(clientId);
                   if (const auto latest = cases.latestCase(clientId)) {
                       cases.goals(latest->id);
                       consultations.forCase(latest->id);
                       followUps.forCase(latest->id);
                   }
               }));
    }
}

void Operations::measureSave(storage::Database& db) {
    const std::vector<int64_t> candidates = writableCases(db);
    if (candidates.empty()) {
        throw std::runtime_error("the benchmark vault has no open case with consent");
    }
    kim::FixedClock clock(m_options.today);
    core::ConsultationRepository consultations(db, clock);
    for (int i = 0; i < m_options.repetitions; ++i) {
        core::Consultation consultation;
        consultation.caseId = candidates[m_random() % candidates.size()];
        consultation.heldOn = m_options.today;
        consultation.durationMinutes = 45;
        consultation.fields = core::with(0, core::FieldOfAction::WorkEconomy);
        consultation.notes = QStringLiteral("Termin beim Jobcenter vorbereitet, Unterlagen für den Antrag geprüft "
                                            "und die nächsten Schritte besprochen.");
        record("save_consultation", millisecondsOf([&] { consultations.save(consultation); }));
    }
}

void Operations::measureDueList(storage::Database& db) {
    kim::FixedClock clock(m_options.today);
    core::FollowUpRepository followUps(db, clock);
    for (int i = 0; i < m_options.repetitions; ++i) {
        // What the due list shows on opening: both counts and its first page of 200 rows
        // (DueFollowUpsModel::PageSize); further pages are seeks of the same cost.
        record("due_list", millisecondsOf([&] {
                   followUps.dueCounts();
                   followUps.duePage(200);
               }));
    }
}

// The figures panel of the referrals: every transmitted referral with its status history,
// grouped by institution, type and legal domain.
void Operations::measureReferralFigures(storage::Database& db) {
    kim::FixedClock clock(m_options.today);
    for (int i = 0; i < m_options.repetitions; ++i) {
        record("referral_figures", millisecondsOf([&] { core::ReferralFigures::compute(db, clock); }));
    }
}

// The export wizard for the last complete quarter: the table programme alone, and the whole
// export as the wizard writes it (tables and proposals, JSON, the check the office would
// make, minisign signature, age encryption to the office, the log entry in one transaction).
void Operations::measureProblemExport(storage::Database& db) {
    kim::FixedClock clock(m_options.today);
    const core::Quarter quarter = core::Quarter::containing(m_options.today).previous();
    for (int i = 0; i < m_options.repetitions; ++i) {
        record("problem_tables", millisecondsOf([&] { core::buildProblemTables(db, quarter); }));
    }

    // Set-up, not timed: this vault's identity, and an office it trusts.
    const exchange::Identity identity = exchange::IdentityStore::ensure(db, kim::SystemClock());
    exchange::Identity office = exchange::Identity::generate();
    office.setProfile(QStringLiteral("Koordinierende Stelle (Benchmark)"), QString(), QString());
    exchange::ContactBook(db, kim::SystemClock()).trust(office.contactCard());
    reporting::ProblemReportExport exporter(db, identity, clock);
    for (int i = 0; i < m_options.repetitions; ++i) {
        record("problem_export", millisecondsOf([&] {
                   const reporting::ProblemReport report = exporter.prepare(quarter);
                   m_packageBytes = static_cast<int64_t>(exporter.write(report, office.contactCard()).size());
               }));
    }
}

// One month's caseload report: the exact figures alone, then what the wizard does (figures,
// suppression, pseudonyms, JSON, sign, encrypt, log). At most 10 repetitions: each reads the
// whole caseload.
void Operations::measureCaseloadReport(storage::Database& db) {
    kim::FixedClock clock(m_options.today);
    const auto month =
        core::ReportingPeriod::containing(m_options.today, core::ReportingPeriod::Length::Month).previous();
    const core::CaseloadRules rules = core::CaseloadSettings(db).rules();
    const int repetitions = std::min(m_options.repetitions, 10);
    for (int i = 0; i < repetitions; ++i) {
        record("caseload_figures", millisecondsOf([&] { core::CaseloadFigures::compute(db, month, rules); }));
    }

    // Set-up, not timed: this vault's identity, and a supervisor it trusts.
    const exchange::Identity identity = exchange::IdentityStore::ensure(db, kim::SystemClock());
    exchange::Identity supervisor = exchange::Identity::generate();
    supervisor.setProfile(QStringLiteral("Fachaufsicht (Benchmark)"), QString(), QString());
    exchange::ContactBook(db, kim::SystemClock()).trust(supervisor.contactCard());
    reporting::CaseloadReportExport exporter(db, identity, clock);
    for (int i = 0; i < repetitions; ++i) {
        record("caseload_export", millisecondsOf([&] {
                   const reporting::PreparedCaseloadReport prepared = exporter.prepare(month);
                   m_caseloadPackageBytes =
                       static_cast<int64_t>(exporter.write(prepared, {supervisor.contactCard()}).size());
               }));
    }
}

} // namespace kim::bench
