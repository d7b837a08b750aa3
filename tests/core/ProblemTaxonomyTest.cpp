// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemFixture.h"

#include "core/Quarter.h"
#include "storage/Transaction.h"

#include <QSet>

using namespace kim;
using namespace kim::core;
using kim::test::errorCodeOf;
using kim::test::ProblemFixture;

namespace {

int count(ProblemFixture& f, const char* sql) {
    auto st = f.db().prepare(QString::fromUtf8(sql));
    REQUIRE(st.step());
    return st.integer(0);
}

ProblemType type(const QString& code, FieldOfAction field, const QString& title, int since = 1) {
    ProblemType t;
    t.code = code;
    t.field = field;
    t.title = title;
    t.definition = QStringLiteral("Wann diese Art gilt.");
    t.sinceVersion = since;
    return t;
}

} // namespace

TEST_CASE("quarters are written as 2026-Q3 and anything else is refused") {
    const auto q = Quarter::parse(QStringLiteral("2026-Q3"));
    REQUIRE(q);
    CHECK(q->year == 2026);
    CHECK(q->quarter == 3);
    CHECK(q->toString() == QStringLiteral("2026-Q3"));
    CHECK(q->label() == QStringLiteral("3. Quartal 2026"));
    CHECK(q->firstDay() == QDate(2026, 7, 1));
    CHECK(q->lastDay() == QDate(2026, 9, 30));
    CHECK(Quarter{2026, 4}.lastDay() == QDate(2026, 12, 31));
    CHECK(Quarter{2024, 1}.lastDay() == QDate(2024, 3, 31));
    CHECK(Quarter{2026, 4}.next() == Quarter{2027, 1});
    CHECK(Quarter{2026, 1}.previous() == Quarter{2025, 4});
    CHECK(Quarter{2025, 4} < Quarter{2026, 1});
    CHECK(Quarter::containing(QDate(2026, 3, 31)) == Quarter{2026, 1});
    CHECK(Quarter::containing(QDate(2026, 4, 1)) == Quarter{2026, 2});
    for (const char* bad : {"2026-Q0", "2026-Q5", "2026-q3", "1999-Q4", "3000-Q1", "2026Q3", " 2026-Q3", "2026-Q3\n",
                            "2026-Q3 ", "26-Q3", "２０２６-Q3", "2026-Q٣", "", "2026-Q3;DROP"}) {
        INFO(bad);
        CHECK_FALSE(Quarter::parse(QString::fromUtf8(bad)));
    }
}

TEST_CASE("field codes and problem codes have a fixed form") {
    QSet<QString> codes;
    for (FieldOfAction field : allValues<FieldOfAction>()) {
        const QString code = fieldCode(field);
        CHECK(code.size() == 3);
        CHECK(fieldFromCode(code) == field);
        CHECK(fieldOfCode(otherCode(field)) == field);
        codes.insert(code);
    }
    CHECK(codes.size() == 6);
    CHECK(fieldCode(FieldOfAction::WorkEconomy) == QStringLiteral("ARB"));
    CHECK(otherCode(FieldOfAction::Institutions) == QStringLiteral("INS-SONST"));
    CHECK(isProblemTypeCode(QStringLiteral("ARB-03")));
    CHECK(isProblemTypeCode(QStringLiteral("ARB-103")));
    for (const char* bad : {"ARB-3", "ARB-1000", "arb-03", "XYZ-01", "ARB-SONST", "ARB-03 ", "ARB-0a", "ARB_03", ""}) {
        CHECK_FALSE(isProblemTypeCode(QString::fromLatin1(bad)));
    }
    CHECK_FALSE(fieldFromCode(QStringLiteral("arb")));
    CHECK_FALSE(fieldOfCode(QStringLiteral("ARB-SONSTIGE")));
    CHECK_FALSE(fieldOfCode(QStringLiteral("XYZ-01")));
}

TEST_CASE("the seeded taxonomy is version 1 with the prioritised challenges of all six fields") {
    ProblemFixture f;
    const Taxonomy taxonomy = f.taxonomy.current();
    CHECK(taxonomy.version == 1);
    CHECK(taxonomy.issuedOn.isValid());
    CHECK(taxonomy.types.size() >= 25);
    QSet<FieldOfAction> fields;
    for (const ProblemType& t : taxonomy.types) {
        INFO(t.code.toStdString());
        CHECK(isProblemTypeCode(t.code));
        CHECK(fieldOfCode(t.code) == t.field);
        CHECK_FALSE(t.title.isEmpty());
        CHECK(t.definition.endsWith(QLatin1Char('.')));
        CHECK(t.sinceVersion == 1);
        CHECK_FALSE(t.isRetired());
        fields.insert(t.field);
    }
    CHECK(fields.size() == 6);
    CHECK(f.taxonomy.find(QStringLiteral("INS-07"))->title ==
          QStringLiteral("Lange Wartezeit auf einen Termin bei der Ausländerbehörde"));
    CHECK(f.taxonomy.find(QStringLiteral("ARB-03"))->title.contains(QStringLiteral("nicht anerkannt")));
    CHECK(f.taxonomy.find(QStringLiteral("BIL-03"))->title.contains(QStringLiteral("Kinderbetreuung")));
    CHECK_FALSE(f.taxonomy.find(QStringLiteral("ARB-99")));
    CHECK_FALSE(f.taxonomy.hasUnissuedChanges());
    // Active types come by field, then code.
    const QList<ProblemType> active = f.taxonomy.activeTypes();
    REQUIRE(active.size() == taxonomy.types.size());
    CHECK(active.first().field == FieldOfAction::Participation);
    CHECK(active.last().field == FieldOfAction::LanguageEducation);
}

