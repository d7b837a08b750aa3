// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemFixture.h"

#include <QRegularExpression>
#include <QSet>

#include <botan/mac.h>

#include <limits>

using namespace kim;
using namespace Qt::StringLiterals;
using namespace kim::core;
using kim::test::ProblemFixture;

namespace {

const Quarter Q2{2026, 2}; // 1 April to 30 June 2026

// Today is the end of the year, so flags may start on any day of 2026.
struct TableFixture : ProblemFixture {
    TableFixture() { clock.setToday(QDate(2026, 12, 31)); }

    ProblemTableSet build(const Quarter& q = Q2) { return buildProblemTables(db(), q); }

    static int64_t countOf(const ProblemTableSet& set, const QString& table, const QStringList& key) {
        const ProblemCell* cell = set.table(table)->find(key);
        return cell ? cell->count : 0;
    }
    static uint64_t sumOf(const ProblemTableSet& set, const QString& table, const QStringList& key) {
        const ProblemCell* cell = set.table(table)->find(key);
        REQUIRE(cell);
        return cell->keySum;
    }
};

// A unit's contribution to a key sum as docs/formats.md specifies it: the first 8 bytes
// (big-endian) of HMAC-SHA-256 keyed with the 8-byte big-endian record key over
// "kim-cell-contribution-v2" NUL table-id NUL period.
uint64_t part(uint64_t recordKey, const QString& table, const Quarter& quarter = Q2) {
    auto mac = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)");
    std::vector<uint8_t> key;
    for (int shift = 56; shift >= 0; shift -= 8) {
        key.push_back(static_cast<uint8_t>(recordKey >> shift));
    }
    mac->set_key(key);
    const QByteArray message = "kim-cell-contribution-v2" + QByteArray(1, '\0') + table.toUtf8() + QByteArray(1, '\0') +
                               quarter.toString().toUtf8();
    mac->update(reinterpret_cast<const uint8_t*>(message.constData()), size_t(message.size()));
    const auto tag = mac->final();
    uint64_t value = 0;
    for (int i = 0; i < 8; ++i) {
        value = (value << 8) | tag[i];
    }
    return value;
}

QString mun(Municipality m) {
    return QString::number(static_cast<int>(m));
}

int64_t totalCount(const ProblemTable& table) {
    int64_t total = 0;
    for (const ProblemCell& cell : table.cells) {
        total += cell.count;
    }
    return total;
}

} // namespace

TEST_CASE("the table programme has four tables of two code dimensions, empty for an empty vault") {
    TableFixture f;
    const ProblemTableSet set = f.build();
    CHECK(set.programmeVersion == 2);
    CHECK(set.taxonomyVersion == 1);
    CHECK(set.period == Q2);
    REQUIRE(set.tables.size() == 4);
    const auto programme = ProblemTableProgramme::tables();
    for (size_t i = 0; i < set.tables.size(); ++i) {
        CHECK(set.tables[i].id == programme[static_cast<int>(i)].first);
        CHECK(set.tables[i].dimensions == programme[static_cast<int>(i)].second);
        CHECK(set.tables[i].cells.empty());
    }
    CHECK(set.table(ProblemTableProgramme::FieldInstitution) == &set.tables[3]);
    CHECK_FALSE(set.table(QStringLiteral("names")));
}

TEST_CASE("one case with two problems of one field counts once in each cell of that field") {
    TableFixture f;
    const Case c =
        f.openCase(QStringLiteral("Ivanova"), QDate(2026, 2, 1), Municipality::Versmold, TargetGroup::Ukraine);
    f.flag(c.id, QStringLiteral("ARB-03"), QDate(2026, 3, 1), {}, f.institutionOfType(InstitutionType::Jobcenter));
    f.flag(c.id, QStringLiteral("ARB-01"), QDate(2026, 4, 10));
    f.flag(c.id, QStringLiteral("WOH-01"), QDate(2026, 5, 10));
    const ProblemTableSet set = f.build();
    const uint64_t key = f.recordKey(c.id);

    const ProblemTable& problems = *set.table(ProblemTableProgramme::Problems);
    REQUIRE(problems.cells.size() == 2);
    CHECK(problems.cells[0] ==
          ProblemCell{{u"ARB"_s, u"ARB-01+ARB-03"_s}, 1, part(key, ProblemTableProgramme::Problems)});
    CHECK(problems.cells[1] == ProblemCell{{u"WOH"_s, u"WOH-01"_s}, 1, part(key, ProblemTableProgramme::Problems)});
    CHECK(f.countOf(set, ProblemTableProgramme::FieldMunicipality, {u"ARB"_s, mun(Municipality::Versmold)}) == 1);
    CHECK(f.countOf(set, ProblemTableProgramme::FieldTargetGroup, {u"ARB"_s, u"4"_s}) == 1);
    CHECK(totalCount(*set.table(ProblemTableProgramme::FieldMunicipality)) == 2);
    // One problem named the Jobcenter, the other no institution: the unit is in both cells,
    // once each.
    CHECK(f.countOf(set, ProblemTableProgramme::FieldInstitution, {u"ARB"_s, u"1"_s}) == 1);
    CHECK(f.countOf(set, ProblemTableProgramme::FieldInstitution, {u"ARB"_s, u"0"_s}) == 1);
    CHECK(f.countOf(set, ProblemTableProgramme::FieldInstitution, {u"WOH"_s, u"0"_s}) == 1);
    CHECK(totalCount(*set.table(ProblemTableProgramme::FieldInstitution)) == 3);
}

