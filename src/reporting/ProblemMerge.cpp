// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/ProblemMerge.h"

#include "exchange/PackageError.h"

#include <QCryptographicHash>

#include <algorithm>
#include <map>

namespace kim::reporting {

namespace {

struct Sum {
    int64_t count = 0;
    uint64_t keySum = 0;
};

struct MergedTable {
    QStringList dimensions;
    std::map<QStringList, Sum> cells; // ordered by key, as ProblemTable requires
};

// Programme tables first, in programme order, then any others by id: independent of the input order.
QStringList tableOrder(const std::map<QString, MergedTable>& tables) {
    QStringList order;
    for (const auto& entry : core::ProblemTableProgramme::tables()) {
        if (tables.count(entry.first)) {
            order << entry.first;
        }
    }
    for (const auto& entry : tables) {
        if (!order.contains(entry.first)) {
            order << entry.first;
        }
    }
    return order;
}

core::ProblemTableSet emptyProgramme() {
    core::ProblemTableSet result;
    for (const auto& [id, dimensions] : core::ProblemTableProgramme::tables()) {
        result.tables.push_back(core::ProblemTable{id, dimensions, {}});
    }
    return result;
}

} // namespace

core::ProblemTableSet mergeProblemTables(const std::vector<core::ProblemTableSet>& sets) {
    if (sets.empty()) {
        return emptyProgramme();
    }
    core::ProblemTableSet result;
    result.programmeVersion = sets.front().programmeVersion;
    result.period = sets.front().period;
    std::map<QString, MergedTable> tables;
    for (const auto& set : sets) {
        // Programme versions share one layout and differ only in how key sums are formed, so
        // reports of both merge: counts stay exact, and a key sum only seeds the noise.
        if (set.period != result.period) {
            throw exchange::PackageError(exchange::PackageFailure::Damaged);
        }
        result.programmeVersion = std::max(result.programmeVersion, set.programmeVersion);
        result.taxonomyVersion = std::max(result.taxonomyVersion, set.taxonomyVersion);
        for (const auto& table : set.tables) {
            auto [entry, inserted] = tables.try_emplace(table.id, MergedTable{table.dimensions, {}});
            if (!inserted && entry->second.dimensions != table.dimensions) {
                throw exchange::PackageError(exchange::PackageFailure::Damaged);
            }
            for (const auto& cell : table.cells) {
                auto& sum = entry->second.cells[cell.key];
                sum.count += cell.count;
                sum.keySum += cell.keySum; // wraps modulo 2^64 by definition of unsigned arithmetic
            }
        }
    }
    for (const QString& id : tableOrder(tables)) {
        const auto& merged = tables.at(id);
        core::ProblemTable table{id, merged.dimensions, {}};
        table.cells.reserve(merged.cells.size());
        for (const auto& [key, sum] : merged.cells) {
            table.cells.push_back(core::ProblemCell{key, sum.count, sum.keySum});
        }
        result.tables.push_back(std::move(table));
    }
    return result;
}

QString fingerprintOf(const core::ProblemTableSet& set) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto line = [&hash](const QStringList& fields) {
        hash.addData((fields.join(u'\t') + u'\n').toUtf8());
    };
    line({QStringLiteral("kim-merged-v1")});
    line({QStringLiteral("programme"), QString::number(set.programmeVersion)});
    line({QStringLiteral("taxonomy"), QString::number(set.taxonomyVersion)});
    line({QStringLiteral("period"), set.period.toString()});
    std::vector<const core::ProblemTable*> tables;
    for (const auto& table : set.tables) {
        tables.push_back(&table);
    }
    std::sort(tables.begin(), tables.end(), [](const auto* a, const auto* b) { return a->id < b->id; });
    for (const auto* table : tables) {
        line(QStringList{QStringLiteral("table"), table->id} + table->dimensions);
        auto cells = table->cells;
        std::sort(cells.begin(), cells.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
        for (const auto& cell : cells) {
            line(cell.key + QStringList{QString::number(cell.count), QString::number(cell.keySum, 16)});
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace kim::reporting
