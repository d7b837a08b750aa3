// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;

namespace kim::storage {

// Turns an SQLite result code into a kim::Error with a translated message. The SQLite
// text is not shown to users or logged: it can name tables and values.
[[noreturn]] void throwSqliteError(sqlite3* db, int resultCode);

// Throws unless resultCode is SQLITE_OK.
void check(sqlite3* db, int resultCode);

} // namespace kim::storage
