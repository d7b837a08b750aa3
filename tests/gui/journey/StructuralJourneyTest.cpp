// SPDX-License-Identifier: GPL-3.0-or-later
// The whole structural-problem path through the real windows: two case managers
// and a coordinating office, each a real vault in its own MainWindow, exchange contact cards
// through the contacts dialogs; the case managers flag problems for their clients (a family
// among them) and export the quarter with the wizard; the office reads the folder of packages,
// publishes the quarter, saves the conference report, records a decision and sends the
// feedback that both case managers then read. No canary of a case file is in any package.

#include "ProblemGuiSupport.h"

#include <algorithm>
#include <array>

#include "gui/office/ConferenceItemEditor.h"
#include "gui/office/ConferenceReport.h"
#include "gui/office/ConferenceTab.h"
#include "gui/office/EvaluationTab.h"
#include "gui/office/IntakeTab.h"
#include "gui/common/FileDialogs.h"
#include "gui/office/ReportTab.h"
#include "gui/reports/RowsModel.h"
#include "gui/office/TaxonomyTab.h"

using namespace problemgui;

namespace {

const QString ProblemCode = QStringLiteral("INS-07"); // long waits at the immigration office
const QString HousingCode = QStringLiteral("WOH-01"); // once only: falls under "sonstige"
const QString Nationality = QStringLiteral("Tuvalu");
const QString OfficeName = QStringLiteral("Koordinierende Stelle KIM");
const QString Decision = QStringLiteral("Offene Terminsprechstunde der Auslaenderbehoerde ab Oktober");
const QString WorkingGroup = QStringLiteral("AG Aufenthalt");
const QString Measures = QStringLiteral("Sprechstunde dienstags, Online-Terminvergabe");
const QString Feedback = QStringLiteral("Bitte melden Sie weiter, ob die Wartezeiten kuerzer werden.");

// A client as the case manager types it; names and birth date are canaries.
enum class Role { Single, FamilyHead, FamilyMember, AlsoHousing };
struct ClientSpec {
    const char* firstName;
    const char* lastName;
    QDate birthDate;
    core::Municipality municipality;
    Role role;
};

// A case manager's desk: the window and the case files, with what must never leave the vault.
struct Desk {
    QString name;
    QString file; // of the vault, the card and the package
    QString note; // consultation note of the family head, a canary
    QList<ClientSpec> clients;
    int expectedUnits; // counted units of the quarter, as the export wizard shows them
    std::unique_ptr<MainWindow> window{};
    QStringList caseCodes{};
};

using M = core::Municipality;
// Four clients, three units (a family of two), three municipalities.
const QList<ClientSpec> HaddadsClients{
    {"Zebulon", "Quaxterfeld", QDate(1979, 4, 17), M::Guetersloh, Role::FamilyHead},
    {"Zenobia", "Quaxterfeld", QDate(2008, 11, 3), M::Guetersloh, Role::FamilyMember},
    {"Ottokar", "Vielgrund", QDate(1991, 2, 28), M::Verl, Role::Single},
    {"Philippa", "Mornwerth", QDate(1985, 9, 9), M::Werther, Role::Single}};
// Three units with the common problem, one of them with a housing problem too: four units.
const QList<ClientSpec> BeckersClients{
    {"Quirina", "Blaustrumpf", QDate(1967, 12, 24), M::Harsewinkel, Role::FamilyHead},
    {"Balduin", "Blaustrumpf", QDate(1999, 6, 30), M::Harsewinkel, Role::FamilyMember},
    {"Ermenegildo", "Sturzwind", QDate(1973, 3, 5), M::Rietberg, Role::AlsoHousing},
    {"Cosima", "Federkiel", QDate(2001, 7, 14), M::Halle, Role::Single}};

QStringList canariesOf(const Desk& desk) {
    QStringList canaries{Nationality, desk.note};
    canaries << desk.caseCodes;
    for (const ClientSpec& client : desk.clients) {
        canaries << QString::fromUtf8(client.firstName) << QString::fromUtf8(client.lastName)
                 << client.birthDate.toString(Qt::ISODate) << client.birthDate.toString(QStringLiteral("dd.MM.yyyy"))
                 << client.birthDate.toString(QStringLiteral("yyyyMMdd"));
    }
    return canaries;
}

// Runs one step; false once a check in it failed, so the journey stops there.
template <typename Step> bool passes(Step&& step) {
    step();
    return !QTest::currentTestFailed();
}

} // namespace

