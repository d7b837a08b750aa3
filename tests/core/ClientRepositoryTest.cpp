// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreFixture.h"

using namespace kim;
using namespace kim::core;
using kim::test::CoreFixture;

namespace {

QStringList names(const QList<ClientRow>& rows) {
    QStringList result;
    for (const ClientRow& row : rows) {
        result.append(row.displayName);
    }
    return result;
}

} // namespace

TEST_CASE("saving a new client assigns an id, the creation date and a case code") {
    CoreFixture f;
    Client client = f.addClient(QStringLiteral("  Haddad "), QStringLiteral("Rania"));
    CHECK(client.id > 0);
    CHECK(client.caseCode == QStringLiteral("GT-2026-0001"));
    CHECK(client.createdOn == CoreFixture::startDay());
    const Client loaded = f.clients.load(client.id);
    CHECK(loaded.lastName == QStringLiteral("Haddad"));
    CHECK(loaded.caseCode == client.caseCode);
    CHECK(loaded.municipality == Municipality::Guetersloh);
}

TEST_CASE("case codes count up per municipality and year and start again in a new year") {
    CoreFixture f;
    CHECK(f.addClient(QStringLiteral("A"), QStringLiteral("a")).caseCode == QStringLiteral("GT-2026-0001"));
    CHECK(f.addClient(QStringLiteral("B"), QStringLiteral("b")).caseCode == QStringLiteral("GT-2026-0002"));
    CHECK(f.addClient(QStringLiteral("C"), QStringLiteral("c"), Municipality::RhedaWiedenbrueck).caseCode ==
          codePrefix(Municipality::RhedaWiedenbrueck) + QStringLiteral("-2026-0001"));
    f.clock.setToday(QDate(2027, 1, 2));
    CHECK(f.addClient(QStringLiteral("D"), QStringLiteral("d")).caseCode == QStringLiteral("GT-2027-0001"));
    f.clock.setToday(QDate(2026, 12, 31));
    CHECK(f.addClient(QStringLiteral("E"), QStringLiteral("e")).caseCode == QStringLiteral("GT-2026-0003"));

    SECTION("the sequence keeps counting past 9999") {
        f.db().exec(QStringLiteral("UPDATE clients SET case_code = 'GT-2026-9999' WHERE case_code = 'GT-2026-0003'"));
        CHECK(f.addClient(QStringLiteral("F"), QStringLiteral("f")).caseCode == QStringLiteral("GT-2026-10000"));
        CHECK(f.addClient(QStringLiteral("G"), QStringLiteral("g")).caseCode == QStringLiteral("GT-2026-10001"));
    }
}

TEST_CASE("a client without a name or with a birth date in the future is refused") {
    CoreFixture f;
    Client client;
    client.firstName = QStringLiteral("Olena");
    client.lastName = QStringLiteral("   ");
    CHECK(test::errorCodeOf([&] { f.clients.save(client); }) == ErrorCode::InvalidInput);
    CHECK(test::errorMessageOf([&] { f.clients.save(client); }).contains(QStringLiteral("Nachnamen")));
    client.lastName = QStringLiteral("Melnyk");
    client.firstName.clear();
    CHECK(test::errorMessageOf([&] { f.clients.save(client); }).contains(QStringLiteral("Vornamen")));
    client.firstName = QStringLiteral("Olena");
    client.birthDate = CoreFixture::startDay().addDays(1);
    CHECK(test::errorMessageOf([&] { f.clients.save(client); }).contains(QStringLiteral("Geburtsdatum")));
    client.birthDate = QDate(1980, 5, 1);
    client.targetGroup = static_cast<TargetGroup>(9);
    CHECK(test::errorCodeOf([&] { f.clients.save(client); }) == ErrorCode::InvalidInput);
    CHECK(f.clients.count({}) == 0);
}

