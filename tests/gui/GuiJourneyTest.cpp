// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end journeys through the real widgets: keys and clicks on the actual line edits and
// buttons, with the dialogs answered like a user would (no modal loop ever blocks).

#include "crypto/PasswordKdf.h"
#include "gui/MainWindow.h"
#include "gui/CaseManagerView.h"
#include "gui/casefile/CaseFileWidget.h"
#include "gui/casefile/ConsentDialog.h"
#include "gui/casefile/ConsultationDialog.h"
#include "gui/casefile/FollowUpDialog.h"
#include "gui/clients/ClientEditorWidget.h"
#include "gui/clients/ClientListPanel.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/Messages.h"
#include "gui/reports/RowsModel.h"
#include "gui/supervision/AlertsModel.h"
#include "gui/supervision/AlertsTab.h"
#include "gui/supervision/DashboardView.h"
#include "gui/supervision/OverviewTab.h"
#include "gui/supervision/SupervisionView.h"
#include "gui/workspace/ChangePasswordDialog.h"
#include "gui/workspace/CreateWorkspaceDialog.h"
#include "gui/workspace/IdleLock.h"
#include "gui/workspace/UnlockDialog.h"
#include "storage/Vault.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QThreadPool>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace kim::gui;

namespace {

const QString Password = QStringLiteral("Sonnenblume am Teich 42");
constexpr int SlowTimeout = 60000; // key derivation and demo data on a busy build machine

template <typename T> T* visibleChild(QWidget* parent) {
    for (T* candidate : parent->findChildren<T*>()) {
        if (candidate->isVisible()) {
            return candidate;
        }
    }
    return nullptr;
}

template <typename T> T* named(QWidget* parent, const char* name) {
    return parent->findChild<T*>(QString::fromLatin1(name));
}

QPushButton* dialogButton(QDialog* dialog, QDialogButtonBox::StandardButton which) {
    return dialog->findChild<QDialogButtonBox*>()->button(which);
}

void pressShortcut(MainWindow& window, Qt::Key key, Qt::KeyboardModifiers modifiers) {
    // The offscreen platform has no window manager that re-activates the window after a dialog.
    if (QApplication::activeWindow() != &window) {
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }
    QWidget* target = QApplication::focusWidget() != nullptr ? QApplication::focusWidget() : &window;
    QTest::keyClick(target, key, modifiers);
}

} // namespace

class GuiJourneyTest : public QObject {
    Q_OBJECT

private:
    // Creates a workspace through the start page and the create dialog, as a user would.
    bool createWorkspace(MainWindow& window, const QString& path, bool demo = false);
    // The create (or demo) dialog opened from the start page, and its last steps: file, password, OK.
    CreateWorkspaceDialog* openCreateDialog(MainWindow& window, bool demo);
    bool finishCreation(MainWindow& window, CreateWorkspaceDialog* dialog, const QString& path);
    bool unlock(MainWindow& window, const QString& password);
    void saveScreenshot(QWidget* widget, const QString& name);
    // The stages of the journey; each fails the running test on its own.
    void addClientThroughEditor(MainWindow& window);
    void recordConsentAndOpenCase(MainWindow& window);
    void addConsultationAndFollowUp(MainWindow& window);
    void checkEverythingIsBack(MainWindow& window);

private Q_SLOTS:
    void initTestCase();
    void journeyFromNewWorkspaceToUnlockAgain();
    void wrongPasswordShowsInlineErrorAndKeepsVaultClosed();
    void autoLockFiresAfterIdleTime();
    void caseWithoutConsentShowsTheRuleError();
    void changedPasswordOpensTheWorkspace();
    void cancelledCreationLeavesNoFileBehind();
    void aSupervisorWorkspaceOpensTheSupervisionView();
    void theSupervisorDemoOpensWithAFullTeamDashboard();
    void screenshots();
};

void GuiJourneyTest::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("KIM-Test"));
    QCoreApplication::setApplicationName(QStringLiteral("gui_tests"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Messages::setTestMode(true);
}

CreateWorkspaceDialog* GuiJourneyTest::openCreateDialog(MainWindow& window, bool demo) {
    auto* button = named<QPushButton>(&window, demo ? "demoButton" : "createButton");
    if (button == nullptr) {
        return nullptr;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    CreateWorkspaceDialog* dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = visibleChild<CreateWorkspaceDialog>(&window)) != nullptr);
    }();
    return dialog;
}

