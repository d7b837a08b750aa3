// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemTestSupport.h"

#include "reporting/DisclosureControl.h"
#include "exchange/PackageError.h"
#include "reporting/ProblemMerge.h"
#include "support/ErrorOf.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

using namespace kim;
using namespace Qt::StringLiterals;
using namespace kim::exchange;
using namespace kim::reporting;
using namespace kim::test;

namespace {

const core::Quarter Q3{2026, 3};

std::vector<uint8_t> secretFrom(std::mt19937_64& random) {
    std::vector<uint8_t> secret(32);
    for (auto& byte : secret) {
        byte = static_cast<uint8_t>(random());
    }
    return secret;
}

DisclosureParameters defaults() {
    DisclosureParameters parameters;
    parameters.regions = RegionScheme::defaultFor(2026);
    return parameters;
}

// The true units of a published cell, computed from the units alone (independently of
// protectTables), and the value the frozen table must publish for them.
struct Truth {
    int64_t count = 0;
    uint64_t keySum = 0;
    void add(const TestUnit& unit) {
        ++count;
        keySum += unit.recordKey;
    }
};
using TruthTable = std::map<QStringList, Truth>;

std::map<QString, TruthTable> truthOf(const std::vector<TestUnit>& units, const DisclosureParameters& parameters) {
    std::map<QString, TruthTable> truth;
    std::map<QStringList, int64_t> perCode;
    for (const auto& unit : units) {
        for (const auto& [field, codes] : unit.codes) {
            for (const QString& code : codes) {
                ++perCode[{field, code}];
            }
        }
    }
    for (const auto& unit : units) {
        for (const auto& [field, codes] : unit.codes) {
            truth[PublishedTables::Field][{field}].add(unit);
            bool hasThin = false;
            for (const QString& code : codes) {
                if (perCode[{field, code}] < parameters.collapseBelow) {
                    hasThin = true;
                } else {
                    truth[PublishedTables::Problem][{field, code}].add(unit);
                }
            }
            if (hasThin) {
                truth[PublishedTables::Problem][{field, field + QStringLiteral("-SONST")}].add(unit);
            }
            const Region* region = parameters.regions.regionOf(static_cast<core::Municipality>(unit.municipality));
            truth[PublishedTables::FieldRegion][{field, region->code}].add(unit);
            truth[PublishedTables::FieldTargetGroup][{field, QString::number(unit.targetGroup)}].add(unit);
            for (const int type : unit.institutions.at(field)) {
                truth[PublishedTables::FieldInstitution][{field, QString::number(type)}].add(unit);
            }
        }
    }
    return truth;
}

const PublishedTable& tableOf(const std::vector<PublishedTable>& tables, const QString& id) {
    const auto it = std::find_if(tables.begin(), tables.end(), [&id](const auto& table) { return table.id == id; });
    REQUIRE(it != tables.end());
    return *it;
}

int64_t valueOf(const PublishedTable& table, const QStringList& key) {
    for (const auto& cell : table.cells) {
        if (cell.key == key) {
            return cell.value;
        }
    }
    return 0;
}

// Splits the units among `parts` case managers at random and returns their table sets.
std::vector<core::ProblemTableSet> splitAmong(const std::vector<TestUnit>& units, int parts, std::mt19937_64& random) {
    std::vector<std::vector<TestUnit>> shares(static_cast<size_t>(parts));
    for (const auto& unit : units) {
        shares[random() % static_cast<size_t>(parts)].push_back(unit);
    }
    std::vector<core::ProblemTableSet> sets;
    for (const auto& share : shares) {
        sets.push_back(tablesOf(share, Q3));
    }
    return sets;
}

// The key that the perturbation table maps to position `position` of [0, 10,000).
uint32_t keyAt(int position) {
    return static_cast<uint32_t>(((static_cast<uint64_t>(position) << 32) + 9999) / 10000);
}

} // namespace

