// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/Clock.h"
#include "core/CaseRepository.h"
#include "core/ClientRepository.h"
#include "core/ConsentRepository.h"
#include "core/ConsultationRepository.h"
#include "core/FollowUpRepository.h"
#include "exchange/ContactBook.h"
#include "exchange/IdentityStore.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/Messages.h"
#include "gui/common/Session.h"
#include "gui/reports/RowsModel.h"
#include "gui/supervision/AlertsModel.h"
#include "gui/supervision/AlertsTab.h"
#include "gui/supervision/CaseloadDashboard.h"
#include "gui/supervision/DashboardView.h"
#include "gui/supervision/MemberTab.h"
#include "gui/supervision/OverviewTab.h"
#include "gui/supervision/SupervisionIntakeTab.h"
#include "gui/supervision/SupervisionView.h"
#include "gui/supervision/TeamTab.h"
#include "reporting/CaseloadReportExport.h"
#include "reporting/SupervisorReports.h"
#include "storage/Vault.h"
#include "support/TestVault.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace kim;
using namespace kim::gui;

namespace {

// A case manager's vault with an identity and a small, hand-built case file.
struct Desk {
    explicit Desk(const QString& name)
        : vault(storage::Vault::create(dir.filePath(u"fallakte.kimvault"_s), u"Passwort"_s,
                                       storage::WorkspaceKind::CaseManager, test::fastKdf(), test::wallClock())) {
        exchange::IdentityStore::ensure(db(), test::wallClock());
        exchange::IdentityStore::setProfile(db(), name, u"KIM-Case-Management"_s, u"Kreis Gütersloh"_s);
        identity = std::make_unique<exchange::Identity>(*exchange::IdentityStore::load(db()));
    }
    storage::Database& db() { return vault->database(); }

    // A client with consent and a case opened on `day`, with a contact on `contact` if valid.
    int64_t openCase(const QString& name, const QDate& day, const QDate& contact = {}) {
        clock.setToday(day);
        core::Client client;
        client.lastName = name;
        client.firstName = u"Test"_s;
        client.municipality = core::Municipality::Guetersloh;
        client.targetGroup = core::TargetGroup::Immigrants;
        core::ClientRepository(db(), clock).save(client);
        core::Consent consent;
        consent.clientId = client.id;
        consent.givenOn = day;
        consent.scope = core::ConsentScope::CaseWorkAndReferrals;
        consent.formVersion = u"KIM-EW 2024-1"_s;
        core::ConsentRepository(db(), clock).record(consent);
        const core::Case opened = core::CaseRepository(db(), clock).open(client.id);
        if (contact.isValid()) {
            clock.setToday(contact);
            core::Consultation consultation;
            consultation.caseId = opened.id;
            consultation.heldOn = contact;
            consultation.notes = u"Gespräch"_s;
            core::ConsultationRepository(db(), clock).save(consultation);
        }
        return opened.id;
    }

    // The period's caseload report, as the wizard sends it on `day`.
    QByteArray send(const core::ReportingPeriod& period, const QDate& day, const exchange::ContactCard& to) {
        clock.setToday(day);
        reporting::CaseloadReportExport exporter(db(), *identity, clock);
        const std::vector<uint8_t> bytes = exporter.write(exporter.prepare(period), {to});
        return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
    }

    QTemporaryDir dir;
    kim::FixedClock clock{QDate(2026, 9, 1)};
    std::unique_ptr<storage::Vault> vault;
    std::unique_ptr<exchange::Identity> identity;
};

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The row of a rows model whose first column reads `label`; -1 if none.
int rowOf(const RowsModel* model, const QString& label) {
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->textAt(row, 0) == label) {
            return row;
        }
    }
    return -1;
}

} // namespace

// The supervisor's workspace from the intake of real caseload reports to the dashboards, the
// alert marks and the exports, through the real widgets.
class SupervisionGuiTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importingAFolderTakesTheReportsAndListsEachRejection();
    void aNewerReportOfTheSamePeriodSupersedesTheOlder();
    void theTeamDashboardShowsEachMembersFigures();
    void theMemberTabShowsTheirFiguresOverTimeAndTheirAlerts();
    void membersWithoutAReportAreListedAsMissing();
    void aDiscussedMarkAndNoteStayAfterRefresh();
    void reopeningSaysWhatIsNewSinceTheLastVisit();
    void everyDashboardExportsAsPdfAndCsv();
    void aTeamOfThirtyOverTwentyFourMonthsIsDrawnCompletely();
    void screenshots();
    void cleanupTestCase();