bool GuiJourneyTest::finishCreation(MainWindow& window, CreateWorkspaceDialog* dialog, const QString& path) {
    FileDialogs::setNextFileName(path);
    QTest::mouseClick(named<QPushButton>(dialog, "browseButton"), Qt::LeftButton);
    QTest::keyClicks(named<QLineEdit>(dialog, "passwordEdit"), Password);
    QTest::keyClicks(named<QLineEdit>(dialog, "repeatEdit"), Password);
    QTest::mouseClick(dialogButton(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(window.isUnlocked(), SlowTimeout);
    }();
    return window.isUnlocked();
}

bool GuiJourneyTest::createWorkspace(MainWindow& window, const QString& path, bool demo) {
    CreateWorkspaceDialog* dialog = openCreateDialog(window, demo);
    return dialog != nullptr && finishCreation(window, dialog, path);
}

bool GuiJourneyTest::unlock(MainWindow& window, const QString& password) {
    UnlockDialog* dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = visibleChild<UnlockDialog>(&window)) != nullptr);
    }();
    if (dialog == nullptr) {
        return false;
    }
    QPointer<QLineEdit> edit = named<QLineEdit>(dialog, "passwordEdit");
    QTest::keyClicks(edit, password);
    QTest::keyClick(edit, Qt::Key_Return);
    // While the key is derived the field is disabled; afterwards the window is unlocked or the
    // dialog shows the error and takes input again.
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(window.isUnlocked() || (edit && edit->isEnabled()), SlowTimeout);
    }();
    return window.isUnlocked();
}

void GuiJourneyTest::addClientThroughEditor(MainWindow& window) {
    // New client via Ctrl+N, typed into the real editor and saved.
    pressShortcut(window, Qt::Key_N, Qt::ControlModifier);
    auto* editor = visibleChild<ClientEditorWidget>(&window);
    QVERIFY(editor != nullptr);
    QTest::keyClicks(named<QLineEdit>(editor, "firstNameEdit"), QStringLiteral("Amina"));
    QTest::keyClicks(named<QLineEdit>(editor, "lastNameEdit"), QStringLiteral("Haddad"));
    QTest::mouseClick(named<QPushButton>(editor, "saveButton"), Qt::LeftButton);
    CaseManagerView* view = window.caseManagerView();
    QCOMPARE(view->clientList()->totalCount(), 1);
    QVERIFY(view->caseFile()->clientId() != 0);
    QCOMPARE(named<QTableView>(&window, "clientTable")->model()->rowCount(), 1);
}