TEST_CASE("the household is saved, changed and shortened together with the client") {
    CoreFixture f;
    Client client;
    client.lastName = QStringLiteral("Ahmadi");
    client.firstName = QStringLiteral("Mariam");
    client.household = {{0, QStringLiteral("Farid"), QStringLiteral("Ehepartner"), 1985},
                        {0, QStringLiteral("Sima"), QStringLiteral("Tochter"), 2015}};
    f.clients.save(client);
    REQUIRE(client.household[0].id > 0);

    client.household[0].relation = QStringLiteral("Ehemann");
    client.household.removeAt(1);
    client.household.append({0, QStringLiteral("Hamid"), QStringLiteral("Sohn"), std::nullopt});
    f.clients.save(client);

    const Client loaded = f.clients.load(client.id);
    REQUIRE(loaded.household.size() == 2);
    CHECK(loaded.household[0].id == client.household[0].id);
    CHECK(loaded.household[0].relation == QStringLiteral("Ehemann"));
    CHECK(loaded.household[1].name == QStringLiteral("Hamid"));
    CHECK_FALSE(loaded.household[1].birthYear.has_value());
    CHECK(loaded.caseCode == client.caseCode); // an update keeps the code
}

TEST_CASE("loading an unknown client reports that it was not found") {
    CoreFixture f;
    CHECK(test::errorCodeOf([&] { f.clients.load(4711); }) == ErrorCode::NotFound);
}

TEST_CASE("the client list is ordered by last name and first name regardless of case, then by id") {
    CoreFixture f;
    f.addClient(QStringLiteral("melnyk"), QStringLiteral("Olena"));
    f.addClient(QStringLiteral("Berisha"), QStringLiteral("Arta"));
    f.addClient(QStringLiteral("Melnyk"), QStringLiteral("andrii"));
    const int64_t firstTwin = f.addClient(QStringLiteral("Kaya"), QStringLiteral("Elif")).id;
    const int64_t secondTwin = f.addClient(QStringLiteral("KAYA"), QStringLiteral("elif")).id;

    const QList<ClientRow> all = f.clients.page({}, 0, 100);
    CHECK(names(all) == QStringList{QStringLiteral("Berisha, Arta"), QStringLiteral("Kaya, Elif"),
                                    QStringLiteral("KAYA, elif"), QStringLiteral("Melnyk, andrii"),
                                    QStringLiteral("melnyk, Olena")});
    CHECK(all[1].id == firstTwin);
    CHECK(all[2].id == secondTwin);
    CHECK(f.clients.count({}) == 5);

    SECTION("pages are consecutive slices of the same order") {
        CHECK(names(f.clients.page({}, 0, 2)) == names(all.mid(0, 2)));
        CHECK(names(f.clients.page({}, 2, 2)) == names(all.mid(2, 2)));
        CHECK(names(f.clients.page({}, 4, 2)) == names(all.mid(4, 1)));
        CHECK(f.clients.page({}, 5, 2).isEmpty());
    }
}

TEST_CASE("the list filter text matches the beginning of names and case codes, with wildcards taken literally") {
    CoreFixture f;
    f.addClient(QString::fromUtf8("Öztürk"), QStringLiteral("Zeynep"));
    f.addClient(QString::fromUtf8("Müller"), QStringLiteral("Anna"), Municipality::Verl);
    f.addClient(QStringLiteral("Kovalenko"), QStringLiteral("Iryna"));
    f.addClient(QStringLiteral("100%_Test"), QStringLiteral("Sonder"));

    auto matches = [&](const QString& text) {
        ClientFilter filter;
        filter.text = text;
        const int count = f.clients.count(filter);
        CHECK(count == f.clients.page(filter, 0, 100).size());
        return count;
    };
    CHECK(matches(QString::fromUtf8("mül")) == 1);
    CHECK(matches(QString::fromUtf8("ÖZTÜRK")) == 1);
    CHECK(matches(QString::fromUtf8("öztürk")) == 1);
    CHECK(matches(QStringLiteral("iryna")) == 1);
    CHECK(matches(QStringLiteral("ryna")) == 0); // prefix, not substring
    CHECK(matches(QStringLiteral("gt-2026")) == 3);
    CHECK(matches(QStringLiteral("VL-2026-0001")) == 1);
    CHECK(matches(QStringLiteral("%")) == 0);
    CHECK(matches(QStringLiteral("_")) == 0);
    CHECK(matches(QStringLiteral("100%_")) == 1);
    CHECK(matches(QStringLiteral("1000")) == 0);
    CHECK(matches(QStringLiteral("' OR 1=1 --")) == 0);
    CHECK(matches(QStringLiteral("  ")) == 4);
}

