// SPDX-License-Identifier: GPL-3.0-or-later
// The coordinating office's screens as a user drives them: read a folder of problem reports
// (with a tampered package, a replay and a stranger's), publish a quarter and a revision, save
// the conference report as PDF and CSV, record a conference decision and send the feedback
// that a case manager's vault then reads, adopt a proposal and issue the taxonomy.

#include "OfficeTestWorld.h"

#include "core/ConferenceRepository.h"
#include "core/ProblemTaxonomy.h"
#include "reporting/CaseManagerInbox.h"
#include "exchange/ContactBook.h"
#include "exchange/PackageWriter.h"
#include "reporting/ProblemReport.h"
#include "reporting/PublicationStore.h"
#include "gui/common/Messages.h"
#include "gui/common/FileDialogs.h"
#include "gui/office/ConferenceItemEditor.h"
#include "gui/office/ConferenceTab.h"
#include "gui/office/DisclosureParametersWidget.h"
#include "gui/office/EvaluationTab.h"
#include "gui/office/IntakeTab.h"
#include "gui/office/OfficeView.h"
#include "gui/office/ProblemTypeDialog.h"
#include "gui/office/ReportTab.h"
#include "gui/office/RevisionReasonDialog.h"
#include "gui/reports/RowsModel.h"
#include "gui/office/TaxonomyTab.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>
#include <QUrl>

using namespace kim;
using namespace kim::gui;

namespace {

constexpr int ImportTimeout = 60000;
const core::Quarter Q1{2026, 1};
const core::Quarter Q2{2026, 2};

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

QDateTime at(int month, int day) {
    return QDateTime(QDate(2026, month, day), QTime(9, 0), Qt::UTC);
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::span<const uint8_t> bytesOf(const QByteArray& data) {
    return {reinterpret_cast<const uint8_t*>(data.constData()), size_t(data.size())};
}

// 0600: the owner reads and writes, group and others get nothing.
bool ownerOnly(const QString& path) {
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return permissions.testFlag(QFileDevice::ReadOwner) && permissions.testFlag(QFileDevice::WriteOwner) &&
           !permissions.testFlag(QFileDevice::ExeOwner) && (permissions & others) == 0;
}

// The outcome row of a file, as the result table shows it.
QStringList outcomeRow(RowsModel* model, const QString& file) {
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->textAt(row, 0) == file) {
            return {model->textAt(row, 1), model->textAt(row, 2), model->textAt(row, 3), model->textAt(row, 4)};
        }
    }
    return {};
}

} // namespace

class OfficeGuiTest : public QObject {
    Q_OBJECT

private:
    void writeInbox();
    void importAndWait(const std::function<void()>& start);
    void saveScreenshot(QWidget* widget, const QString& name, bool fullColour = false);
    test::OfficeTestWorkspace& cm(int index) { return *m_world->caseManagers[size_t(index)]; }

    std::unique_ptr<test::OfficeTestWorld> m_world;
    std::unique_ptr<OfficeView> m_view;
    QTemporaryDir m_files;
    QString m_adoptedCode;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void folderImportShowsEveryOutcomeWithItsReason();
    void publishingFreezesTheYearAndARevisionNeedsAReason();
    void reportShowsChartsAndIsSavedAsPdfAndCsv();
    void conferenceFeedbackReachesTheCaseManager();
    void adoptedProposalTravelsInTheIssuedTaxonomy();
    void editedAndRetiredTypesWaitForTheNextIssue();
    void droppedFilesAreReadAndForeignOnesRejected();
    void screenshots();
};

