// SPDX-License-Identifier: GPL-3.0-or-later
// The English translation: the compiled catalogue reaches the real widgets and the core's
// messages, and resources/translations/kim_en.ts has no message left untranslated.

#include "base/Error.h"
#include "crypto/KeySlotFile.h"
#include "gui/MainWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

#ifndef KIM_EN_QM_FILE
#error "KIM_EN_QM_FILE must name the compiled kim_en.qm"
#endif
#ifndef KIM_EN_TS_FILE
#error "KIM_EN_TS_FILE must name resources/translations/kim_en.ts"
#endif

using namespace kim;

namespace {

QStringList menuTitles(const gui::MainWindow& window) {
    QStringList titles;
    const auto actions = window.menuBar()->actions();
    for (const QAction* action : actions) {
        if (action->menu() != nullptr) {
            titles << action->text();
        }
    }
    return titles;
}

// The message KeySlotFile::unlock throws for a wrong password, in the current language.
QString wrongPasswordMessage() {
    Botan::secure_vector<uint8_t> dataKey;
    const auto file = crypto::KeySlotFile::create(QStringLiteral("richtiges Passwort 123"), QStringLiteral("Test"),
                                                  crypto::KdfParams{}, dataKey);
    try {
        file.unlock(QStringLiteral("falsches Passwort 456"));
    } catch (const Error& error) {
        return error.message();
    }
    return QStringLiteral("<unlock accepted the wrong password>");
}

// Placeholders (%1, %n, …) of a text, sorted, so a translation must keep every one of them.
QStringList placeholders(const QString& text) {
    QStringList found;
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        found << it.next().captured(0);
    }
    found.sort();
    return found;
}

} // namespace

class TranslationTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainWindowAndCoreSpeakEnglish();
    void everyMessageIsTranslated();
};

void TranslationTest::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("KIM-Test"));
    QCoreApplication::setApplicationName(QStringLiteral("translation_tests"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TranslationTest::mainWindowAndCoreSpeakEnglish() {
    // Without a translator everything is German, the source language.
    {
        gui::MainWindow window;
        QVERIFY2(menuTitles(window).contains(QStringLiteral("&Datei")), qPrintable(menuTitles(window).join(u", ")));
    }
    QCOMPARE(wrongPasswordMessage(), QStringLiteral("Das Passwort ist falsch."));

    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(KIM_EN_QM_FILE)), KIM_EN_QM_FILE);
    QVERIFY(QCoreApplication::installTranslator(&translator));

    {
        gui::MainWindow window;
        const QStringList titles = menuTitles(window);
        QVERIFY2(titles.contains(QStringLiteral("&File")), qPrintable(titles.join(u", ")));
        QVERIFY2(!titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(u", ")));
    }
    // Core messages are translated under the context their code asks for at run time.
    QCOMPARE(wrongPasswordMessage(), QStringLiteral("The password is incorrect."));

    QCoreApplication::removeTranslator(&translator);
}

void TranslationTest::everyMessageIsTranslated() {
    QFile file(QStringLiteral(KIM_EN_TS_FILE));
    QVERIFY2(file.open(QIODevice::ReadOnly), KIM_EN_TS_FILE);
    QXmlStreamReader xml(&file);

    int messages = 0;
    QStringList problems;
    QString context;
    QString source;
    QStringList translations;
    bool numerus = false;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                ++messages;
                numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
                source.clear();
                translations.clear();
                unfinished = false;
            } else if (name == u"source") {
                source = xml.readElementText();
            } else if (name == u"translation") {
                // type="unfinished", "vanished" or "obsolete": not a finished translation.
                unfinished = !xml.attributes().value(QStringLiteral("type")).isEmpty();
                if (!numerus) {
                    translations << xml.readElementText();
                }
            } else if (name == u"numerusform") {
                translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            const QString where = context + QStringLiteral(": ") + source.left(60);
            if (unfinished) {
                problems << QStringLiteral("unfinished: ") + where;
            }
            if (translations.isEmpty() || (numerus && translations.size() != 2) ||
                std::any_of(translations.cbegin(), translations.cend(),
                            [](const QString& t) { return t.trimmed().isEmpty(); })) {
                problems << QStringLiteral("empty or wrong number of forms: ") + where;
            }
            QStringList expected = placeholders(source);
            expected.removeDuplicates();
            for (const QString& translation : std::as_const(translations)) {
                QStringList actual = placeholders(translation);
                actual.removeDuplicates();
                if (actual != expected) {
                    problems << QStringLiteral("placeholders differ: ") + where;
                }
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 500, qPrintable(QString::number(messages)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TranslationTest)
#include "TranslationTest.moc"
