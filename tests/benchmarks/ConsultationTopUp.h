// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <cstdint>
#include <random>

namespace kim::storage {
class Database;
}

namespace kim::bench {

// Benchmark-only: the demo generator writes about 8 consultations per case, a real
// caseload after a few years has more. This adds consultations to every case until it
// holds `perCase` on average (drawn per case from perCase ± 6), with notes assembled from
// the demo's own text fragments, dates inside the case's open period, and the same
// std::mt19937 approach as demo::generateDemoData, so a seed always gives the same rows.
// Lives here rather than in DemoGenerator so that --demo stays as it is.
class ConsultationTopUp final {
public:
    ConsultationTopUp(storage::Database& db, uint32_t seed, const QDate& today);
    // Returns the number of consultations added. One transaction.
    int64_t run(int perCase);

private:
    struct CaseFacts {
        int64_t id = 0;
        QDate openedOn;
        QDate end;
        int municipality = 0;
        int existing = 0;
    };
    struct NewConsultation {
        QDate heldOn;
        int minutes = 0;
        int mode = 0;
        int fields = 0;
        QString notes;
    };

    int below(int n);
    int between(int low, int high);
    std::vector<CaseFacts> loadCases();
    NewConsultation draw(const CaseFacts& facts);
    QString note(int mode, int fields, int municipality);

    storage::Database& m_db;
    QDate m_today;
    std::mt19937 m_engine;
};

} // namespace kim::bench
