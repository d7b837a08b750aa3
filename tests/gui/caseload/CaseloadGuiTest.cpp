// SPDX-License-Identifier: GPL-3.0-or-later
// A case manager sends a caseload report through the wizard's real widgets to a trusted
// supervisor, whose workspace imports the file; a pseudonym of the report, typed into the
// search, opens the case it stands for. The slots run in order on one world.

#include "core/CaseRepository.h"
#include "core/CaseloadFigures.h"
#include "core/CaseloadSettings.h"
#include "core/ClientRepository.h"
#include "core/ConsentRepository.h"
#include "core/ConsultationRepository.h"
#include "gui/caseload/CaseloadExportWizard.h"
#include "gui/caseload/CaseloadPeriodPage.h"
#include "gui/caseload/CaseloadPreviewPage.h"
#include "gui/overview/SearchPanel.h"
#include "gui/problems/ProblemGuiSupport.h"
#include "gui/common/Session.h"
#include "gui/reports/RowsModel.h"
#include "gui/supervision/AlertsModel.h"
#include "gui/supervision/AlertsTab.h"
#include "gui/supervision/DashboardView.h"
#include "gui/supervision/OverviewTab.h"
#include "gui/supervision/SupervisionIntakeTab.h"
#include "gui/supervision/SupervisionView.h"

#include <QListWidget>
#include <QRadioButton>
#include <QSpinBox>

using namespace problemgui;
using namespace Qt::StringLiterals;

namespace {

const QString AlertFirstName = u"Zahra"_s;
const QString AlertLastName = u"Rahimi-Tulpenfeld"_s;
const QString CalmLastName = u"Okafor-Lindenhain"_s;
const QString CanaryNote = u"Schlüsselwort Mohnblumenwiese"_s;
const QString SupervisorName = u"Dr. Petra Lindner"_s;

// Another workspace with its own identity and profile: the supervisor or the office.
struct PeerVault {
    QTemporaryDir dir;
    std::unique_ptr<storage::Vault> vault;
    std::optional<exchange::Identity> identity;

    PeerVault(storage::WorkspaceKind kind, const QString& name, const QString& role)
        : vault(storage::Vault::create(dir.filePath(u"peer.kimvault"_s), Password, kind, test::fastKdf(),
                                       test::wallClock())) {
        exchange::IdentityStore::ensure(db(), test::wallClock());
        exchange::IdentityStore::setProfile(db(), name, role, u"Kreis Gütersloh"_s);
        identity = exchange::IdentityStore::load(db());
    }
    storage::Database& db() { return vault->database(); }
};

QDate lastMonthEnd() {
    const QDate today = QDate::currentDate();
    return QDate(today.year(), today.month(), 1).addDays(-1);
}

void saveScreenshot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("KIM_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    QApplication::processEvents();
    QTest::qWait(150);
    const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither);
    QVERIFY(image.save(dir + u'/' + name + u".png"_s));
}

} // namespace

class CaseloadGuiTest final : public QObject {
    Q_OBJECT

private:
    // A case-manager vault with three open cases (one needing attention) in few target groups,
    // trusting the supervisor and the coordinating office.
    void createCaseManagerVault();
    CaseloadExportWizard* openWizard();
    void searchFor(const QString& text);

    QTemporaryDir m_dir;
    QString m_vaultPath;
    QString m_packagePath;
    std::optional<PeerVault> m_supervisor;
    std::optional<PeerVault> m_office;
    std::unique_ptr<MainWindow> m_window;
    int64_t m_alertClientId = 0;
    QString m_alertCaseCode;
    QString m_pseudonym;

private Q_SLOTS:
    void initTestCase();
    void wizardSendsTheReportToTheTrustedSupervisor();
    void rulesEditedOnTheFirstPageAreSavedInTheVault();
    void supervisorWorkspaceImportsTheFile();
    void pseudonymOfASentAlertOpensItsClient();
    void unknownPseudonymSaysSoInTheResultArea();
    void cleanupTestCase();
};

