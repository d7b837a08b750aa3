// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <map>
#include <random>
#include <vector>

namespace kim::storage {
class Database;
}

namespace kim::bench {

struct RunOptions {
    QString vaultPath;
    int repetitions = 30;      // per operation
    int unlockRepetitions = 5; // each costs one Argon2id derivation
    uint32_t seed = 2026;      // chooses clients, filter texts and search words
    QDate today = QDate(2026, 3, 2);
};

// Times the operations a user waits for, each `repetitions` times with varying input
// (different clients, filter texts, search words), through the same repositories the GUI
// calls. Only the repository calls are timed, never the benchmark's own bookkeeping.
class Operations final {
public:
    explicit Operations(const RunOptions& options);
    // {"samples_ms": {operation: [ms, ...]}, "rss_mib", "peak_rss_mib", "sqlite_version", ...}
    QJsonObject run();

private:
    void measureUnlock();
    void measureFilter(storage::Database& db);
    void measureSearch(storage::Database& db);
    void measureCaseFile(storage::Database& db);
    void measureSave(storage::Database& db);
    void measureDueList(storage::Database& db);
    void measureReferralFigures(storage::Database& db);
    void measureProblemExport(storage::Database& db);
    void measureCaseloadReport(storage::Database& db);
    int64_t randomClient();
    void record(const char* operation, double ms) { m_samples[QString::fromLatin1(operation)].push_back(ms); }

    RunOptions m_options;
    std::mt19937 m_random;
    std::map<QString, std::vector<double>> m_samples;
    int64_t m_clientCount = 0;
    int64_t m_packageBytes = 0;
    int64_t m_caseloadPackageBytes = 0;
};

} // namespace kim::bench
