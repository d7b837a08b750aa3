// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one place that chooses which SQLite header the storage sources see.
//
// Normally that is SQLCipher's (<sqlcipher/sqlite3.h>, with SQLITE_HAS_CODEC for
// sqlite3_key). KIM_PLAIN_SQLITE_BENCHMARK exists ONLY so that tests/benchmarks/ can compile
// these sources a second time for its comparison binaries (see docs/performance.md):
// there <sqlite3.h> is used and Database opens the file without a key. The application,
// the CLI and every test are built without it and must never link libsqlite3
// (the start-up self-test refuses to run without PRAGMA cipher_version).

#ifdef KIM_PLAIN_SQLITE_BENCHMARK
#include <sqlite3.h>
#else
#include <sqlcipher/sqlite3.h>
#endif