TEST_CASE("adopting refuses a version that is not newer and changes nothing") {
    ProblemFixture f;
    Taxonomy same = f.taxonomy.current();
    same.types[0].title = QStringLiteral("Überschrieben");
    CHECK(errorCodeOf([&] { f.taxonomy.adopt(same); }) == ErrorCode::RuleViolation);
    Taxonomy older = same;
    older.version = 0;
    CHECK(errorCodeOf([&] { f.taxonomy.adopt(older); }) == ErrorCode::RuleViolation);
    CHECK(f.taxonomy.version() == 1);
    CHECK(f.taxonomy.find(same.types[0].code)->title != QStringLiteral("Überschrieben"));
}

TEST_CASE("adopting a newer taxonomy keeps old codes readable and retired ones unusable") {
    ProblemFixture f;
    f.clock.setToday(QDate(2026, 6, 1));
    const Case c = f.openCase(QStringLiteral("Alt"), QDate(2026, 5, 1));
    f.flag(c.id, QStringLiteral("TEI-01"), QDate(2026, 5, 2));

    Taxonomy next = f.taxonomy.current();
    next.version = 3;
    next.issuedOn = QDate(2026, 5, 20);
    next.types.erase(std::remove_if(next.types.begin(), next.types.end(),
                                    [](const ProblemType& t) { return t.code == QStringLiteral("TEI-02"); }),
                     next.types.end());
    for (ProblemType& t : next.types) {
        if (t.code == QStringLiteral("TEI-01")) {
            t.retiredIn = 2;
        }
        if (t.code == QStringLiteral("WOH-01")) {
            t.title = QStringLiteral("Kein bezahlbarer Wohnraum");
        }
    }
    next.types.append(type(QStringLiteral("ARB-05"), FieldOfAction::WorkEconomy, QStringLiteral("Neu"), 3));
    f.taxonomy.adopt(next);

    CHECK(f.taxonomy.version() == 3);
    CHECK(f.taxonomy.current().issuedOn == QDate(2026, 5, 20));
    CHECK(f.taxonomy.find(QStringLiteral("WOH-01"))->title == QStringLiteral("Kein bezahlbarer Wohnraum"));
    CHECK(f.taxonomy.find(QStringLiteral("ARB-05"))->sinceVersion == 3);
    // Retired: still readable, and the old flag still names it.
    const auto retired = f.taxonomy.find(QStringLiteral("TEI-01"));
    REQUIRE(retired);
    CHECK(retired->retiredIn == 2);
    CHECK(f.flags.forCase(c.id).first().problemCode == QStringLiteral("TEI-01"));
    // Missing from the new version: kept with its title, but retired with it.
    const auto missing = f.taxonomy.find(QStringLiteral("TEI-02"));
    REQUIRE(missing);
    CHECK_FALSE(missing->title.isEmpty());
    CHECK(missing->retiredIn == 3);
    for (const ProblemType& t : f.taxonomy.activeTypes()) {
        CHECK(t.code != QStringLiteral("TEI-01"));
        CHECK(t.code != QStringLiteral("TEI-02"));
    }
    CHECK(errorCodeOf([&] { f.flag(c.id, QStringLiteral("TEI-01"), QDate(2026, 5, 3)); }) == ErrorCode::RuleViolation);
}

TEST_CASE("a malformed taxonomy is refused as a whole") {
    ProblemFixture f;
    const Taxonomy base = f.taxonomy.current();
    const auto refused = [&](const std::function<void(Taxonomy&)>& damage) {
        Taxonomy t = base;
        t.version = 2;
        t.types.append(type(QStringLiteral("ARB-05"), FieldOfAction::WorkEconomy, QStringLiteral("Neu"), 2));
        damage(t);
        const ErrorCode code = errorCodeOf([&] { f.taxonomy.adopt(t); });
        CHECK(f.taxonomy.version() == 1);
        CHECK_FALSE(f.taxonomy.find(QStringLiteral("ARB-05")));
        return code;
    };
    CHECK(refused([](Taxonomy& t) { t.types.last().code = QStringLiteral("ARB-5"); }) == ErrorCode::InvalidInput);
    CHECK(refused([](Taxonomy& t) { t.types.last().code = QStringLiteral("ARB-05'; DROP TABLE problem_types; --"); }) ==
          ErrorCode::InvalidInput);
    CHECK(refused([](Taxonomy& t) { t.types.last().field = FieldOfAction::HealthCare; }) == ErrorCode::InvalidInput);
    CHECK(refused([](Taxonomy& t) { t.types.last().title = QStringLiteral("   "); }) == ErrorCode::InvalidInput);
    CHECK(refused([](Taxonomy& t) { t.types.last().title = QString(201, QLatin1Char('x')); }) ==
          ErrorCode::InvalidInput);
    CHECK(refused([](Taxonomy& t) { t.types.last().definition = QString(1001, QLatin1Char('x')); }) ==
          ErrorCode::InvalidInput);
    CHECK(refused([](Taxonomy& t) { t.types.append(t.types.last()); }) == ErrorCode::InvalidInput);
    CHECK(refused([](Taxonomy& t) { t.types.last().sinceVersion = 3; }) == ErrorCode::InvalidInput);
    CHECK(refused([](Taxonomy& t) { t.types.last().sinceVersion = 0; }) == ErrorCode::InvalidInput);
    CHECK(refused([](Taxonomy& t) { t.types.last().retiredIn = 7; }) == ErrorCode::InvalidInput);
    CHECK(count(f, "SELECT COUNT(*) FROM problem_types") == base.types.size());
}