class StructuralJourneyTest : public QObject {
    Q_OBJECT

private:
    // The stages of the journey and their steps; each fails the running test on its own.
    void setUpWorkspacesAndContacts();
    std::unique_ptr<MainWindow> openWindow(const QString& file, storage::WorkspaceKind kind);
    void saveOwnCard(MainWindow& window, const QString& name, const QString& card);
    void trustCard(MainWindow& window, const QString& card, const QString& expectedName);
    void addClient(Desk& desk, const ClientSpec& client);
    void openCaseWithNote(MainWindow& window, const QString& note);
    void flagProblem(MainWindow& window, core::FieldOfAction field, const QString& code);
    void proposeType(MainWindow& window);
    void exportQuarter(Desk& desk);
    void checkCanariesAtTheOffice();
    void importFolderAtTheOffice(OfficeView& office);
    void publishAndSaveReport(OfficeView& office);
    void recordDecisionAndSendFeedback(OfficeView& office);
    void readFeedback(MainWindow& window);

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString package(const Desk& desk) const { return path(QStringLiteral("an-die-stelle/%1.kimpkg").arg(desk.file)); }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_office;
    std::array<Desk, 2> m_desks{Desk{QStringLiteral("Amal Haddad"), QStringLiteral("haddad"),
                                     QStringLiteral("Xylophonunterricht bei Frau Wendelstein"), HaddadsClients, 3},
                                Desk{QStringLiteral("Jonas Becker"), QStringLiteral("becker"),
                                     QStringLiteral("Bienenzucht im Schrebergarten Ahornweg"), BeckersClients, 4}};

private Q_SLOTS:
    void initTestCase();
    void fromFlagsToTheConferenceAndBack();
};

void StructuralJourneyTest::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("KIM-Test"));
    QCoreApplication::setApplicationName(QStringLiteral("structural_journey_tests"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Messages::setTestMode(true);
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("an-die-stelle")));
}

void StructuralJourneyTest::fromFlagsToTheConferenceAndBack() {
    QVERIFY(passes([&] { setUpWorkspacesAndContacts(); }));
    for (Desk& desk : m_desks) {
        for (const ClientSpec& client : desk.clients) {
            QVERIFY(passes([&] { addClient(desk, client); }));
            QVERIFY(passes(
                [&] { openCaseWithNote(*desk.window, client.role == Role::FamilyHead ? desk.note : QString()); }));
            QVERIFY(passes([&] { flagProblem(*desk.window, core::FieldOfAction::Institutions, ProblemCode); }));
            if (client.role == Role::AlsoHousing) {
                QVERIFY(passes([&] { flagProblem(*desk.window, core::FieldOfAction::HousingMobility, HousingCode); }));
            }
        }
        if (&desk == &m_desks.front()) {
            QVERIFY(passes([&] { proposeType(*desk.window); }));
        }
        QVERIFY(passes([&] { exportQuarter(desk); }));
    }
    QVERIFY(passes([&] { checkCanariesAtTheOffice(); }));
    OfficeView& office = *m_office->officeView();
    QVERIFY(passes([&] { importFolderAtTheOffice(office); }));
    QVERIFY(passes([&] { publishAndSaveReport(office); }));
    QVERIFY(passes([&] { recordDecisionAndSendFeedback(office); }));
    for (Desk& desk : m_desks) {
        QVERIFY(passes([&] { readFeedback(*desk.window); }));
    }
}

