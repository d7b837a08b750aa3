// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one place that includes the SQLite header the storage sources see: SQLCipher's, from
// kim_sqlcipher (src/sqlcipher), the only SQLite the product links.
//
// KIM_PLAIN_SQLITE_BENCHMARK exists ONLY so that tests/benchmarks/ can compile these sources a
// second time for its comparison binary (see docs/performance.md): the same amalgamation built
// without the codec, where Database opens the file without a key. The application, the CLI and
// every test are built without it (the start-up self-test refuses to run without SQLCipher).
#include <kim_sqlcipher/sqlite3.h>
