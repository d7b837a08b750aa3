// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kim {
class Error;
}

namespace kim::storage {

// Creates an empty file that only its owner may read and write (0600), whatever the process
// umask. Throws Error(FileExists | NotWritable).
void createEmptyPrivateFile(const QString& path);

// Makes a rename in the folder of `filePath` durable: POSIX keeps a rename in the folder's own
// metadata, which reaches the disk only when the folder itself is synced. Best effort: a file
// system that cannot sync a folder has nothing to gain from it.
void syncFolderOf(const QString& filePath);

// Removes a database file with what SQLite keeps beside it (WAL, shared memory, journal).
void removeDatabaseFiles(const QString& path);

// The error for a vault that another window or program has open.
Error vaultInUseError();

// An advisory lock (flock) on a file, held while it lives, so that two of our processes never
// convert or clean up the same vault at once. Throws Error(Busy) when another holds it.
class ExclusiveFileLock final {
public:
    explicit ExclusiveFileLock(const QString& path);
    ~ExclusiveFileLock();
    ExclusiveFileLock(const ExclusiveFileLock&) = delete;
    ExclusiveFileLock& operator=(const ExclusiveFileLock&) = delete;

private:
    int m_fd = -1;
};

} // namespace kim::storage
