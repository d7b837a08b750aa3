// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace kim::storage {

// What every executable (kim-fallakte, kim-cli) does before it touches a vault. It lives in
// storage, the lowest layer that knows both the crypto primitives and SQLCipher.

// No core dumps (they would hold decrypted case data), not dumpable, private files by default.
void hardenProcess();

// Known-answer tests of the crypto primitives and the proof that sqlite3_* is SQLCipher (a
// plain libsqlite3 would silently write plaintext). Returns the names of failed checks;
// the program refuses to run unless the list is empty.
QStringList startupSelfTestFailures();
// The SQLCipher the program accepts: 4.x from the pinned 4.14 on (from 4.5 on where the build
// uses the system's), with OpenSSL's libcrypto as provider.
bool isSupportedSqlcipher(const QString& version, const QString& provider);

} // namespace kim::storage
