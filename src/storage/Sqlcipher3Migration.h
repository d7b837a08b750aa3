// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <botan/secmem.h>

namespace kim::storage {

// Converts a vault written by SQLCipher 3 (every vault up to program version 0.1 with schema
// version 10) into SQLCipher 4's page format, once, when it is first unlocked.
//
// The vault is exported into "<file>.sqlcipher4.part" while the old file is locked exclusively;
// the part is opened with the new format, checked page by page and compared (schema, version,
// every table's rows) with the original; only then is the old file linked to
// "<file>.sqlcipher3.bak" and the new one renamed over it (an atomic rename). The caller holds
// an ExclusiveFileLock on the vault meanwhile. A failure at any
// step leaves the old file byte-identical; a process killed at any step leaves either the old
// vault or the new one under the vault's name, never neither: the next unlock removes the
// partial file and converts again, or removes the backup once the new vault has opened.
class Sqlcipher3Migration final {
public:
    // Whether `key` opens the file at `path` in SQLCipher 3's format (reads its schema only).
    static bool isSqlcipher3(const QString& path, const Botan::secure_vector<uint8_t>& key);
    // Throws Error(DamagedDatabase | NotWritable | DiskFull | Busy); see above.
    static void convert(const QString& path, const Botan::secure_vector<uint8_t>& key);
    // What an interrupted conversion may have left: the partial new file, always garbage
    // (the vault's name always holds a whole vault); removed before each unlock.
    static void removePartialConversion(const QString& path);
    // Removes the old file's backup; call once the converted vault has opened and verified.
    static void removeBackup(const QString& path);

    static QString partialPath(const QString& path);
    static QString backupPath(const QString& path);
};

} // namespace kim::storage