void GuiJourneyTest::recordConsentAndOpenCase(MainWindow& window) {
    // Consent.
    window.caseManagerView()->caseFile()->showTab(CaseFileWidget::ConsentsTab);
    QTest::mouseClick(named<QPushButton>(&window, "recordConsentButton"), Qt::LeftButton);
    ConsentDialog* consent = nullptr;
    QTRY_VERIFY((consent = visibleChild<ConsentDialog>(&window)) != nullptr);
    QTest::mouseClick(dialogButton(consent, QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_COMPARE(named<QTreeWidget>(&window, "consentList")->topLevelItemCount(), 1);

    // Case.
    window.caseManagerView()->caseFile()->showTab(CaseFileWidget::CaseAndGoalsTab);
    QTest::mouseClick(named<QPushButton>(&window, "openCaseButton"), Qt::LeftButton);
    QVERIFY2(Messages::lastError().isEmpty(), qPrintable(Messages::lastError()));
    QVERIFY(named<QPushButton>(&window, "openCaseButton")->isHidden());
    QCOMPARE(named<QTreeWidget>(&window, "phaseHistory")->topLevelItemCount(), 1);
}

void GuiJourneyTest::addConsultationAndFollowUp(MainWindow& window) {
    // Consultation via Ctrl+B.
    pressShortcut(window, Qt::Key_B, Qt::ControlModifier);
    ConsultationDialog* consultation = nullptr;
    QTRY_VERIFY((consultation = visibleChild<ConsultationDialog>(&window)) != nullptr);
    QTest::keyClicks(named<QPlainTextEdit>(consultation, "notesEdit"),
                     QStringLiteral("Termin beim Jobcenter vereinbart, Unterlagen besprochen."));
    named<QCheckBox>(consultation, "fieldCheck5")->click();
    QTest::mouseClick(dialogButton(consultation, QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY2(Messages::lastError().isEmpty(), qPrintable(Messages::lastError()));
    QTRY_COMPARE(named<QTreeWidget>(&window, "consultationList")->topLevelItemCount(), 1);
    // The tab reads top to bottom: the list (with the notes below it), then its buttons.
    auto* consultations = named<QTreeWidget>(&window, "consultationList");
    auto* addConsultation = named<QPushButton>(&window, "addConsultationButton");
    QVERIFY(addConsultation->mapTo(&window, QPoint()).y() >
            consultations->mapTo(&window, QPoint(0, consultations->height())).y());

    // Follow-up via Ctrl+Shift+W.
    pressShortcut(window, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    FollowUpDialog* followUp = nullptr;
    QTRY_VERIFY((followUp = visibleChild<FollowUpDialog>(&window)) != nullptr);
    QTest::keyClicks(named<QLineEdit>(followUp, "titleEdit"), QStringLiteral("Bescheid nachfragen"));
    QTest::mouseClick(dialogButton(followUp, QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_COMPARE(named<QTreeWidget>(&window, "followUpList")->topLevelItemCount(), 1);
}

void GuiJourneyTest::checkEverythingIsBack(MainWindow& window) {
    // Everything is still there.
    CaseManagerView* view = window.caseManagerView();
    QCOMPARE(view->clientList()->totalCount(), 1);
    auto* table = named<QTableView>(&window, "clientTable");
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 1));
    QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("Haddad, Amina"));
    QTRY_COMPARE(named<QTreeWidget>(&window, "consultationList")->topLevelItemCount(), 1);
    QTRY_COMPARE(named<QTreeWidget>(&window, "followUpList")->topLevelItemCount(), 1);
    QCOMPARE(named<QTreeWidget>(&window, "consentList")->topLevelItemCount(), 1);

    // Full-text search with Ctrl+Shift+F finds the note by a word prefix; Enter opens the client.
    view->caseFile()->setClient(0);
    pressShortcut(window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    auto* search = named<QLineEdit>(&window, "searchEdit");
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("Jobc"));
    QTest::keyClick(search, Qt::Key_Return);
    auto* results = named<QTreeWidget>(&window, "searchResults");
    QCOMPARE(results->topLevelItemCount(), 1);
    QTest::keyClick(results, Qt::Key_Return);
    QVERIFY(view->caseFile()->clientId() != 0);
}

void GuiJourneyTest::journeyFromNewWorkspaceToUnlockAgain() {
    QTemporaryDir dir;
    MainWindow window;
    window.setKdfParamsForNewWorkspaces(kim::crypto::KdfParams{});
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(createWorkspace(window, dir.filePath(QStringLiteral("journey.kimvault"))));
    addClientThroughEditor(window);
    QVERIFY(!QTest::currentTestFailed());
    recordConsentAndOpenCase(window);
    QVERIFY(!QTest::currentTestFailed());
    addConsultationAndFollowUp(window);
    QVERIFY(!QTest::currentTestFailed());

    // Lock with Ctrl+L: everything is gone, the unlock dialog asks for the same file.
    pressShortcut(window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!window.isUnlocked());
    QVERIFY(window.caseManagerView() == nullptr);
    QVERIFY(named<QTreeWidget>(&window, "consultationList") == nullptr);
    QVERIFY(unlock(window, Password));

    checkEverythingIsBack(window);
}

void GuiJourneyTest::wrongPasswordShowsInlineErrorAndKeepsVaultClosed() {
    QTemporaryDir dir;
    MainWindow window;
    window.setKdfParamsForNewWorkspaces(kim::crypto::KdfParams{});
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(createWorkspace(window, dir.filePath(QStringLiteral("wrong.kimvault"))));
    window.lockWorkspace();
    QVERIFY(!window.isUnlocked());

    QVERIFY(!unlock(window, QStringLiteral("ganz falsches Passwort")));
    auto* dialog = visibleChild<UnlockDialog>(&window);
    QVERIFY(dialog != nullptr);
    auto* error = named<QLabel>(dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(!window.isUnlocked());
    QVERIFY(window.caseManagerView() == nullptr);
    QVERIFY(named<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());

    // The dialog stays open for another try.
    QVERIFY(unlock(window, Password));
}

void GuiJourneyTest::autoLockFiresAfterIdleTime() {
    QTemporaryDir dir;
    MainWindow window;
    window.setKdfParamsForNewWorkspaces(kim::crypto::KdfParams{});
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(createWorkspace(window, dir.filePath(QStringLiteral("idle.kimvault"))));
    QVERIFY(window.idleLock().isRunning());

    window.idleLock().setTimeout(std::chrono::milliseconds(300));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isUnlocked(), 5000);
    QVERIFY(window.caseManagerView() == nullptr);
    QTRY_VERIFY(visibleChild<UnlockDialog>(&window) != nullptr);
}

void GuiJourneyTest::caseWithoutConsentShowsTheRuleError() {
    QTemporaryDir dir;
    MainWindow window;
    window.setKdfParamsForNewWorkspaces(kim::crypto::KdfParams{});
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(createWorkspace(window, dir.filePath(QStringLiteral("rules.kimvault"))));

    pressShortcut(window, Qt::Key_N, Qt::ControlModifier);
    auto* editor = visibleChild<ClientEditorWidget>(&window);
    QVERIFY(editor != nullptr);
    // Without a name the repository refuses and the editor says why, inline.
    QTest::mouseClick(named<QPushButton>(editor, "saveButton"), Qt::LeftButton);
    QVERIFY(named<QLabel>(editor, "errorLabel")->isVisible());
    QCOMPARE(window.caseManagerView()->clientList()->totalCount(), 0);

    QTest::keyClicks(named<QLineEdit>(editor, "firstNameEdit"), QStringLiteral("Oleksandr"));
    QTest::keyClicks(named<QLineEdit>(editor, "lastNameEdit"), QStringLiteral("Bondarenko"));
    QTest::mouseClick(named<QPushButton>(editor, "saveButton"), Qt::LeftButton);
    QVERIFY(!named<QLabel>(editor, "errorLabel")->isVisible());

    Messages::clearLastError();
    window.caseManagerView()->caseFile()->showTab(CaseFileWidget::CaseAndGoalsTab);
    QTest::mouseClick(named<QPushButton>(&window, "openCaseButton"), Qt::LeftButton);
    QVERIFY(!Messages::lastError().isEmpty());
    QVERIFY(!named<QPushButton>(&window, "openCaseButton")->isHidden());
}

void GuiJourneyTest::changedPasswordOpensTheWorkspace() {
    QTemporaryDir dir;
    MainWindow window;
    window.setKdfParamsForNewWorkspaces(kim::crypto::KdfParams{});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(createWorkspace(window, dir.filePath(QStringLiteral("password.kimvault"))));

    const QString newPassword = QStringLiteral("Kastanienbaum im Herbst 7");
    window.findChild<QAction*>(QStringLiteral("changePasswordAction"))->trigger();
    ChangePasswordDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<ChangePasswordDialog>(&window)) != nullptr);
    QTest::keyClicks(named<QLineEdit>(dialog, "currentEdit"), Password);
    QTest::keyClicks(named<QLineEdit>(dialog, "newEdit"), newPassword);
    QTest::keyClicks(named<QLineEdit>(dialog, "repeatEdit"), newPassword);
    QPointer<ChangePasswordDialog> guard(dialog);
    QTest::mouseClick(dialogButton(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), SlowTimeout);

    window.lockWorkspace();
    QVERIFY(!unlock(window, Password));
    QVERIFY(unlock(window, newPassword));
}

void GuiJourneyTest::cancelledCreationLeavesNoFileBehind() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.kimvault"));
    MainWindow window;
    window.setKdfParamsForNewWorkspaces(kim::crypto::KdfParams{});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::mouseClick(named<QPushButton>(&window, "createButton"), Qt::LeftButton);
    CreateWorkspaceDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<CreateWorkspaceDialog>(&window)) != nullptr);
    FileDialogs::setNextFileName(path);
    QTest::mouseClick(named<QPushButton>(dialog, "browseButton"), Qt::LeftButton);
    QTest::keyClicks(named<QLineEdit>(dialog, "passwordEdit"), Password);
    QTest::keyClicks(named<QLineEdit>(dialog, "repeatEdit"), Password);
    QTest::mouseClick(dialogButton(dialog, QDialogButtonBox::Ok), Qt::LeftButton);

    auto* progress = visibleChild<QProgressDialog>(dialog);
    QVERIFY(progress != nullptr);
    QTest::mouseClick(progress->findChild<QPushButton*>(), Qt::LeftButton);
    QVERIFY(named<QLineEdit>(dialog, "passwordEdit")->isEnabled());

    // The key derivation cannot be interrupted; once it ends, what it made is removed again.
    QThreadPool::globalInstance()->waitForDone();
    QTRY_VERIFY(!QFile::exists(path) && !QFile::exists(kim::storage::Vault::keyFilePath(path)));
    QTest::qWait(100);
    QVERIFY(!window.isUnlocked());
    QVERIFY(!QFile::exists(path));
}