TEST_CASE("every row of the perturbation table sums to 10,000, has mean deviation exactly 0 and avoids 1 and 2") {
    const auto& table = PerturbationTable::version1();
    CHECK(table.distribution(0) == QList<QPair<int64_t, int>>{{0, 10000}});
    std::vector<int64_t> counts;
    for (int64_t n = 0; n <= 300; ++n) {
        counts.push_back(n);
    }
    counts.push_back(10'000'000);
    for (const int64_t n : counts) {
        INFO("true count " << n);
        int total = 0;
        int64_t moment = 0;
        for (const auto& [value, weight] : table.distribution(n)) {
            CHECK(weight > 0);
            CHECK(value >= 0);
            CHECK(value != 1);
            CHECK(value != 2);
            CHECK(std::abs(value - n) <= table.maxDeviation());
            total += weight;
            moment += weight * (value - n);
        }
        CHECK(total == 10000);
        CHECK(moment == 0);
        // publish() follows the distribution exactly over the 10,000 positions of the key.
        std::map<int64_t, int> hits;
        for (int position = 0; position < 10000; ++position) {
            ++hits[table.publish(n, keyAt(position))];
        }
        std::map<int64_t, int> expected;
        for (const auto& [value, weight] : table.distribution(n)) {
            expected[value] += weight;
        }
        CHECK(hits == expected);
        CHECK(table.publish(n, 0) == table.distribution(n).front().first);
        CHECK(table.publish(n, 0xffffffffu) == table.distribution(n).back().first);
    }
}

TEST_CASE("from six cases on all counts share one symmetric row, and the rows of n and n+1 always overlap") {
    const auto& table = PerturbationTable::version1();
    const auto deviations = [&table](int64_t n) {
        QList<QPair<int64_t, int>> result;
        for (const auto& [value, weight] : table.distribution(n)) {
            result << qMakePair(value - n, weight);
        }
        return result;
    };
    for (int64_t n = 6; n < 200; ++n) {
        CHECK(deviations(n) == deviations(6));
    }
    const auto row = deviations(6);
    for (qsizetype i = 0; i < row.size(); ++i) {
        CHECK(row[i].first == -row[row.size() - 1 - i].first);
        CHECK(row[i].second == row[row.size() - 1 - i].second);
    }
    for (int64_t n = 1; n < 100; ++n) {
        std::set<int64_t> support;
        for (const auto& entry : table.distribution(n)) {
            support.insert(entry.first);
        }
        const auto next = table.distribution(n + 1);
        CHECK(std::any_of(next.begin(), next.end(),
                          [&support](const auto& entry) { return support.count(entry.first) > 0; }));
    }
}

TEST_CASE("the cell key is HMAC-SHA-256 under the office secret over the label and the big-endian key sum") {
    std::vector<uint8_t> secret(32);
    for (size_t i = 0; i < secret.size(); ++i) {
        secret[i] = static_cast<uint8_t>(i + 1);
    }
    // Known answers computed with Python's hmac module (docs/formats.md).
    CHECK(cellKey(secret, 0x0123456789abcdefULL) == 0x35c37f5eu);
    CHECK(cellKey(secret, 0) == 0x8a98408bu);
    std::vector<uint8_t> other = secret;
    other[31] ^= 1;
    CHECK(cellKey(other, 0x0123456789abcdefULL) != 0x35c37f5eu);
}

TEST_CASE("merging is exact and does not depend on how the units were split or in which order") {
    std::mt19937_64 random(20260701);
    for (int trial = 0; trial < 40; ++trial) {
        const auto units = randomUnits(random, 20 + static_cast<int>(random() % 200));
        const core::ProblemTableSet whole = tablesOf(units, Q3);
        auto sets = splitAmong(units, 1 + static_cast<int>(random() % 30), random);
        const core::ProblemTableSet merged = mergeProblemTables(sets);
        CHECK(merged == whole);
        std::shuffle(sets.begin(), sets.end(), random);
        for (auto& set : sets) {
            std::shuffle(set.tables.begin(), set.tables.end(), random); // tables in any order
        }
        CHECK(mergeProblemTables(sets) == whole);
        CHECK(fingerprintOf(mergeProblemTables(sets)) == fingerprintOf(whole));
    }
}