TEST_CASE("the same problem twice in one case still counts once") {
    TableFixture f;
    const Case c = f.openCase(QStringLiteral("Doppelt"), QDate(2026, 2, 1));
    const int64_t office = f.institutionOfType(InstitutionType::ImmigrationOffice);
    f.flag(c.id, QStringLiteral("INS-07"), QDate(2026, 3, 1), QDate(2026, 4, 2), office);
    f.flag(c.id, QStringLiteral("INS-07"), QDate(2026, 5, 1), {}, office);
    const ProblemTableSet set = f.build();
    CHECK(f.countOf(set, ProblemTableProgramme::Problems, {u"INS"_s, u"INS-07"_s}) == 1);
    CHECK(f.countOf(set, ProblemTableProgramme::FieldInstitution, {u"INS"_s, u"3"_s}) == 1);
    CHECK(totalCount(*set.table(ProblemTableProgramme::Problems)) == 1);
}

TEST_CASE("a family of two clients counts once, with the head's town and the first case's key") {
    TableFixture f;
    const Case head =
        f.openCase(QStringLiteral("Haddad"), QDate(2026, 1, 5), Municipality::Halle, TargetGroup::RefugeesSince2015);
    const Case member =
        f.openCase(QStringLiteral("Haddad"), QDate(2026, 1, 6), Municipality::Werther, TargetGroup::Immigrants);
    f.joinFamily(member.clientId, head.clientId);
    f.flag(head.id, QStringLiteral("WOH-01"), QDate(2026, 2, 1));
    f.flag(member.id, QStringLiteral("WOH-01"), QDate(2026, 2, 1));
    f.flag(member.id, QStringLiteral("WOH-03"), QDate(2026, 2, 1));
    const ProblemTableSet set = f.build();
    const uint64_t key = f.recordKey(head.id);

    const ProblemTable& problems = *set.table(ProblemTableProgramme::Problems);
    REQUIRE(problems.cells.size() == 1);
    CHECK(problems.cells[0] ==
          ProblemCell{{u"WOH"_s, u"WOH-01+WOH-03"_s}, 1, part(key, ProblemTableProgramme::Problems)});
    CHECK(f.countOf(set, ProblemTableProgramme::FieldMunicipality, {u"WOH"_s, mun(Municipality::Halle)}) == 1);
    CHECK(f.countOf(set, ProblemTableProgramme::FieldMunicipality, {u"WOH"_s, mun(Municipality::Werther)}) == 0);
    CHECK(f.countOf(set, ProblemTableProgramme::FieldTargetGroup, {u"WOH"_s, u"3"_s}) == 1);
    CHECK(totalCount(*set.table(ProblemTableProgramme::FieldTargetGroup)) == 1);

    SECTION("only the member's flag is active: the unit still has the family's key and town") {
        f.flags.remove(f.flags.forCase(head.id).first().id);
        const ProblemTableSet later = f.build();
        CHECK(
            later.table(ProblemTableProgramme::Problems)->cells ==
            std::vector<ProblemCell>{{{u"WOH"_s, u"WOH-01+WOH-03"_s}, 1, part(key, ProblemTableProgramme::Problems)}});
        CHECK(f.countOf(later, ProblemTableProgramme::FieldMunicipality, {u"WOH"_s, mun(Municipality::Halle)}) == 1);
    }
    SECTION("a third client linked through a member joins the same unit") {
        const Case third = f.openCase(QStringLiteral("Haddad"), QDate(2026, 1, 7));
        f.joinFamily(third.clientId, member.clientId);
        CHECK(f.clients.load(third.clientId).familyId == head.clientId);
        f.flag(third.id, QStringLiteral("BIL-02"), QDate(2026, 2, 1));
        const ProblemTableSet later = f.build();
        CHECK(f.sumOf(later, ProblemTableProgramme::Problems, {u"BIL"_s, u"BIL-02"_s}) ==
              part(key, ProblemTableProgramme::Problems));
        CHECK(f.countOf(later, ProblemTableProgramme::FieldMunicipality, {u"BIL"_s, mun(Municipality::Halle)}) == 1);
        CHECK(totalCount(*later.table(ProblemTableProgramme::FieldMunicipality)) == 2);
    }
}

