// SPDX-License-Identifier: GPL-3.0-or-later
// kim_bench / kim_bench_plain: one source, two builds
// (see CMakeLists.txt). Driven by run_benchmarks.py; prints one JSON object to stdout.
//
//   <binary> generate --vault FILE --clients N [--seed S] [--per-case C]
//   <binary> run --vault FILE [--seed S] [--repetitions R] [--unlock-repetitions U]
//   <binary> upgrade --vault FILE   (applies new schema migrations to a kept vault, untimed)

#include "Operations.h"
#include "Workload.h"

#include "base/Error.h"
#include "storage/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>

#include <exception>

namespace {

using namespace kim::bench;

struct Arguments {
    QString command;
    QString vault;
    int clients = 1000;
    uint32_t seed = 2026;
    int perCase = 20;
    int repetitions = 30;
    int unlockRepetitions = 5;
};

Arguments parse(const QCoreApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("KIM Fallakte scale benchmark (variant: " KIM_BENCH_VARIANT ")"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("generate | run | upgrade"));
    const QCommandLineOption vault(QStringLiteral("vault"), QStringLiteral("Vault file."), QStringLiteral("file"));
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("Clients."), QStringLiteral("n"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed."), QStringLiteral("n"),
                                  QStringLiteral("2026"));
    const QCommandLineOption perCase(QStringLiteral("per-case"), QStringLiteral("Consultations per case."),
                                     QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption reps(QStringLiteral("repetitions"), QStringLiteral("Per operation."), QStringLiteral("n"),
                                  QStringLiteral("30"));
    const QCommandLineOption unlockReps(QStringLiteral("unlock-repetitions"), QStringLiteral("Unlocks."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    parser.addOptions({vault, clients, seed, perCase, reps, unlockReps});
    parser.process(app);
    Arguments args;
    args.command = parser.positionalArguments().value(0);
    args.vault = parser.value(vault);
    args.clients = parser.value(clients).toInt();
    args.seed = parser.value(seed).toUInt();
    args.perCase = parser.value(perCase).toInt();
    args.repetitions = parser.value(reps).toInt();
    args.unlockRepetitions = parser.value(unlockReps).toInt();
    return args;
}

QJsonObject execute(const Arguments& args) {
    if (args.command == QLatin1String("generate")) {
        WorkloadOptions options;
        options.clients = args.clients;
        options.seed = args.seed;
        options.consultationsPerCase = args.perCase;
        return createWorkload(args.vault, options);
    }
    if (args.command == QLatin1String("upgrade")) {
        // A vault kept from an older build migrates when it is opened; doing that here keeps
        // the migration out of the first unlock that `run` times.
        QElapsedTimer timer;
        timer.start();
        kim::storage::Vault::open(args.vault, benchmarkPassword());
        QJsonObject report;
        report[QStringLiteral("open_ms")] = static_cast<double>(timer.elapsed());
        return report;
    }
    RunOptions options;
    options.vaultPath = args.vault;
    options.seed = args.seed;
    options.repetitions = args.repetitions;
    options.unlockRepetitions = args.unlockRepetitions;
    return Operations(options).run();
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const Arguments args = parse(app);
    QTextStream err(stderr);
    const QStringList commands{QStringLiteral("generate"), QStringLiteral("run"), QStringLiteral("upgrade")};
    if (!commands.contains(args.command) || args.vault.isEmpty() ||
        (args.command == QLatin1String("generate") && args.clients <= 0)) {
        err << "usage: " << argv[0] << " generate|run|upgrade --vault FILE [--clients N] (see --help)\n";
        return 2;
    }
    try {
        QJsonObject report = execute(args);
        report[QStringLiteral("variant")] = QStringLiteral(KIM_BENCH_VARIANT);
        QTextStream(stdout) << QJsonDocument(report).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    } catch (const kim::Error& error) {
        err << "benchmark failed: " << error.message() << '\n';
    } catch (const std::exception& error) {
        err << "benchmark failed: " << error.what() << '\n';
    }
    return 1;
}