TEST_CASE("merging refuses sets of different quarters or table shapes, and takes both programme versions") {
    std::mt19937_64 random(7);
    const auto units = randomUnits(random, 30);
    const auto set = tablesOf(units, Q3);
    auto otherQuarter = tablesOf(units, core::Quarter{2026, 4});
    CHECK_THROWS_AS(mergeProblemTables({set, otherQuarter}), PackageError);
    auto older = set;
    older.programmeVersion = 1; // a report sent before key sums were derived per table and period
    const auto mixed = mergeProblemTables({older, set});
    CHECK(mixed.programmeVersion == core::ProblemTableSet::CurrentProgrammeVersion);
    CHECK(mixed.tables[0].cells.size() == set.tables[0].cells.size());
    CHECK(mixed.tables[0].cells[0].count == 2 * set.tables[0].cells[0].count);
    auto otherShape = set;
    otherShape.tables[1].dimensions = {QStringLiteral("field"), QStringLiteral("nationality")};
    CHECK_THROWS_AS(mergeProblemTables({set, otherShape}), PackageError);
    const auto empty = mergeProblemTables({});
    CHECK(empty.tables.size() == 4);
    CHECK(std::all_of(empty.tables.begin(), empty.tables.end(), [](const auto& t) { return t.cells.empty(); }));
}

TEST_CASE("protected tables publish exactly what the frozen table gives for the true units of each cell") {
    std::mt19937_64 random(31337);
    for (int trial = 0; trial < 20; ++trial) {
        const auto units = randomUnits(random, 5 + static_cast<int>(random() % 150));
        const auto secret = secretFrom(random);
        auto parameters = defaults();
        parameters.collapseBelow = 1 + static_cast<int>(random() % 8);
        const auto published = protectTables(mergeProblemTables(splitAmong(units, 7, random)), parameters, secret);
        const auto truth = truthOf(units, parameters);
        REQUIRE(published.size() == 5);
        for (const auto& table : published) {
            INFO("table " << table.id.toStdString());
            const TruthTable& expected = truth.count(table.id) ? truth.at(table.id) : TruthTable{};
            std::vector<PublishedCell> cells;
            for (const auto& [key, cell] : expected) {
                const int64_t value = PerturbationTable::version1().publish(cell.count, cellKey(secret, cell.keySum));
                CHECK(std::abs(value - cell.count) <= 3);
                if (cell.count <= 2) {
                    CHECK((value == 0 || value >= 3));
                }
                if (value > 0) {
                    cells.push_back(PublishedCell{key, value});
                }
            }
            CHECK(table.cells == cells);
            for (const auto& cell : table.cells) {
                CHECK(cell.value >= 3); // never 1 or 2, and a zero is never listed
            }
        }
        // Thin problem types appear only inside "sonstige".
        for (const auto& cell : tableOf(published, PublishedTables::Problem).cells) {
            if (!cell.key[1].endsWith(QStringLiteral("-SONST"))) {
                CHECK(trueCount(units, cell.key[0], cell.key[1]) >= parameters.collapseBelow);
            }
        }
        // Only region codes of the scheme, never a small municipality on its own.
        for (const auto& cell : tableOf(published, PublishedTables::FieldRegion).cells) {
            const auto& regions = parameters.regions.regions;
            CHECK(std::any_of(regions.begin(), regions.end(),
                              [&cell](const Region& r) { return r.code == cell.key[1]; }));
            for (const auto small : {core::Municipality::Borgholzhausen, core::Municipality::Werther,
                                     core::Municipality::HerzebrockClarholz, core::Municipality::Langenberg}) {
                CHECK(cell.key[1] != QString::number(static_cast<int>(small)));
            }
        }
    }
}