void CaseloadGuiTest::createCaseManagerVault() {
    m_vaultPath = m_dir.filePath(u"fallakte.kimvault"_s);
    auto vault = storage::Vault::create(m_vaultPath, Password, storage::WorkspaceKind::CaseManager, test::fastKdf(),
                                        test::wallClock());
    storage::Database& db = vault->database();
    exchange::IdentityStore::ensure(db, test::wallClock());
    exchange::IdentityStore::setProfile(db, u"Amal Haddad"_s, u"Case-Managerin"_s, u"Caritas Gütersloh"_s);
    kim::FixedClock clock(lastMonthEnd());
    core::ClientRepository clients(db, clock);
    core::ConsentRepository consents(db, clock);
    core::CaseRepository cases(db, clock);
    core::ConsultationRepository consultations(db, clock);
    const auto addCase = [&](const QString& first, const QString& last, core::TargetGroup group, int openedDaysAgo,
                             int contactDaysAgo) {
        clock.setToday(lastMonthEnd().addDays(-openedDaysAgo));
        core::Client client;
        client.firstName = first;
        client.lastName = last;
        client.targetGroup = group;
        client.birthDate = QDate(1987, 4, 23);
        clients.save(client);
        core::Consent consent;
        consent.clientId = client.id;
        consent.givenOn = clock.today();
        consent.formVersion = u"KIM-EW 2024-1"_s;
        consents.record(consent);
        const core::Case opened = cases.open(client.id);
        clock.setToday(lastMonthEnd().addDays(-contactDaysAgo));
        core::Consultation consultation;
        consultation.caseId = opened.id;
        consultation.heldOn = clock.today();
        consultation.notes = CanaryNote;
        consultations.save(consultation);
        return client;
    };
    // No contact for 100 days and 120 days in the first phase: an alert row.
    const core::Client alert = addCase(AlertFirstName, AlertLastName, core::TargetGroup::Immigrants, 120, 100);
    m_alertClientId = alert.id;
    m_alertCaseCode = alert.caseCode;
    addCase(u"Grace"_s, CalmLastName, core::TargetGroup::Immigrants, 40, 5);
    addCase(u"Oksana"_s, u"Kowalenko"_s, core::TargetGroup::Ukraine, 20, 2);

    m_supervisor.emplace(storage::WorkspaceKind::Supervisor, SupervisorName, u"Fachaufsicht"_s);
    m_office.emplace(storage::WorkspaceKind::CoordinatingOffice, u"Koordinierende Stelle KIM"_s,
                     u"Koordinierende Stelle"_s);
    exchange::ContactBook book(db, test::wallClock());
    book.trust(m_office->identity->contactCard());
    book.trust(m_supervisor->identity->contactCard());
    exchange::ContactBook(m_supervisor->db(), test::wallClock())
        .trust(exchange::IdentityStore::load(db)->contactCard());
}

void CaseloadGuiTest::initTestCase() {
    QCoreApplication::setOrganizationName(u"KIM-Test"_s);
    QCoreApplication::setApplicationName(u"caseload_gui_tests"_s);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Messages::setTestMode(true);
    createCaseManagerVault();
    m_packagePath = m_dir.filePath(u"fallzahlen.kimpkg"_s);

    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openWorkspaceFile(m_vaultPath);
    UnlockDialog* unlock = nullptr;
    QTRY_VERIFY((unlock = visibleChild<UnlockDialog>(m_window.get())) != nullptr);
    typeInto(named<QLineEdit>(unlock, "passwordEdit"), Password);
    QTest::keyClick(named<QLineEdit>(unlock, "passwordEdit"), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isUnlocked(), SlowTimeout);
    QVERIFY(m_window->caseManagerView() != nullptr);
}

CaseloadExportWizard* CaseloadGuiTest::openWizard() {
    QAction* send = action(*m_window, "sendCaseloadAction");
    if (send == nullptr || !send->isEnabled()) {
        return nullptr;
    }
    send->trigger();
    CaseloadExportWizard* wizard = nullptr;
    [&] {
        QTRY_VERIFY((wizard = visibleChild<CaseloadExportWizard>(m_window.get())) != nullptr);
    }();
    return wizard;
}

