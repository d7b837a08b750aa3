// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeTestSupport.h"

#include "exchange/ContactBook.h"
#include "exchange/IdentityStore.h"
#include "exchange/PackageError.h"
#include "support/ErrorOf.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace kim;
using namespace kim::exchange;
using namespace kim::test;

TEST_CASE("a contact card round-trips and shows a fingerprint of 8 groups of 4") {
    Identity identity = Identity::generate();
    identity.setProfile(QStringLiteral("Jana Öztürk"), QStringLiteral("Koordination"), QStringLiteral("KI Kreis"));
    const ContactCard card = identity.contactCard();
    const ContactCard parsed = ContactCard::parse(card.fileText());
    CHECK(parsed.name() == QStringLiteral("Jana Öztürk"));
    CHECK(parsed.organisation() == QStringLiteral("KI Kreis"));
    CHECK(parsed.agePublicKey() == identity.agePublicKey());
    CHECK(parsed.signingKey().base64() == identity.signingPublicKey().base64());
    CHECK(parsed.fingerprint() == card.fingerprint());
    CHECK(QRegularExpression(QStringLiteral("^([0-9A-F]{4} ){7}[0-9A-F]{4}$")).match(card.fingerprint()).hasMatch());
    CHECK(Identity::generate().contactCard().fingerprint() != card.fingerprint());
}

TEST_CASE("broken or oversized contact cards are refused") {
    const QByteArray good = Identity::generate().contactCard().fileText();
    auto failure = [](const QByteArray& text) {
        try {
            ContactCard::parse(text);
        } catch (const PackageError& error) {
            return error.failure();
        }
        return PackageFailure::Damaged;
    };
    CHECK(failure("") == PackageFailure::InvalidContactCard);
    CHECK(failure(QByteArray(good).replace("\"age1", "\"age2")) == PackageFailure::InvalidContactCard);
    CHECK(failure(QByteArray(good).replace("\"version\": 1", "\"version\": 7")) == PackageFailure::UnsupportedVersion);
    CHECK(failure(QByteArray(ContactCard::MaxFileSize + 1, ' ')) == PackageFailure::TooLarge);
}

TEST_CASE("a contact is stored only when trusted, and another key under the same id is refused") {
    TestVault workspace;
    ContactBook book(workspace.vault->database(), kim::test::wallClock());
    const Identity other = Identity::generate();
    const ContactCard card = ContactCard::parse(other.contactCard().fileText());
    CHECK(book.contacts().empty());
    CHECK_FALSE(book.findTrusted(card.signingKey().keyId()));
    book.trust(card);
    REQUIRE(book.contacts().size() == 1);
    CHECK(book.findTrusted(card.signingKey().keyId()));

    const ContactCard impostor(QStringLiteral("Mallory"), QString(), QString(), Identity::generate().agePublicKey(),
                               card.signingKey());
    CHECK(errorOf([&] { book.trust(impostor); }) == ErrorCode::RuleViolation);
    book.revoke(card.keyIdText());
    CHECK_FALSE(book.findTrusted(card.signingKey().keyId()));
    CHECK(errorOf([&] { book.revoke(card.keyIdText()); }) == ErrorCode::NotFound);
}
