// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "core/ProblemProposal.h"
#include "core/ProblemTables.h"
#include "exchange/Identity.h"
#include "storage/Vault.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <map>
#include <memory>
#include <vector>

namespace kim::test {

// A workspace of any kind with its exchange identity, in its own folder, with the fast KDF.
struct OfficeTestWorkspace {
    OfficeTestWorkspace(const QString& name, storage::WorkspaceKind kind);
    storage::Database& db() { return vault->database(); }

    QTemporaryDir dir;
    std::unique_ptr<storage::Vault> vault;
    std::unique_ptr<exchange::Identity> identity;
};

// A counting unit (a family) as a case manager's export counts it: its record key, where it
// lives, its target group and its problems per field (field code → codes).
struct OfficeTestUnit {
    uint64_t recordKey = 0;
    int municipality = 2;
    int targetGroup = 1;
    int institutionType = 0;
    std::map<QString, QStringList> codes;
};

core::ProblemTableSet tablesOf(const std::vector<OfficeTestUnit>& units, const core::Quarter& quarter);
// `count` units with deterministic keys from `seed`, spread over the given municipalities.
std::vector<OfficeTestUnit> unitsFor(uint64_t seed, int count, const QList<int>& municipalities);

// The coordinating office, three case managers it trusts (and who trust it) and a stranger
// the office does not know.
class OfficeTestWorld final {
public:
    OfficeTestWorld();

    // A signed, encrypted problem report of `from` for the office.
    QByteArray report(OfficeTestWorkspace& from, const core::Quarter& quarter, const std::vector<OfficeTestUnit>& units,
                      const QDateTime& created, const QList<core::ProblemProposal>& proposals = {});

    kim::FixedClock clock{QDate(2026, 7, 20)};
    OfficeTestWorkspace office;
    std::vector<std::unique_ptr<OfficeTestWorkspace>> caseManagers;
    OfficeTestWorkspace stranger;
};

bool writeFile(const QString& path, const QByteArray& bytes);

} // namespace kim::test