void GuiJourneyTest::aSupervisorWorkspaceOpensTheSupervisionView() {
    QTemporaryDir dir;
    MainWindow window;
    window.setKdfParamsForNewWorkspaces(kim::crypto::KdfParams{});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CreateWorkspaceDialog* dialog = openCreateDialog(window, false);
    QVERIFY(dialog != nullptr);
    auto* kindCombo = named<QComboBox>(dialog, "kindCombo");
    const int supervisor = kindCombo->findData(static_cast<int>(kim::storage::WorkspaceKind::Supervisor));
    QVERIFY(supervisor >= 0);
    kindCombo->setCurrentIndex(supervisor);
    QVERIFY(named<QLineEdit>(dialog, "fileEdit")->text().contains(QStringLiteral("Fachaufsicht")));
    QVERIFY(finishCreation(window, dialog, dir.filePath(QStringLiteral("fachaufsicht.kimvault"))));
    QVERIFY(window.supervisionView() != nullptr);
    QVERIFY(window.supervisionView()->isVisible());
    QVERIFY(window.windowTitle().contains(QStringLiteral("Fachaufsicht")));
}

void GuiJourneyTest::theSupervisorDemoOpensWithAFullTeamDashboard() {
    QTemporaryDir dir;
    MainWindow window;
    window.setKdfParamsForNewWorkspaces(kim::crypto::KdfParams{});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CreateWorkspaceDialog* dialog = openCreateDialog(window, true);
    QVERIFY(dialog != nullptr);
    auto* kindCombo = named<QComboBox>(dialog, "kindCombo");
    QVERIFY(kindCombo->isEnabled());
    QCOMPARE(kindCombo->findData(static_cast<int>(kim::storage::WorkspaceKind::CoordinatingOffice)), -1);
    kindCombo->setCurrentIndex(kindCombo->findData(static_cast<int>(kim::storage::WorkspaceKind::Supervisor)));
    QVERIFY(named<QLabel>(dialog, "introLabel")->text().contains(QStringLiteral("Team")));
    QVERIFY(named<QLineEdit>(dialog, "fileEdit")->text().contains(QStringLiteral("Demo-Fachaufsicht")));
    QVERIFY(finishCreation(window, dialog, dir.filePath(QStringLiteral("demo-fachaufsicht.kimvault"))));
    SupervisionView* view = window.supervisionView();
    QVERIFY(view != nullptr && view->isVisible());
    // Six invented members, one of whom has not sent the latest month: five bars, 14 months of reports.
    QCOMPARE(view->overview()->dashboard()->model(QStringLiteral("team_open"))->rowCount(), 5);
    QVERIFY(view->alerts()->model()->rowCount() > 0);
    if (!qEnvironmentVariableIsEmpty("KIM_SCREENSHOT_DIR")) {
        window.resize(1400, 900);
        saveScreenshot(&window, QStringLiteral("17-00-demo-fachaufsicht"));
    }
}

