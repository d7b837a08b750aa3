// SPDX-License-Identifier: GPL-3.0-or-later
// Structural problems through the real widgets: a case manager flags a problem in a case file,
// proposes a problem type, trusts the coordinating office's contact card and exports the
// quarter with the wizard. A second, real vault of kind "Koordinierende Stelle" opens the
// package and finds none of the case file's canaries in it, then sends conference feedback
// that appears in the "Rückmeldungen" tab. Dialogs are answered through the test seams.

#include "ProblemGuiTest.h"

using namespace problemgui;

namespace {

// Canaries in the case file: none of them may appear in an exported package.
const QString CanaryFirstName = QStringLiteral("Zebulon");
const QString CanaryLastName = QStringLiteral("Quaxterfeld");
const QDate CanaryBirthDate(1979, 4, 17);
const QString CanaryNationality = QStringLiteral("Tuvalu");
const QString CanaryNote = QStringLiteral("Xylophonunterricht bei Frau Wendelstein");
} // namespace

void ProblemGuiTest::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("KIM-Test"));
    QCoreApplication::setApplicationName(QStringLiteral("problem_gui_tests"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Messages::setTestMode(true);
}

void ProblemGuiTest::addClientWithCanaries(MainWindow& window) {
    action(window, "newClientAction")->trigger();
    auto* editor = visibleChild<ClientEditorWidget>(&window);
    QVERIFY(editor != nullptr);
    typeInto(named<QLineEdit>(editor, "firstNameEdit"), CanaryFirstName);
    typeInto(named<QLineEdit>(editor, "lastNameEdit"), CanaryLastName);
    named<QDateEdit>(editor, "birthDateEdit")->setDate(CanaryBirthDate);
    typeInto(named<QLineEdit>(editor, "residenceNoteEdit"),
             QStringLiteral("Staatsangehörigkeit: %1").arg(CanaryNationality));
    QTest::mouseClick(named<QPushButton>(editor, "saveButton"), Qt::LeftButton);
    QVERIFY2(!named<QLabel>(editor, "errorLabel")->isVisible(), qPrintable(Messages::lastError()));
    QVERIFY(window.caseManagerView()->caseFile()->clientId() != 0);
    m_caseCode = named<QTableView>(&window, "clientTable")->model()->index(0, 0).data().toString();
    QVERIFY(!m_caseCode.isEmpty());
}

void ProblemGuiTest::recordConsentCaseAndNote(MainWindow& window) {
    CaseFileWidget* caseFile = window.caseManagerView()->caseFile();
    caseFile->showTab(CaseFileWidget::ConsentsTab);
    QTest::mouseClick(named<QPushButton>(&window, "recordConsentButton"), Qt::LeftButton);
    ConsentDialog* consent = nullptr;
    QTRY_VERIFY((consent = visibleChild<ConsentDialog>(&window)) != nullptr);
    QTest::mouseClick(dialogButton(consent, QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_COMPARE(named<QTreeWidget>(&window, "consentList")->topLevelItemCount(), 1);

    caseFile->showTab(CaseFileWidget::CaseAndGoalsTab);
    QTest::mouseClick(named<QPushButton>(&window, "openCaseButton"), Qt::LeftButton);
    QVERIFY2(Messages::lastError().isEmpty(), qPrintable(Messages::lastError()));

    caseFile->showTab(CaseFileWidget::ConsultationTab);
    QTest::mouseClick(named<QPushButton>(&window, "addConsultationButton"), Qt::LeftButton);
    ConsultationDialog* consultation = nullptr;
    QTRY_VERIFY((consultation = visibleChild<ConsultationDialog>(&window)) != nullptr);
    named<QPlainTextEdit>(consultation, "notesEdit")->setPlainText(CanaryNote);
    QTest::mouseClick(dialogButton(consultation, QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_COMPARE(named<QTreeWidget>(&window, "consultationList")->topLevelItemCount(), 1);
}

void ProblemGuiTest::flagProblemThroughDialog(MainWindow& window) {
    window.caseManagerView()->caseFile()->showTab(CaseFileWidget::ProblemsTab);
    auto* list = named<QTreeWidget>(&window, "problemFlagList");
    QCOMPARE(list->topLevelItemCount(), 0);
    QTest::mouseClick(named<QPushButton>(&window, "newProblemFlagButton"), Qt::LeftButton);
    ProblemFlagDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<ProblemFlagDialog>(&window)) != nullptr);

    // Handlungsfeld → problem type, with the definition as help text.
    auto* field = named<QComboBox>(dialog, "fieldCombo");
    field->setCurrentIndex(field->findData(static_cast<int>(core::FieldOfAction::Institutions)));
    auto* type = named<QComboBox>(dialog, "problemTypeCombo");
    QVERIFY(type->count() > 1);
    type->setCurrentIndex(1);
    m_problemCode = type->currentData().toString();
    QVERIFY(m_problemCode.startsWith(QStringLiteral("INS-")));
    m_problemTitle = type->currentText().section(QStringLiteral("  "), 1);
    QVERIFY(!m_problemTitle.isEmpty());
    QVERIFY(!named<QLabel>(dialog, "definitionLabel")->text().isEmpty());

    // An institution from the directory brings its type along.
    auto* institution = named<QComboBox>(dialog, "institutionCombo");
    const int immigration = institution->findText(ImmigrationOffice, Qt::MatchStartsWith);
    QVERIFY(immigration > 0);
    institution->setCurrentIndex(immigration);
    auto* institutionType = named<QComboBox>(dialog, "institutionTypeCombo");
    QVERIFY(!institutionType->isEnabled());
    QCOMPARE(institutionType->currentData().toInt(), static_cast<int>(core::InstitutionType::ImmigrationOffice));

    // Resolved before it began: the repository's rule error stays inline, the dialog open.
    named<QCheckBox>(dialog, "resolvedCheck")->setChecked(true);
    named<QDateEdit>(dialog, "sinceEdit")->setDate(QDate::currentDate());
    named<QDateEdit>(dialog, "resolvedEdit")->setDate(QDate::currentDate().addDays(-1));
    QTest::mouseClick(dialogButton(dialog, QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(named<QLabel>(dialog, "errorLabel")->isVisible());
    QVERIFY(!named<QLabel>(dialog, "errorLabel")->text().isEmpty());
    QVERIFY(dialog->isVisible());
    QCOMPARE(list->topLevelItemCount(), 0);

    named<QCheckBox>(dialog, "resolvedCheck")->setChecked(false);
    QTest::mouseClick(dialogButton(dialog, QDialogButtonBox::Save), Qt::LeftButton);
    // Listed under its Handlungsfeld.
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), core::label(core::FieldOfAction::Institutions));
    QCOMPARE(list->topLevelItem(0)->childCount(), 1);
    const QTreeWidgetItem* flag = list->topLevelItem(0)->child(0);
    QVERIFY(flag->text(0).startsWith(m_problemCode));
    QCOMPARE(flag->text(1), ImmigrationOffice);
    QCOMPARE(flag->text(3), QStringLiteral("besteht"));
}

void ProblemGuiTest::proposeProblemType(MainWindow& window) {
    action(window, "proposeTypeAction")->trigger();
    ProblemProposalDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<ProblemProposalDialog>(&window)) != nullptr);
    // Without a title the repository refuses, inline.
    QTest::mouseClick(dialogButton(dialog, QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(named<QLabel>(dialog, "errorLabel")->isVisible());
    QVERIFY(dialog->isVisible());

    typeInto(named<QLineEdit>(dialog, "titleEdit"), ProposalTitle);
    named<QPlainTextEdit>(dialog, "definitionEdit")
        ->setPlainText(QStringLiteral("Wenn Prüfungstermine für Sprachzertifikate monatelang ausgebucht sind."));
    QPointer<ProblemProposalDialog> guard(dialog);
    QTest::mouseClick(dialogButton(dialog, QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull() || !guard->isVisible());
}

void ProblemGuiTest::exchangeContactCards(MainWindow& window, OfficeVault& office, const QString& ownCardPath) {
    action(window, "contactsAction")->trigger();
    ContactsDialog* contacts = nullptr;
    QTRY_VERIFY((contacts = visibleChild<ContactsDialog>(&window)) != nullptr);
    auto* error = named<QLabel>(contacts, "errorLabel");

    // Without a name there is no card to save.
    QTest::mouseClick(named<QPushButton>(contacts, "saveOwnCardButton"), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY(!QFile::exists(ownCardPath));

    QTest::mouseClick(named<QPushButton>(contacts, "editProfileButton"), Qt::LeftButton);
    OwnProfileDialog* profile = nullptr;
    QTRY_VERIFY((profile = visibleChild<OwnProfileDialog>(contacts)) != nullptr);
    typeInto(named<QLineEdit>(profile, "nameEdit"), QStringLiteral("Amal Haddad"));
    typeInto(named<QLineEdit>(profile, "roleEdit"), QStringLiteral("Case-Managerin"));
    typeInto(named<QLineEdit>(profile, "organisationEdit"), QStringLiteral("Caritas Gütersloh"));
    QTest::mouseClick(dialogButton(profile, QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(named<QLabel>(contacts, "ownNameLabel")->text().contains(QStringLiteral("Amal Haddad")));

    FileDialogs::setNextFileName(ownCardPath);
    QTest::mouseClick(named<QPushButton>(contacts, "saveOwnCardButton"), Qt::LeftButton);
    QVERIFY(ownerOnly(ownCardPath));
    const auto ownCard = exchange::ContactCard::parse(test::fileBytes(ownCardPath));
    QCOMPARE(ownCard.name(), QStringLiteral("Amal Haddad"));
    QCOMPARE(named<QLabel>(contacts, "ownFingerprint")->accessibleName(), ownCard.fingerprint());

    // The workspace's own card and a file that is no card are refused before anything is shown.
    FileDialogs::setNextFileName(ownCardPath);
    QTest::mouseClick(named<QPushButton>(contacts, "importCardButton"), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY(visibleChild<ContactCardImportDialog>(contacts) == nullptr);
    const QString garbage = office.dir.filePath(QStringLiteral("kaputt.kimcard"));
    test::writeBytes(garbage, QByteArrayLiteral("{\"format\": \"kim-fallakte-contact\", \"version\": 1}"));
    FileDialogs::setNextFileName(garbage);
    error->hide();
    QTest::mouseClick(named<QPushButton>(contacts, "importCardButton"), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QCOMPARE(contacts->contactList()->topLevelItemCount(), 0);

    // The office's card: shown with its fingerprint, trusted only after the phone comparison.
    FileDialogs::setNextFileName(office.writeCard());
    QTest::mouseClick(named<QPushButton>(contacts, "importCardButton"), Qt::LeftButton);
    ContactCardImportDialog* import = nullptr;
    QTRY_VERIFY((import = visibleChild<ContactCardImportDialog>(contacts)) != nullptr);
    QCOMPARE(named<QLabel>(import, "cardName")->text(), QStringLiteral("Koordinierende Stelle KIM"));
    QCOMPARE(named<QLabel>(import, "cardFingerprint")->accessibleName(), office.identity->contactCard().fingerprint());
    QPushButton* trust = dialogButton(import, QDialogButtonBox::Ok);
    QVERIFY(!trust->isEnabled());
    named<QCheckBox>(import, "fingerprintComparedCheck")->setChecked(true);
    QVERIFY(trust->isEnabled());
    QTest::mouseClick(trust, Qt::LeftButton);
    QTRY_COMPARE(contacts->contactList()->topLevelItemCount(), 1);
    QCOMPARE(contacts->contactList()->topLevelItem(0)->text(0), QStringLiteral("Koordinierende Stelle KIM"));
    contacts->close();

    // The office registers the case manager's card the same way (here directly).
    exchange::ContactBook(office.db(), kim::test::wallClock()).trust(ownCard);
}

void ProblemGuiTest::exportThroughWizard(MainWindow& window, const QString& path) {
    action(window, "exportProblemsAction")->trigger();
    ProblemExportWizard* wizard = nullptr;
    QTRY_VERIFY((wizard = visibleChild<ProblemExportWizard>(&window)) != nullptr);

    // Quarter: the last completed one is chosen by default; the flag is in the current one. The
    // figures are gathered off the GUI thread, the wizard disabled meanwhile.
    QTreeWidget* quarters = wizard->quarterPage()->quarterList();
    QTRY_VERIFY(quarters->currentItem() != nullptr);
    QVERIFY(wizard->isEnabled());
    QCOMPARE(quarters->currentItem()->data(0, Qt::UserRole).toString(), currentQuarter().previous().toString());
    QTreeWidgetItem* current = nullptr;
    for (int row = 0; row < quarters->topLevelItemCount(); ++row) {
        if (quarters->topLevelItem(row)->data(0, Qt::UserRole).toString() == currentQuarter().toString()) {
            current = quarters->topLevelItem(row);
        }
    }
    QVERIFY(current != nullptr);
    QCOMPARE(current->text(1), QStringLiteral("1"));
    quarters->setCurrentItem(current);
    wizard->button(QWizard::NextButton)->click();
    QCOMPARE(wizard->currentId(), static_cast<int>(ProblemExportWizard::PreviewPageId));

    // Preview: the tables in words, the proposal, and what does not leave; no canary. Until the
    // worker has built the report, the wizard takes no input and cannot go on.
    QVERIFY(!wizard->isEnabled());
    QVERIFY(!wizard->previewPage()->isComplete());
    wizard->reject(); // Escape or the title bar's close button: ignored while the worker runs
    QVERIFY(wizard->isVisible());
    QTRY_VERIFY(wizard->previewPage()->isComplete());
    QVERIFY(wizard->isEnabled());
    QTextBrowser* preview = wizard->previewPage()->preview();
    const QString text = preview->toPlainText();
    for (const QString& expected :
         {m_problemTitle, ProposalTitle, core::label(core::InstitutionType::ImmigrationOffice),
          QStringLiteral("Staatsangehörigkeit")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }
    for (const QString& canary : {CanaryFirstName, CanaryLastName, CanaryNationality, CanaryNote, m_caseCode,
                                  ImmigrationOffice, CanaryBirthDate.toString(QStringLiteral("dd.MM.yyyy"))}) {
        QVERIFY2(!text.contains(canary), qPrintable(canary));
    }
    QVERIFY(!text.contains(QStringLiteral("Prüfsumme")));
    wizard->previewPage()->keySumsCheck()->setChecked(true);
    QVERIFY(preview->toPlainText().contains(QStringLiteral("Prüfsumme")));
    wizard->button(QWizard::NextButton)->click();

    // Recipient and file; "Exportieren" writes the package.
    QCOMPARE(wizard->currentId(), static_cast<int>(ProblemExportWizard::RecipientPageId));
    QCOMPARE(wizard->recipientPage()->recipientCombo()->count(), 1);
    // A typed name of an existing file is not silently replaced.
    QLineEdit* file = wizard->recipientPage()->fileEdit();
    const QString existing = QFileInfo(path).dir().filePath(QStringLiteral("schon-da.kimpkg"));
    test::writeBytes(existing, QByteArrayLiteral("alt"));
    file->clear();
    typeInto(file, QDir::toNativeSeparators(existing));
    wizard->button(QWizard::CommitButton)->click();
    QCOMPARE(wizard->currentId(), static_cast<int>(ProblemExportWizard::RecipientPageId));
    QVERIFY(named<QLabel>(wizard->recipientPage(), "errorLabel")->isVisible());
    QCOMPARE(test::fileBytes(existing), QByteArrayLiteral("alt"));
    FileDialogs::setNextFileName(path);
    QTest::mouseClick(named<QPushButton>(wizard->recipientPage(), "browseButton"), Qt::LeftButton);
    QCOMPARE(QDir::fromNativeSeparators(wizard->recipientPage()->fileEdit()->text()), path);
    wizard->button(QWizard::CommitButton)->click();
    QCOMPARE(wizard->currentId(), static_cast<int>(ProblemExportWizard::DonePageId));
    QVERIFY(named<QLabel>(wizard, "summaryLabel")->text().contains(QDir::toNativeSeparators(path)));
    QVERIFY(ownerOnly(path));
    wizard->button(QWizard::FinishButton)->click();
}

void ProblemGuiTest::checkPackageAtTheOffice(OfficeVault& office, const QString& path) {
    const QByteArray package = test::fileBytes(path);
    QVERIFY(!package.isEmpty());
    const exchange::OpenedPackage opened =
        exchange::PackageReader(office.db(), *office.identity, kim::test::wallClock()).read(bytesOf(package));
    QCOMPARE(opened.payload.kind, reporting::ProblemReport::Kind);
    QCOMPARE(opened.payload.period, currentQuarter().toString());
    const QByteArray payload = opened.payloadJson;
    QVERIFY(payload.contains(m_problemCode.toUtf8()));
    QVERIFY(payload.contains(ProposalTitle.toUtf8()));
    for (const QString& canary :
         {CanaryFirstName, CanaryLastName, CanaryNationality, CanaryNote, m_caseCode, ImmigrationOffice,
          CanaryBirthDate.toString(Qt::ISODate), CanaryBirthDate.toString(QStringLiteral("dd.MM.yyyy")),
          CanaryBirthDate.toString(QStringLiteral("yyyyMMdd")), QStringLiteral("Amal Haddad")}) {
        QVERIFY2(!payload.contains(canary.toUtf8()), qPrintable(canary));
    }
    // And the office's intake takes it.
    const auto outcome = reporting::OfficeInbox(office.db(), *office.identity, office.clock)
                             .importPackage(bytesOf(package), QStringLiteral("meldung.kimpkg"));
    QVERIFY2(outcome.result == reporting::ImportResult::Accepted, qPrintable(outcome.reason));
}

void ProblemGuiTest::importFeedback(MainWindow& window, OfficeVault& office, const QString& folder) {
    core::ConferenceItem item;
    item.problemCode = m_problemCode;
    item.period = currentQuarter().toString();
    item.conferenceDate = QDate::currentDate();
    item.agendaTitle = QStringLiteral("Wartezeiten bei der Ausländerbehörde");
    item.decision = QStringLiteral("Die Ausländerbehörde richtet eine offene Terminsprechstunde ein.");
    item.workingGroup = QStringLiteral("AG Aufenthalt");
    item.measures = QStringLiteral("Sprechstunde dienstags, Online-Terminvergabe");
    item.status = core::ConferenceItemStatus::InProgress;
    item.feedback = QStringLiteral("Bitte melden Sie weiter, ob sich die Wartezeiten verkürzen.");
    core::ConferenceRepository(office.db(), office.clock).save(item);
    const std::vector<uint8_t> feedback =
        reporting::OfficeOutbox(office.db(), *office.identity, office.clock).writeFeedback({item});
    const QString feedbackPath = folder + QStringLiteral("/rueckmeldung.kimpkg");
    const QString garbagePath = folder + QStringLiteral("/kaputt.kimpkg");
    test::writeBytes(feedbackPath, QByteArray(reinterpret_cast<const char*>(feedback.data()),
                                              static_cast<qsizetype>(feedback.size())));
    test::writeBytes(garbagePath, QByteArrayLiteral("age-encryption.org/v1\n-> X25519 kaputt\n"));

    CaseManagerView* view = window.caseManagerView();
    QCOMPARE(view->sideTabs()->tabText(CaseManagerView::FeedbackTab), QStringLiteral("&Rückmeldungen"));
    FileDialogs::setNextFileNames({feedbackPath, garbagePath});
    action(window, "importPackageAction")->trigger();
    PackageImportDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<PackageImportDialog>(&window)) != nullptr);
    QTreeWidget* results = dialog->results();
    QCOMPARE(results->topLevelItemCount(), 2);
    QCOMPARE(results->topLevelItem(0)->text(1), QStringLiteral("eingelesen"));
    QCOMPARE(results->topLevelItem(0)->text(2), QStringLiteral("Koordinierende Stelle KIM"));
    QCOMPARE(results->topLevelItem(1)->text(1), QStringLiteral("abgewiesen"));
    QCOMPARE(results->topLevelItem(0)->childCount(), 0);
    QCOMPARE(results->topLevelItem(1)->childCount(), 1);
    QVERIFY(!results->topLevelItem(1)->child(0)->text(0).isEmpty());
    dialog->close();

    // The tab counts the unread item; opening it marks it read.
    QCOMPARE(view->sideTabs()->tabText(CaseManagerView::FeedbackTab), QStringLiteral("Rückmeldungen (1)"));
    FeedbackPanel* panel = view->feedbackPanel();
    QCOMPARE(panel->list()->topLevelItemCount(), 1);
    QVERIFY(panel->list()->topLevelItem(0)->font(0).bold());
    view->sideTabs()->setCurrentIndex(CaseManagerView::FeedbackTab);
    panel->list()->setCurrentItem(panel->list()->topLevelItem(0));
    const QString details = panel->details()->toPlainText();
    for (const QString& expected : {item.decision, item.workingGroup, item.measures, item.feedback,
                                    core::label(core::ConferenceItemStatus::InProgress)}) {
        QVERIFY2(details.contains(expected), qPrintable(expected));
    }
    QCOMPARE(view->sideTabs()->tabText(CaseManagerView::FeedbackTab), QStringLiteral("&Rückmeldungen"));
    QVERIFY(!panel->list()->topLevelItem(0)->font(0).bold());

    // The same package again is a replay: rejected, nothing new.
    FileDialogs::setNextFileNames({feedbackPath});
    action(window, "importPackageAction")->trigger();
    QTRY_VERIFY((dialog = visibleChild<PackageImportDialog>(&window)) != nullptr);
    QCOMPARE(dialog->results()->topLevelItem(0)->text(1), QStringLiteral("abgewiesen"));
    dialog->close();
    QCOMPARE(panel->list()->topLevelItemCount(), 1);
}

void ProblemGuiTest::journeyFromFlagToExportAndFeedback() {
    QTemporaryDir dir;
    OfficeVault office;
    MainWindow window;
    window.setKdfParamsForNewWorkspaces(test::fastKdf());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(createWorkspace(window, dir.filePath(QStringLiteral("fallakte.kimvault")),
                            storage::WorkspaceKind::CaseManager));
    QVERIFY(window.caseManagerView() != nullptr);
    QVERIFY(window.officeView() == nullptr);

    addClientWithCanaries(window);
    QVERIFY(!QTest::currentTestFailed());
    recordConsentCaseAndNote(window);
    QVERIFY(!QTest::currentTestFailed());
    flagProblemThroughDialog(window);
    QVERIFY(!QTest::currentTestFailed());
    proposeProblemType(window);
    QVERIFY(!QTest::currentTestFailed());
    exchangeContactCards(window, office, dir.filePath(QStringLiteral("amal.kimcard")));
    QVERIFY(!QTest::currentTestFailed());
    const QString packagePath = dir.filePath(QStringLiteral("meldung.kimpkg"));
    exportThroughWizard(window, packagePath);
    QVERIFY(!QTest::currentTestFailed());
    checkPackageAtTheOffice(office, packagePath);
    QVERIFY(!QTest::currentTestFailed());
    importFeedback(window, office, dir.path());
    QVERIFY(!QTest::currentTestFailed());

    // Locking drops the view and every dialog with it.
    window.lockWorkspace();
    QVERIFY(!window.isUnlocked());
    QVERIFY(window.caseManagerView() == nullptr);
    QVERIFY(window.findChild<ProblemExportWizard*>() == nullptr);
}