// Three vaults in three windows; the cards go both ways through the contacts dialogs.
void StructuralJourneyTest::setUpWorkspacesAndContacts() {
    m_office = openWindow(QStringLiteral("stelle.kimvault"), storage::WorkspaceKind::CoordinatingOffice);
    QVERIFY(m_office->officeView() != nullptr);
    const QString officeCard = path(QStringLiteral("stelle.kimcard"));
    QVERIFY(passes([&] { saveOwnCard(*m_office, OfficeName, officeCard); }));
    for (Desk& desk : m_desks) {
        desk.window = openWindow(desk.file + QStringLiteral(".kimvault"), storage::WorkspaceKind::CaseManager);
        QVERIFY(desk.window->caseManagerView() != nullptr);
        const QString card = path(desk.file + QStringLiteral(".kimcard"));
        QVERIFY(passes([&] { saveOwnCard(*desk.window, desk.name, card); }));
        QVERIFY(passes([&] { trustCard(*desk.window, officeCard, OfficeName); }));
        QVERIFY(passes([&] { trustCard(*m_office, card, desk.name); }));
    }
}

std::unique_ptr<MainWindow> StructuralJourneyTest::openWindow(const QString& file, storage::WorkspaceKind kind) {
    auto window = std::make_unique<MainWindow>();
    window->setKdfParamsForNewWorkspaces(test::fastKdf());
    window->show();
    if (QTest::qWaitForWindowExposed(window.get())) {
        createWorkspace(*window, path(file), kind); // fails the test when it cannot
    }
    return window;
}

void StructuralJourneyTest::saveOwnCard(MainWindow& window, const QString& name, const QString& card) {
    action(window, "contactsAction")->trigger();
    ContactsDialog* contacts = nullptr;
    QTRY_VERIFY((contacts = visibleChild<ContactsDialog>(&window)) != nullptr);
    QTest::mouseClick(named<QPushButton>(contacts, "editProfileButton"), Qt::LeftButton);
    OwnProfileDialog* profile = nullptr;
    QTRY_VERIFY((profile = visibleChild<OwnProfileDialog>(contacts)) != nullptr);
    for (const auto& [field, text] : {std::pair{"nameEdit", name}, std::pair{"roleEdit", QStringLiteral("KIM")},
                                      std::pair{"organisationEdit", QStringLiteral("Kreis Gütersloh")}}) {
        named<QLineEdit>(profile, field)->clear();
        typeInto(named<QLineEdit>(profile, field), text);
    }
    QTest::mouseClick(dialogButton(profile, QDialogButtonBox::Save), Qt::LeftButton);
    FileDialogs::setNextFileName(card);
    QTest::mouseClick(named<QPushButton>(contacts, "saveOwnCardButton"), Qt::LeftButton);
    QVERIFY(ownerOnly(card));
    QCOMPARE(exchange::ContactCard::parse(test::fileBytes(card)).name(), name);
    contacts->close();
}