void OfficeGuiTest::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("KIM-Test"));
    QCoreApplication::setApplicationName(QStringLiteral("office_gui_tests"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Messages::setTestMode(true);
    m_world = std::make_unique<test::OfficeTestWorld>();
    writeInbox();
    m_view = std::make_unique<OfficeView>(m_world->office.db(), *m_world->office.identity, m_world->clock);
    m_view->resize(1400, 860);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void OfficeGuiTest::cleanupTestCase() {
    m_view.reset();
    m_world.reset();
}

void OfficeGuiTest::writeInbox() {
    QVERIFY(QDir(m_files.path()).mkpath(QStringLiteral("eingang")));
    const QDir inbox(m_files.filePath(QStringLiteral("eingang")));
    const auto write = [&](const QString& name, const QByteArray& bytes) {
        QVERIFY(test::writeFile(inbox.filePath(name), bytes));
    };
    const QList<int> south{7, 8, 11}; // Rheda-Wiedenbrück, Rietberg, Verl
    const QList<int> north{1, 3, 13}; // Borgholzhausen, Halle, Werther
    const QList<int> centre{2, 4, 10};
    write(QStringLiteral("01-haddad-2026-Q1.kimpkg"),
          m_world->report(cm(0), Q1, test::unitsFor(1, 30, centre), at(4, 2)));
    write(QStringLiteral("02-becker-2026-Q1.age"), m_world->report(cm(1), Q1, test::unitsFor(2, 28, south), at(4, 3)));
    write(QStringLiteral("03-haddad-2026-Q2.kimpkg"),
          m_world->report(cm(0), Q2, test::unitsFor(3, 40, centre), at(7, 2)));
    write(QStringLiteral("04-becker-2026-Q2.kimpkg"),
          m_world->report(cm(1), Q2, test::unitsFor(4, 36, south), at(7, 2)));
    core::ProblemProposal proposal;
    proposal.field = core::FieldOfAction::WorkEconomy;
    proposal.title = QStringLiteral("Kein Zugang zu Praktika für Geflüchtete");
    proposal.definition = QStringLiteral("Betriebe bieten Geflüchteten keine Praktikumsplätze an.");
    const QByteArray yilmaz = m_world->report(cm(2), Q2, test::unitsFor(5, 34, north), at(7, 3), {proposal});
    write(QStringLiteral("05-yilmaz-2026-Q2.kimpkg"), yilmaz);
    write(QStringLiteral("06-haddad-2026-Q2-korrektur.kimpkg"),
          m_world->report(cm(0), Q2, test::unitsFor(6, 42, centre), at(7, 5)));
    QByteArray tampered = m_world->report(cm(1), Q2, test::unitsFor(7, 36, south), at(7, 6));
    tampered[tampered.size() - 40] = char(tampered[tampered.size() - 40] ^ 0x01);
    write(QStringLiteral("07-becker-manipuliert.kimpkg"), tampered);
    write(QStringLiteral("08-fremd.kimpkg"),
          m_world->report(m_world->stranger, Q2, test::unitsFor(8, 10, south), at(7, 6)));
    write(QStringLiteral("09-yilmaz-nochmal.kimpkg"), yilmaz);
    write(QStringLiteral("notiz.txt"), QByteArray("keine Paketdatei"));
}

void OfficeGuiTest::importAndWait(const std::function<void()>& start) {
    IntakeTab* intake = m_view->intake();
    const QString before = named<QLabel>(intake, "importSummary")->text();
    start();
    QTRY_VERIFY_WITH_TIMEOUT(!intake->isImporting(), ImportTimeout);
    QVERIFY(named<QLabel>(intake, "importSummary")->text() != before);
}

void OfficeGuiTest::folderImportShowsEveryOutcomeWithItsReason() {
    m_view->showTab(OfficeView::IntakePage);
    FileDialogs::setNextFileName(m_files.filePath(QStringLiteral("eingang")));
    importAndWait([&] { QTest::mouseClick(named<QPushButton>(m_view.get(), "importFolderButton"), Qt::LeftButton); });

    RowsModel* outcomes = m_view->intake()->outcomes();
    QCOMPARE(outcomes->rowCount(), 9); // notiz.txt is not a package
    const QStringList accepted = outcomeRow(outcomes, QStringLiteral("02-becker-2026-Q1.age"));
    QCOMPARE(accepted.value(0), QStringLiteral("Jonas Becker"));
    QCOMPARE(accepted.value(1), Q1.label());
    QCOMPARE(accepted.value(2), QStringLiteral("Angenommen"));
    QCOMPARE(outcomeRow(outcomes, QStringLiteral("06-haddad-2026-Q2-korrektur.kimpkg")).value(2),
             QStringLiteral("Ersetzt frühere Meldung"));
    const QStringList tampered = outcomeRow(outcomes, QStringLiteral("07-becker-manipuliert.kimpkg"));
    QCOMPARE(tampered.value(2), QStringLiteral("Abgelehnt"));
    QVERIFY2(tampered.value(3).contains(QStringLiteral("beschädigt")), qPrintable(tampered.value(3)));
    const QStringList foreign = outcomeRow(outcomes, QStringLiteral("08-fremd.kimpkg"));
    QCOMPARE(foreign.value(2), QStringLiteral("Abgelehnt"));
    QVERIFY2(foreign.value(3).contains(QStringLiteral("Kontakten")), qPrintable(foreign.value(3)));
    const QStringList replay = outcomeRow(outcomes, QStringLiteral("09-yilmaz-nochmal.kimpkg"));
    QCOMPARE(replay.value(2), QStringLiteral("Abgelehnt"));
    QVERIFY2(replay.value(3).contains(QStringLiteral("bereits eingelesen")), qPrintable(replay.value(3)));
    QVERIFY(named<QLabel>(m_view.get(), "importSummary")->text().contains(QStringLiteral("3 abgelehnt")));
    if (!qEnvironmentVariableIsEmpty("KIM_SCREENSHOT_DIR")) {
        saveScreenshot(m_view.get(), QStringLiteral("20-office-eingang"));
    }

    // Six accepted reports are held, one of them replaced by the correction.
    RowsModel* submissions = m_view->intake()->submissions();
    QCOMPARE(submissions->rowCount(), 6);
    int superseded = 0;
    for (int row = 0; row < submissions->rowCount(); ++row) {
        superseded += submissions->textAt(row, 4).contains(QStringLiteral("ersetzt")) ? 1 : 0;
    }
    QCOMPARE(superseded, 1);
    // The evaluation offers both quarters, newest first.
    QComboBox* quarters = m_view->evaluation()->quarterCombo();
    QCOMPARE(quarters->count(), 2);
    QCOMPARE(quarters->itemData(0).toString(), Q2.toString());
}

void OfficeGuiTest::publishingFreezesTheYearAndARevisionNeedsAReason() {
    m_view->showTab(OfficeView::EvaluationPage);
    EvaluationTab* evaluation = m_view->evaluation();
    evaluation->quarterCombo()->setCurrentIndex(evaluation->quarterCombo()->findData(Q2.toString()));
    QVERIFY(named<QLabel>(evaluation, "confidentialLabel")->isVisible());
    QVERIFY(named<QLabel>(evaluation, "confidentialLabel")->text().contains(QStringLiteral("exakte Zahlen")));
    QVERIFY(evaluation->mergedModel()->rowCount() > 0);

    // Versmold joins Region Nord for 2026; publishing fixes that for the year.
    DisclosureParametersWidget* parameters = evaluation->parametersWidget();
    QVERIFY(!parameters->isFrozen());
    parameters->assign(core::Municipality::Versmold, QStringLiteral("Region Nord"));
    QTest::mouseClick(evaluation->publishButton(), Qt::LeftButton);
    QVERIFY2(Messages::lastError().isEmpty(), qPrintable(Messages::lastError()));
    const reporting::PublicationStore store(m_world->office.db(), m_world->clock);
    std::optional<reporting::Publication> first = store.latest(Q2);
    QVERIFY(first.has_value());
    QCOMPARE(first->revision, 1);
    QCOMPARE(first->submissions, 3);
    const reporting::Region* nord = first->parameters.regions.regionOf(core::Municipality::Versmold);
    QVERIFY(nord != nullptr);
    QCOMPARE(nord->name, QStringLiteral("Region Nord"));
    QVERIFY(parameters->isFrozen());
    QVERIFY(!parameters->regionTable()->cellWidget(0, 1)->isEnabled());
    QCOMPARE(evaluation->revisionModel()->rowCount(), 1);

    // Nothing new: publishing again keeps revision 1 and asks nothing.
    QTest::mouseClick(evaluation->publishButton(), Qt::LeftButton);
    QVERIFY(visibleChild<RevisionReasonDialog>(m_view.get()) == nullptr);
    QCOMPARE(store.revisions(Q2).size(), 1);

    // A correction arrives: the frozen quarter is published again only with a reason.
    const QString correction = m_files.filePath(QStringLiteral("becker-korrektur.kimpkg"));
    QVERIFY(test::writeFile(correction, m_world->report(cm(1), Q2, test::unitsFor(9, 38, {7, 8, 11}), at(7, 12))));
    m_view->showTab(OfficeView::IntakePage);
    FileDialogs::setNextFileNames({correction});
    importAndWait([&] { QTest::mouseClick(named<QPushButton>(m_view.get(), "importFilesButton"), Qt::LeftButton); });
    QCOMPARE(m_view->intake()->outcomes()->textAt(0, 3), QStringLiteral("Ersetzt frühere Meldung"));

    m_view->showTab(OfficeView::EvaluationPage);
    QTest::mouseClick(evaluation->publishButton(), Qt::LeftButton);
    RevisionReasonDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<RevisionReasonDialog>(m_view.get())) != nullptr);
    QPushButton* ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no reason, no revision
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Korrekturmeldung aus Verl nachgereicht"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY2(Messages::lastError().isEmpty(), qPrintable(Messages::lastError()));
    QCOMPARE(store.revisions(Q2).size(), 2);
    QCOMPARE(store.latest(Q2)->reason, QStringLiteral("Korrekturmeldung aus Verl nachgereicht"));
    QCOMPARE(evaluation->revisionModel()->rowCount(), 2);
    QCOMPARE(evaluation->revisionModel()->textAt(1, 3), QStringLiteral("Korrekturmeldung aus Verl nachgereicht"));

    // Q1 too, so the report has a trend over two quarters.
    evaluation->quarterCombo()->setCurrentIndex(evaluation->quarterCombo()->findData(Q1.toString()));
    QVERIFY(evaluation->parametersWidget()->isFrozen()); // same year
    QTest::mouseClick(evaluation->publishButton(), Qt::LeftButton);
    QVERIFY(store.latest(Q1).has_value());
}

