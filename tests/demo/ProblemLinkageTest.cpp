// SPDX-License-Identifier: GPL-3.0-or-later
// Can the coordinating office link a singleton cell across tables or quarters? It receives a
// case manager's tables for every quarter. A cell with count 1 holds one unit's contribution;
// if that value turned up in another table or quarter of the same sender, the office could join
// the cells into a case-level record (problem + target group + institution + town, over time).
// These tests play the office's part on realistic demo caseloads.

#include "CoreFixture.h"

#include "demo/DemoGenerator.h"
#include "core/ProblemTables.h"

#include <QHash>
#include <QSet>

#include <map>

using namespace kim;
using namespace kim::core;
using namespace kim::demo;
using kim::test::CoreFixture;

namespace {

struct Singleton {
    QString table;
    Quarter period;
    QStringList key;
};

// The last eight quarters before the demo's today, as the case manager would report them.
std::vector<ProblemTableSet> reportsOf(storage::Database& db) {
    std::vector<ProblemTableSet> reports;
    Quarter quarter = Quarter::containing(CoreFixture::startDay()).previous();
    for (int i = 0; i < 8; ++i, quarter = quarter.previous()) {
        reports.push_back(buildProblemTables(db, quarter));
    }
    return reports;
}

// Joins singleton cells on equal key sums, as an office would: every value that appears in
// more than one (table, quarter) is a link.
struct JoinResult {
    int singletons = 0;
    int links = 0;
};

JoinResult joinSingletons(const std::vector<ProblemTableSet>& reports) {
    std::map<uint64_t, QList<Singleton>> byKeySum;
    JoinResult result;
    for (const ProblemTableSet& set : reports) {
        for (const ProblemTable& table : set.tables) {
            for (const ProblemCell& cell : table.cells) {
                if (cell.count == 1) {
                    byKeySum[cell.keySum].append({table.id, set.period, cell.key});
                    ++result.singletons;
                }
            }
        }
    }
    for (const auto& [keySum, cells] : byKeySum) {
        QSet<QString> places;
        for (const Singleton& cell : cells) {
            places.insert(cell.table + u'@' + cell.period.toString());
        }
        if (places.size() > 1) {
            result.links += int(cells.size()) - 1;
        }
    }
    return result;
}

DemoOptions smallTown(int clients, uint32_t seed) {
    DemoOptions options;
    options.clients = clients;
    options.seed = seed;
    options.today = CoreFixture::startDay();
    options.municipalities = {Municipality::Versmold}; // a small town: many singleton cells
    return options;
}

} // namespace

TEST_CASE("no singleton key sum of a case manager appears in two tables or two quarters") {
    int singletons = 0;
    for (const uint32_t seed : {1u, 2u, 3u, 4u, 5u, 6u}) {
        CoreFixture f;
        generateDemoData(f.db(), smallTown(120, seed));
        const JoinResult join = joinSingletons(reportsOf(f.db()));
        INFO("seed " << seed << ": " << join.singletons << " singleton cells");
        CHECK(join.links == 0);
        singletons += join.singletons;
    }
    // The attack had something to work on: the caseloads are small enough to have singletons.
    CHECK(singletons > 200);
}

TEST_CASE("the same caseload gives the same key sums in every revision of a quarter") {
    CoreFixture f;
    generateDemoData(f.db(), smallTown(120, 9));
    const auto first = reportsOf(f.db());
    const auto again = reportsOf(f.db());
    CHECK(first == again);
}

TEST_CASE("cells leave in a canonical order: tables in programme order, cells sorted by key") {
    CoreFixture f;
    generateDemoData(f.db(), smallTown(200, 11));
    for (const ProblemTableSet& set : reportsOf(f.db())) {
        const auto programme = ProblemTableProgramme::tables();
        REQUIRE(set.tables.size() == size_t(programme.size()));
        for (size_t i = 0; i < set.tables.size(); ++i) {
            CHECK(set.tables[i].id == programme[qsizetype(i)].first);
            const auto& cells = set.tables[i].cells;
            CHECK(std::is_sorted(cells.begin(), cells.end(),
                                 [](const ProblemCell& a, const ProblemCell& b) { return a.key < b.key; }));
        }
    }
}
