// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Vault.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace kim::test {

// The real SQLCipher 3 vault of tests/data/vault, written by program version 0.1
// (tests/data/vault/README.md). Tests that use it define KIM_TEST_DATA_DIR.
inline const QString OldVaultPassword = QStringLiteral("Altes-Format-Passwort 3");
// What the SQLCipher 3 build computed over this vault (support/VaultDigest.h).
inline const QByteArray OldVaultDigest = "24c08ca27768fa8e11b2bdd66376bb154567a83d1319826f5db351d1b252fa79";

// Copies the vault and its key file into `dir` as "alt.kimvault" (0600); returns its path.
inline QString copyOldVault(const QTemporaryDir& dir) {
    const QString fixture = QStringLiteral(KIM_TEST_DATA_DIR "/vault/sqlcipher3-schema10.kimvault");
    const QString path = dir.filePath(QStringLiteral("alt.kimvault"));
    REQUIRE(QFile::copy(fixture, path));
    REQUIRE(QFile::copy(fixture + QStringLiteral(".keys"), storage::Vault::keyFilePath(path)));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

} // namespace kim::test