TEST_CASE("the office adds, edits and retires types and issues them as the next version") {
    ProblemFixture f;
    CHECK(errorCodeOf([&] { f.taxonomy.issue(QDate(2026, 3, 1)); }) == ErrorCode::RuleViolation);

    const QString added =
        f.taxonomy.saveType(FieldOfAction::WorkEconomy, {}, QStringLiteral("  Keine Arbeitserlaubnis "),
                            QStringLiteral("Die Ausländerbehörde erteilt keine Erlaubnis."));
    CHECK(added == QStringLiteral("ARB-05"));
    CHECK(f.taxonomy.find(added)->sinceVersion == 0);
    CHECK(f.taxonomy.find(added)->title == QStringLiteral("Keine Arbeitserlaubnis"));
    CHECK(f.taxonomy.hasUnissuedChanges());
    CHECK(errorCodeOf([&] { f.taxonomy.saveType(FieldOfAction::WorkEconomy, {}, QStringLiteral(" "), {}); }) ==
          ErrorCode::InvalidInput);
    CHECK(errorCodeOf([&] { f.taxonomy.saveType(FieldOfAction::HealthCare, added, QStringLiteral("x"), {}); }) ==
          ErrorCode::InvalidInput);
    CHECK(errorCodeOf([&] {
              f.taxonomy.saveType(FieldOfAction::WorkEconomy, QStringLiteral("ARB-77"), QStringLiteral("x"), {});
          }) == ErrorCode::NotFound);
    f.taxonomy.retire(QStringLiteral("TEI-04"));
    CHECK(f.taxonomy.find(QStringLiteral("TEI-04"))->isRetired());

    const Taxonomy issued = f.taxonomy.issue(QDate(2026, 3, 1));
    CHECK(issued.version == 2);
    CHECK(issued.issuedOn == QDate(2026, 3, 1));
    CHECK(f.taxonomy.find(added)->sinceVersion == 2);
    CHECK(f.taxonomy.find(QStringLiteral("TEI-04"))->retiredIn == 2);
    CHECK_FALSE(f.taxonomy.hasUnissuedChanges());

    // A draft retired before it was issued disappears; its number is given out again.
    const QString draft = f.taxonomy.saveType(FieldOfAction::WorkEconomy, {}, QStringLiteral("Entwurf"), {});
    CHECK(draft == QStringLiteral("ARB-06"));
    f.taxonomy.retire(draft);
    CHECK_FALSE(f.taxonomy.find(draft));
    CHECK(errorCodeOf([&] { f.taxonomy.retire(QStringLiteral("ARB-77")); }) == ErrorCode::NotFound);

    // An issued code keeps its number even when it is retired later.
    f.taxonomy.retire(added);
    CHECK(f.taxonomy.saveType(FieldOfAction::WorkEconomy, {}, QStringLiteral("Später"), {}) ==
          QStringLiteral("ARB-06"));
    CHECK(f.taxonomy.issue(QDate(2026, 6, 1)).version == 3);
    CHECK(f.taxonomy.find(added)->retiredIn == 3);

    SECTION("a case manager adopts what the office issued") {
        ProblemFixture caseManager;
        caseManager.taxonomy.adopt(f.taxonomy.current());
        CHECK(caseManager.taxonomy.current().types == f.taxonomy.current().types);
        CHECK(caseManager.taxonomy.version() == 3);
    }
}

TEST_CASE("adopting inside a transaction the caller holds is part of that transaction") {
    ProblemFixture f;
    Taxonomy next = f.taxonomy.current();
    next.version = 2;
    next.types.append(type(QStringLiteral("BIL-04"), FieldOfAction::LanguageEducation, QStringLiteral("Neu"), 2));
    {
        storage::Transaction outer(f.db());
        f.taxonomy.adopt(next);
        CHECK(f.taxonomy.version() == 2);
    } // rolled back
    CHECK(f.taxonomy.version() == 1);
    CHECK_FALSE(f.taxonomy.find(QStringLiteral("BIL-04")));
    storage::Transaction outer(f.db());
    f.taxonomy.adopt(next);
    outer.commit();
    CHECK(f.taxonomy.version() == 2);
}