private:
    void importFolder(const QString& folder);
    void saveScreenshot(QWidget* widget, const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<Desk> m_amal;
    std::unique_ptr<Desk> m_ben;
    std::unique_ptr<Desk> m_cem; // trusted, reports October only
    std::shared_ptr<Session> m_session;
    std::unique_ptr<SupervisionView> m_view;
    kim::FixedClock* m_clock = nullptr;
};

void SupervisionGuiTest::initTestCase() {
    Messages::setTestMode(true);
    m_amal = std::make_unique<Desk>(u"Amal Haddad"_s);
    m_ben = std::make_unique<Desk>(u"Ben Keller"_s);
    m_cem = std::make_unique<Desk>(u"Cem Aydın"_s);
    auto clock = std::make_unique<kim::FixedClock>(QDate(2026, 12, 3));
    m_clock = clock.get();
    auto vault = storage::Vault::create(m_dir.filePath(u"fachaufsicht.kimvault"_s), u"Passwort"_s,
                                        storage::WorkspaceKind::Supervisor, test::fastKdf(), test::wallClock());
    m_session = std::make_shared<Session>(std::move(vault), std::move(clock));
    exchange::IdentityStore::setProfile(m_session->vault().database(), u"Teamleitung"_s, u"Fachaufsicht"_s,
                                        u"Kreis Gütersloh"_s);
    for (Desk* desk : {m_amal.get(), m_ben.get(), m_cem.get()}) {
        exchange::ContactBook(m_session->vault().database(), test::wallClock()).trust(desk->identity->contactCard());
        exchange::ContactBook(desk->db(), test::wallClock()).trust(m_session->identity().contactCard());
    }
    // Amal: three open cases, one without a contact since September (an alert); Ben: two.
    m_amal->openCase(u"Ahmadi"_s, QDate(2026, 9, 2), QDate(2026, 9, 3));
    m_amal->openCase(u"Berisha"_s, QDate(2026, 10, 5), QDate(2026, 11, 20));
    m_amal->openCase(u"Celik"_s, QDate(2026, 10, 12), QDate(2026, 11, 25));
    m_ben->openCase(u"Dimitrov"_s, QDate(2026, 10, 1), QDate(2026, 11, 10));
    m_ben->openCase(u"Yilmaz"_s, QDate(2026, 11, 3), QDate(2026, 11, 26));
    m_view = std::make_unique<SupervisionView>(*m_session);
    m_view->resize(1280, 860);
    m_view->show();
}

void SupervisionGuiTest::cleanupTestCase() {
    m_view.reset();
    m_session.reset();
}

