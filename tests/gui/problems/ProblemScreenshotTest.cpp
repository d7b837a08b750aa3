// SPDX-License-Identifier: GPL-3.0-or-later
// Not a check: with KIM_SCREENSHOT_DIR set, walks through the structural-problem screens of a
// demo workspace (case file tab, dialogs, contacts, export wizard, import, feedback) and saves
// each as a PNG for the documentation. Skips otherwise.

#include "ProblemGuiSupport.h"

using namespace problemgui;

class ProblemScreenshotTest : public QObject {
    Q_OBJECT

private:
    void saveScreenshot(QWidget* widget, const QString& name);
    void shootCreateDialog(MainWindow& window);
    void shootCaseFile(MainWindow& window);
    void shootContacts(MainWindow& window, OfficeVault& office, const QString& ownCardPath);
    void shootExport(MainWindow& window, const QString& path);
    void shootFeedback(MainWindow& window, OfficeVault& office, const QString& folder);

private Q_SLOTS:
    void initTestCase();
    void screenshots();
};

void ProblemScreenshotTest::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("KIM-Test"));
    QCoreApplication::setApplicationName(QStringLiteral("problem_gui_screenshots"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Messages::setTestMode(true);
}

void ProblemScreenshotTest::saveScreenshot(QWidget* widget, const QString& name) {
    QApplication::processEvents();
    QTest::qWait(150);
    const QString dir = qEnvironmentVariable("KIM_SCREENSHOT_DIR");
    // A palette image keeps the PNG small; interface screenshots have few colours.
    const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither);
    QVERIFY(image.save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void ProblemScreenshotTest::screenshots() {
    if (qEnvironmentVariableIsEmpty("KIM_SCREENSHOT_DIR")) {
        QSKIP("set KIM_SCREENSHOT_DIR to take screenshots");
    }
    QTemporaryDir dir;
    OfficeVault office;
    MainWindow window;
    window.setKdfParamsForNewWorkspaces(test::fastKdf());
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    shootCreateDialog(window);
    QVERIFY(createWorkspace(window, dir.filePath(QStringLiteral("Demo-Fallakte.kimvault")),
                            storage::WorkspaceKind::CaseManager, true));
    shootCaseFile(window);
    QVERIFY(!QTest::currentTestFailed());
    shootContacts(window, office, dir.filePath(QStringLiteral("eigene.kimcard")));
    QVERIFY(!QTest::currentTestFailed());
    shootExport(window, dir.filePath(QStringLiteral("meldung.kimpkg")));
    QVERIFY(!QTest::currentTestFailed());
    shootFeedback(window, office, dir.path());
}

void ProblemScreenshotTest::shootCreateDialog(MainWindow& window) {
    QTest::mouseClick(named<QPushButton>(&window, "createButton"), Qt::LeftButton);
    CreateWorkspaceDialog* create = nullptr;
    QTRY_VERIFY((create = visibleChild<CreateWorkspaceDialog>(&window)) != nullptr);
    saveScreenshot(create, QStringLiteral("16-01-arbeitsmappe-art"));
    auto* kind = named<QComboBox>(create, "kindCombo");
    kind->setCurrentIndex(kind->findData(static_cast<int>(storage::WorkspaceKind::CoordinatingOffice)));
    saveScreenshot(create, QStringLiteral("16-02-arbeitsmappe-koordinierende-stelle"));
    create->reject();
}

void ProblemScreenshotTest::shootCaseFile(MainWindow& window) {
    // The first demo client whose case carries structural problems in two Handlungsfelder.
    CaseManagerView* view = window.caseManagerView();
    auto* table = named<QTableView>(&window, "clientTable");
    auto* flags = named<QTreeWidget>(&window, "problemFlagList");
    view->caseFile()->showTab(CaseFileWidget::ProblemsTab);
    for (int row = 0; row < table->model()->rowCount() && flags->topLevelItemCount() < 2; ++row) {
        table->setCurrentIndex(table->model()->index(row, 1));
    }
    QVERIFY(flags->topLevelItemCount() >= 2);
    flags->setCurrentItem(flags->topLevelItem(0)->child(0));
    saveScreenshot(&window, QStringLiteral("16-03-strukturprobleme"));
    QTest::mouseClick(named<QPushButton>(&window, "editProblemFlagButton"), Qt::LeftButton);
    ProblemFlagDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<ProblemFlagDialog>(&window)) != nullptr);
    saveScreenshot(dialog, QStringLiteral("16-04-strukturproblem-bearbeiten"));
    dialog->reject();
    // A demo client linked to a family.
    view->caseFile()->showTab(CaseFileWidget::MasterDataTab);
    auto* family = named<QLineEdit>(&window, "familyEdit");
    for (int row = 0; row < table->model()->rowCount() && family->text().isEmpty(); ++row) {
        table->setCurrentIndex(table->model()->index(row, 1));
    }
    QVERIFY(!family->text().isEmpty());
    family->setFocus();
    saveScreenshot(&window, QStringLiteral("16-05-stammdaten-familie"));

    action(window, "proposeTypeAction")->trigger();
    ProblemProposalDialog* proposal = nullptr;
    QTRY_VERIFY((proposal = visibleChild<ProblemProposalDialog>(&window)) != nullptr);
    auto* field = named<QComboBox>(proposal, "fieldCombo");
    field->setCurrentIndex(field->findData(static_cast<int>(core::FieldOfAction::LanguageEducation)));
    named<QLineEdit>(proposal, "titleEdit")->setText(ProposalTitle);
    named<QPlainTextEdit>(proposal, "definitionEdit")
        ->setPlainText(QStringLiteral("Wenn Prüfungstermine für Sprachzertifikate (B1, B2) im Kreis monatelang "
                                      "ausgebucht sind und Arbeit oder Einbürgerung daran hängen."));
    saveScreenshot(proposal, QStringLiteral("16-06-problemtyp-vorschlagen"));
    QTest::mouseClick(dialogButton(proposal, QDialogButtonBox::Save), Qt::LeftButton);
}