void OfficeGuiTest::reportShowsChartsAndIsSavedAsPdfAndCsv() {
    m_view->showTab(OfficeView::ReportPage);
    ReportTab* report = m_view->report();
    QCOMPARE(report->quarterCombo()->count(), 2);
    report->quarterCombo()->setCurrentIndex(report->quarterCombo()->findData(Q2.toString()));
    QVERIFY(report->report().has_value());
    QCOMPARE(report->report()->publication().revision, 2);
    const QList<QChartView*> charts = report->findChildren<QChartView*>();
    QCOMPARE(charts.size(), 6);
    for (QChartView* chart : charts) {
        QVERIFY2(!chart->chart()->series().isEmpty(), qPrintable(chart->objectName()));
    }
    QVERIFY(report->rankingView()->model()->rowCount() > 3);
    const ReportTable* trend = report->report()->table(QStringLiteral("trend"));
    QVERIFY(trend != nullptr);
    QCOMPARE(trend->rows.size(), 2);

    const QString pdf = m_files.filePath(QStringLiteral("bericht.pdf"));
    FileDialogs::setNextFileName(pdf);
    QTest::mouseClick(named<QPushButton>(report, "pdfButton"), Qt::LeftButton);
    QVERIFY2(Messages::lastError().isEmpty(), qPrintable(Messages::lastError()));
    const QByteArray pdfBytes = readAll(pdf);
    QVERIFY(pdfBytes.startsWith("%PDF"));
    QVERIFY(pdfBytes.size() > 20000); // the charts are in it
    QVERIFY(ownerOnly(pdf));

    const QString csv = m_files.filePath(QStringLiteral("bericht.csv"));
    FileDialogs::setNextFileName(csv);
    QTest::mouseClick(named<QPushButton>(report, "csvButton"), Qt::LeftButton);
    const QByteArray csvBytes = readAll(csv);
    QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF\"Bericht\";\"Tabelle\""));
    QVERIFY(csvBytes.endsWith("\r\n"));
    QVERIFY(!csvBytes.contains("\n\n"));
    const QStringList lines = QString::fromUtf8(csvBytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 50);
    int figures = 0;
    for (const QString& line : lines.mid(1, lines.size() - 2)) {
        const QStringList fields = line.split(QLatin1Char(';'));
        QCOMPARE(fields.size(), 6);
        bool number = false;
        const int value = fields.last().toInt(&number);
        QVERIFY2(number, qPrintable(line));
        QVERIFY2(value != 1 && value != 2, qPrintable(line)); // the cell-key method never shows them
        ++figures;
    }
    QVERIFY(figures > 50);
    QVERIFY(lines.last().contains(QStringLiteral("Cell-Key-Verfahren")));
    QVERIFY(ownerOnly(csv));
}