TEST_CASE("the client list filters by municipality, target group and the phase of the latest case") {
    CoreFixture f;
    const Client a = f.addClient(QStringLiteral("Ivanova"), QStringLiteral("Radka"), Municipality::Verl,
                                 TargetGroup::CentralSouthEastEurope);
    const Client b = f.addClient(QStringLiteral("Popescu"), QStringLiteral("Ioana"), Municipality::Verl,
                                 TargetGroup::CentralSouthEastEurope);
    const Client c = f.addClient(QStringLiteral("Shevchenko"), QStringLiteral("Oksana"), Municipality::Werther,
                                 TargetGroup::Ukraine);
    for (const Client& client : {a, b, c}) {
        f.addConsent(client.id);
    }
    // a: first case closed, second case in Klärung; b: in Assessment; c: no case.
    const Case first = f.cases.open(a.id);
    f.cases.changePhase(first.id, Phase::Closing, {});
    f.cases.open(a.id);
    const Case caseB = f.cases.open(b.id);
    f.cases.changePhase(caseB.id, Phase::Assessment, {});

    ClientFilter verl;
    verl.municipality = Municipality::Verl;
    CHECK(f.clients.count(verl) == 2);
    ClientFilter ukraine;
    ukraine.targetGroup = TargetGroup::Ukraine;
    CHECK(names(f.clients.page(ukraine, 0, 10)) == QStringList{QStringLiteral("Shevchenko, Oksana")});
    ClientFilter closing;
    closing.phase = Phase::Closing;
    CHECK(f.clients.count(closing) == 0); // a's latest case is the new one
    ClientFilter clarification;
    clarification.phase = Phase::Clarification;
    CHECK(names(f.clients.page(clarification, 0, 10)) == QStringList{QStringLiteral("Ivanova, Radka")});

    ClientFilter combined;
    combined.municipality = Municipality::Verl;
    combined.phase = Phase::Assessment;
    combined.text = QStringLiteral("pop");
    const QList<ClientRow> rows = f.clients.page(combined, 0, 10);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].id == b.id);
    CHECK(rows[0].phase == Phase::Assessment);
    CHECK_FALSE(f.clients.page(ukraine, 0, 10)[0].phase.has_value());
}

namespace {

// Checks positionOf against the listed order: every listed client at its row, every other
// client hidden. Returns the listed rows.
QList<ClientRow> checkPositions(CoreFixture& f, const ClientFilter& filter, const QList<int64_t>& allIds) {
    const QList<ClientRow> rows = f.clients.page(filter, 0, 1000);
    CHECK(f.clients.count(filter) == rows.size());
    QList<int64_t> listed;
    for (int row = 0; row < rows.size(); ++row) {
        INFO("row " << row << ": " << rows[row].displayName.toStdString());
        CHECK(f.clients.positionOf(filter, rows[row].id) == std::optional<int>(row));
        listed.append(rows[row].id);
    }
    for (int64_t id : allIds) {
        if (!listed.contains(id)) {
            CHECK_FALSE(f.clients.positionOf(filter, id).has_value());
        }
    }
    return rows;
}

} // namespace