void ProblemScreenshotTest::shootContacts(MainWindow& window, OfficeVault& office, const QString& ownCardPath) {
    action(window, "contactsAction")->trigger();
    ContactsDialog* contacts = nullptr;
    QTRY_VERIFY((contacts = visibleChild<ContactsDialog>(&window)) != nullptr);
    QTest::mouseClick(named<QPushButton>(contacts, "editProfileButton"), Qt::LeftButton);
    OwnProfileDialog* profile = nullptr;
    QTRY_VERIFY((profile = visibleChild<OwnProfileDialog>(contacts)) != nullptr);
    named<QLineEdit>(profile, "nameEdit")->setText(QStringLiteral("Amal Haddad"));
    named<QLineEdit>(profile, "roleEdit")->setText(QStringLiteral("Case-Managerin"));
    named<QLineEdit>(profile, "organisationEdit")->setText(QStringLiteral("Caritas Gütersloh"));
    saveScreenshot(profile, QStringLiteral("16-07-eigenes-profil"));
    QTest::mouseClick(dialogButton(profile, QDialogButtonBox::Save), Qt::LeftButton);
    FileDialogs::setNextFileName(office.writeCard());
    QTest::mouseClick(named<QPushButton>(contacts, "importCardButton"), Qt::LeftButton);
    ContactCardImportDialog* import = nullptr;
    QTRY_VERIFY((import = visibleChild<ContactCardImportDialog>(contacts)) != nullptr);
    saveScreenshot(import, QStringLiteral("16-08-kontaktkarte-pruefen"));
    named<QCheckBox>(import, "fingerprintComparedCheck")->setChecked(true);
    QTest::mouseClick(dialogButton(import, QDialogButtonBox::Ok), Qt::LeftButton);
    contacts->contactList()->setCurrentItem(contacts->contactList()->topLevelItem(0));
    saveScreenshot(contacts, QStringLiteral("16-09-kontakte"));
    FileDialogs::setNextFileName(ownCardPath);
    QTest::mouseClick(named<QPushButton>(contacts, "saveOwnCardButton"), Qt::LeftButton);
    contacts->close();
    exchange::ContactBook(office.db(), kim::test::wallClock())
        .trust(exchange::ContactCard::parse(test::fileBytes(ownCardPath)));
}

