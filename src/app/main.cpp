// SPDX-License-Identifier: GPL-3.0-or-later
// Bootstrap: harden the process, run the start-up self-test, load translations and
// show the main window. Everything else lives in the libraries.
#include "gui/MainWindow.h"
#include "storage/StartupCheck.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

namespace {

// German is the source language; English is loaded for users whose system is not German.
void installTranslations(QApplication& app, const QString& requested) {
    const QLocale locale = requested.isEmpty() ? QLocale::system() : QLocale(requested);
    const bool english = locale.language() != QLocale::German;
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(english ? QStringLiteral("qtbase_en") : QStringLiteral("qtbase_de"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qtTranslator);
    }
    if (english) {
        auto* translator = new QTranslator(&app);
        if (translator->load(QStringLiteral(":/translations/kim_en.qm"))) {
            QApplication::installTranslator(translator);
        }
    }
}

} // namespace

int main(int argc, char* argv[]) {
    kim::storage::hardenProcess();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kim-fallakte"));
    QApplication::setApplicationDisplayName(QStringLiteral("KIM Fallakte"));
    QApplication::setOrganizationName(QStringLiteral("kim-fallakte"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Demo-Arbeitsmappe mit erfundenen Daten anlegen."));
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("Sprache (de oder en)."),
                                      QStringLiteral("code"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"), QStringLiteral("Nur den Selbsttest ausführen."));
    parser.addOptions({demo, language, selfTest});
    parser.addPositionalArgument(QStringLiteral("datei"), QStringLiteral("Arbeitsmappe (.kimvault) zum Öffnen."));
    parser.process(app);
    installTranslations(app, parser.value(language));

    const QString failure = kim::storage::startupSelfTestFailures().join(QStringLiteral(", "));
    if (parser.isSet(selfTest)) {
        qInfo("self-test: %s", failure.isEmpty() ? "ok" : qPrintable(failure));
        return failure.isEmpty() ? 0 : 1;
    }
    if (!failure.isEmpty()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Selbsttest fehlgeschlagen"),
                              QApplication::translate("main", "KIM Fallakte startet nicht, weil die Prüfung der "
                                                              "Verschlüsselung fehlgeschlagen ist (%1). Bitte "
                                                              "wenden Sie sich an Ihre IT.")
                                  .arg(failure));
        return 1;
    }

    kim::gui::MainWindow window;
    window.show();
    if (parser.isSet(demo)) {
        window.startDemoWorkspace();
    } else if (!parser.positionalArguments().isEmpty()) {
        window.openWorkspaceFile(parser.positionalArguments().constFirst());
    }
    return QApplication::exec();
}
