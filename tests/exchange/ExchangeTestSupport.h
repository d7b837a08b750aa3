// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Identity.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <span>
#include <vector>

namespace kim::test {

// Result of running one of the real command-line tools (age, minisign, script).
struct ToolRun {
    int exitCode = -1;
    QByteArray output;
    QByteArray errors;
};

// Runs a program with the given standard input; fails the test if it cannot start.
ToolRun runTool(const QString& program, const QStringList& arguments, const QByteArray& input = {},
                int timeoutMs = 60000);
// Runs a shell command line inside a pseudo-terminal (util-linux `script`), feeding it the
// given keystrokes, for tools that read passwords from /dev/tty.
ToolRun runInTerminal(const QString& commandLine, const QByteArray& keystrokes);

QString exchangeDataDir();
QString exchangeDataPath(const QString& name);

// Identities stored as fixtures: <name>.agekey (age-keygen format) and <name>.minisign.key
// (unencrypted minisign secret key, as from `minisign -G -W`).
exchange::Identity loadFixtureIdentity(const QString& name);
void saveFixtureIdentity(const exchange::Identity& identity, const QString& directory, const QString& name);

std::span<const uint8_t> bytesOf(const QByteArray& data);
QByteArray toQByteArray(std::span<const uint8_t> data);

} // namespace kim::test
