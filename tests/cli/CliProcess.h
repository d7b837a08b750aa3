// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kim::test {

struct CliRun {
    int exitCode = -1;
    QString output;
    QString errors;
};

// Runs the kim-cli binary (path from CMake) with the given arguments in a C.UTF-8 locale;
// `input` is written to its standard input, which is then closed, so kim-cli never waits for
// a terminal. Fails the running test if the process does not start or finish.
CliRun runCliProcess(const QStringList& arguments, const QByteArray& input = {});

} // namespace kim::test