TEST_CASE("the same merged table publishes the same figures in every run, merge order and table") {
    std::mt19937_64 random(4711);
    const auto units = randomUnits(random, 120);
    const auto secret = secretFrom(random);
    const auto first = protectTables(mergeProblemTables(splitAmong(units, 5, random)), defaults(), secret);
    for (int run = 0; run < 10; ++run) {
        auto sets = splitAmong(units, 2 + static_cast<int>(random() % 20), random);
        std::shuffle(sets.begin(), sets.end(), random);
        CHECK(protectTables(mergeProblemTables(sets), defaults(), secret) == first);
    }
    // Another secret gives other noise: the secret is what makes it unpredictable.
    CHECK(protectTables(mergeProblemTables(splitAmong(units, 5, random)), defaults(), secretFrom(random)) != first);

    // Where two cells hold the same cases, they show the same value: every BIL unit has exactly
    // BIL-01 and lives in Werther, so "field", "problem" and "field_region" share one case set.
    std::vector<TestUnit> same;
    for (int i = 0; i < 40; ++i) {
        TestUnit unit;
        unit.recordKey = random();
        unit.municipality = static_cast<int>(core::Municipality::Werther);
        unit.codes[QStringLiteral("BIL")] = {QStringLiteral("BIL-01")};
        unit.institutions[QStringLiteral("BIL")] = {0};
        same.push_back(unit);
        for (int trial = 0; trial < 5; ++trial) {
            const auto tables = protectTables(tablesOf(same, Q3), defaults(), secretFrom(random));
            const int64_t field = valueOf(tableOf(tables, PublishedTables::Field), {u"BIL"_s});
            CHECK(valueOf(tableOf(tables, PublishedTables::Problem), {u"BIL"_s, u"BIL-SONST"_s}) +
                      valueOf(tableOf(tables, PublishedTables::Problem), {u"BIL"_s, u"BIL-01"_s}) ==
                  field);
            CHECK(valueOf(tableOf(tables, PublishedTables::FieldRegion), {u"BIL"_s, u"R1"_s}) == field);
            CHECK(valueOf(tableOf(tables, PublishedTables::FieldTargetGroup), {u"BIL"_s, u"1"_s}) == field);
            CHECK(valueOf(tableOf(tables, PublishedTables::FieldInstitution), {u"BIL"_s, u"0"_s}) == field);
        }
    }
}

TEST_CASE("thin problem types are published only together as sonstige, counting each unit once") {
    std::vector<TestUnit> units;
    uint64_t key = 1000;
    const auto unitWith = [&key](const QStringList& codes) {
        TestUnit unit;
        unit.recordKey = key += 7919;
        unit.codes[QStringLiteral("ARB")] = codes;
        unit.institutions[QStringLiteral("ARB")] = {0};
        return unit;
    };
    for (int i = 0; i < 9; ++i) {
        units.push_back(unitWith({QStringLiteral("ARB-01")}));
    }
    units.push_back(unitWith({QStringLiteral("ARB-01"), QStringLiteral("ARB-03"), QStringLiteral("ARB-04")}));
    units.push_back(unitWith({QStringLiteral("ARB-03")}));
    units.push_back(unitWith({QStringLiteral("ARB-04")}));
    units.push_back(unitWith({QStringLiteral("ARB-03"), QStringLiteral("ARB-04")}));
    // ARB-01: 10 units; ARB-03: 3 and ARB-04: 3 are thin; their union is 4 units, not 6.
    std::mt19937_64 random(99);
    const auto secret = secretFrom(random);
    const auto tables = protectTables(tablesOf(units, Q3), defaults(), secret);
    const auto& problems = tableOf(tables, PublishedTables::Problem);
    for (const auto& cell : problems.cells) {
        CHECK((cell.key[1] == QStringLiteral("ARB-01") || cell.key[1] == QStringLiteral("ARB-SONST")));
    }
    uint64_t sonstSum = 0;
    for (size_t i = 9; i < units.size(); ++i) {
        sonstSum += units[i].recordKey;
    }
    CHECK(valueOf(problems, {u"ARB"_s, u"ARB-SONST"_s}) ==
          PerturbationTable::version1().publish(4, cellKey(secret, sonstSum)));
    auto everyType = defaults();
    everyType.collapseBelow = 1;
    const auto open = tableOf(protectTables(tablesOf(units, Q3), everyType, secret), PublishedTables::Problem);
    CHECK(valueOf(open, {u"ARB"_s, u"ARB-SONST"_s}) == 0);
}