void CaseloadGuiTest::wizardSendsTheReportToTheTrustedSupervisor() {
    CaseloadExportWizard* wizard = openWizard();
    QVERIFY(wizard != nullptr);

    // Period: the last complete month by default; a quarter on request.
    CaseloadPeriodPage* periodPage = wizard->periodPage();
    const core::ReportingPeriod lastMonth =
        core::ReportingPeriod::containing(lastMonthEnd(), core::ReportingPeriod::Length::Month);
    QVERIFY(periodPage->monthButton()->isChecked());
    QCOMPARE(wizard->period(), lastMonth);
    periodPage->quarterButton()->click();
    QCOMPARE(wizard->period().length, core::ReportingPeriod::Length::Quarter);
    periodPage->monthButton()->click();
    QCOMPARE(wizard->period(), lastMonth);

    // The team's rules: the defaults, one of them changed here.
    QVERIFY(named<QLabel>(periodPage, "rulesAgreedLabel")->text().contains(u"im Team"_s));
    QCOMPARE(periodPage->noContactSpin()->value(), core::CaseloadRules().noContactAlertDays);
    periodPage->noContactSpin()->setValue(21);
    QCOMPARE(periodPage->thresholdSpin()->text(), u"< 5"_s);
    QVERIFY(named<QLabel>(periodPage, "thresholdText")->text().contains(u"1 bis 4"_s));
    saveScreenshot(wizard, u"18-01-fallzahlen-zeitraum"_s);
    wizard->button(QWizard::NextButton)->click();
    QCOMPARE(wizard->currentId(), static_cast<int>(CaseloadExportWizard::PreviewPageId));

    // Preview: prepared off the GUI thread, the wizard not closable meanwhile.
    QVERIFY(!wizard->previewPage()->isComplete());
    wizard->reject();
    QVERIFY(wizard->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(wizard->previewPage()->isComplete(), SlowTimeout);
    QVERIFY(wizard->isEnabled());
    const QString text = wizard->previewPage()->preview()->toPlainText();
    for (const core::CaseloadFigureDefinition& figure : core::CaseloadDefinitions::all()) {
        QVERIFY2(text.contains(figure.title), qPrintable(figure.title));
        QVERIFY2(text.contains(figure.definition), qPrintable(figure.definition));
    }
    QVERIFY2(text.contains(u"gesperrt"_s), "a target group with 1 to 4 cases leaves as gesperrt");
    QVERIFY(text.contains(u"mehr als 21 Tagen"_s));
    QVERIFY(text.contains(u"Was die Fallakte nicht verlässt"_s));
    QVERIFY(wizard->prepared().has_value());
    QCOMPARE(wizard->prepared()->report.alerts.size(), size_t{1});
    m_pseudonym = wizard->prepared()->report.alerts.front().pseudonym;
    QVERIFY(text.contains(m_pseudonym));
    QVERIFY(text.contains(u"kein Kontakt seit mehr als 21 Tagen"_s));
    for (const QString& canary :
         {AlertFirstName, AlertLastName, CalmLastName, CanaryNote, m_alertCaseCode, u"23.04.1987"_s}) {
        QVERIFY2(!text.contains(canary), qPrintable(canary));
    }
    saveScreenshot(wizard, u"18-02-fallzahlen-vorschau"_s);
    wizard->previewPage()->preview()->scrollToAnchor(u"alerts"_s);
    saveScreenshot(wizard, u"18-03-fallzahlen-vorschau-hinweise"_s);
    wizard->button(QWizard::NextButton)->click();

    // Recipients: the supervisor is preselected, the office is offered but not chosen.
    QCOMPARE(wizard->currentId(), static_cast<int>(CaseloadExportWizard::RecipientPageId));
    QListWidget* recipients = wizard->recipientPage()->recipientList();
    QVERIFY(recipients->isVisible());
    QCOMPARE(recipients->count(), 2);
    int checked = 0;
    for (int row = 0; row < recipients->count(); ++row) {
        if (recipients->item(row)->checkState() == Qt::Checked) {
            ++checked;
            QVERIFY(recipients->item(row)->text().startsWith(SupervisorName));
        }
    }
    QCOMPARE(checked, 1);
    FileDialogs::setNextFileName(m_packagePath);
    QTest::mouseClick(named<QPushButton>(wizard->recipientPage(), "browseButton"), Qt::LeftButton);
    saveScreenshot(wizard, u"18-04-fallzahlen-empfaenger"_s);
    wizard->button(QWizard::CommitButton)->click();
    QCOMPARE(wizard->currentId(), static_cast<int>(CaseloadExportWizard::DonePageId));
    const QString summary = named<QLabel>(wizard, "summaryLabel")->text();
    QVERIFY(summary.contains(QDir::toNativeSeparators(m_packagePath)));
    QVERIFY(summary.contains(SupervisorName));
    QVERIFY(summary.contains(m_pseudonym));
    QVERIFY(ownerOnly(m_packagePath));
    saveScreenshot(wizard, u"18-05-fallzahlen-fertig"_s);
    wizard->button(QWizard::FinishButton)->click();
}

void CaseloadGuiTest::rulesEditedOnTheFirstPageAreSavedInTheVault() {
    CaseloadExportWizard* wizard = openWizard();
    QVERIFY(wizard != nullptr);
    QCOMPARE(wizard->periodPage()->noContactSpin()->value(), 21);
    QCOMPARE(core::CaseloadSettings(wizard->database()).rules().noContactAlertDays, 21);
    // The period just sent says so.
    QVERIFY(wizard->periodPage()->periodCombo()->currentText().contains(u"gesendet am"_s));
    wizard->reject();
}

// The other end through its real widgets: the file the wizard wrote, read in the supervisor's
// Eingang, shows up in the team dashboard under the sender's name.
void CaseloadGuiTest::supervisorWorkspaceImportsTheFile() {
    QVERIFY(!test::fileBytes(m_packagePath).isEmpty());
    Session session(std::move(m_supervisor->vault), std::make_unique<kim::SystemClock>());
    SupervisionView view(session);
    view.resize(1280, 860);
    view.show();
    view.showTab(SupervisionView::IntakePage);
    FileDialogs::setNextFileNames({m_packagePath});
    named<QPushButton>(&view, "importFilesButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!view.intake()->isImporting(), SlowTimeout);
    RowsModel* outcomes = view.intake()->outcomes();
    QCOMPARE(outcomes->rowCount(), 1);
    QVERIFY2(outcomes->textAt(0, 3) == u"Angenommen"_s, qPrintable(outcomes->textAt(0, 4)));
    QCOMPARE(outcomes->textAt(0, 1), u"Amal Haddad"_s);

    view.showTab(SupervisionView::OverviewPage);
    RowsModel* open = view.overview()->dashboard()->model(u"team_open"_s);
    QVERIFY(open != nullptr);
    QCOMPARE(open->rowCount(), 1);
    QCOMPARE(open->textAt(0, 0), u"Amal Haddad"_s);
    QCOMPARE(open->textAt(0, 1), u"3"_s);
    QCOMPARE(view.alerts()->model()->rowCount(), 1);
    QCOMPARE(view.alerts()->model()->index(0, AlertsModel::Pseudonym).data().toString(), m_pseudonym);
}

void CaseloadGuiTest::searchFor(const QString& text) {
    m_window->caseManagerView()->focusSearch();
    SearchPanel* search = m_window->caseManagerView()->searchPanel();
    search->searchEdit()->clear();
    typeInto(search->searchEdit(), text);
    QTest::keyClick(search->searchEdit(), Qt::Key_Return);
}

void CaseloadGuiTest::pseudonymOfASentAlertOpensItsClient() {
    QVERIFY(!m_pseudonym.isEmpty());
    // Letter case does not matter.
    searchFor(m_pseudonym.toLower());
    SearchPanel* search = m_window->caseManagerView()->searchPanel();
    QCOMPARE(search->results()->topLevelItemCount(), 1);
    QTreeWidgetItem* hit = search->results()->topLevelItem(0);
    QCOMPARE(hit->text(0),
             core::ReportingPeriod::containing(lastMonthEnd(), core::ReportingPeriod::Length::Month).label());
    QVERIFY(hit->text(1).contains(AlertLastName));
    QVERIFY(hit->text(1).contains(m_alertCaseCode));
    QVERIFY(search->summary()->text().contains(m_pseudonym));
    QCOMPARE(m_window->focusWidget(), static_cast<QWidget*>(search->results()));
    QTest::keyClick(search->results(), Qt::Key_Return);
    QCOMPARE(m_window->caseManagerView()->caseFile()->clientId(), m_alertClientId);
    saveScreenshot(m_window.get(), u"18-06-pseudonym-suche"_s);
}

void CaseloadGuiTest::unknownPseudonymSaysSoInTheResultArea() {
    const QString unknown = m_pseudonym == u"P-000000"_s ? u"P-000001"_s : u"P-000000"_s;
    searchFor(unknown);
    SearchPanel* search = m_window->caseManagerView()->searchPanel();
    QCOMPARE(search->results()->topLevelItemCount(), 0);
    QVERIFY(search->summary()->text().contains(unknown));
    QVERIFY(search->summary()->text().contains(u"keinem Fallzahlenbericht"_s));
    QVERIFY(Messages::lastError().isEmpty());
    saveScreenshot(m_window.get(), u"18-07-pseudonym-unbekannt"_s);
}

void CaseloadGuiTest::cleanupTestCase() {
    m_window.reset();
}

QTEST_MAIN(CaseloadGuiTest)
#include "CaseloadGuiTest.moc"