void GuiJourneyTest::saveScreenshot(QWidget* widget, const QString& name) {
    QApplication::processEvents();
    QTest::qWait(150);
    const QString dir = qEnvironmentVariable("KIM_SCREENSHOT_DIR");
    // A palette image keeps the PNG small; interface screenshots have few colours.
    const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither);
    QVERIFY(image.save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

// Not a check: with KIM_SCREENSHOT_DIR set, walks through the main screens and saves them.
void GuiJourneyTest::screenshots() {
    if (qEnvironmentVariableIsEmpty("KIM_SCREENSHOT_DIR")) {
        QSKIP("set KIM_SCREENSHOT_DIR to take screenshots");
    }
    QTemporaryDir dir;
    MainWindow window;
    window.setKdfParamsForNewWorkspaces(kim::crypto::KdfParams{});
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    saveScreenshot(&window, QStringLiteral("01-start"));

    QTest::mouseClick(named<QPushButton>(&window, "demoButton"), Qt::LeftButton);
    CreateWorkspaceDialog* create = nullptr;
    QTRY_VERIFY((create = visibleChild<CreateWorkspaceDialog>(&window)) != nullptr);
    saveScreenshot(create, QStringLiteral("02-demo-anlegen"));
    QTest::mouseClick(dialogButton(create, QDialogButtonBox::Cancel), Qt::LeftButton);
    QVERIFY(createWorkspace(window, dir.filePath(QStringLiteral("Demo-Fallakte.kimvault")), true));

    CaseManagerView* view = window.caseManagerView();
    auto* table = named<QTableView>(&window, "clientTable");
    table->setCurrentIndex(table->model()->index(4, 1));
    saveScreenshot(&window, QStringLiteral("03-hauptfenster"));
    const char* tabNames[] = {"04-stammdaten",        "05-einwilligungen", "06-fall-und-ziele",
                              "07-beratungskontakte", "08-wiedervorlagen", "14-vermittlungen"};
    for (int tab = 0; tab < 6; ++tab) {
        view->caseFile()->showTab(static_cast<CaseFileWidget::Tab>(tab));
        saveScreenshot(&window, QString::fromLatin1(tabNames[tab]));
    }
    view->caseFile()->showTab(CaseFileWidget::ConsultationTab);
    named<QPushButton>(&window, "addConsultationButton")->click();
    ConsultationDialog* consultation = nullptr;
    QTRY_VERIFY((consultation = visibleChild<ConsultationDialog>(&window)) != nullptr);
    named<QPlainTextEdit>(consultation, "notesEdit")
        ->setPlainText(QStringLiteral("Gemeinsam den Antrag auf Wohnberechtigungsschein ausgefüllt. Termin bei der "
                                      "Wohnungsbaugesellschaft am Montag, Sprachlotsin (Arabisch) angefragt."));
    saveScreenshot(consultation, QStringLiteral("09-beratungskontakt"));
    consultation->reject();

    view->showDue();
    saveScreenshot(&window, QStringLiteral("10-faellig"));
    view->sideTabs()->setCurrentIndex(CaseManagerView::OpenReferralsTab);
    saveScreenshot(&window, QStringLiteral("15-offene-vermittlungen"));
    view->focusSearch();
    QTest::keyClicks(named<QLineEdit>(&window, "searchEdit"), QStringLiteral("Jobc"));
    QTest::keyClick(named<QLineEdit>(&window, "searchEdit"), Qt::Key_Return);
    saveScreenshot(&window, QStringLiteral("11-suche"));

    window.lockWorkspace();
    UnlockDialog* unlockDialog = nullptr;
    QTRY_VERIFY((unlockDialog = visibleChild<UnlockDialog>(&window)) != nullptr);
    saveScreenshot(&window, QStringLiteral("12-gesperrt"));
    unlock(window, QStringLiteral("falsches Passwort"));
    saveScreenshot(unlockDialog, QStringLiteral("13-entsperren-fehler"));
}

QTEST_MAIN(GuiJourneyTest)
#include "GuiJourneyTest.moc"
