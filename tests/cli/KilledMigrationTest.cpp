// SPDX-License-Identifier: GPL-3.0-or-later
// kim-cli opening the SQLCipher 3 vault of tests/data/vault (which converts it to SQLCipher 4 and
// moves its search index to FTS5) killed with SIGKILL at random moments: the vault must open
// afterwards with every row it had. KIM_KILL_RUNS sets the number of kills (12 in the normal suite).

#include "storage/Sqlcipher3Migration.h"
#include "storage/Vault.h"
#include "support/OldVaultFixture.h"
#include "support/VaultDigest.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <iostream>
#include <random>

using namespace kim;

namespace {

const QString& Password = test::OldVaultPassword;

int killRuns() {
    bool ok = false;
    const int runs = qEnvironmentVariableIntValue("KIM_KILL_RUNS", &ok);
    return ok && runs > 0 ? runs : 12;
}

// Runs "kim-cli contacts" on the vault, killed after `delayMs` unless it finished first;
// returns how long it ran.
qint64 openWithCli(const QString& path, int delayMs) {
    QProcess process;
    process.setProgram(QStringLiteral(KIM_CLI_PATH));
    process.setArguments(
        {QStringLiteral("contacts"), QStringLiteral("--vault"), path, QStringLiteral("--password-stdin")});
    QElapsedTimer timer;
    timer.start();
    process.start();
    REQUIRE(process.waitForStarted());
    process.write(Password.toUtf8() + '\n');
    process.closeWriteChannel();
    if (!process.waitForFinished(delayMs)) {
        process.kill(); // SIGKILL
        process.waitForFinished();
    }
    return timer.elapsed();
}

} // namespace

TEST_CASE("a conversion from SQLCipher 3 killed at any moment loses no row") {
    // How long an open takes with and without the conversion: kills fall in between and after.
    QTemporaryDir first;
    const QString converted = test::copyOldVault(first);
    const qint64 withConversion = openWithCli(converted, 60000);
    const qint64 plainOpen = openWithCli(converted, 60000);
    std::cout << "kim-cli open: " << withConversion << " ms converting, " << plainOpen << " ms afterwards\n";
    std::mt19937 random(20261207);
    std::uniform_int_distribution<int> delay(static_cast<int>(plainOpen * 3 / 4),
                                             static_cast<int>(withConversion + 20));
    int lost = 0;
    int leftovers = 0; // kills that left a partial file or a backup: inside the conversion
    for (int run = 0; run < killRuns(); ++run) {
        QTemporaryDir dir;
        const QString path = test::copyOldVault(dir);
        const int delayMs = delay(random);
        openWithCli(path, delayMs);
        const auto partial = storage::Sqlcipher3Migration::partialPath(path);
        const auto backup = storage::Sqlcipher3Migration::backupPath(path);
        leftovers += QFile::exists(partial) || QFile::exists(backup) ? 1 : 0;
        try {
            const auto vault = storage::Vault::open(path, Password);
            if (test::vaultContent(vault->database()).digest != test::OldVaultDigest) {
                ++lost;
                UNSCOPED_INFO("run " << run << " after " << delayMs << " ms: rows differ");
            }
        } catch (const std::exception& error) {
            ++lost;
            UNSCOPED_INFO("run " << run << " after " << delayMs << " ms: " << error.what());
        }
        CHECK_FALSE(QFile::exists(partial));
        CHECK_FALSE(QFile::exists(backup));
    }
    std::cout << "killed conversions: " << killRuns() << " runs, " << leftovers << " inside the conversion, " << lost
              << " vaults damaged or short of rows\n";
    CHECK(lost == 0);
}
