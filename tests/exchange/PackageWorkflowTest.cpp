// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeTestSupport.h"

#include "exchange/ContactBook.h"
#include "exchange/IdentityStore.h"
#include "exchange/PackageError.h"
#include "exchange/PackageLog.h"
#include "exchange/PackageReader.h"
#include "exchange/PackageWriter.h"
#include "storage/Database.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

#include <QJsonObject>

using namespace kim;
using namespace kim::exchange;
using namespace kim::test;

namespace {

// A fixed sending time: the transport takes it from the caller's clock.
const QDateTime sentAt(QDate(2025, 10, 2), QTime(9, 0), Qt::UTC);

PackageFailure failureOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const PackageError& error) {
        CHECK_FALSE(error.message().isEmpty());
        return error.failure();
    }
    FAIL("no PackageError was thrown");
    return PackageFailure::Damaged;
}

int countRows(storage::Database& db, const QString& table) {
    auto statement = db.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    statement.step();
    return statement.integer(0);
}

// A case manager sending to a coordinating office; both trust each other's card.
struct TwoWorkspaces {
    TwoWorkspaces() {
        IdentityStore::setProfile(sender.vault->database(), QStringLiteral("Amal Haddad"),
                                  QStringLiteral("Fallmanagerin"), QStringLiteral("KIM Kreis Gütersloh"));
        senderIdentity = IdentityStore::ensure(sender.vault->database(), kim::test::wallClock());
        ContactBook(receiver.vault->database(), kim::test::wallClock()).trust(senderIdentity->contactCard());
    }
    TestVault sender;
    TestVault receiver;
    std::optional<Identity> senderIdentity = IdentityStore::ensure(sender.vault->database(), kim::test::wallClock());
    Identity receiverIdentity = IdentityStore::ensure(receiver.vault->database(), kim::test::wallClock());
};

} // namespace

TEST_CASE("the workspace identity is created once and survives reopening the vault") {
    TestVault workspace;
    const Identity first = IdentityStore::ensure(workspace.vault->database(), kim::test::wallClock());
    const Identity second = IdentityStore::ensure(workspace.vault->database(), kim::test::wallClock());
    CHECK(first.keyIdText() == second.keyIdText());
    CHECK(first.agePublicKey() == second.agePublicKey());
    workspace.vault.reset();
    auto reopened = storage::Vault::open(workspace.path(), QString::fromUtf8(TestVault::Password));
    const auto loaded = IdentityStore::load(reopened->database());
    REQUIRE(loaded);
    CHECK(loaded->signingKey().secret() == first.signingKey().secret());
    CHECK(loaded->ageSecret() == first.ageSecret());
}

TEST_CASE("a package written for a contact is read, imported once and logged on both sides") {
    TwoWorkspaces w;
    const QDateTime created(QDate(2025, 10, 2), QTime(8, 30), Qt::UTC);
    const auto package =
        PackageWriter(w.sender.vault->database(), *w.senderIdentity)
            .write(QStringLiteral("caseload-report"), QStringLiteral("2025-Q3"),
                   QJsonObject{{QStringLiteral("cases"), 12}}, {w.receiverIdentity.contactCard()}, created);
    PackageReader reader(w.receiver.vault->database(), w.receiverIdentity, kim::test::wallClock());
    const auto opened = reader.import(package);
    CHECK(opened.payload.content.toObject().value(QStringLiteral("cases")).toInt() == 12);
    CHECK(opened.payload.created == created);
    CHECK(opened.sender.name() == QStringLiteral("Amal Haddad"));

    const auto outgoing = PackageLog(w.sender.vault->database()).entries();
    REQUIRE(outgoing.size() == 1);
    CHECK(outgoing[0].direction == PackageDirection::Outgoing);
    CHECK(outgoing[0].peerKeyIds == QStringList{w.receiverIdentity.keyIdText()});
    const auto incoming = PackageLog(w.receiver.vault->database()).entries();
    REQUIRE(incoming.size() == 1);
    CHECK(incoming[0].packageId == outgoing[0].packageId);
    CHECK(incoming[0].direction == PackageDirection::Incoming);
    CHECK(incoming[0].peerNames == QStringLiteral("Amal Haddad"));

    SECTION("the same package a second time is recognised as a replay") {
        CHECK(failureOf([&] { reader.read(package); }) == PackageFailure::AlreadyImported);
        CHECK(failureOf([&] { reader.import(package); }) == PackageFailure::AlreadyImported);
        CHECK(countRows(w.receiver.vault->database(), QStringLiteral("package_log")) == 1);
    }
}

TEST_CASE("a failed import changes nothing in the vault") {
    TwoWorkspaces w;
    const auto package =
        PackageWriter(w.sender.vault->database(), *w.senderIdentity)
            .write(QStringLiteral("taxonomy"), QString(), QJsonObject{}, {w.receiverIdentity.contactCard()}, sentAt);
    auto& db = w.receiver.vault->database();
    PackageReader reader(db, w.receiverIdentity, kim::test::wallClock());
    auto damaged = package;
    damaged[damaged.size() / 2] ^= 0x01;
    CHECK(failureOf([&] { reader.import(damaged); }) == PackageFailure::Damaged);
    // The caller's own import fails half-way: its writes and the log entry are rolled back.
    CHECK_THROWS(reader.import(package, [&db](const OpenedPackage&) {
        db.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('imported', 'half')"));
        throw std::runtime_error("import failed");
    }));
    CHECK(countRows(db, QStringLiteral("package_log")) == 0);
    CHECK(countRows(db, QStringLiteral("meta WHERE key = 'imported'")) == 0);
    CHECK_NOTHROW(reader.import(package));
}

TEST_CASE("a revoked contact is no longer accepted as a signer") {
    TwoWorkspaces w;
    const auto package = PackageWriter(w.sender.vault->database(), *w.senderIdentity)
                             .write(QStringLiteral("caseload-report"), QStringLiteral("2025-Q4"), QJsonObject{},
                                    {w.receiverIdentity.contactCard()}, sentAt);
    ContactBook book(w.receiver.vault->database(), kim::test::wallClock());
    book.revoke(w.senderIdentity->keyIdText());
    PackageReader reader(w.receiver.vault->database(), w.receiverIdentity, kim::test::wallClock());
    CHECK(failureOf([&] { reader.read(package); }) == PackageFailure::SignerUnknown);
    REQUIRE(book.contacts().size() == 1);
    CHECK(book.contacts()[0].revokedOn.has_value());
    book.trust(w.senderIdentity->contactCard()); // confirmed again by the user
    CHECK_NOTHROW(reader.read(package));
}

TEST_CASE("a package for another workspace is refused without touching the vault") {
    TwoWorkspaces w;
    TestVault third;
    const Identity thirdIdentity = IdentityStore::ensure(third.vault->database(), kim::test::wallClock());
    const auto package =
        PackageWriter(w.sender.vault->database(), *w.senderIdentity)
            .write(QStringLiteral("caseload-report"), QString(), QJsonObject{}, {thirdIdentity.contactCard()}, sentAt);
    PackageReader reader(w.receiver.vault->database(), w.receiverIdentity, kim::test::wallClock());
    CHECK(failureOf([&] { reader.import(package); }) == PackageFailure::NotForThisWorkspace);
    CHECK(countRows(w.receiver.vault->database(), QStringLiteral("package_log")) == 0);
}