void ProblemScreenshotTest::shootExport(MainWindow& window, const QString& path) {
    action(window, "exportProblemsAction")->trigger();
    ProblemExportWizard* wizard = nullptr;
    QTRY_VERIFY((wizard = visibleChild<ProblemExportWizard>(&window)) != nullptr);
    QTRY_VERIFY(wizard->quarterPage()->isComplete());
    saveScreenshot(wizard, QStringLiteral("16-10-export-quartal"));
    wizard->button(QWizard::NextButton)->click();
    QTRY_VERIFY(wizard->previewPage()->isComplete());
    saveScreenshot(wizard, QStringLiteral("16-11-export-vorschau"));
    wizard->previewPage()->keySumsCheck()->setChecked(true);
    saveScreenshot(wizard, QStringLiteral("16-12-export-vorschau-pruefsummen"));
    wizard->button(QWizard::NextButton)->click();
    FileDialogs::setNextFileName(path);
    QTest::mouseClick(named<QPushButton>(wizard->recipientPage(), "browseButton"), Qt::LeftButton);
    saveScreenshot(wizard, QStringLiteral("16-13-export-empfaenger"));
    wizard->button(QWizard::CommitButton)->click();
    QCOMPARE(wizard->currentId(), static_cast<int>(ProblemExportWizard::DonePageId));
    saveScreenshot(wizard, QStringLiteral("16-14-export-fertig"));
    wizard->button(QWizard::FinishButton)->click();
}

void ProblemScreenshotTest::shootFeedback(MainWindow& window, OfficeVault& office, const QString& folder) {
    core::ConferenceRepository conferences(office.db(), office.clock);
    const QString period = currentQuarter().previous().toString();
    core::ConferenceItem first{0,
                               QStringLiteral("INS-07"),
                               period,
                               QDate::currentDate(),
                               QStringLiteral("Wartezeiten bei der Ausländerbehörde"),
                               QStringLiteral("Die Ausländerbehörde richtet eine offene Terminsprechstunde ein."),
                               QStringLiteral("AG Aufenthalt"),
                               QStringLiteral("Sprechstunde dienstags; Online-Termine"),
                               core::ConferenceItemStatus::InProgress,
                               QStringLiteral("Bitte melden Sie weiter, ob sich die Wartezeiten verkürzen."),
                               {}};
    core::ConferenceItem second{0,
                                QStringLiteral("BIL-03"),
                                period,
                                QDate::currentDate(),
                                QStringLiteral("Kinderbetreuung während der Sprachkurse"),
                                QStringLiteral("Zwei Kurse mit Kinderbetreuung ab dem nächsten Halbjahr."),
                                QStringLiteral("AG Sprache und Bildung"),
                                QStringLiteral("Kurse in Gütersloh und Rheda-Wiedenbrück"),
                                core::ConferenceItemStatus::Open,
                                QString(),
                                {}};
    conferences.save(first);
    conferences.save(second);
    const auto package =
        reporting::OfficeOutbox(office.db(), *office.identity, office.clock).writeFeedback({first, second});
    const QString feedbackPath = folder + QStringLiteral("/Rueckmeldung Planungskonferenz.kimpkg");
    const QString garbagePath = folder + QStringLiteral("/anhang.kimpkg");
    test::writeBytes(feedbackPath,
                     QByteArray(reinterpret_cast<const char*>(package.data()), static_cast<qsizetype>(package.size())));
    test::writeBytes(garbagePath, QByteArrayLiteral("kein Paket"));
    FileDialogs::setNextFileNames({feedbackPath, garbagePath});
    action(window, "importPackageAction")->trigger();
    PackageImportDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<PackageImportDialog>(&window)) != nullptr);
    saveScreenshot(dialog, QStringLiteral("16-15-paket-einlesen"));
    dialog->close();
    CaseManagerView* view = window.caseManagerView();
    view->sideTabs()->setCurrentIndex(CaseManagerView::FeedbackTab);
    saveScreenshot(&window, QStringLiteral("16-16-rueckmeldungen-ungelesen"));
    view->feedbackPanel()->list()->setCurrentItem(view->feedbackPanel()->list()->topLevelItem(1));
    saveScreenshot(&window, QStringLiteral("16-17-rueckmeldung"));
}

QTEST_MAIN(ProblemScreenshotTest)
#include "ProblemScreenshotTest.moc"
