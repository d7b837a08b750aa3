// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace kim::crypto {

// Known-answer tests for every primitive the vault relies on (RFC 9106 Argon2id,
// RFC 8439 ChaCha20-Poly1305, SHA-256). Returns the names of the failed checks; the
// application refuses to start unless the list is empty.
QStringList runKnownAnswerTests();

} // namespace kim::crypto
