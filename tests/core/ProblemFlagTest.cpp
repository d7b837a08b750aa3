// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemFixture.h"

using namespace kim;
using namespace kim::core;
using kim::test::errorCodeOf;
using kim::test::ProblemFixture;

namespace {

// Today is 15 June 2026; the case was opened on 1 April.
struct FlagFixture : ProblemFixture {
    FlagFixture() { clock.setToday(QDate(2026, 6, 15)); }
    Case c = openCase(QStringLiteral("Nowak"), QDate(2026, 4, 1));
};

} // namespace

TEST_CASE("a flag is recorded with today's date and read back newest first") {
    FlagFixture f;
    const ProblemFlag older = f.flag(f.c.id, QStringLiteral("WOH-01"), QDate(2026, 1, 10));
    const ProblemFlag newer = f.flag(f.c.id, QStringLiteral("INS-07"), QDate(2026, 5, 2), QDate(2026, 6, 1));
    CHECK(older.id > 0);
    CHECK(older.recordedOn == QDate(2026, 6, 15));
    const QList<ProblemFlag> list = f.flags.forCase(f.c.id);
    REQUIRE(list.size() == 2);
    CHECK(list[0].id == newer.id);
    CHECK(list[0].resolvedOn == QDate(2026, 6, 1));
    CHECK(list[0].isResolved());
    CHECK(list[1].problemCode == QStringLiteral("WOH-01"));
    CHECK_FALSE(list[1].isResolved());
    CHECK_FALSE(list[1].institutionType);
    CHECK(f.flags.forCase(f.c.id + 100).isEmpty());
}

TEST_CASE("flags with unknown codes or impossible dates are refused") {
    FlagFixture f;
    const auto refused = [&](const QString& code, QDate since, QDate resolved = {}) {
        return errorCodeOf([&] { f.flag(f.c.id, code, since, resolved); });
    };
    CHECK(refused(QStringLiteral("ARB-99"), QDate(2026, 5, 1)) == ErrorCode::InvalidInput);
    CHECK(refused(QStringLiteral("ARB-SONST"), QDate(2026, 5, 1)) == ErrorCode::InvalidInput);
    CHECK(refused(QString(), QDate(2026, 5, 1)) == ErrorCode::InvalidInput);
    CHECK(refused(QStringLiteral("arb-03"), QDate(2026, 5, 1)) == ErrorCode::InvalidInput);
    CHECK(refused(QStringLiteral("ARB-03"), QDate()) == ErrorCode::InvalidInput);
    CHECK(refused(QStringLiteral("ARB-03"), QDate(2026, 6, 16)) == ErrorCode::InvalidInput);
    CHECK(refused(QStringLiteral("ARB-03"), QDate(2026, 5, 1), QDate(2026, 4, 30)) == ErrorCode::InvalidInput);
    CHECK(refused(QStringLiteral("ARB-03"), QDate(2026, 5, 1), QDate(2026, 6, 16)) == ErrorCode::InvalidInput);
    CHECK(errorCodeOf([&] { f.flag(f.c.id + 100, QStringLiteral("ARB-03"), QDate(2026, 5, 1)); }) ==
          ErrorCode::NotFound);
    ProblemFlag bad;
    bad.caseId = f.c.id;
    bad.problemCode = QStringLiteral("ARB-03");
    bad.since = QDate(2026, 5, 1);
    bad.institutionType = static_cast<InstitutionType>(99);
    CHECK(errorCodeOf([&] { f.flags.save(bad); }) == ErrorCode::InvalidInput);
    CHECK(f.flags.forCase(f.c.id).isEmpty());
    // Same day for both ends is a problem that lasted one day.
    CHECK_NOTHROW(f.flag(f.c.id, QStringLiteral("ARB-03"), QDate(2026, 5, 1), QDate(2026, 5, 1)));
}