TEST_CASE("a family's key is that of its lowest case, even when a member opened it") {
    TableFixture f;
    const Case member = f.openCase(QStringLiteral("Erst"), QDate(2026, 1, 5), Municipality::Verl);
    const Case head = f.openCase(QStringLiteral("Dann"), QDate(2026, 1, 6), Municipality::Rietberg);
    f.joinFamily(member.clientId, head.clientId);
    f.flag(head.id, QStringLiteral("GES-04"), QDate(2026, 2, 1));
    REQUIRE(f.recordKey(member.id) != f.recordKey(head.id));
    const ProblemTableSet set = f.build();
    CHECK(set.table(ProblemTableProgramme::Problems)->cells ==
          std::vector<ProblemCell>{
              {{u"GES"_s, u"GES-04"_s}, 1, part(f.recordKey(member.id), ProblemTableProgramme::Problems)}});
    CHECK(f.countOf(set, ProblemTableProgramme::FieldMunicipality, {u"GES"_s, mun(Municipality::Rietberg)}) == 1);
}

TEST_CASE("flags outside the quarter do not count, flags touching it do") {
    TableFixture f;
    const Case c = f.openCase(QStringLiteral("Rand"), QDate(2026, 1, 2));
    f.flag(c.id, QStringLiteral("TEI-01"), QDate(2026, 1, 10), QDate(2026, 3, 31)); // resolved before
    f.flag(c.id, QStringLiteral("WOH-01"), QDate(2026, 7, 1));                      // starts after
    f.flag(c.id, QStringLiteral("INS-01"), QDate(2026, 1, 10), QDate(2026, 4, 1));  // ends on day one
    f.flag(c.id, QStringLiteral("GES-01"), QDate(2026, 6, 30));                     // starts on the last day
    f.flag(c.id, QStringLiteral("BIL-01"), QDate(2025, 6, 30));                     // long before, still there
    const ProblemTableSet set = f.build();
    const ProblemTable& problems = *set.table(ProblemTableProgramme::Problems);
    QStringList fields;
    for (const ProblemCell& cell : problems.cells) {
        fields.append(cell.key[0]);
    }
    CHECK(fields == QStringList{u"BIL"_s, u"GES"_s, u"INS"_s});
    CHECK(f.countOf(f.build(Quarter{2026, 1}), ProblemTableProgramme::Problems, {u"TEI"_s, u"TEI-01"_s}) == 1);
    CHECK(f.countOf(f.build(Quarter{2026, 3}), ProblemTableProgramme::Problems, {u"WOH"_s, u"WOH-01"_s}) == 1);
    CHECK(f.countOf(f.build(Quarter{2026, 3}), ProblemTableProgramme::Problems, {u"INS"_s, u"INS-01"_s}) == 0);
}

TEST_CASE("a case counts only while it is open") {
    TableFixture f;
    const Case early = f.openCase(QStringLiteral("Früh"), QDate(2026, 1, 5));
    f.flag(early.id, QStringLiteral("ARB-02"), QDate(2026, 1, 10));
    f.closeCase(early.id, QDate(2026, 3, 31)); // closed before Q2
    const Case inQuarter = f.openCase(QStringLiteral("Mitte"), QDate(2026, 1, 5));
    f.flag(inQuarter.id, QStringLiteral("ARB-03"), QDate(2026, 1, 10));
    f.closeCase(inQuarter.id, QDate(2026, 4, 1)); // closed on Q2's first day
    const Case late = f.openCase(QStringLiteral("Spät"), QDate(2026, 7, 1));
    f.flag(late.id, QStringLiteral("ARB-04"), QDate(2026, 1, 10)); // problem older than the case

    const ProblemTableSet q2 = f.build();
    CHECK(q2.table(ProblemTableProgramme::Problems)->cells ==
          std::vector<ProblemCell>{
              {{u"ARB"_s, u"ARB-03"_s}, 1, part(f.recordKey(inQuarter.id), ProblemTableProgramme::Problems)}});
    const ProblemTableSet q3 = f.build(Quarter{2026, 3});
    CHECK(q3.table(ProblemTableProgramme::Problems)->cells ==
          std::vector<ProblemCell>{{{u"ARB"_s, u"ARB-04"_s},
                                    1,
                                    part(f.recordKey(late.id), ProblemTableProgramme::Problems, Quarter{2026, 3})}});

    SECTION("a client's new case keeps the client's first key") {
        const Case again = f.reopenFor(early.clientId, QDate(2026, 8, 1));
        f.flag(again.id, QStringLiteral("BIL-02"), QDate(2026, 8, 2));
        CHECK(f.sumOf(f.build(Quarter{2026, 3}), ProblemTableProgramme::Problems, {u"BIL"_s, u"BIL-02"_s}) ==
              part(f.recordKey(early.id), ProblemTableProgramme::Problems, Quarter{2026, 3}));
    }
}

