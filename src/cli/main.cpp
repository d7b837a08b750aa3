// SPDX-License-Identifier: GPL-3.0-or-later
// kim-cli: the exchange layer on the command line (contact cards, sealing, opening and
// inspecting packages) and the demo Kreis. Same hardening and self-test as the GUI; no Qt
// Widgets.
#include "cli/CliCommands.h"

#include "base/Error.h"
#include "storage/StartupCheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

QString description() {
    return QCoreApplication::translate(
        "kim-cli", "Austauschpakete von KIM Fallakte (age + minisign).\n\nBefehle:\n"
                   "  card        Kontaktkarte der Arbeitsmappe ausgeben (--vault, --name, --role, --organisation, "
                   "--out)\n"
                   "  fingerprint KARTE   Fingerabdruck einer Kontaktkarte anzeigen\n"
                   "  trust KARTE         Kontakt nach Vergleich des Fingerabdrucks speichern (--vault, --yes)\n"
                   "  revoke ID           Kontakt widerrufen (--vault)\n"
                   "  contacts            Kontakte auflisten (--vault)\n"
                   "  seal                JSON-Nutzdaten signieren und verschlüsseln (--vault, --kind, --period, "
                   "--payload, --to KARTE…, --out)\n"
                   "  open PAKET          Paket entschlüsseln, prüfen, protokollieren und ausgeben (--vault, "
                   "--dry-run)\n"
                   "  inspect PAKET       Paket ohne Entschlüsseln beschreiben\n"
                   "  log                 Paketprotokoll anzeigen (--vault)\n"
                   "  demo-kreis          Demo eines ganzen Kreises anlegen: Koordinierende Stelle, Arbeitsmappen "
                   "der Fallmanager*innen mit erfundenen Fällen, Problemmeldungen als Pakete (--out ORDNER, "
                   "--case-managers 30, --quarters 4, --clients-per-manager 150)");
}

kim::cli::CliOptions parse(const QCoreApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addVersionOption();
    const auto option = [&parser](const char* name, const char* help, const char* value = nullptr) {
        QCommandLineOption result(QString::fromLatin1(name), QString::fromUtf8(help),
                                  value ? QString::fromLatin1(value) : QString());
        parser.addOption(result);
        return result;
    };
    const auto vault = option("vault", "Arbeitsmappe (.kimvault).", "datei");
    const auto stdinPassword = option("password-stdin", "Passwort als eine Zeile von der Standardeingabe lesen.");
    const auto name = option("name", "Name auf der Kontaktkarte.", "text");
    const auto role = option("role", "Rolle auf der Kontaktkarte.", "text");
    const auto organisation = option("organisation", "Organisation auf der Kontaktkarte.", "text");
    const auto out = option("out", "Ausgabedatei.", "datei");
    const auto kind = option("kind", "Art des Pakets, z. B. caseload-report.", "art");
    const auto period = option("period", "Zeitraum, z. B. 2025-Q3.", "text");
    const auto payload = option("payload", "JSON-Datei mit dem Inhalt.", "datei");
    const auto to = option("to", "Kontaktkarte eines Empfängers (mehrfach möglich).", "karte");
    const auto yes = option("yes", "Fingerabdruck wurde bereits verglichen (ohne Rückfrage).");
    const auto dryRun = option("dry-run", "Nur prüfen, nichts protokollieren.");
    const auto caseManagers = option("case-managers", "demo-kreis: Zahl der Fallmanager*innen.", "anzahl");
    const auto quarters = option("quarters", "demo-kreis: Zahl der letzten abgeschlossenen Quartale.", "anzahl");
    const auto clientsPerManager =
        option("clients-per-manager", "demo-kreis: Klient*innen je Fallmanager*in.", "anzahl");
    parser.addPositionalArgument(QStringLiteral("befehl"), QStringLiteral("card, fingerprint, trust, revoke, contacts, "
                                                                          "seal, open, inspect, log oder demo-kreis"));
    parser.process(app);
    kim::cli::CliOptions options;
    options.arguments = parser.positionalArguments();
    if (!options.arguments.isEmpty()) {
        options.command = options.arguments.takeFirst();
    } else {
        parser.showHelp(2);
    }
    options.vaultPath = parser.value(vault);
    options.passwordStdin = parser.isSet(stdinPassword);
    options.name = parser.value(name);
    options.role = parser.value(role);
    options.organisation = parser.value(organisation);
    options.outPath = parser.value(out);
    options.kind = parser.value(kind);
    options.period = parser.value(period);
    options.payloadPath = parser.value(payload);
    options.cardPaths = parser.values(to);
    options.yes = parser.isSet(yes);
    options.dryRun = parser.isSet(dryRun);
    // An unreadable number becomes 0, which demo-kreis rejects.
    const auto number = [&parser](const QCommandLineOption& which, int fallback) {
        return parser.isSet(which) ? parser.value(which).toInt() : fallback;
    };
    options.caseManagers = number(caseManagers, options.caseManagers);
    options.quarters = number(quarters, options.quarters);
    options.clientsPerManager = number(clientsPerManager, options.clientsPerManager);
    return options;
}

} // namespace

int main(int argc, char* argv[]) {
    kim::storage::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kim-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    const auto options = parse(app);
    if (!kim::storage::startupSelfTestFailures().isEmpty()) {
        std::fputs("Selbsttest fehlgeschlagen: das Programm startet nicht.\n", stderr);
        return 3;
    }
    try {
        return kim::cli::CliCommands::run(options);
    } catch (const kim::Error& error) {
        std::fprintf(stderr, "%s\n", error.message().toLocal8Bit().constData());
        return 1;
    }
}
