// SPDX-License-Identifier: GPL-3.0-or-later
// kim-cli demo-kreis killed with SIGKILL at random moments while it creates workspaces: every
// workspace file it leaves behind must open with the password and pass the integrity check.
// (A creation once left a .kimvault without its .keys file: a vault nobody can ever open.)
// KIM_KILL_RUNS sets the number of kills (10 in the normal suite; the long campaign uses more).

#include "storage/Vault.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>

#include <iostream>
#include <random>

using namespace kim;

namespace {

const QString Password = QStringLiteral("Demo-Kreis Passwort 7");

int killRuns() {
    bool ok = false;
    const int runs = qEnvironmentVariableIntValue("KIM_KILL_RUNS", &ok);
    return ok && runs > 0 ? runs : 10;
}

// Starts demo-kreis and kills it after `delayMs`; false if it had already finished.
bool killDemoKreisAfter(const QString& out, int delayMs) {
    QProcess process;
    process.setProgram(QStringLiteral(KIM_CLI_PATH));
    process.setArguments({QStringLiteral("demo-kreis"), QStringLiteral("--out"), out,
                          QStringLiteral("--password-stdin"), QStringLiteral("--case-managers"), QStringLiteral("3"),
                          QStringLiteral("--quarters"), QStringLiteral("1"), QStringLiteral("--clients-per-manager"),
                          QStringLiteral("20")});
    process.start();
    REQUIRE(process.waitForStarted());
    process.write(Password.toUtf8() + '\n');
    process.closeWriteChannel();
    if (process.waitForFinished(delayMs)) {
        return false;
    }
    process.kill(); // SIGKILL
    process.waitForFinished();
    return true;
}

QStringList vaultsIn(const QString& folder) {
    QStringList vaults;
    QDirIterator it(folder, {QStringLiteral("*.kimvault")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        vaults << it.next();
    }
    return vaults;
}

} // namespace

TEST_CASE("a workspace creation killed at any moment leaves no vault that cannot be opened") {
    std::mt19937 random(20261204);
    std::uniform_int_distribution<int> delay(30, 2500);
    int kills = 0;
    int vaults = 0;
    int unopenable = 0;
    for (int run = 0; run < killRuns(); ++run) {
        QTemporaryDir out;
        const int delayMs = delay(random);
        kills += killDemoKreisAfter(out.path(), delayMs) ? 1 : 0;
        for (const QString& path : vaultsIn(out.path())) {
            ++vaults;
            try {
                storage::Vault::open(path, Password);
            } catch (const std::exception&) {
                ++unopenable;
                UNSCOPED_INFO("run " << run << " after " << delayMs << " ms: " << path.toStdString());
            }
        }
    }
    std::cout << "killed creations: " << kills << " kills, " << vaults << " vaults left, " << unopenable
              << " could not be opened\n";
    CHECK(kills > 0);
    CHECK(unopenable == 0);
}
