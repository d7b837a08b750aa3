// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreFixture.h"

using namespace kim;
using namespace kim::core;
using kim::test::CoreFixture;
using kim::test::errorCodeOf;

namespace {

ErrorCode linkError(CoreFixture& f, int64_t clientId, int64_t familyId) {
    Client client = f.clients.load(clientId);
    client.familyId = familyId;
    return errorCodeOf([&] { f.clients.save(client); });
}

void link(CoreFixture& f, int64_t clientId, int64_t familyId) {
    Client client = f.clients.load(clientId);
    client.familyId = familyId;
    f.clients.save(client);
}

} // namespace

TEST_CASE("a client is linked to a family and keeps the link when saved again") {
    CoreFixture f;
    const Client head = f.addClient(QStringLiteral("Haddad"), QStringLiteral("Amal"));
    Client member;
    member.lastName = QStringLiteral("Haddad");
    member.firstName = QStringLiteral("Rami");
    member.familyId = head.id;
    f.clients.save(member);
    CHECK(f.clients.load(member.id).familyId == head.id);
    CHECK(f.clients.load(head.id).familyId == 0);
    Client again = f.clients.load(member.id);
    again.phone = QStringLiteral("0176 1234567");
    f.clients.save(again);
    CHECK(f.clients.load(member.id).familyId == head.id);
    link(f, member.id, 0);
    CHECK(f.clients.load(member.id).familyId == 0);
}

TEST_CASE("linking to a family member links to that family's head, so families stay flat") {
    CoreFixture f;
    const Client head = f.addClient(QStringLiteral("Kaya"), QStringLiteral("Ayşe"));
    const Client member = f.addClient(QStringLiteral("Kaya"), QStringLiteral("Emre"));
    const Client third = f.addClient(QStringLiteral("Kaya"), QStringLiteral("Elif"));
    link(f, member.id, head.id);
    link(f, third.id, member.id);
    CHECK(f.clients.load(third.id).familyId == head.id);
}

TEST_CASE("impossible family links are refused and change nothing") {
    CoreFixture f;
    const Client head = f.addClient(QStringLiteral("Popescu"), QStringLiteral("Ana"));
    const Client member = f.addClient(QStringLiteral("Popescu"), QStringLiteral("Ion"));
    const Client other = f.addClient(QStringLiteral("Lewandowski"), QStringLiteral("Jan"));
    link(f, member.id, head.id);

    CHECK(linkError(f, other.id, other.id) == ErrorCode::InvalidInput);
    CHECK(linkError(f, other.id, 999) == ErrorCode::NotFound);
    CHECK(linkError(f, other.id, -1) == ErrorCode::NotFound);
    // A head cannot join another family, not even through its own member.
    CHECK(linkError(f, head.id, other.id) == ErrorCode::RuleViolation);
    CHECK(linkError(f, head.id, member.id) == ErrorCode::RuleViolation);
    CHECK(f.clients.load(head.id).familyId == 0);
    CHECK(f.clients.load(other.id).familyId == 0);
    // Once the member has left, the former head may join elsewhere.
    link(f, member.id, 0);
    link(f, head.id, other.id);
    CHECK(f.clients.load(head.id).familyId == other.id);
}

TEST_CASE("a client is found by exact case code, whatever the letter case") {
    CoreFixture f;
    const Client a = f.addClient(QStringLiteral("Nowak"), QStringLiteral("Anna"));
    const Client b = f.addClient(QStringLiteral("Nowak"), QStringLiteral("Piotr"), Municipality::Versmold);
    CHECK(f.clients.findIdByCaseCode(a.caseCode) == a.id);
    CHECK(f.clients.findIdByCaseCode(b.caseCode.toLower()) == b.id);
    CHECK(f.clients.findIdByCaseCode(QStringLiteral(" ") + b.caseCode + QStringLiteral(" ")) == b.id);
    CHECK_FALSE(f.clients.findIdByCaseCode(a.caseCode.left(5)));
    CHECK_FALSE(f.clients.findIdByCaseCode(QStringLiteral("GT-2026-%")));
    CHECK_FALSE(f.clients.findIdByCaseCode(QString()));
}
