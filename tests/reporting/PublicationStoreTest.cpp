// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemTestSupport.h"

#include "base/Clock.h"
#include "reporting/OfficeSecret.h"
#include "reporting/ProblemMerge.h"
#include "reporting/PublicationStore.h"
#include "storage/Database.h"
#include "support/ErrorOf.h"

#include <catch2/catch.hpp>

using namespace kim;
using namespace kim::exchange;
using namespace kim::reporting;
using namespace kim::test;

namespace {

const core::Quarter Q3{2026, 3};

struct Office {
    storage::Database& db() { return vault.vault->database(); }
    PublicationStore store() { return PublicationStore(db(), clock); }

    TestVault vault;
    kim::FixedClock clock{QDate(2026, 10, 20)};
};

// A valid scheme other than the default: Halle joins the northern region.
DisclosureParameters customParameters(int year) {
    DisclosureParameters parameters;
    parameters.collapseBelow = 3;
    parameters.regions = RegionScheme::defaultFor(year);
    auto& regions = parameters.regions.regions;
    for (qsizetype i = 0; i < regions.size(); ++i) {
        if (regions[i].municipalities == QList<core::Municipality>{core::Municipality::Halle}) {
            regions.removeAt(i);
            break;
        }
    }
    regions[0].municipalities << core::Municipality::Halle;
    return parameters;
}

bool sameParameters(const DisclosureParameters& a, const DisclosureParameters& b) {
    if (a.collapseBelow != b.collapseBelow || a.perturbationTableVersion != b.perturbationTableVersion ||
        a.regions.regions.size() != b.regions.regions.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.regions.regions.size(); ++i) {
        const auto& x = a.regions.regions[i];
        const auto& y = b.regions.regions[i];
        auto xm = x.municipalities;
        auto ym = y.municipalities;
        std::sort(xm.begin(), xm.end());
        std::sort(ym.begin(), ym.end());
        if (x.code != y.code || x.name != y.name || xm != ym) {
            return false;
        }
    }
    return true;
}

} // namespace

TEST_CASE("a published quarter is frozen: same input returns it, other input needs a reason and a new revision") {
    Office office;
    std::mt19937_64 random(21);
    auto units = randomUnits(random, 80);
    const auto merged = tablesOf(units, Q3);
    const Publication first = office.store().publish(merged, 6);
    CHECK(first.revision == 1);
    CHECK(first.reason.isEmpty());
    CHECK(first.submissions == 6);
    CHECK(first.publishedAt.date() == QDate(2026, 10, 20));
    REQUIRE(first.table(PublishedTables::Field));
    CHECK_FALSE(first.table(PublishedTables::Field)->cells.empty());
    CHECK_FALSE(first.table(QStringLiteral("names")));

    // Unchanged input, with or without a reason: the same publication, nothing new stored.
    const Publication again = office.store().publish(tablesOf(units, Q3), 6, QStringLiteral("nochmal"));
    CHECK(again.revision == 1);
    CHECK(again.tables == first.tables);
    CHECK(again.publishedAt == first.publishedAt);
    CHECK(rowCount(office.db(), QStringLiteral("publications")) == 1);

    // A late report changes the input: refused without a reason, a revision with one.
    units.push_back(randomUnits(random, 1).front());
    const auto corrected = tablesOf(units, Q3);
    CHECK(errorOf([&] { office.store().publish(corrected, 7); }) == ErrorCode::RuleViolation);
    CHECK(errorOf([&] { office.store().publish(corrected, 7, QStringLiteral("   ")); }) == ErrorCode::RuleViolation);
    CHECK(rowCount(office.db(), QStringLiteral("publications")) == 1);
    office.clock.setToday(QDate(2026, 11, 2));
    const Publication second = office.store().publish(corrected, 7, QStringLiteral("  Nachmeldung Versmold "));
    CHECK(second.revision == 2);
    CHECK(second.reason == QStringLiteral("Nachmeldung Versmold"));

    const auto revisions = office.store().revisions(Q3);
    REQUIRE(revisions.size() == 2);
    CHECK(revisions[0].tables == first.tables);
    CHECK(revisions[0].publishedAt == first.publishedAt);
    CHECK(revisions[0].submissions == 6);
    CHECK(revisions[1].tables == second.tables);
    CHECK(revisions[1].reason == second.reason);
    CHECK(office.store().latest(Q3)->revision == 2);
    CHECK_FALSE(office.store().latest(core::Quarter{2026, 2}));
    // Going back to the old input is another change, not a return to revision 1.
    CHECK(errorOf([&] { office.store().publish(merged, 6); }) == ErrorCode::RuleViolation);

    const Publication q4 = office.store().publish(tablesOf(units, core::Quarter{2026, 4}), 7);
    const auto latest = office.store().latestOfEachQuarter();
    REQUIRE(latest.size() == 2);
    CHECK(latest[0].period == Q3);
    CHECK(latest[0].revision == 2);
    CHECK(latest[1].period == core::Quarter{2026, 4});
    // The same cases get the same noise in every period: the secret and the key sums are the same.
    CHECK(q4.tables == second.tables);
}