TEST_CASE("protection refuses invalid parameters") {
    std::mt19937_64 random(5);
    const auto set = tablesOf(randomUnits(random, 10), Q3);
    const auto secret = secretFrom(random);
    auto parameters = defaults();
    parameters.collapseBelow = 0;
    CHECK(errorOf([&] { protectTables(set, parameters, secret); }) == ErrorCode::InvalidInput);
    parameters = defaults();
    parameters.perturbationTableVersion = 2;
    CHECK(errorOf([&] { protectTables(set, parameters, secret); }) == ErrorCode::InvalidInput);
    parameters = defaults();
    parameters.regions.regions.removeLast(); // a municipality without a region
    CHECK_FALSE(parameters.regions.isValid());
    CHECK(errorOf([&] { protectTables(set, parameters, secret); }) == ErrorCode::InvalidInput);
    parameters = defaults();
    parameters.regions.regions[0].code = parameters.regions.regions[1].code;
    CHECK_FALSE(parameters.regions.isValid());
}

TEST_CASE("the default regions merge the four small municipalities and keep the others alone") {
    const RegionScheme scheme = RegionScheme::defaultFor(2026);
    CHECK(scheme.isValid());
    CHECK(scheme.regions.size() == 11);
    CHECK(scheme.regionOf(core::Municipality::Borgholzhausen) == scheme.regionOf(core::Municipality::Werther));
    CHECK(scheme.regionOf(core::Municipality::Werther)->code == QStringLiteral("R1"));
    CHECK(scheme.regionOf(core::Municipality::Langenberg)->code == QStringLiteral("R2"));
    CHECK(scheme.regionOf(core::Municipality::HerzebrockClarholz)->code == QStringLiteral("R2"));
    CHECK(scheme.regionOf(core::Municipality::Guetersloh)->code == QStringLiteral("2"));
    CHECK(scheme.regionOf(core::Municipality::Guetersloh)->municipalities.size() == 1);
}

TEST_CASE("two publications that differ by one case differ by exactly one in well under half the trials") {
    const auto& table = PerturbationTable::version1();
    // Analytically, from the frozen table: P(published(n+1) - published(n) == 1) with independent keys.
    for (int64_t n = 0; n < 40; ++n) {
        double exact = 0;
        for (const auto& [value, weight] : table.distribution(n)) {
            for (const auto& [next, nextWeight] : table.distribution(n + 1)) {
                if (next - value == 1) {
                    exact += weight / 10000.0 * nextWeight / 10000.0;
                }
            }
        }
        INFO("n = " << n);
        CHECK(exact < 0.36);
    }
    // Empirically, through the whole pipeline with many office secrets.
    std::mt19937_64 random(2026);
    for (const int n : {1, 2, 3, 4, 5, 6, 10, 25}) {
        std::vector<TestUnit> units;
        for (int i = 0; i <= n; ++i) {
            TestUnit unit;
            unit.recordKey = random();
            unit.codes[QStringLiteral("INS")] = {QStringLiteral("INS-07")};
            unit.institutions[QStringLiteral("INS")] = {3};
            units.push_back(unit);
        }
        const auto before = tablesOf(std::vector<TestUnit>(units.begin(), units.end() - 1), Q3);
        const auto after = tablesOf(units, Q3);
        constexpr int Trials = 1500;
        int exactlyOne = 0;
        for (int trial = 0; trial < Trials; ++trial) {
            const auto secret = secretFrom(random);
            const int64_t a =
                valueOf(tableOf(protectTables(before, defaults(), secret), PublishedTables::Field), {u"INS"_s});
            const int64_t b =
                valueOf(tableOf(protectTables(after, defaults(), secret), PublishedTables::Field), {u"INS"_s});
            exactlyOne += (b - a == 1) ? 1 : 0;
        }
        INFO("n = " << n << ": difference +1 in " << exactlyOne << " of " << Trials);
        CHECK(exactlyOne < Trials * 0.42);
    }
}