void OfficeGuiTest::conferenceFeedbackReachesTheCaseManager() {
    m_view->showTab(OfficeView::ReportPage);
    QTableView* ranking = m_view->report()->rankingView();
    ranking->selectRow(0);
    const QString code = ranking->model()->index(0, 1).data().toString();
    QTest::mouseClick(named<QPushButton>(m_view.get(), "agendaButton"), Qt::LeftButton);
    QCOMPARE(m_view->tabs()->currentIndex(), int(OfficeView::ConferencePage));

    ConferenceItemEditor* editor = m_view->conference()->editor();
    QCOMPARE(editor->item().problemCode, code);
    QCOMPARE(editor->item().period, Q2.toString());
    QVERIFY(!editor->agendaEdit()->text().isEmpty()); // the problem's title
    QTest::keyClicks(editor->decisionEdit(), QStringLiteral("Monatliche Sprechstunde in Verl einrichten"));
    QTest::keyClicks(editor->workingGroupEdit(), QStringLiteral("AG Aufenthalt"));
    QTest::keyClicks(editor->feedbackEdit(),
                     QStringLiteral("Ab Oktober gibt es eine monatliche Sprechstunde vor Ort."));
    editor->statusCombo()->setCurrentIndex(
        editor->statusCombo()->findData(int(core::ConferenceItemStatus::InProgress)));
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QVERIFY2(Messages::lastError().isEmpty(), qPrintable(Messages::lastError()));
    QCOMPARE(m_view->conference()->items()->rowCount(), 1);
    QCOMPARE(m_view->conference()->items()->textAt(0, 5), QStringLiteral("noch nicht gesendet"));

    const QString package = m_files.filePath(QStringLiteral("rueckmeldung.kimpkg"));
    FileDialogs::setNextFileName(package);
    QTest::mouseClick(m_view->conference()->sendButton(), Qt::LeftButton);
    QVERIFY2(Messages::lastError().isEmpty(), qPrintable(Messages::lastError()));
    QVERIFY(ownerOnly(package));
    QCOMPARE(m_view->conference()->items()->textAt(0, 5), QStringLiteral("gesendet"));

    // Every trusted case manager can read it; the stranger's vault cannot.
    const QByteArray bytes = readAll(package);
    test::OfficeTestWorkspace& becker = cm(1);
    const reporting::ImportOutcome outcome =
        reporting::CaseManagerInbox(becker.db(), *becker.identity, m_world->clock).importPackage(bytesOf(bytes), {});
    QVERIFY2(outcome.result != reporting::ImportResult::Rejected, qPrintable(outcome.reason));
    const QList<core::ReceivedFeedback> received = core::ConferenceRepository(becker.db(), m_world->clock).feedback();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().item.problemCode, code);
    QCOMPARE(received.first().item.workingGroup, QStringLiteral("AG Aufenthalt"));
    QCOMPARE(received.first().item.feedback,
             QStringLiteral("Ab Oktober gibt es eine monatliche Sprechstunde vor Ort."));
    QCOMPARE(received.first().item.status, core::ConferenceItemStatus::InProgress);
    const reporting::ImportOutcome foreign =
        reporting::CaseManagerInbox(m_world->stranger.db(), *m_world->stranger.identity, m_world->clock)
            .importPackage(bytesOf(bytes), {});
    QCOMPARE(foreign.result, reporting::ImportResult::Rejected);
}