TEST_CASE("key sums are the wrapping sums of the units' contributions, which differ per table and quarter") {
    TableFixture f;
    QList<Case> cases;
    for (int i = 0; i < 5; ++i) {
        cases.append(f.openCase(QStringLiteral("Summe%1").arg(i), QDate(2026, 1, 5)));
        f.flag(cases.last().id, QStringLiteral("INS-07"), QDate(2026, 2, 1));
    }
    // Keys near 2^64, so that a sum of the keys themselves would wrap as well.
    f.db().exec(QStringLiteral("UPDATE cases SET record_key = -1 - id"));
    const auto expected = [&](const QString& table, const Quarter& quarter) {
        uint64_t sum = 0;
        for (const Case& c : cases) {
            sum += part(f.recordKey(c.id), table, quarter);
        }
        return sum;
    };
    const ProblemTableSet set = f.build();
    CHECK(f.countOf(set, ProblemTableProgramme::Problems, {u"INS"_s, u"INS-07"_s}) == 5);
    const uint64_t problems = f.sumOf(set, ProblemTableProgramme::Problems, {u"INS"_s, u"INS-07"_s});
    const uint64_t municipalities =
        f.sumOf(set, ProblemTableProgramme::FieldMunicipality, {u"INS"_s, mun(Municipality::Guetersloh)});
    const uint64_t institutions = f.sumOf(set, ProblemTableProgramme::FieldInstitution, {u"INS"_s, u"0"_s});
    CHECK(problems == expected(ProblemTableProgramme::Problems, Q2));
    CHECK(municipalities == expected(ProblemTableProgramme::FieldMunicipality, Q2));
    CHECK(institutions == expected(ProblemTableProgramme::FieldInstitution, Q2));
    // The same units in three tables: three unrelated sums, and none is the sum of the keys.
    uint64_t keys = 0;
    for (const Case& c : cases) {
        keys += f.recordKey(c.id);
    }
    CHECK(QSet<uint64_t>{problems, municipalities, institutions, keys}.size() == 4);
    // The next quarter, the same units, the same cell: another sum; the same quarter again: the same.
    const ProblemTableSet q3 = f.build(Quarter{2026, 3});
    CHECK(f.sumOf(q3, ProblemTableProgramme::Problems, {u"INS"_s, u"INS-07"_s}) ==
          expected(ProblemTableProgramme::Problems, Quarter{2026, 3}));
    CHECK(f.sumOf(q3, ProblemTableProgramme::Problems, {u"INS"_s, u"INS-07"_s}) != problems);
    CHECK(f.sumOf(f.build(), ProblemTableProgramme::Problems, {u"INS"_s, u"INS-07"_s}) == problems);
}

TEST_CASE("cells are sorted by key with no duplicates and no empty cells") {
    TableFixture f;
    for (Municipality m : allValues<Municipality>()) {
        const Case c = f.openCase(QStringLiteral("Ort"), QDate(2026, 1, 5), m);
        f.flag(c.id, QStringLiteral("GES-04"), QDate(2026, 2, 1));
        f.flag(c.id, QStringLiteral("BIL-02"), QDate(2026, 2, 1));
    }
    const ProblemTableSet set = f.build();
    for (const ProblemTable& table : set.tables) {
        for (size_t i = 0; i < table.cells.size(); ++i) {
            CHECK(table.cells[i].count > 0);
            CHECK(table.cells[i].key.size() == 2);
            if (i > 0) {
                CHECK(table.cells[i - 1].key < table.cells[i].key);
            }
            CHECK(table.find(table.cells[i].key) == &table.cells[i]);
        }
    }
    CHECK(set.table(ProblemTableProgramme::FieldMunicipality)->cells.size() == 26);
    CHECK(set.table(ProblemTableProgramme::FieldMunicipality)->find({u"GES"_s, u"10"_s})->count == 1);
    CHECK(set.table(ProblemTableProgramme::Problems)->find({u"GES"_s, u"GES-04"_s})->count == 13);
}

