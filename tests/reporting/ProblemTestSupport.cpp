// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemTestSupport.h"

#include "exchange/ContactBook.h"
#include "exchange/IdentityStore.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <algorithm>

namespace kim::test {

namespace {

using Cells = std::map<QStringList, core::ProblemCell>;

void add(Cells& cells, const QStringList& key, uint64_t recordKey) {
    auto& cell = cells[key];
    cell.key = key;
    ++cell.count;
    cell.keySum += recordKey;
}

core::ProblemTable tableOf(const QString& id, const QStringList& dimensions, const Cells& cells) {
    core::ProblemTable table{id, dimensions, {}};
    for (const auto& entry : cells) {
        table.cells.push_back(entry.second);
    }
    return table;
}

const QStringList Fields{QStringLiteral("ARB"), QStringLiteral("INS"), QStringLiteral("BIL")};

} // namespace

core::ProblemTableSet tablesOf(const std::vector<TestUnit>& units, const core::Quarter& quarter) {
    Cells problems, municipalities, targetGroups, institutions;
    for (const auto& unit : units) {
        for (const auto& [field, codes] : unit.codes) {
            if (codes.isEmpty()) {
                continue;
            }
            add(problems, {field, codes.join(u'+')}, unit.recordKey);
            add(municipalities, {field, QString::number(unit.municipality)}, unit.recordKey);
            add(targetGroups, {field, QString::number(unit.targetGroup)}, unit.recordKey);
            const auto types = unit.institutions.count(field) ? unit.institutions.at(field) : QList<int>{0};
            for (const int type : types) {
                add(institutions, {field, QString::number(type)}, unit.recordKey);
            }
        }
    }
    core::ProblemTableSet set;
    set.taxonomyVersion = 1;
    set.period = quarter;
    const auto programme = core::ProblemTableProgramme::tables();
    set.tables.push_back(tableOf(programme[0].first, programme[0].second, problems));
    set.tables.push_back(tableOf(programme[1].first, programme[1].second, municipalities));
    set.tables.push_back(tableOf(programme[2].first, programme[2].second, targetGroups));
    set.tables.push_back(tableOf(programme[3].first, programme[3].second, institutions));
    return set;
}

std::vector<TestUnit> randomUnits(std::mt19937_64& random, int count) {
    std::vector<TestUnit> units;
    for (int i = 0; i < count; ++i) {
        TestUnit unit;
        unit.recordKey = random();
        unit.municipality = static_cast<int>(random() % 13) + 1;
        unit.targetGroup = static_cast<int>(random() % 4) + 1;
        for (const QString& field : Fields) {
            if (random() % 3 == 0) {
                continue;
            }
            QStringList codes;
            // Codes 01 and 02 are common, 03 to 06 rare, so some fall under the threshold.
            for (int code = 1; code <= 6; ++code) {
                const unsigned chance = code <= 2 ? 2 : 12;
                if (random() % chance == 0) {
                    codes << QStringLiteral("%1-%2").arg(field).arg(code, 2, 10, QLatin1Char('0'));
                }
            }
            if (codes.isEmpty()) {
                codes << field + QStringLiteral("-01");
            }
            unit.codes[field] = codes;
            unit.institutions[field] = {static_cast<int>(random() % 4)};
        }
        units.push_back(unit);
    }
    return units;
}

int64_t trueCount(const std::vector<TestUnit>& units, const QString& field, const QString& code) {
    return std::count_if(units.begin(), units.end(), [&](const TestUnit& unit) {
        const auto it = unit.codes.find(field);
        return it != unit.codes.end() && !it->second.isEmpty() && (code.isEmpty() || it->second.contains(code));
    });
}

Workspace::Workspace(const QString& name)
    : identity([this, &name] {
        exchange::IdentityStore::ensure(vault.vault->database(), kim::test::wallClock());
        exchange::IdentityStore::setProfile(vault.vault->database(), name, QStringLiteral("Fallmanagement"),
                                            QStringLiteral("Kreis Gütersloh"));
        return *exchange::IdentityStore::load(vault.vault->database());
    }()) {}

storage::Database& Workspace::db() {
    return vault.vault->database();
}

void trustEachOther(Workspace& a, Workspace& b) {
    exchange::ContactBook(a.db(), kim::test::wallClock()).trust(b.identity.contactCard());
    exchange::ContactBook(b.db(), kim::test::wallClock()).trust(a.identity.contactCard());
}

int rowCount(storage::Database& db, const QString& table) {
    auto statement = db.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    REQUIRE(statement.step());
    return statement.integer(0);
}

} // namespace kim::test
