// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Aead.h"
#include "crypto/SelfTest.h"

#include <catch2/catch.hpp>

using namespace kim::crypto;

TEST_CASE("the known-answer tests of all primitives pass on this machine") {
    CHECK(runKnownAnswerTests().isEmpty());
}

TEST_CASE("sealed data opens only with the same key and associated data") {
    const Botan::secure_vector<uint8_t> key(32, 7), otherKey(32, 8), plain{1, 2, 3, 4};
    const std::vector<uint8_t> ad{9, 9};
    const auto sealedSecure = seal(key, plain, ad);
    const std::vector<uint8_t> sealed(sealedSecure.begin(), sealedSecure.end());

    REQUIRE(open(key, sealed, ad) == plain);
    CHECK_FALSE(open(otherKey, sealed, ad));
    CHECK_FALSE(open(key, sealed, {9, 8}));
    auto flipped = sealed;
    flipped.back() ^= 1;
    CHECK_FALSE(open(key, flipped, ad));
    CHECK_FALSE(open(key, std::vector<uint8_t>(sealed.begin(), sealed.begin() + 20), ad));
}
