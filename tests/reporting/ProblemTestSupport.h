// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ProblemTables.h"
#include "exchange/Identity.h"
#include "support/TestVault.h"

#include <QDateTime>

#include <map>
#include <random>
#include <vector>

namespace kim::storage {
class Database;
}

namespace kim::test {

// A counting unit as a case manager's vault would see it, for building table sets whose
// truth the test knows: its record key, where it lives, and its problems per field.
struct TestUnit {
    uint64_t recordKey = 0;
    int municipality = 2;
    int targetGroup = 1;
    std::map<QString, QStringList> codes;       // field code → sorted problem codes
    std::map<QString, QList<int>> institutions; // field code → institution types (0: none)
};

// The programme's tables of these units, built the way the case manager's export counts.
core::ProblemTableSet tablesOf(const std::vector<TestUnit>& units, const core::Quarter& quarter);
// Random units over a few fields, codes and municipalities.
std::vector<TestUnit> randomUnits(std::mt19937_64& random, int count);
// The exact number of units with `code` (or, for a field code, any code of that field).
int64_t trueCount(const std::vector<TestUnit>& units, const QString& field, const QString& code = {});

// A vault and its exchange identity with a profile name.
struct Workspace {
    explicit Workspace(const QString& name);
    storage::Database& db();

    TestVault vault;
    exchange::Identity identity;
};

// Both workspaces trust each other's contact card.
void trustEachOther(Workspace& a, Workspace& b);

// Rows of a table, for "nothing was written" checks.
int rowCount(storage::Database& db, const QString& table);

} // namespace kim::test
