// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <botan/secmem.h>

#include <cstdint>

namespace kim::crypto {

// Random bytes from the operating system's generator; used for keys, salts, nonces and
// record keys. One function per need, so no caller ever seeds or keeps its own generator.
Botan::secure_vector<uint8_t> randomBytes(size_t count);
uint64_t randomUint64();

} // namespace kim::crypto
