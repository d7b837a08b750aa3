// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kim::storage {

class Database;

// Applies schema/NNNN_name.sql (embedded as resources under :/schema) in order, one
// transaction each, recording the version in PRAGMA user_version.
class Migrator final {
public:
    static int latestVersion();
    // Throws Error(UnsupportedVersion) for a vault newer than this program.
    static void migrate(Database& db, int targetVersion = latestVersion());
};

} // namespace kim::storage