void SupervisionGuiTest::importFolder(const QString& folder) {
    m_view->showTab(SupervisionView::IntakePage);
    FileDialogs::setNextFileName(folder);
    m_view->findChild<QPushButton*>(u"importFolderButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->intake()->isImporting(), 20000);
}

void SupervisionGuiTest::importingAFolderTakesTheReportsAndListsEachRejection() {
    const exchange::ContactCard supervisor = m_session->identity().contactCard();
    const QString folder = m_dir.filePath(u"eingang"_s);
    QVERIFY(QDir().mkpath(folder));
    const QByteArray amalOctober = m_amal->send(core::ReportingPeriod::month(2026, 10), QDate(2026, 11, 2), supervisor);
    QVERIFY(writeFile(folder + u"/01-haddad-2026-10.kimpkg"_s, amalOctober));
    QVERIFY(writeFile(folder + u"/02-haddad-2026-11.kimpkg"_s,
                      m_amal->send(core::ReportingPeriod::month(2026, 11), QDate(2026, 12, 1), supervisor)));
    QVERIFY(writeFile(folder + u"/03-keller-2026-11.kimpkg"_s,
                      m_ben->send(core::ReportingPeriod::month(2026, 11), QDate(2026, 12, 1), supervisor)));
    QByteArray broken = amalOctober;
    broken[broken.size() / 2] = char(broken[broken.size() / 2] ^ 0x20);
    QVERIFY(writeFile(folder + u"/04-kaputt.kimpkg"_s, broken));
    importFolder(folder);

    RowsModel* outcomes = m_view->intake()->outcomes();
    QCOMPARE(outcomes->rowCount(), 4);
    QCOMPARE(outcomes->textAt(rowOf(outcomes, u"01-haddad-2026-10.kimpkg"_s), 3), u"Angenommen"_s);
    QCOMPARE(outcomes->textAt(rowOf(outcomes, u"03-keller-2026-11.kimpkg"_s), 1), u"Ben Keller"_s);
    const int rejected = rowOf(outcomes, u"04-kaputt.kimpkg"_s);
    QCOMPARE(outcomes->textAt(rejected, 3), u"Abgelehnt"_s);
    QVERIFY(!outcomes->textAt(rejected, 4).isEmpty());
    QCOMPARE(m_view->intake()->reports()->rowCount(), 3);
}

void SupervisionGuiTest::aNewerReportOfTheSamePeriodSupersedesTheOlder() {
    // Amal opens a fourth case in November and sends November again.
    m_amal->openCase(u"Dogan"_s, QDate(2026, 11, 27), QDate(2026, 11, 28));
    const QString folder = m_dir.filePath(u"korrektur"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(writeFile(
        folder + u"/haddad-2026-11-neu.kimpkg"_s,
        m_amal->send(core::ReportingPeriod::month(2026, 11), QDate(2026, 12, 2), m_session->identity().contactCard())));
    importFolder(folder);
    QCOMPARE(m_view->intake()->outcomes()->textAt(0, 3), u"Ersetzt früheren Bericht"_s);
    RowsModel* reports = m_view->intake()->reports();
    QCOMPARE(reports->rowCount(), 4);
    int superseded = 0;
    for (int row = 0; row < reports->rowCount(); ++row) {
        superseded += reports->textAt(row, 4) == u"ersetzt"_s ? 1 : 0;
    }
    QCOMPARE(superseded, 1);
}

void SupervisionGuiTest::theTeamDashboardShowsEachMembersFigures() {
    m_view->showTab(SupervisionView::OverviewPage);
    OverviewTab* overview = m_view->overview();
    QCOMPARE(overview->periodCombo()->count(), 2);
    QCOMPARE(overview->periodCombo()->currentText(), core::ReportingPeriod::month(2026, 11).label());
    RowsModel* open = overview->dashboard()->model(u"team_open"_s);
    QVERIFY(open != nullptr);
    QCOMPARE(open->rowCount(), 2);
    QCOMPARE(open->textAt(rowOf(open, u"Amal Haddad"_s), 1), u"4"_s); // the newer report counts
    QCOMPARE(open->textAt(rowOf(open, u"Ben Keller"_s), 1), u"2"_s);
    for (const ReportTable& table : overview->dashboard()->tables()) {
        QVERIFY2(!table.description.isEmpty() && table.description.contains(u"Zeitraum"_s), qPrintable(table.id));
    }
    QVERIFY(overview->dashboard()->model(u"team_trend"_s)->rowCount() == 2);
    // October: Amal alone.
    overview->periodCombo()->setCurrentIndex(1);
    QCOMPARE(overview->dashboard()->model(u"team_open"_s)->rowCount(), 1);
    overview->periodCombo()->setCurrentIndex(0);
}

void SupervisionGuiTest::theMemberTabShowsTheirFiguresOverTimeAndTheirAlerts() {
    m_view->showTab(SupervisionView::MemberPage);
    MemberTab* member = m_view->member();
    member->selectMember(m_amal->identity->contactCard().keyIdText());
    RowsModel* cases = member->dashboard()->model(u"member_cases"_s);
    QVERIFY(cases != nullptr);
    QCOMPARE(cases->rowCount(), 2); // October and November
    QCOMPARE(cases->textAt(1, 1), u"4"_s);
    RowsModel* alerts = member->dashboard()->model(u"member_alerts"_s);
    QVERIFY(alerts != nullptr);
    QVERIFY(alerts->rowCount() >= 1); // Ahmadi: no contact since September
    QVERIFY(alerts->textAt(0, 0).startsWith(u"P-"_s));
    QVERIFY(alerts->textAt(0, 2).contains(u"kein Kontakt"_s));
    QVERIFY(member->dashboard()->model(u"figure:open_cases.by_target_group"_s) != nullptr);
}

void SupervisionGuiTest::membersWithoutAReportAreListedAsMissing() {
    // A trusted contact who never sent a caseload report (say, the coordinating office) is not
    // a team member who is missing one.
    m_view->showTab(SupervisionView::TeamPage);
    QVERIFY(m_view->team()->missing().isEmpty());
    const QString folder = m_dir.filePath(u"cem"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(writeFile(
        folder + u"/aydin-2026-10.kimpkg"_s,
        m_cem->send(core::ReportingPeriod::month(2026, 10), QDate(2026, 11, 2), m_session->identity().contactCard())));
    importFolder(folder);
    m_view->showTab(SupervisionView::TeamPage);
    QCOMPARE(m_view->team()->missing(), QStringList{u"Cem Aydın"_s});
    RowsModel* members = m_view->team()->members();
    QCOMPARE(members->rowCount(), 3);
    QCOMPARE(members->textAt(rowOf(members, u"Cem Aydın"_s), 4), u"fehlt"_s);
    QCOMPARE(members->textAt(rowOf(members, u"Ben Keller"_s), 4), u"liegt vor"_s);
    QVERIFY(m_view->findChild<QLabel*>(u"missingLabel"_s)->text().contains(u"Cem Aydın"_s));
}

void SupervisionGuiTest::aDiscussedMarkAndNoteStayAfterRefresh() {
    m_view->showTab(SupervisionView::AlertsPage);
    AlertsModel* model = m_view->alerts()->model();
    QVERIFY(model->rowCount() >= 1);
    const QString pseudonym = model->index(0, AlertsModel::Pseudonym).data().toString();
    QVERIFY(model->setData(model->index(0, AlertsModel::Discussed), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model->setData(model->index(0, AlertsModel::Note), u"In der Fallbesprechung am Freitag"_s, Qt::EditRole));
    QVERIFY(!model->setData(model->index(0, AlertsModel::Note), QString(501, u'x'), Qt::EditRole));
    QVERIFY(m_view->findChild<QLabel*>(u"alertsError"_s)->isVisible() ||
            !m_view->findChild<QLabel*>(u"alertsError"_s)->text().isEmpty());

    m_view->refresh();
    model = m_view->alerts()->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        row = model->index(r, AlertsModel::Pseudonym).data().toString() == pseudonym ? r : row;
    }
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, AlertsModel::Discussed).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model->index(row, AlertsModel::Note).data().toString(), u"In der Fallbesprechung am Freitag"_s);
    QCOMPARE(model->discussedCount(), 1);
    QVERIFY(m_view->findChild<QLabel*>(u"alertsSummary"_s)->text().contains(u"davon 1 besprochen"_s));
}

void SupervisionGuiTest::reopeningSaysWhatIsNewSinceTheLastVisit() {
    QVERIFY(m_view->news().contains(u"zum ersten Mal"_s));
    SupervisionView again(*m_session);
    QVERIFY2(again.news().contains(u"Neue Berichte: <b>5</b>"_s), qPrintable(again.news()));
    QVERIFY(again.news().contains(u"Cem Aydın"_s));
    SupervisionView third(*m_session);
    QVERIFY2(third.news().contains(u"Neue Berichte: <b>0</b>"_s), qPrintable(third.news()));
}

void SupervisionGuiTest::everyDashboardExportsAsPdfAndCsv() {
    const QString pdf = m_dir.filePath(u"team.pdf"_s);
    const QString csv = m_dir.filePath(u"team.csv"_s);
    m_view->showTab(SupervisionView::OverviewPage);
    FileDialogs::setNextFileName(pdf);
    m_view->findChild<QPushButton*>(u"overviewPdfButton"_s)->click();
    QVERIFY(readFile(pdf).startsWith("%PDF"));
    FileDialogs::setNextFileName(csv);
    m_view->findChild<QPushButton*>(u"overviewCsvButton"_s)->click();
    const QByteArray bytes = readFile(csv);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.contains(u"\"Offene Fälle je Teammitglied\";\"Amal Haddad\";\"Offene Fälle\";4"_s));
    QVERIFY(text.contains(u"\r\n"_s));

    const QString memberPdf = m_dir.filePath(u"amal.pdf"_s);
    const QString memberCsv = m_dir.filePath(u"amal.csv"_s);
    m_view->showTab(SupervisionView::MemberPage);
    FileDialogs::setNextFileName(memberPdf);
    m_view->findChild<QPushButton*>(u"memberPdfButton"_s)->click();
    QVERIFY(readFile(memberPdf).startsWith("%PDF"));
    FileDialogs::setNextFileName(memberCsv);
    m_view->findChild<QPushButton*>(u"memberCsvButton"_s)->click();
    const QString memberText = QString::fromUtf8(readFile(memberCsv));
    QVERIFY(memberText.contains(u"\"Hinweise\""_s));
    QVERIFY(memberText.contains(u';'));
}