TEST_CASE("the institution type of a flag comes from the directory, not from the caller") {
    FlagFixture f;
    const int64_t office = f.institutionOfType(InstitutionType::ImmigrationOffice);
    ProblemFlag flag;
    flag.caseId = f.c.id;
    flag.problemCode = QStringLiteral("INS-07");
    flag.since = QDate(2026, 5, 1);
    flag.institutionId = office;
    flag.institutionType = InstitutionType::Jobcenter; // wrong on purpose
    f.flags.save(flag);
    CHECK(flag.institutionType == InstitutionType::ImmigrationOffice);
    CHECK(f.flags.forCase(f.c.id).first().institutionType == InstitutionType::ImmigrationOffice);
    CHECK(f.flags.forCase(f.c.id).first().institutionId == office);

    SECTION("a type alone may be named without an institution") {
        ProblemFlag typeOnly;
        typeOnly.caseId = f.c.id;
        typeOnly.problemCode = QStringLiteral("GES-01");
        typeOnly.since = QDate(2026, 5, 1);
        typeOnly.institutionType = InstitutionType::Health;
        f.flags.save(typeOnly);
        CHECK(f.flags.forCase(f.c.id).first().institutionType == InstitutionType::Health);
        CHECK_FALSE(f.flags.forCase(f.c.id).first().institutionId);
    }
    SECTION("an unknown institution is not found") {
        flag.id = 0;
        flag.institutionId = 999999;
        CHECK(errorCodeOf([&] { f.flags.save(flag); }) == ErrorCode::NotFound);
    }
}

TEST_CASE("a closed case gets no new flags but its flags can still be resolved") {
    FlagFixture f;
    ProblemFlag open = f.flag(f.c.id, QStringLiteral("BIL-02"), QDate(2026, 4, 5));
    f.closeCase(f.c.id, QDate(2026, 6, 1));
    CHECK(errorCodeOf([&] { f.flag(f.c.id, QStringLiteral("BIL-03"), QDate(2026, 4, 5)); }) ==
          ErrorCode::RuleViolation);
    open.resolvedOn = QDate(2026, 6, 10);
    CHECK_NOTHROW(f.flags.save(open));
    CHECK(f.flags.forCase(f.c.id).size() == 1);
    CHECK(f.flags.forCase(f.c.id).first().resolvedOn == QDate(2026, 6, 10));
}

TEST_CASE("a flag with a retired code can be resolved, but no flag can switch to that code") {
    FlagFixture f;
    ProblemFlag kept = f.flag(f.c.id, QStringLiteral("TEI-01"), QDate(2026, 4, 5));
    ProblemFlag other = f.flag(f.c.id, QStringLiteral("TEI-02"), QDate(2026, 4, 5));
    f.taxonomy.retire(QStringLiteral("TEI-01"));
    kept.resolvedOn = QDate(2026, 6, 1);
    CHECK_NOTHROW(f.flags.save(kept));
    other.problemCode = QStringLiteral("TEI-01");
    CHECK(errorCodeOf([&] { f.flags.save(other); }) == ErrorCode::RuleViolation);
    for (const ProblemFlag& stored : f.flags.forCase(f.c.id)) {
        CHECK(stored.problemCode == (stored.id == other.id ? QStringLiteral("TEI-02") : QStringLiteral("TEI-01")));
    }
}

TEST_CASE("a flag cannot be moved to another case by saving it there") {
    FlagFixture f;
    const Case second = f.openCase(QStringLiteral("Andere"), QDate(2026, 4, 1));
    ProblemFlag flag = f.flag(f.c.id, QStringLiteral("WOH-01"), QDate(2026, 4, 5));
    flag.caseId = second.id;
    CHECK(errorCodeOf([&] { f.flags.save(flag); }) == ErrorCode::NotFound);
    CHECK(f.flags.forCase(second.id).isEmpty());
    CHECK(f.flags.forCase(f.c.id).size() == 1);
}

TEST_CASE("removing a flag deletes it; removing it again is not found") {
    FlagFixture f;
    const ProblemFlag flag = f.flag(f.c.id, QStringLiteral("WOH-01"), QDate(2026, 4, 5));
    f.flags.remove(flag.id);
    CHECK(f.flags.forCase(f.c.id).isEmpty());
    CHECK(errorCodeOf([&] { f.flags.remove(flag.id); }) == ErrorCode::NotFound);
}

TEST_CASE("a flag is active during a quarter when it existed on at least one of its days") {
    ProblemFlag flag;
    flag.since = QDate(2026, 3, 31);
    const Quarter q1{2026, 1};
    const Quarter q2{2026, 2};
    CHECK(flag.isActiveDuring(q1));
    CHECK(flag.isActiveDuring(q2));
    CHECK_FALSE(flag.isActiveDuring(Quarter{2025, 4}));
    flag.resolvedOn = QDate(2026, 4, 1);
    CHECK(flag.isActiveDuring(q2));
    flag.resolvedOn = QDate(2026, 3, 31);
    CHECK_FALSE(flag.isActiveDuring(q2));
}