TEST_CASE("nothing but codes goes into the tables") {
    TableFixture f;
    f.clock.setToday(QDate(2026, 1, 5));
    const QString canaries[] = {QStringLiteral("Zzyzxcanary"), QStringLiteral("Qwertzuiop"),
                                QStringLiteral("Geheimnotiz"), QStringLiteral("Tuvaluisch"), QStringLiteral("0171")};
    Client client = f.addClient(canaries[0], canaries[1], Municipality::Langenberg, TargetGroup::Ukraine);
    client.phone = canaries[4] + QStringLiteral(" 5550123");
    client.languages = canaries[3];
    client.residenceNote = canaries[2];
    client.birthDate = QDate(1987, 11, 23);
    f.clients.save(client);
    f.addConsent(client.id);
    const Case c = f.cases.open(client.id);
    f.addConsultation(c.id, canaries[2] + QStringLiteral(" am 23.11.1987"));
    f.clock.setToday(QDate(2026, 12, 31));
    f.flag(c.id, QStringLiteral("INS-02"), QDate(2026, 3, 17), {}, f.institutionOfType(InstitutionType::Bamf));

    const ProblemTableSet set = f.build(Quarter{2026, 1});
    QStringList values;
    for (const ProblemTable& table : set.tables) {
        for (const ProblemCell& cell : table.cells) {
            values += cell.key;
        }
    }
    REQUIRE_FALSE(values.isEmpty());
    const QString all = values.join(QLatin1Char('|'));
    for (const QString& canary : canaries) {
        CHECK_FALSE(all.contains(canary, Qt::CaseInsensitive));
    }
    for (const char* date : {"1987", "2026", "03-17", "17.03"}) {
        CHECK_FALSE(all.contains(QLatin1String(date)));
    }
    const QRegularExpression code(QRegularExpression::anchoredPattern(
        QStringLiteral("(TEI|WOH|INS|GES|ARB|BIL)|[0-9]{1,2}|((TEI|WOH|INS|GES|ARB|BIL)-[0-9]{2,3}\\+?)+")));
    for (const QString& value : values) {
        INFO(value.toStdString());
        CHECK(code.match(value).hasMatch());
    }
}

TEST_CASE("flags with codes that are not problem codes never reach the tables") {
    TableFixture f;
    const Case c = f.openCase(QStringLiteral("Kaputt"), QDate(2026, 1, 5));
    f.flag(c.id, QStringLiteral("WOH-01"), QDate(2026, 2, 1));
    // A damaged row written behind the repository's back.
    f.db().exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    auto st = f.db().prepare(QStringLiteral("INSERT INTO problem_flags (case_id, problem_code, since, recorded_on) "
                                            "VALUES (?1, ?2, '2026-02-01', '2026-02-01')"));
    st.bind(1, c.id).bind(2, QStringLiteral("WOH-01 Frau Kaputt")).run();
    f.db().exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    const ProblemTableSet set = f.build();
    CHECK(set.table(ProblemTableProgramme::Problems)->cells ==
          std::vector<ProblemCell>{
              {{u"WOH"_s, u"WOH-01"_s}, 1, part(f.recordKey(c.id), ProblemTableProgramme::Problems)}});
}

TEST_CASE("every case gets a record key of its own") {
    TableFixture f;
    QSet<uint64_t> keys;
    for (int i = 0; i < 20; ++i) {
        keys.insert(f.recordKey(f.openCase(QStringLiteral("K%1").arg(i), QDate(2026, 1, 5)).id));
    }
    CHECK(keys.size() == 20);
    // Missing keys (cases from before schema 6) are filled, existing ones left alone.
    f.db().exec(QStringLiteral("UPDATE cases SET record_key = NULL WHERE id % 2 = 0"));
    const uint64_t kept = f.recordKey(1);
    ensureRecordKeys(f.db());
    CHECK(f.recordKey(1) == kept);
    QSet<uint64_t> after;
    for (int64_t id = 1; id <= 20; ++id) {
        after.insert(f.recordKey(id));
    }
    CHECK(after.size() == 20);

    SECTION("opening a case fills keys that are still missing") {
        f.db().exec(QStringLiteral("UPDATE cases SET record_key = NULL WHERE id < 5"));
        f.openCase(QStringLiteral("Neu"), QDate(2026, 2, 1));
        auto st = f.db().prepare(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT record_key) FROM cases"));
        REQUIRE(st.step());
        CHECK(st.integer(0) == 21);
        CHECK(st.integer(1) == 21);
    }
}