void OfficeGuiTest::adoptedProposalTravelsInTheIssuedTaxonomy() {
    m_view->showTab(OfficeView::TaxonomyPage);
    TaxonomyTab* taxonomy = m_view->taxonomy();
    QCOMPARE(taxonomy->proposals()->rowCount(), 1);
    QCOMPARE(taxonomy->proposals()->textAt(0, 0), QStringLiteral("Sevgi Yılmaz"));
    taxonomy->proposalView()->selectRow(0);
    QTest::mouseClick(named<QPushButton>(taxonomy, "adoptButton"), Qt::LeftButton);
    ProblemTypeDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<ProblemTypeDialog>(m_view.get())) != nullptr);
    QCOMPARE(dialog->titleEdit()->text(), QStringLiteral("Kein Zugang zu Praktika für Geflüchtete"));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY2(Messages::lastError().isEmpty(), qPrintable(Messages::lastError()));
    m_adoptedCode = taxonomy->selectedCode();
    QVERIFY2(m_adoptedCode.startsWith(QStringLiteral("ARB-")), qPrintable(m_adoptedCode));
    QVERIFY(taxonomy->proposals()->textAt(0, 5).contains(m_adoptedCode));
    QVERIFY(taxonomy->versionLabel()->text().contains(QStringLiteral("noch nicht herausgegeben")));

    const QString package = m_files.filePath(QStringLiteral("themenkatalog.kimpkg"));
    FileDialogs::setNextFileName(package);
    QTest::mouseClick(named<QPushButton>(taxonomy, "issueButton"), Qt::LeftButton);
    QVERIFY2(Messages::lastError().isEmpty(), qPrintable(Messages::lastError()));
    QVERIFY(ownerOnly(package));
    QVERIFY(taxonomy->versionLabel()->text().contains(QStringLiteral("Version 2")));

    test::OfficeTestWorkspace& haddad = cm(0);
    const reporting::ImportOutcome outcome = reporting::CaseManagerInbox(haddad.db(), *haddad.identity, m_world->clock)
                                                 .importPackage(bytesOf(readAll(package)), {});
    QVERIFY2(outcome.result != reporting::ImportResult::Rejected, qPrintable(outcome.reason));
    const core::ProblemTaxonomyRepository received(haddad.db());
    QCOMPARE(received.version(), 2);
    QVERIFY(received.find(m_adoptedCode).has_value());
    QCOMPARE(received.find(m_adoptedCode)->title, QStringLiteral("Kein Zugang zu Praktika für Geflüchtete"));
}

