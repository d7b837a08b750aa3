// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliProcess.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>

namespace kim::test {

CliRun runCliProcess(const QStringList& arguments, const QByteArray& input) {
    QProcess process;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KIM_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted(30000));
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(300000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    CliRun run;
    run.exitCode = process.exitCode();
    run.output = QString::fromUtf8(process.readAllStandardOutput());
    run.errors = QString::fromUtf8(process.readAllStandardError());
    UNSCOPED_INFO("kim-cli " << arguments.join(QLatin1Char(' ')).toStdString() << "\n  exit code " << run.exitCode
                             << "\n  stdout: " << run.output.toStdString()
                             << "\n  stderr: " << run.errors.toStdString());
    return run;
}

} // namespace kim::test
