// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Quarter.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace kim::storage {
class Database;
}

namespace kim::core {

// One cell of a problem table: how many counting units (families) fall into it and the
// 64-bit sum (wrapping) of what each unit contributes to the cell. A unit's contribution is
// derived from its secret record key for this table and this period only (programme version 2),
// so a single unit's sum links no two tables or quarters. Both add up exactly when tables from
// several case managers are merged, in any order.
struct ProblemCell {
    QStringList key; // one code per dimension
    int64_t count = 0;
    uint64_t keySum = 0;

    bool operator==(const ProblemCell&) const = default;
};

struct ProblemTable {
    QString id;
    QStringList dimensions;
    std::vector<ProblemCell> cells; // sorted by key, no empty cells, no duplicate keys

    const ProblemCell* find(const QStringList& key) const;
    bool operator==(const ProblemTable&) const = default;
};

// The fixed table programme of one case manager for one quarter.
// Four tables; dimension values are codes only:
//   "problems"           field, problems        e.g. ["ARB", "ARB-01+ARB-03"]: the set of
//                                               problem codes a unit has in that field, so the
//                                               office can form exact unions ("sonstige")
//   "field_municipality" field, municipality    municipality as its catalogue number, "7"
//   "field_target_group" field, target_group    target group as its catalogue number
//   "field_institution"  field, institution_type catalogue number, "0" when none was named
struct ProblemTableSet {
    // Version 1 summed the record keys themselves, which linked a singleton cell across tables
    // and quarters; version 2 sums per-table, per-period contributions. The layout is the same.
    static constexpr int CurrentProgrammeVersion = 2;
    static constexpr int OldestReadableProgrammeVersion = 1;

    int programmeVersion = CurrentProgrammeVersion;
    int taxonomyVersion = 0;
    Quarter period;
    std::vector<ProblemTable> tables; // in programme order

    const ProblemTable* table(const QString& id) const;
    bool operator==(const ProblemTableSet&) const = default;
};

namespace ProblemTableProgramme {
inline const QString Problems = QStringLiteral("problems");
inline const QString FieldMunicipality = QStringLiteral("field_municipality");
inline const QString FieldTargetGroup = QStringLiteral("field_target_group");
inline const QString FieldInstitution = QStringLiteral("field_institution");
// Table ids with their dimension names, in programme order.
QList<QPair<QString, QStringList>> tables();
} // namespace ProblemTableProgramme

// Gives every case without a record key a random one (crypto::randomUint64()). Cases from
// before schema version 6 have none; new cases get theirs when they are opened. Works inside
// or outside a transaction.
void ensureRecordKeys(storage::Database& db);

// Builds the quarter's tables from the vault (filling missing record keys first). The counting unit is the family:
// clients linked by family_id count once, with the record key of the family's first case. A unit counts at most once
// per cell, and only for flags active during the quarter on cases that were open during it. Nothing but codes goes in:
// no names, text, dates or ages.
ProblemTableSet buildProblemTables(storage::Database& db, const Quarter& quarter);

} // namespace kim::core