// Trusted only after the fingerprint was compared (on the phone), as the dialog demands.
void StructuralJourneyTest::trustCard(MainWindow& window, const QString& card, const QString& expectedName) {
    action(window, "contactsAction")->trigger();
    ContactsDialog* contacts = nullptr;
    QTRY_VERIFY((contacts = visibleChild<ContactsDialog>(&window)) != nullptr);
    const int before = contacts->contactList()->topLevelItemCount();
    FileDialogs::setNextFileName(card);
    QTest::mouseClick(named<QPushButton>(contacts, "importCardButton"), Qt::LeftButton);
    ContactCardImportDialog* import = nullptr;
    QTRY_VERIFY((import = visibleChild<ContactCardImportDialog>(contacts)) != nullptr);
    QCOMPARE(named<QLabel>(import, "cardName")->text(), expectedName);
    named<QCheckBox>(import, "fingerprintComparedCheck")->setChecked(true);
    QTest::mouseClick(dialogButton(import, QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(contacts->contactList()->topLevelItemCount(), before + 1);
    contacts->close();
}

void StructuralJourneyTest::addClient(Desk& desk, const ClientSpec& client) {
    MainWindow& window = *desk.window;
    action(window, "newClientAction")->trigger();
    auto* editor = visibleChild<ClientEditorWidget>(&window);
    QVERIFY(editor != nullptr);
    typeInto(named<QLineEdit>(editor, "firstNameEdit"), QString::fromUtf8(client.firstName));
    typeInto(named<QLineEdit>(editor, "lastNameEdit"), QString::fromUtf8(client.lastName));
    named<QDateEdit>(editor, "birthDateEdit")->setDate(client.birthDate);
    auto* municipality = named<QComboBox>(editor, "municipalityCombo");
    municipality->setCurrentIndex(municipality->findData(static_cast<int>(client.municipality)));
    typeInto(named<QLineEdit>(editor, "residenceNoteEdit"), QStringLiteral("Staatsangehörigkeit: %1").arg(Nationality));
    if (client.role == Role::FamilyMember) {
        typeInto(named<QLineEdit>(editor, "familyEdit"), desk.caseCodes.last());
    }
    QTest::mouseClick(named<QPushButton>(editor, "saveButton"), Qt::LeftButton);
    QVERIFY2(!named<QLabel>(editor, "errorLabel")->isVisible(),
             qPrintable(named<QLabel>(editor, "errorLabel")->text()));
    // "Fallcode KIM-2026-0001 · angelegt am …"
    const QString caseCode = named<QLabel>(editor, "stateLabel")->text().section(QLatin1Char(' '), 1, 1);
    QVERIFY(!caseCode.isEmpty());
    desk.caseCodes << caseCode;
}

// A case needs the client's consent; the note is a canary for the export.
void StructuralJourneyTest::openCaseWithNote(MainWindow& window, const QString& note) {
    CaseFileWidget* caseFile = window.caseManagerView()->caseFile();
    caseFile->showTab(CaseFileWidget::ConsentsTab);
    QTest::mouseClick(named<QPushButton>(&window, "recordConsentButton"), Qt::LeftButton);
    ConsentDialog* consent = nullptr;
    QTRY_VERIFY((consent = visibleChild<ConsentDialog>(&window)) != nullptr);
    QTest::mouseClick(dialogButton(consent, QDialogButtonBox::Save), Qt::LeftButton);
    caseFile->showTab(CaseFileWidget::CaseAndGoalsTab);
    QTest::mouseClick(named<QPushButton>(&window, "openCaseButton"), Qt::LeftButton);
    QVERIFY2(Messages::lastError().isEmpty(), qPrintable(Messages::lastError()));
    if (note.isEmpty()) {
        return;
    }
    caseFile->showTab(CaseFileWidget::ConsultationTab);
    QTest::mouseClick(named<QPushButton>(&window, "addConsultationButton"), Qt::LeftButton);
    ConsultationDialog* consultation = nullptr;
    QTRY_VERIFY((consultation = visibleChild<ConsultationDialog>(&window)) != nullptr);
    named<QPlainTextEdit>(consultation, "notesEdit")->setPlainText(note);
    QTest::mouseClick(dialogButton(consultation, QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_COMPARE(named<QTreeWidget>(&window, "consultationList")->topLevelItemCount(), 1);
}

void StructuralJourneyTest::flagProblem(MainWindow& window, core::FieldOfAction field, const QString& code) {
    window.caseManagerView()->caseFile()->showTab(CaseFileWidget::ProblemsTab);
    auto* list = named<QTreeWidget>(&window, "problemFlagList");
    const int before = list->topLevelItemCount();
    QTest::mouseClick(named<QPushButton>(&window, "newProblemFlagButton"), Qt::LeftButton);
    ProblemFlagDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<ProblemFlagDialog>(&window)) != nullptr);
    auto* fields = named<QComboBox>(dialog, "fieldCombo");
    fields->setCurrentIndex(fields->findData(static_cast<int>(field)));
    auto* types = named<QComboBox>(dialog, "problemTypeCombo");
    QVERIFY(types->findData(code) >= 0);
    types->setCurrentIndex(types->findData(code));
    if (field == core::FieldOfAction::Institutions) {
        auto* institution = named<QComboBox>(dialog, "institutionCombo");
        institution->setCurrentIndex(institution->findText(ImmigrationOffice, Qt::MatchStartsWith));
    }
    QTest::mouseClick(dialogButton(dialog, QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_COMPARE(list->topLevelItemCount(), before + 1); // one Handlungsfeld more
}

void StructuralJourneyTest::proposeType(MainWindow& window) {
    action(window, "proposeTypeAction")->trigger();
    ProblemProposalDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<ProblemProposalDialog>(&window)) != nullptr);
    typeInto(named<QLineEdit>(dialog, "titleEdit"), ProposalTitle);
    named<QPlainTextEdit>(dialog, "definitionEdit")
        ->setPlainText(QStringLiteral("Wenn Prüfungstermine für Sprachzertifikate monatelang ausgebucht sind."));
    QPointer<ProblemProposalDialog> guard(dialog);
    QTest::mouseClick(dialogButton(dialog, QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull() || !guard->isVisible());
}

// The current quarter, with its counted units: a family counts once.
void StructuralJourneyTest::exportQuarter(Desk& desk) {
    action(*desk.window, "exportProblemsAction")->trigger();
    ProblemExportWizard* wizard = nullptr;
    QTRY_VERIFY((wizard = visibleChild<ProblemExportWizard>(desk.window.get())) != nullptr);
    QTreeWidget* quarters = wizard->quarterPage()->quarterList();
    QTRY_VERIFY(wizard->quarterPage()->isComplete());
    QTreeWidgetItem* current = nullptr;
    for (int row = 0; row < quarters->topLevelItemCount(); ++row) {
        if (quarters->topLevelItem(row)->data(0, Qt::UserRole).toString() == currentQuarter().toString()) {
            current = quarters->topLevelItem(row);
        }
    }
    QVERIFY(current != nullptr);
    QCOMPARE(current->text(1), QString::number(desk.expectedUnits));
    quarters->setCurrentItem(current);
    wizard->button(QWizard::NextButton)->click();
    QTRY_VERIFY(wizard->previewPage()->isComplete());
    QVERIFY(wizard->previewPage()->preview()->toPlainText().contains(ProblemCode));
    wizard->button(QWizard::NextButton)->click();
    QVERIFY(wizard->recipientPage()->recipientCombo()->currentText().startsWith(OfficeName));
    FileDialogs::setNextFileName(package(desk));
    QTest::mouseClick(named<QPushButton>(wizard->recipientPage(), "browseButton"), Qt::LeftButton);
    wizard->button(QWizard::CommitButton)->click();
    QCOMPARE(wizard->currentId(), static_cast<int>(ProblemExportWizard::DonePageId));
    QVERIFY(ownerOnly(package(desk)));
    wizard->button(QWizard::FinishButton)->click();
}

// The office opens its vault and decrypts every package with its own key: codes, never a
// canary. Before the intake, because PackageReader::read refuses a package already taken in.
void StructuralJourneyTest::checkCanariesAtTheOffice() {
    m_office->lockWorkspace();
    {
        const auto vault = storage::Vault::open(path(QStringLiteral("stelle.kimvault")), Password);
        const std::optional<exchange::Identity> identity = exchange::IdentityStore::load(vault->database());
        QVERIFY(identity.has_value());
        for (const Desk& desk : m_desks) {
            const QByteArray bytes = test::fileBytes(package(desk));
            const exchange::OpenedPackage opened =
                exchange::PackageReader(vault->database(), *identity, kim::test::wallClock()).read(bytesOf(bytes));
            QCOMPARE(opened.payload.kind, reporting::ProblemReport::Kind);
            QCOMPARE(opened.payload.period, currentQuarter().toString());
            QVERIFY(opened.payloadJson.contains(ProblemCode.toUtf8())); // the check sees what is there
            QVERIFY(!opened.payloadJson.contains(desk.name.toUtf8()));
            for (const QString& canary : canariesOf(desk)) {
                QVERIFY2(!opened.payloadJson.contains(canary.toUtf8()), qPrintable(canary));
                QVERIFY2(!bytes.contains(canary.toUtf8()), qPrintable(canary));
            }
        }
    } // closed again before the window unlocks it
    UnlockDialog* unlock = nullptr;
    QTRY_VERIFY((unlock = visibleChild<UnlockDialog>(m_office.get())) != nullptr);
    typeInto(named<QLineEdit>(unlock, "passwordEdit"), Password);
    QTest::keyClick(named<QLineEdit>(unlock, "passwordEdit"), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_office->officeView() != nullptr, SlowTimeout);
}

// All packages at once, from one folder.
void StructuralJourneyTest::importFolderAtTheOffice(OfficeView& office) {
    office.showTab(OfficeView::IntakePage);
    FileDialogs::setNextFileName(path(QStringLiteral("an-die-stelle")));
    QTest::mouseClick(named<QPushButton>(&office, "importFolderButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!office.intake()->isImporting(), SlowTimeout);
    RowsModel* outcomes = office.intake()->outcomes();
    QCOMPARE(outcomes->rowCount(), 2);
    QStringList senders;
    for (int row = 0; row < outcomes->rowCount(); ++row) {
        QCOMPARE(outcomes->textAt(row, 2), currentQuarter().label());
        QVERIFY2(outcomes->textAt(row, 3) == QStringLiteral("Angenommen"), qPrintable(outcomes->textAt(row, 4)));
        senders << outcomes->textAt(row, 1);
    }
    senders.sort();
    QCOMPARE(senders, QStringList({QStringLiteral("Amal Haddad"), QStringLiteral("Jonas Becker")}));
    QCOMPARE(office.intake()->submissions()->rowCount(), 2);
    QCOMPARE(office.taxonomy()->proposals()->rowCount(), 1); // Amal Haddad's proposal
}

// Published figures only: no 1 or 2 on screen or in the CSV; the files are the owner's only.
void StructuralJourneyTest::publishAndSaveReport(OfficeView& office) {
    office.showTab(OfficeView::EvaluationPage);
    EvaluationTab* evaluation = office.evaluation();
    evaluation->quarterCombo()->setCurrentIndex(evaluation->quarterCombo()->findData(currentQuarter().toString()));
    QTest::mouseClick(evaluation->publishButton(), Qt::LeftButton);
    QVERIFY2(Messages::lastError().isEmpty(), qPrintable(Messages::lastError()));
    QCOMPARE(evaluation->revisionModel()->rowCount(), 1);

    office.showTab(OfficeView::ReportPage);
    ReportTab* report = office.report();
    report->quarterCombo()->setCurrentIndex(report->quarterCombo()->findData(currentQuarter().toString()));
    QVERIFY(report->report().has_value());
    for (const ReportTable& table : report->report()->tables()) {
        for (const ReportTable::Row& row : table.rows) {
            for (const qint64 value : row.values) {
                QVERIFY2(value != 1 && value != 2, qPrintable(table.id + QLatin1Char(' ') + row.labels.join(u' ')));
            }
        }
    }
    const ReportTable* ranking = report->report()->table(QStringLiteral("ranking"));
    QVERIFY(ranking != nullptr);
    // Six families with the problem: at least 3 after the noise, and published on its own.
    const auto flagged = std::find_if(ranking->rows.begin(), ranking->rows.end(),
                                      [](const ReportTable::Row& row) { return row.code == ProblemCode; });
    QVERIFY(flagged != ranking->rows.end());
    QVERIFY(flagged->values.value(0) >= 3);

    const QString pdf = path(QStringLiteral("bericht.pdf"));
    FileDialogs::setNextFileName(pdf);
    QTest::mouseClick(named<QPushButton>(report, "pdfButton"), Qt::LeftButton);
    QVERIFY(test::fileBytes(pdf).startsWith("%PDF"));
    QVERIFY(ownerOnly(pdf));
    const QString csv = path(QStringLiteral("bericht.csv"));
    FileDialogs::setNextFileName(csv);
    QTest::mouseClick(named<QPushButton>(report, "csvButton"), Qt::LeftButton);
    const QByteArray csvBytes = test::fileBytes(csv);
    QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF")); // so German Excel reads UTF-8
    QVERIFY(ownerOnly(csv));
    const QStringList lines = QString::fromUtf8(csvBytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 3);
    for (const QString& line : lines.mid(1, lines.size() - 2)) { // between header and protection note
        const int value = line.section(QLatin1Char(';'), -1).toInt();
        QVERIFY2(value != 1 && value != 2, qPrintable(line));
    }
    QVERIFY(lines.join(u'\n').contains(ProblemCode));
}

void StructuralJourneyTest::recordDecisionAndSendFeedback(OfficeView& office) {
    QTableView* ranking = office.report()->rankingView();
    for (int row = 0; row < ranking->model()->rowCount(); ++row) {
        if (ranking->model()->index(row, 1).data().toString() == ProblemCode) {
            ranking->selectRow(row);
        }
    }
    QTest::mouseClick(named<QPushButton>(&office, "agendaButton"), Qt::LeftButton);
    QCOMPARE(office.tabs()->currentIndex(), static_cast<int>(OfficeView::ConferencePage));
    ConferenceItemEditor* editor = office.conference()->editor();
    QCOMPARE(editor->item().problemCode, ProblemCode);
    QCOMPARE(editor->item().period, currentQuarter().toString());
    QTest::keyClicks(editor->decisionEdit(), Decision);
    QTest::keyClicks(editor->workingGroupEdit(), WorkingGroup);
    QTest::keyClicks(editor->measuresEdit(), Measures);
    QTest::keyClicks(editor->feedbackEdit(), Feedback);
    editor->statusCombo()->setCurrentIndex(
        editor->statusCombo()->findData(static_cast<int>(core::ConferenceItemStatus::InProgress)));
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QVERIFY2(Messages::lastError().isEmpty(), qPrintable(Messages::lastError()));
    QCOMPARE(office.conference()->items()->rowCount(), 1);

    const QString feedback = path(QStringLiteral("rueckmeldung.kimpkg"));
    FileDialogs::setNextFileName(feedback); // "Rückmeldung senden…", confirmed
    QTest::mouseClick(office.conference()->sendButton(), Qt::LeftButton);
    QVERIFY2(Messages::lastError().isEmpty(), qPrintable(Messages::lastError()));
    QVERIFY(ownerOnly(feedback));
    QCOMPARE(office.conference()->items()->textAt(0, 5), QStringLiteral("gesendet"));
}

void StructuralJourneyTest::readFeedback(MainWindow& window) {
    CaseManagerView* view = window.caseManagerView();
    FileDialogs::setNextFileNames({path(QStringLiteral("rueckmeldung.kimpkg"))});
    action(window, "importPackageAction")->trigger(); // "Paket einlesen…"
    PackageImportDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<PackageImportDialog>(&window)) != nullptr);
    QCOMPARE(dialog->results()->topLevelItemCount(), 1);
    QCOMPARE(dialog->results()->topLevelItem(0)->text(1), QStringLiteral("eingelesen"));
    QCOMPARE(dialog->results()->topLevelItem(0)->text(2), OfficeName);
    dialog->close();

    QCOMPARE(view->sideTabs()->tabText(CaseManagerView::FeedbackTab), QStringLiteral("Rückmeldungen (1)"));
    FeedbackPanel* panel = view->feedbackPanel();
    QCOMPARE(panel->list()->topLevelItemCount(), 1);
    view->sideTabs()->setCurrentIndex(CaseManagerView::FeedbackTab);
    panel->list()->setCurrentItem(panel->list()->topLevelItem(0));
    const QString details = panel->details()->toPlainText();
    for (const QString& expected : {Decision, WorkingGroup, Measures, Feedback, ProblemCode}) {
        QVERIFY2(details.contains(expected), qPrintable(expected));
    }
}

QTEST_MAIN(StructuralJourneyTest)
#include "StructuralJourneyTest.moc"
