// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseloadFixture.h"

#include "core/CaseloadPseudonym.h"
#include "core/CaseloadSettings.h"
#include "core/ReportingPeriod.h"

#include <catch2/catch.hpp>

#include <botan/mac.h>

#include <set>

using namespace kim;
using namespace kim::core;
using namespace kim::test;
using namespace Qt::StringLiterals;

namespace {

const Botan::secure_vector<uint8_t> KeyA(32, 0x11);
const Botan::secure_vector<uint8_t> KeyB(32, 0x22);

// The formula written out once more, independently of the product code.
QString expectedPseudonym(const Botan::secure_vector<uint8_t>& key, const QByteArray& period, int64_t caseId) {
    auto mac = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)");
    mac->set_key(key);
    QByteArray message = QByteArrayLiteral("kim-caseload-pseudonym-v1") + period;
    for (int shift = 56; shift >= 0; shift -= 8) {
        message.append(static_cast<char>((static_cast<uint64_t>(caseId) >> shift) & 0xff));
    }
    mac->update(reinterpret_cast<const uint8_t*>(message.constData()), static_cast<size_t>(message.size()));
    const auto tag = mac->final();
    return u"P-"_s + QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(tag.data()), 3).toHex().toUpper());
}

} // namespace

TEST_CASE("a pseudonym is the keyed hash of period and case, six upper-case hex digits", "[caseload]") {
    const auto november = ReportingPeriod::month(2026, 11);
    CHECK(CaseloadPseudonym::of(KeyA, november, 42) == expectedPseudonym(KeyA, "2026-11", 42));
    CHECK(CaseloadPseudonym::of(KeyA, ReportingPeriod::quarter(2026, 4), 42) == expectedPseudonym(KeyA, "2026-Q4", 42));
    CHECK(CaseloadPseudonym::looksLikePseudonym(CaseloadPseudonym::of(KeyA, november, 42)));
    CHECK(CaseloadPseudonym::of(KeyA, november, 42) == CaseloadPseudonym::of(KeyA, november, 42));
    CHECK(CaseloadPseudonym::of(KeyA, november, 42) != CaseloadPseudonym::of(KeyB, november, 42));
}

TEST_CASE("the same case has unrelated pseudonyms in different periods", "[caseload]") {
    // Over many cases, the pseudonyms of one period say nothing about those of the next: they
    // agree no more often than chance (24 bits) and share no fixed difference.
    std::set<QString> november;
    int same = 0;
    std::set<int64_t> differences;
    for (int64_t caseId = 1; caseId <= 2000; ++caseId) {
        const QString a = CaseloadPseudonym::of(KeyA, ReportingPeriod::month(2026, 11), caseId);
        const QString b = CaseloadPseudonym::of(KeyA, ReportingPeriod::month(2026, 12), caseId);
        november.insert(a);
        same += a == b ? 1 : 0;
        differences.insert(a.mid(2).toLongLong(nullptr, 16) - b.mid(2).toLongLong(nullptr, 16));
    }
    CHECK(same == 0);
    CHECK(differences.size() > 1990);
    CHECK(november.size() > 1990); // consecutive case ids do not give neighbouring pseudonyms
}

TEST_CASE("pseudonyms of sent reports resolve to their case, case-insensitively and newest period first",
          "[caseload]") {
    CaseloadFixture f;
    const Case c = f.openOn(QDate(2026, 10, 1), u"Pseudonym"_s);
    const Case other = f.openOn(QDate(2026, 10, 1), u"Andere"_s);
    const auto october = ReportingPeriod::month(2026, 10);
    const auto november = ReportingPeriod::month(2026, 11);
    CaseloadPseudonym::recordSent(f.db(), u"pkg-oct"_s, october, {{u"P-00ABCD"_s, c.id}});
    CaseloadPseudonym::recordSent(f.db(), u"pkg-nov"_s, november, {{u"P-00ABCD"_s, other.id}, {u"P-123456"_s, c.id}});
    // A second revision of November names the same case by the same pseudonym.
    CaseloadPseudonym::recordSent(f.db(), u"pkg-nov-2"_s, november, {{u"P-123456"_s, c.id}});

    const auto found = CaseloadPseudonym::resolve(f.db(), u"  p-123456 "_s);
    REQUIRE(found.size() == 1);
    CHECK(found[0].caseId == c.id);
    CHECK(found[0].period == november);
    CHECK(CaseloadPseudonym::resolve(f.db(), u"123456"_s).size() == 1);

    const auto collided = CaseloadPseudonym::resolve(f.db(), u"P-00abcd"_s);
    REQUIRE(collided.size() == 2);
    CHECK(collided[0].period == november);
    CHECK(collided[0].caseId == other.id);
    CHECK(collided[1].period == october);
    CHECK(collided[1].caseId == c.id);

    CHECK(CaseloadPseudonym::resolve(f.db(), u"P-FFFFFF"_s).empty());
    CHECK(CaseloadPseudonym::resolve(f.db(), u"Haddad"_s).empty());
    CHECK(CaseloadPseudonym::resolve(f.db(), u""_s).empty());
}

