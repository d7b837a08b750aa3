// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/Clock.h"
#include "core/ProblemFlagRepository.h"
#include "core/ProblemTables.h"
#include "core/ProblemTaxonomy.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QTemporaryDir>

using namespace kim;
using namespace Qt::StringLiterals;
using namespace kim::core;
using namespace kim::storage;

namespace {

const Botan::secure_vector<uint8_t> key(32, 0x26);
constexpr int FilterIndexVersion = 5;
constexpr int ProblemsVersion = 6;

int scalar(Database& db, const QString& sql) {
    auto st = db.prepare(sql);
    REQUIRE(st.step());
    return st.integer(0);
}

// Case work of a version-5 vault: two clients, three cases (one closed).
void insertCaseWork(Database& db) {
    db.exec(QStringLiteral(
        "INSERT INTO clients(id, case_code, first_name, last_name, target_group, municipality, residence_status, "
        "created_on) VALUES (1, 'GT-2025-0001', 'Amal', 'Haddad', 3, 2, 3, '2025-01-02'), "
        "(2, 'VL-2025-0001', 'Olena', 'Bondar', 4, 11, 5, '2025-03-02');"
        "INSERT INTO consents(client_id, given_on, scope, form_version) VALUES (1, '2025-01-02', 2, 'V1'), "
        "(2, '2025-03-02', 2, 'V1');"
        "INSERT INTO cases(id, client_id, phase, opened_on, closed_on) VALUES (1, 1, 6, '2025-01-02', '2025-06-30'), "
        "(2, 1, 4, '2025-09-01', NULL), (3, 2, 2, '2025-03-02', NULL);"));
}

} // namespace

TEST_CASE("a version 5 vault with cases migrates and its cases get record keys before they are counted") {
    REQUIRE(Migrator::latestVersion() >= ProblemsVersion);
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("p.kimvault")), key, Database::OpenMode::CreateNew);
    Migrator::migrate(*db, FilterIndexVersion);
    insertCaseWork(*db);
    Migrator::migrate(*db, ProblemsVersion);
    CHECK(db->userVersion() == ProblemsVersion);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM cases WHERE record_key IS NULL")) == 3);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM clients WHERE family_id IS NOT NULL")) == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM problem_flags")) == 0);
    ProblemTaxonomyRepository taxonomy(*db);
    CHECK(taxonomy.version() == 1);
    CHECK(taxonomy.activeTypes().size() == scalar(*db, QStringLiteral("SELECT COUNT(*) FROM problem_types")));

    FixedClock clock(QDate(2025, 12, 1));
    ProblemFlagRepository flags(*db, clock);
    ProblemFlag flag;
    flag.caseId = 3;
    flag.problemCode = QStringLiteral("BIL-03");
    flag.since = QDate(2025, 4, 1);
    flags.save(flag);

    const ProblemTableSet set = buildProblemTables(*db, Quarter{2025, 4});
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM cases WHERE record_key IS NULL")) == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(DISTINCT record_key) FROM cases")) == 3);
    auto st = db->prepare(QStringLiteral("SELECT record_key FROM cases WHERE id = 3"));
    REQUIRE(st.step());
    const auto expected = static_cast<uint64_t>(st.int64(0));
    const ProblemCell* cell = set.table(ProblemTableProgramme::Problems)->find({u"BIL"_s, u"BIL-03"_s});
    REQUIRE(cell);
    CHECK(cell->count == 1);
    CHECK(cell->keySum != 0);
    CHECK(cell->keySum != expected); // a contribution derived from the key, never the key itself
    CHECK(set.table(ProblemTableProgramme::FieldMunicipality)->find({u"BIL"_s, u"11"_s})->count == 1);

    // Building again leaves the keys as they are.
    CHECK(buildProblemTables(*db, Quarter{2025, 4}) == set);
}
