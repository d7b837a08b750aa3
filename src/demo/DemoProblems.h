// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Catalog.h"
#include "core/ProblemFlagRepository.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <random>
#include <vector>

namespace kim {
class FixedClock;
}

namespace kim::storage {
class Database;
}

namespace kim::demo {

// What the demo generator knows about a case when it adds structural problems to it.
struct DemoProblemCase {
    int64_t caseId = 0;
    core::TargetGroup group = core::TargetGroup::Immigrants;
    QDate openedOn;
    QDate end; // the case's closing day, or today for an open case
};

// The structural-problem part of the demo data (internal to DemoGenerator): record keys,
// families and problem flags on about a third of the cases, weighted towards the problems
// case managers meet most, recorded through ProblemFlagRepository on the days they happen.
// Uses its own random streams so adding it did not change the rest of the demo data. Record
// keys come from the seed too, so the same seed gives the same tables; that is fine for
// invented people, while real cases get keys from the system RNG.
class DemoProblems final {
public:
    DemoProblems(storage::Database& db, FixedClock& clock, uint32_t seed, const QDate& today);

    uint64_t nextRecordKey() { return m_keys(); }
    // About one client in twenty joins the family of an earlier client in the same town:
    // the head of that family, or nothing.
    std::optional<int64_t> familyFor(core::Municipality municipality);
    // A client who joined no family heads one that later clients of the town may join.
    void addHead(core::Municipality municipality, int64_t clientId);
    void addFor(const DemoProblemCase& c);

private:
    int below(int n) { return static_cast<int>(m_engine() % static_cast<uint32_t>(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    int pickProblem(core::TargetGroup group);
    void addFlag(const DemoProblemCase& c, int problem);

    FixedClock& m_clock;
    std::mt19937 m_engine;
    std::mt19937_64 m_keys;
    QDate m_today;
    QList<bool> m_active; // per entry of the weighted problem list: still in the taxonomy
    QHash<int, QList<int64_t>> m_institutionsByType;
    QHash<int, std::vector<int64_t>> m_headsByMunicipality;
    core::ProblemFlagRepository m_flags;
};

} // namespace kim::demo