TEST_CASE("only a P- and six hex digits look like a pseudonym", "[caseload]") {
    CHECK(CaseloadPseudonym::looksLikePseudonym(u"P-7F3A2C"_s));
    CHECK(CaseloadPseudonym::looksLikePseudonym(u"p-7f3a2c"_s));
    CHECK(CaseloadPseudonym::looksLikePseudonym(u" P-7F3A2C "_s));
    CHECK_FALSE(CaseloadPseudonym::looksLikePseudonym(u"P-7F3A2"_s));
    CHECK_FALSE(CaseloadPseudonym::looksLikePseudonym(u"P-7F3A2CD"_s));
    CHECK_FALSE(CaseloadPseudonym::looksLikePseudonym(u"P-7G3A2C"_s));
    CHECK_FALSE(CaseloadPseudonym::looksLikePseudonym(u"GT-2026-0042"_s));
    CHECK_FALSE(CaseloadPseudonym::looksLikePseudonym(u"7F3A2C"_s));
}

TEST_CASE("a deleted case takes its pseudonyms with it", "[caseload]") {
    CaseloadFixture f;
    const Case c = f.openOn(QDate(2026, 10, 1), u"Weg"_s);
    CaseloadPseudonym::recordSent(f.db(), u"pkg"_s, ReportingPeriod::month(2026, 11), {{u"P-ABCDEF"_s, c.id}});
    REQUIRE(CaseloadPseudonym::resolve(f.db(), u"P-ABCDEF"_s).size() == 1);
    f.db().prepare(u"DELETE FROM clients WHERE id = ?1"_s).bind(1, c.clientId).run();
    CHECK(CaseloadPseudonym::resolve(f.db(), u"P-ABCDEF"_s).empty());
}

TEST_CASE("the team's rules start at their defaults, are validated and kept; the key is made once", "[caseload]") {
    CaseloadFixture f;
    CaseloadSettings settings(f.db());
    CHECK(settings.rules() == CaseloadRules{});
    CaseloadRules rules{21, 120, 3};
    settings.saveRules(rules);
    CHECK(CaseloadSettings(f.db()).rules() == rules);

    for (const CaseloadRules& bad :
         {CaseloadRules{0, 90, 5}, CaseloadRules{30, 366, 5}, CaseloadRules{30, 90, 1}, CaseloadRules{30, 90, 21}}) {
        CHECK(errorCodeOf([&] { settings.saveRules(bad); }) == ErrorCode::InvalidInput);
    }
    CHECK(settings.rules() == rules);

    const auto key = settings.pseudonymKey();
    CHECK(key.size() == 32);
    CHECK(CaseloadSettings(f.db()).pseudonymKey() == key);
    CHECK(CaseloadSettings(f.db()).rules() == rules); // making the key kept the rules

    CaseloadFixture other;
    CHECK(CaseloadSettings(other.db()).pseudonymKey() != key);
}

TEST_CASE("reporting periods parse, print, order and step as months and quarters", "[caseload]") {
    const auto november = ReportingPeriod::parse(u"2026-11"_s);
    REQUIRE(november);
    CHECK(*november == ReportingPeriod::month(2026, 11));
    CHECK(november->firstDay() == QDate(2026, 11, 1));
    CHECK(november->lastDay() == QDate(2026, 11, 30));
    CHECK(november->label() == u"November 2026"_s);
    CHECK(november->next() == ReportingPeriod::month(2026, 12));
    CHECK(november->next().next() == ReportingPeriod::month(2027, 1));
    CHECK(ReportingPeriod::month(2026, 1).previous() == ReportingPeriod::month(2025, 12));
    CHECK(ReportingPeriod::month(2028, 2).lastDay() == QDate(2028, 2, 29));

    const auto q4 = ReportingPeriod::parse(u"2026-Q4"_s);
    REQUIRE(q4);
    CHECK(q4->toString() == u"2026-Q4"_s);
    CHECK(q4->firstDay() == QDate(2026, 10, 1));
    CHECK(q4->lastDay() == QDate(2026, 12, 31));
    CHECK(q4->label() == u"4. Quartal 2026"_s);
    CHECK(q4->next() == ReportingPeriod::quarter(2027, 1));
    CHECK(ReportingPeriod::containing(QDate(2026, 11, 15), ReportingPeriod::Length::Quarter) == *q4);
    CHECK(ReportingPeriod::containing(QDate(2026, 11, 15), ReportingPeriod::Length::Month) == *november);
    CHECK(ReportingPeriod::month(2026, 3).toString() == u"2026-03"_s);

    CHECK(ReportingPeriod::month(2026, 10) < *q4); // same first day: the month first
    CHECK(*q4 < *november);
    CHECK(ReportingPeriod::month(2026, 9) < *q4);

    for (const QString& bad : {u"2026-13"_s, u"2026-00"_s, u"2026-1"_s, u"2026-Q5"_s, u"1999-11"_s, u"3000-01"_s,
                               u"2026-11\n"_s, u" 2026-11"_s, u"2026-q4"_s, u""_s}) {
        INFO(bad.toStdString());
        CHECK_FALSE(ReportingPeriod::parse(bad));
    }
}