TEST_CASE("a client's position is its row in the list: first, middle, last, ties ordered by id") {
    CoreFixture f;
    QList<int64_t> ids;
    ids.append(f.addClient(QStringLiteral("melnyk"), QStringLiteral("Olena")).id);
    ids.append(f.addClient(QStringLiteral("Berisha"), QStringLiteral("Arta")).id);
    const int64_t firstTwin = f.addClient(QStringLiteral("Kaya"), QStringLiteral("Elif")).id;
    const int64_t secondTwin = f.addClient(QStringLiteral("KAYA"), QStringLiteral("elif")).id;
    ids << firstTwin << secondTwin;
    ids.append(f.addClient(QStringLiteral("Melnyk"), QStringLiteral("andrii")).id);
    ids.append(f.addClient(QString::fromUtf8("Öztürk"), QStringLiteral("Zeynep")).id);
    ids.append(f.addClient(QStringLiteral("Abbas"), QStringLiteral("Zaid")).id);

    const QList<ClientRow> rows = checkPositions(f, {}, ids);
    REQUIRE(rows.size() == 7);
    CHECK(f.clients.positionOf({}, ids.last()) == 0); // Abbas first
    CHECK(f.clients.positionOf({}, ids[5]) == 6);     // Ö sorts after the ASCII letters
    CHECK(f.clients.positionOf({}, secondTwin) == *f.clients.positionOf({}, firstTwin) + 1);
    CHECK(f.clients.positionOf({}, ids[0]) == 5); // "melnyk, Olena" after "Melnyk, andrii"
    CHECK_FALSE(f.clients.positionOf({}, 4711).has_value());
    CHECK_FALSE(f.clients.positionOf({}, 0).has_value());
    CHECK_FALSE(f.clients.positionOf({}, -1).has_value());
}