// 30 members x 24 monthly reports, every figure filled and four alerts each, stored as the
// inbox stores them; the view reads them once and draws every tab. It prints how long opening
// took (the figure in docs/performance.md) and does not assert it: a sanitised or busy build
// is slower, and a speed target is a measurement, not a pass/fail.
void SupervisionGuiTest::aTeamOfThirtyOverTwentyFourMonthsIsDrawnCompletely() {
    QTemporaryDir dir;
    auto vault = storage::Vault::create(dir.filePath(u"gross.kimvault"_s), u"Passwort"_s,
                                        storage::WorkspaceKind::Supervisor, test::fastKdf(), test::wallClock());
    auto session = std::make_shared<Session>(std::move(vault), std::make_unique<kim::FixedClock>(QDate(2026, 12, 3)));
    reporting::SupervisorReports store(session->vault().database());
    core::ReportingPeriod period = core::ReportingPeriod::month(2024, 12);
    for (int month = 0; month < 24; ++month) {
        period = period.next();
        for (int member = 0; member < 30; ++member) {
            reporting::ReceivedCaseloadReport report;
            report.packageId = u"pkg-%1-%2"_s.arg(month).arg(member);
            report.senderKeyId = u"KEY%1"_s.arg(member, 4, 10, QLatin1Char('0'));
            report.senderName = u"Teammitglied %1"_s.arg(member + 1);
            report.created = QDateTime(period.lastDay().addDays(1), QTime(0, 0), Qt::UTC);
            report.receivedAt = report.created.addDays(1);
            report.content.period = period;
            for (const core::CaseloadFigureDefinition& figure : core::CaseloadDefinitions::all()) {
                for (const auto& [key, label] : figure.keys) {
                    report.content.values[figure.id][key] = (member + month + int(key.size())) % 40;
                }
            }
            for (int alert = 0; alert < 4; ++alert) {
                report.content.alerts.push_back({u"P-%1%2%3"_s.arg(month, 2, 16, QLatin1Char('0'))
                                                     .arg(member, 2, 16, QLatin1Char('0'))
                                                     .arg(alert, 2, 16, QLatin1Char('0'))
                                                     .toUpper(),
                                                 core::Phase::Planning, int(core::AlertReason::NoContact), 6, 10, 0,
                                                 0});
            }
            store.add(report);
        }
    }
    QElapsedTimer timer;
    timer.start();
    SupervisionView view(*session);
    const qint64 elapsed = timer.elapsed();
    qInfo("dashboards for 30 members x 24 months opened in %lld ms", elapsed);
    QCOMPARE(view.overview()->dashboard()->model(u"team_open"_s)->rowCount(), 30);
    QCOMPARE(view.overview()->dashboard()->model(u"team_trend"_s)->rowCount(), 12);
    QCOMPARE(view.alerts()->model()->rowCount(), 120);
}