TEST_CASE("publications and the secret survive closing and reopening the vault") {
    Office office;
    std::mt19937_64 random(22);
    const auto merged = tablesOf(randomUnits(random, 50), Q3);
    const Publication published = office.store().publish(merged, 3);
    const auto secret = OfficeSecret::ensure(office.db(), kim::test::wallClock());
    CHECK(secret.size() == 32);
    office.vault.vault.reset();
    office.vault.vault = storage::Vault::open(office.vault.path(), QString::fromUtf8(TestVault::Password));
    CHECK(OfficeSecret::ensure(office.db(), kim::test::wallClock()) == secret);
    const auto reread = office.store().latest(Q3);
    REQUIRE(reread);
    CHECK(reread->tables == published.tables);
    CHECK(sameParameters(reread->parameters, published.parameters));
    CHECK(office.store().publish(merged, 3).revision == 1);
}

TEST_CASE("disclosure parameters default per year and are fixed once a quarter of that year is published") {
    Office office;
    const DisclosureParameters defaults = office.store().parameters(2026);
    CHECK(defaults.collapseBelow == 5);
    CHECK(defaults.perturbationTableVersion == 1);
    CHECK(sameParameters(defaults, DisclosureParameters{5, 1, RegionScheme::defaultFor(2026)}));

    const auto custom = customParameters(2026);
    REQUIRE(custom.regions.isValid());
    office.store().setParameters(2026, custom);
    CHECK(sameParameters(office.store().parameters(2026), custom));
    CHECK(office.store().parameters(2026).regions.year == 2026);
    CHECK(sameParameters(office.store().parameters(2027), defaults));

    auto invalid = custom;
    invalid.collapseBelow = 0;
    CHECK(errorOf([&] { office.store().setParameters(2026, invalid); }) == ErrorCode::InvalidInput);
    invalid = custom;
    invalid.regions.regions.removeFirst();
    CHECK(errorOf([&] { office.store().setParameters(2026, invalid); }) == ErrorCode::InvalidInput);
    invalid = custom;
    invalid.perturbationTableVersion = 2;
    CHECK(errorOf([&] { office.store().setParameters(2026, invalid); }) == ErrorCode::InvalidInput);
    CHECK(sameParameters(office.store().parameters(2026), custom));

    std::mt19937_64 random(23);
    const Publication published = office.store().publish(tablesOf(randomUnits(random, 40), Q3), 2);
    CHECK(sameParameters(published.parameters, custom));
    CHECK(errorOf([&] { office.store().setParameters(2026, customParameters(2026)); }) == ErrorCode::RuleViolation);
    CHECK_NOTHROW(office.store().setParameters(2027, customParameters(2027)));

    // A year published with the defaults keeps them, even if the defaults changed later.
    office.store().publish(tablesOf(randomUnits(random, 40), core::Quarter{2028, 1}), 2);
    CHECK(rowCount(office.db(), QStringLiteral("disclosure_parameters WHERE year = 2028")) == 1);
    CHECK(errorOf([&] { office.store().setParameters(2028, customParameters(2028)); }) == ErrorCode::RuleViolation);
}