TEST_CASE("a client's position under a filter counts only the listed clients, or is nothing when hidden") {
    CoreFixture f;
    QList<int64_t> ids;
    // Names, first names and case codes that overlap in their prefixes.
    ids.append(f.addClient(QStringLiteral("Shevchenko"), QStringLiteral("Oksana"), Municipality::Verl).id);
    ids.append(f.addClient(QStringLiteral("Abbas"), QStringLiteral("Shirin"), Municipality::Verl).id);
    ids.append(f.addClient(QStringLiteral("Shah"), QStringLiteral("Shiva"), Municipality::Guetersloh,
                           TargetGroup::RefugeesSince2015)
                   .id);
    ids.append(
        f.addClient(QStringLiteral("Schmidt"), QStringLiteral("Anna"), Municipality::SchlossHolteStukenbrock).id);
    ids.append(f.addClient(QStringLiteral("Kaya"), QStringLiteral("Elif"), Municipality::SchlossHolteStukenbrock).id);
    ids.append(f.addClient(QString::fromUtf8("Özdemir"), QString::fromUtf8("Şule"), Municipality::Verl).id);
    ids.append(f.addClient(QString::fromUtf8("özdemir"), QStringLiteral("Ali"), Municipality::Verl).id);
    ids.append(f.addClient(QStringLiteral("Zielinska"), QStringLiteral("Zofia"), Municipality::Werther,
                           TargetGroup::CentralSouthEastEurope)
                   .id);
    ids.append(f.addClient(QStringLiteral("_Test"), QStringLiteral("[Klammer"), Municipality::Werther).id);
    f.addConsent(ids[0]);
    f.addConsent(ids[2]);
    const Case caseOfShah = f.cases.open(ids[2]);
    f.cases.changePhase(caseOfShah.id, Phase::Assessment, {});
    f.cases.open(ids[0]);

    auto filter = [](const QString& text, std::optional<Municipality> municipality = {},
                     std::optional<TargetGroup> group = {}, std::optional<Phase> phase = {}) {
        return ClientFilter{text, municipality, group, phase};
    };
    // "sh" matches two last names, a first name and the case codes of Schloß Holte-Stukenbrock.
    CHECK(checkPositions(f, filter(QStringLiteral("sh")), ids).size() == 5);
    CHECK(checkPositions(f, filter(QStringLiteral("SH")), ids).size() == 5);
    CHECK(checkPositions(f, filter(QStringLiteral("Shi")), ids).size() == 2);
    CHECK(checkPositions(f, filter(QString::fromUtf8("ÖZDEMIR")), ids).size() == 2);
    CHECK(checkPositions(f, filter(QString::fromUtf8("özd")), ids).size() == 2);
    CHECK(checkPositions(f, filter(QString::fromUtf8("ş")), ids).size() == 1);
    CHECK(checkPositions(f, filter(QStringLiteral("Z")), ids).size() == 1);
    CHECK(checkPositions(f, filter(QStringLiteral("z")), ids).size() == 1);
    CHECK(checkPositions(f, filter(QStringLiteral("@")), ids).isEmpty()); // not "_Test" nor "[Klammer"
    CHECK(checkPositions(f, filter(QStringLiteral("_")), ids).size() == 1);
    CHECK(checkPositions(f, filter(QStringLiteral("' OR 1=1 --")), ids).isEmpty());
    CHECK(checkPositions(f, filter(QStringLiteral("sh"), Municipality::Verl), ids).size() == 2);
    CHECK(checkPositions(f, filter(QStringLiteral("sh"), Municipality::Guetersloh, TargetGroup::RefugeesSince2015), ids)
              .size() == 1);
    CHECK(checkPositions(f, filter({}, Municipality::Verl), ids).size() == 4);
    CHECK(checkPositions(f, filter({}, std::nullopt, TargetGroup::CentralSouthEastEurope), ids).size() == 1);
    CHECK(checkPositions(f, filter({}, Municipality::Werther, TargetGroup::Immigrants), ids).size() == 1);
    CHECK(checkPositions(f, filter({}, std::nullopt, std::nullopt, Phase::Assessment), ids).size() == 1);
    CHECK(
        checkPositions(f, filter(QStringLiteral("s"), std::nullopt, std::nullopt, Phase::Clarification), ids).size() ==
        1);
    const QList<ClientRow> sh = f.clients.page(filter(QStringLiteral("sh")), 0, 100);
    CHECK(names(sh) == QStringList{QStringLiteral("Abbas, Shirin"), QStringLiteral("Kaya, Elif"),
                                   QStringLiteral("Schmidt, Anna"), QStringLiteral("Shah, Shiva"),
                                   QStringLiteral("Shevchenko, Oksana")});
}

TEST_CASE("pages of a text filter are consecutive slices of the filtered order") {
    CoreFixture f;
    for (int i = 0; i < 30; ++i) {
        // Last names, first names and ties that all start with "Ma", in scrambled order.
        f.addClient(QStringLiteral("Ma%1").arg((i * 7) % 10),
                    i % 2 == 0 ? QStringLiteral("Mara") : QStringLiteral("ali"));
        f.addClient(QStringLiteral("Berg%1").arg(i), QStringLiteral("Mats"));
    }
    ClientFilter ma;
    ma.text = QStringLiteral("ma");
    REQUIRE(f.clients.count(ma) == 60);
    const QList<ClientRow> all = f.clients.page(ma, 0, 100);
    REQUIRE(all.size() == 60);
    QList<ClientRow> paged;
    for (int offset = 0; offset < 60; offset += 7) {
        paged.append(f.clients.page(ma, offset, 7));
    }
    CHECK(names(paged) == names(all));
    for (int row = 1; row < all.size(); ++row) {
        const auto key = [](const ClientRow& r) {
            return r.displayName.toLower();
        };
        CHECK((key(all[row - 1]) < key(all[row]) ||
               (key(all[row - 1]) == key(all[row]) && all[row - 1].id < all[row].id)));
    }
}