void OfficeGuiTest::editedAndRetiredTypesWaitForTheNextIssue() {
    TaxonomyTab* taxonomy = m_view->taxonomy();
    taxonomy->selectCode(QStringLiteral("WOH-02"));
    QTest::mouseClick(named<QPushButton>(taxonomy, "editTypeButton"), Qt::LeftButton);
    ProblemTypeDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<ProblemTypeDialog>(m_view.get())) != nullptr);
    QVERIFY(!dialog->fieldCombo()->isEnabled()); // a code keeps its field
    dialog->titleEdit()->clear();
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(dialog->isVisible()); // an empty title is refused, the dialog stays
    QVERIFY(!Messages::lastError().isEmpty());
    Messages::clearLastError();
    QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Kein Bus zwischen den Kommunen am Abend"));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY2(Messages::lastError().isEmpty(), qPrintable(Messages::lastError()));
    const core::ProblemTaxonomyRepository repository(m_world->office.db());
    QCOMPARE(repository.find(QStringLiteral("WOH-02"))->title,
             QStringLiteral("Kein Bus zwischen den Kommunen am Abend"));

    taxonomy->selectCode(QStringLiteral("TEI-03"));
    QTest::mouseClick(named<QPushButton>(taxonomy, "retireTypeButton"), Qt::LeftButton);
    QVERIFY(repository.find(QStringLiteral("TEI-03"))->isRetired());
    QVERIFY(!named<QPushButton>(taxonomy, "retireTypeButton")->isEnabled());
    QVERIFY(taxonomy->versionLabel()->text().contains(QStringLiteral("noch nicht herausgegeben")));
    QCOMPARE(repository.version(), 2); // nothing leaves before the next issue
}

