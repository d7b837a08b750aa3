// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace kim::cli {

// What the command line asked for; filled by main.cpp from QCommandLineParser.
struct CliOptions {
    QString command;
    QStringList arguments; // positional arguments after the command
    QString vaultPath;
    bool passwordStdin = false;
    QString name;
    QString role;
    QString organisation;
    QString outPath;
    QString kind;
    QString period;
    QString payloadPath;
    QStringList cardPaths;
    bool yes = false;
    bool dryRun = false;
    // demo-kreis
    int caseManagers = 30;
    int quarters = 4;
    int clientsPerManager = 150;
};

// The subcommands of kim-cli. Each returns the process exit code and throws kim::Error
// for anything the user must be told; main() prints the translated message.
class CliCommands final {
public:
    static int run(const CliOptions& options);

private:
    static int card(const CliOptions& options);
    static int fingerprint(const CliOptions& options);
    static int trust(const CliOptions& options);
    static int revoke(const CliOptions& options);
    static int contacts(const CliOptions& options);
    static int seal(const CliOptions& options);
    static int open(const CliOptions& options);
    static int inspect(const CliOptions& options);
    static int log(const CliOptions& options);
};

} // namespace kim::cli
