// SPDX-License-Identifier: GPL-3.0-or-later
// kim_bench_gui: the GUI thread's event-loop latency while a scripted user works in the real
// MainWindow on a benchmark vault (the target: the GUI thread never stalls over 100 ms).
// Encrypted only: the GUI links SQLCipher. Prints a table, then one JSON line for the driver.
//
//   kim_bench_gui --vault FILE [--seed S] [--quick]

#include "LatencyProbe.h"
#include "ScriptedUser.h"
#include "Stats.h"
#include "Workload.h"

#include "base/Error.h"
#include "gui/MainWindow.h"
#include "gui/CaseManagerView.h"
#include "gui/common/Messages.h"
#include "gui/overview/DueFollowUpsPanel.h"
#include "storage/Database.h"
#include "storage/Vault.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <exception>
#include <random>

namespace {

using namespace kim::bench;

struct Arguments {
    QString vault;
    uint32_t seed = 2026;
    bool quick = false;
};

Arguments parse(const QApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("KIM Fallakte GUI latency benchmark"));
    parser.addHelpOption();
    const QCommandLineOption vault(QStringLiteral("vault"), QStringLiteral("Encrypted benchmark vault."),
                                   QStringLiteral("file"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Chooses the clients."), QStringLiteral("n"),
                                  QStringLiteral("2026"));
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("A few actions only (smoke test)."));
    parser.addOptions({vault, seed, quick});
    parser.process(app);
    return {parser.value(vault), parser.value(seed).toUInt(), parser.isSet(quick)};
}

// The offscreen platform warns on every dialog that it cannot pass size hints to a window
// manager; that says nothing about the application.
QtMessageHandler previousHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (!message.contains(QLatin1String("propagateSizeHints"))) {
        previousHandler(type, context, message);
    }
}

// The script: everything the user types comes from the generator's own names and notes.
UserScript scriptFor(const Arguments& args) {
    UserScript script;
    script.password = benchmarkPassword();
    std::mt19937 random(args.seed);
    std::vector<int64_t> writable;
    {
        auto vault = kim::storage::Vault::open(args.vault, benchmarkPassword());
        writable = clientsWithWritableCase(vault->database());
    }
    if (writable.empty()) {
        throw std::runtime_error("the vault has no open case with consent");
    }
    const int saves = args.quick ? 1 : 5;
    for (int i = 0; i < saves; ++i) {
        script.consultationClients.push_back(writable[random() % writable.size()]);
    }
    QStringList filters = filterTexts();
    std::shuffle(filters.begin(), filters.end(), random);
    script.filterTexts = filters.mid(0, args.quick ? 2 : 8);
    script.searchWords = searchWords().mid(0, args.quick ? 2 : searchWords().size());
    if (args.quick) {
        script.wheelSteps = 5;
        script.scrollbarDrags = 2;
        script.arrowKeyOpens = 3;
        script.dueViews = 1;
        script.referralDrags = 1;
        script.typingDelayMs = 100;
    }
    return script;
}

QJsonObject toJson(const LatencyProbe::Figures& figures) {
    QJsonObject object;
    object[QStringLiteral("samples")] = figures.samples;
    object[QStringLiteral("max_ms")] = figures.maxMs;
    object[QStringLiteral("p99_ms")] = figures.p99Ms;
    object[QStringLiteral("p95_ms")] = figures.p95Ms;
    object[QStringLiteral("median_ms")] = figures.medianMs;
    object[QStringLiteral("over_50ms")] = figures.over50Ms;
    object[QStringLiteral("over_100ms")] = figures.over100Ms;
    object[QStringLiteral("wall_s")] = figures.wallMs / 1000.0;
    return object;
}

void printRow(QTextStream& out, const QString& step, const LatencyProbe::Figures& f) {
    out << "| " << step << " | " << QString::number(f.maxMs, 'f', 1) << " | " << QString::number(f.p99Ms, 'f', 1)
        << " | " << QString::number(f.p95Ms, 'f', 1) << " | " << f.over100Ms << " | " << f.samples << " | "
        << QString::number(f.wallMs / 1000.0, 'f', 1) << " |\n";
}

QJsonObject report(const LatencyProbe& probe, const ScriptedUser& user, kim::gui::MainWindow& window) {
    QTextStream out(stdout);
    out << "| step | max delay ms | p99 ms | p95 ms | delays > 100 ms | probe samples | duration s |\n"
        << "|---|---|---|---|---|---|---|\n";
    QJsonArray steps;
    for (const QString& step : probe.steps()) {
        const LatencyProbe::Figures figures = probe.figuresOf(step);
        printRow(out, step, figures);
        QJsonObject object = toJson(figures);
        object[QStringLiteral("step")] = step;
        steps.append(object);
    }
    const LatencyProbe::Figures work = probe.overall({ScriptedUser::Unlock});
    printRow(out, QStringLiteral("**all work after unlocking**"), work);
    printRow(out, QStringLiteral("**everything**"), probe.overall());
    const ResidentMemory memory = residentMemory();
    QJsonObject result;
    result[QStringLiteral("steps")] = steps;
    result[QStringLiteral("work")] = toJson(work);
    result[QStringLiteral("all")] = toJson(probe.overall());
    result[QStringLiteral("clients")] = window.caseManagerView()->clientCount();
    result[QStringLiteral("due_rows")] = window.caseManagerView()->duePanel()->count();
    result[QStringLiteral("loaded_client_rows")] = user.loadedClientRows();
    result[QStringLiteral("rss_mib")] = memory.currentMiB;
    result[QStringLiteral("peak_rss_mib")] = memory.peakMiB;
    result[QStringLiteral("variant")] = QStringLiteral("gui-encrypted");
    out << "\nclients " << result[QStringLiteral("clients")].toInt() << ", due follow-ups listed "
        << result[QStringLiteral("due_rows")].toInt() << ", client rows held after scrolling to the end "
        << user.loadedClientRows() << ", resident memory " << QString::number(memory.currentMiB, 'f', 0)
        << " MiB (peak " << QString::number(memory.peakMiB, 'f', 0) << " MiB)\n";
    return result;
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    previousHandler = qInstallMessageHandler(quietHandler);
    QApplication app(argc, argv);
    // Settings and recent files go to Qt's test location, never to the user's.
    QApplication::setOrganizationName(QStringLiteral("kim-bench"));
    QApplication::setApplicationName(QStringLiteral("kim_bench_gui"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    kim::gui::Messages::setTestMode(true);
    const Arguments args = parse(app);
    QTextStream err(stderr);
    if (args.vault.isEmpty()) {
        err << "usage: " << argv[0] << " --vault FILE [--seed S] [--quick]\n";
        return 2;
    }
    try {
        const UserScript script = scriptFor(args);
        kim::gui::MainWindow window;
        window.show();
        LatencyProbe probe(5);
        ScriptedUser user(window, probe);
        probe.start();
        user.run(args.vault, script);
        probe.stop();
        const QJsonObject result = report(probe, user, window);
        QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    } catch (const kim::Error& error) {
        err << "GUI benchmark failed: " << error.message() << '\n';
    } catch (const std::exception& error) {
        err << "GUI benchmark failed: " << error.what() << '\n';
    }
    return 1;
}
