// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreFixture.h"

#include "demo/DemoGenerator.h"
#include "core/ProblemTables.h"

#include <QElapsedTimer>

using namespace kim;
using namespace kim::core;
using namespace kim::demo;
using kim::test::CoreFixture;

namespace {

DemoOptions options(int clients, uint32_t seed) {
    DemoOptions o;
    o.clients = clients;
    o.seed = seed;
    o.today = CoreFixture::startDay();
    return o;
}

double scalar(CoreFixture& f, const char* sql) {
    auto st = f.db().prepare(QString::fromUtf8(sql));
    REQUIRE(st.step());
    return st.real(0);
}

const Quarter LastQuarter{2025, 4};

} // namespace

TEST_CASE("the demo flags structural problems in about a third of the cases, mostly the common ones") {
    CoreFixture f;
    generateDemoData(f.db(), options(800, 2026));
    const double flagged = scalar(f, "SELECT 1.0 * COUNT(DISTINCT case_id) / (SELECT COUNT(*) FROM cases) "
                                     "FROM problem_flags");
    CHECK(flagged > 0.28);
    CHECK(flagged < 0.42);
    const double perFlaggedCase = scalar(f, "SELECT 1.0 * COUNT(*) / COUNT(DISTINCT case_id) FROM problem_flags");
    CHECK(perFlaggedCase > 1.2);
    CHECK(perFlaggedCase < 2.0);
    // The five common problems make up most flags; rare ones exist too.
    CHECK(scalar(f, "SELECT 1.0 * SUM(problem_code IN ('WOH-01','INS-07','BIL-02','ARB-03','INS-02')) / COUNT(*) "
                    "FROM problem_flags") > 0.45);
    CHECK(scalar(f, "SELECT COUNT(DISTINCT problem_code) FROM problem_flags") >= 20);
    CHECK(scalar(f, "SELECT COUNT(*) FROM problem_flags WHERE institution_id IS NOT NULL") > 20);
    CHECK(scalar(f, "SELECT COUNT(*) FROM problem_flags WHERE resolved_on IS NOT NULL") > 20);
}

TEST_CASE("demo flags are consistent with the taxonomy, the directory and the calendar") {
    CoreFixture f;
    generateDemoData(f.db(), options(500, 11));
    CHECK(scalar(f, "SELECT COUNT(*) FROM problem_flags f LEFT JOIN problem_types t ON t.code = f.problem_code "
                    "WHERE t.code IS NULL OR t.retired_in IS NOT NULL") == 0);
    CHECK(scalar(f, "SELECT COUNT(*) FROM problem_flags WHERE since > '2026-03-10' OR resolved_on > '2026-03-10' "
                    "OR resolved_on < since OR recorded_on > '2026-03-10'") == 0);
    CHECK(scalar(f, "SELECT COUNT(*) FROM problem_flags f JOIN institutions i ON i.id = f.institution_id "
                    "WHERE f.institution_type IS NOT i.type") == 0);
    CHECK(scalar(f, "SELECT COUNT(*) FROM cases WHERE record_key IS NULL") == 0);
    CHECK(scalar(f, "SELECT COUNT(DISTINCT record_key) FROM cases") == scalar(f, "SELECT COUNT(*) FROM cases"));
    // EU citizens need no Ausländerbehörde appointment.
    CHECK(scalar(f, "SELECT COUNT(*) FROM problem_flags f JOIN cases c ON c.id = f.case_id "
                    "JOIN clients cl ON cl.id = c.client_id WHERE cl.target_group = 2 AND f.problem_code = 'INS-07'") ==
          0);
}

TEST_CASE("about one demo client in twenty belongs to a flat family in the same town") {
    CoreFixture f;
    generateDemoData(f.db(), options(1000, 5));
    const double members = scalar(f, "SELECT 1.0 * COUNT(*) / 1000 FROM clients WHERE family_id IS NOT NULL");
    CHECK(members > 0.025);
    CHECK(members < 0.08);
    CHECK(scalar(f, "SELECT COUNT(*) FROM clients m JOIN clients h ON h.id = m.family_id "
                    "WHERE h.family_id IS NOT NULL OR h.municipality <> m.municipality OR h.id >= m.id") == 0);
}

TEST_CASE("the same seed gives the same problem tables, another seed other ones") {
    CoreFixture first;
    CoreFixture second;
    CoreFixture other;
    generateDemoData(first.db(), options(300, 7));
    generateDemoData(second.db(), options(300, 7));
    generateDemoData(other.db(), options(300, 8));
    const ProblemTableSet tables = buildProblemTables(first.db(), LastQuarter);
    CHECK(tables.table(ProblemTableProgramme::Problems)->cells.size() > 10);
    CHECK(tables == buildProblemTables(second.db(), LastQuarter));
    CHECK_FALSE(tables == buildProblemTables(other.db(), LastQuarter));
}

TEST_CASE("a demo case manager can work in one or two municipalities") {
    CoreFixture f;
    DemoOptions o = options(200, 3);
    o.municipalities = {Municipality::Werther, Municipality::Halle};
    generateDemoData(f.db(), o);
    CHECK(scalar(f, "SELECT COUNT(*) FROM clients WHERE municipality NOT IN (3, 13)") == 0);
    CHECK(scalar(f, "SELECT COUNT(*) FROM clients WHERE municipality = 13") > 0);
    // Halle is about twice the size of Werther.
    CHECK(scalar(f, "SELECT COUNT(*) FROM clients WHERE municipality = 3") >
          scalar(f, "SELECT COUNT(*) FROM clients WHERE municipality = 13"));
    const ProblemTableSet set = buildProblemTables(f.db(), LastQuarter);
    const ProblemTable* towns = set.table(ProblemTableProgramme::FieldMunicipality);
    REQUIRE_FALSE(towns->cells.empty());
    for (const ProblemCell& cell : towns->cells) {
        CHECK((cell.key[1] == QStringLiteral("3") || cell.key[1] == QStringLiteral("13")));
    }
}

// A benchmark that prints its figures; run with demo_tests "[benchmark]".
TEST_CASE("building the problem tables of 100,000 demo clients", "[.][benchmark]") {
    CoreFixture f;
    QElapsedTimer timer;
    timer.start();
    generateDemoData(f.db(), options(100000, 2026));
    WARN("100,000 clients generated in " << timer.elapsed() << " ms");
    timer.restart();
    const ProblemTableSet set = buildProblemTables(f.db(), LastQuarter);
    WARN("problem tables built in " << timer.elapsed() << " ms");
    int64_t units = 0;
    for (const ProblemCell& cell : set.table(ProblemTableProgramme::FieldTargetGroup)->cells) {
        units += cell.count;
    }
    WARN(units << " unit-field pairs in " << LastQuarter.label().toStdString());
    CHECK(units > 10000);
}