void OfficeGuiTest::droppedFilesAreReadAndForeignOnesRejected() {
    m_view->showTab(OfficeView::TaxonomyPage);
    const QString folder = m_files.filePath(QStringLiteral("abgelegt"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(test::writeFile(folder + QStringLiteral("/yilmaz-2026-Q1.kimpkg"),
                            m_world->report(cm(2), Q1, test::unitsFor(10, 20, {1, 3}), at(4, 8))));
    // A report addressed to another office: encrypted for someone else.
    test::OfficeTestWorkspace otherOffice(QStringLiteral("Andere Stelle"), storage::WorkspaceKind::CoordinatingOffice);
    exchange::ContactBook(cm(2).db(), m_world->clock).trust(otherOffice.identity->contactCard());
    reporting::ProblemReport report;
    report.tables = test::tablesOf(test::unitsFor(11, 5, {1}), Q1);
    const std::vector<uint8_t> elsewhere = exchange::PackageWriter(cm(2).db(), *cm(2).identity)
                                               .write(reporting::ProblemReport::Kind, Q1.toString(), report.toJson(),
                                                      {otherOffice.identity->contactCard()}, m_world->clock.now());
    QVERIFY(test::writeFile(folder + QStringLiteral("/andere-stelle.kimpkg"),
                            QByteArray(reinterpret_cast<const char*>(elsewhere.data()), qsizetype(elsewhere.size()))));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(folder)});
    // As a drag from the file manager arrives: enter (accepted), then drop.
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_view.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    importAndWait([&] { QApplication::sendEvent(m_view.get(), &drop); });
    QCOMPARE(m_view->tabs()->currentIndex(), int(OfficeView::IntakePage));
    RowsModel* outcomes = m_view->intake()->outcomes();
    QCOMPARE(outcomes->rowCount(), 2);
    QCOMPARE(outcomeRow(outcomes, QStringLiteral("yilmaz-2026-Q1.kimpkg")).value(2), QStringLiteral("Angenommen"));
    const QStringList other = outcomeRow(outcomes, QStringLiteral("andere-stelle.kimpkg"));
    QCOMPARE(other.value(2), QStringLiteral("Abgelehnt"));
    QVERIFY2(other.value(3).contains(QStringLiteral("andere Arbeitsmappe")), qPrintable(other.value(3)));
}

void OfficeGuiTest::saveScreenshot(QWidget* widget, const QString& name, bool fullColour) {
    QCoreApplication::processEvents(); // let the charts finish their layout before the grab
    const QString dir = qEnvironmentVariable("KIM_SCREENSHOT_DIR");
    // A palette image keeps the PNG small, but it would break up the charts' thin grid lines.
    const QImage full = widget->grab().toImage();
    const QImage image = fullColour ? full.convertToFormat(QImage::Format_RGB32)
                                    : full.convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither);
    QVERIFY(image.save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

// Not a check: with KIM_SCREENSHOT_DIR set, saves every tab as the journey left it.
void OfficeGuiTest::screenshots() {
    if (qEnvironmentVariableIsEmpty("KIM_SCREENSHOT_DIR")) {
        QSKIP("set KIM_SCREENSHOT_DIR to take screenshots");
    }
    m_view->evaluation()->quarterCombo()->setCurrentIndex(0);
    m_view->showTab(OfficeView::EvaluationPage);
    saveScreenshot(m_view.get(), QStringLiteral("21-office-auswertung"));
    m_view->report()->quarterCombo()->setCurrentIndex(m_view->report()->quarterCombo()->findData(Q2.toString()));
    m_view->showTab(OfficeView::ReportPage);
    saveScreenshot(m_view.get(), QStringLiteral("22-office-konferenzbericht"), true);
    // The saved report too, to look at its pages (pdftoppm).
    QVERIFY(m_view->report()->savePdf(qEnvironmentVariable("KIM_SCREENSHOT_DIR") + QStringLiteral("/bericht.pdf")));
    QVERIFY(m_view->report()->saveCsv(qEnvironmentVariable("KIM_SCREENSHOT_DIR") + QStringLiteral("/bericht.csv")));
    m_view->showTab(OfficeView::ConferencePage);
    m_view->conference()->itemView()->selectRow(0);
    saveScreenshot(m_view.get(), QStringLiteral("23-office-planungskonferenz"));
    m_view->showTab(OfficeView::TaxonomyPage);
    m_view->taxonomy()->selectCode(m_adoptedCode);
    saveScreenshot(m_view.get(), QStringLiteral("24-office-themenkatalog"));
    m_view->showTab(OfficeView::EvaluationPage);
    auto* dialog = new RevisionReasonDialog(Q2.label(), 3, m_view.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Nachmeldung aus Rietberg"));
    saveScreenshot(dialog, QStringLiteral("25-office-revision"));
    dialog->close();
}

QTEST_MAIN(OfficeGuiTest)
#include "OfficeGuiTest.moc"