void SupervisionGuiTest::saveScreenshot(QWidget* widget, const QString& name) {
    QCoreApplication::processEvents();
    const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QVERIFY(image.save(qEnvironmentVariable("KIM_SCREENSHOT_DIR") + QLatin1Char('/') + name + u".png"_s));
}

// Not a check: with KIM_SCREENSHOT_DIR set, saves every tab as the journey left it.
void SupervisionGuiTest::screenshots() {
    if (qEnvironmentVariableIsEmpty("KIM_SCREENSHOT_DIR")) {
        QSKIP("set KIM_SCREENSHOT_DIR to take screenshots");
    }
    const QStringList names{u"uebersicht"_s, u"teammitglied"_s, u"hinweise"_s, u"eingang"_s, u"team"_s};
    for (int tab = 0; tab < names.size(); ++tab) {
        m_view->showTab(SupervisionView::Tab(tab));
        saveScreenshot(m_view.get(), u"17-%1-%2"_s.arg(tab + 1, 2, 10, QLatin1Char('0')).arg(names[tab]));
    }
    m_view->showTab(SupervisionView::OverviewPage);
    FileDialogs::setNextFileName(qEnvironmentVariable("KIM_SCREENSHOT_DIR") + u"/fachaufsicht-team.pdf"_s);
    m_view->findChild<QPushButton*>(u"overviewPdfButton"_s)->click();
}

QTEST_MAIN(SupervisionGuiTest)
#include "SupervisionGuiTest.moc"
