// SPDX-License-Identifier: GPL-3.0-or-later
// Referral widgets on the offscreen platform: the referral sheet as a real PDF read back with
// pdftotext, and a journey from planning a referral to its answer leaving the overdue list.

#include "core/CaseRepository.h"
#include "core/ClientRepository.h"
#include "base/Clock.h"
#include "core/ConsentRepository.h"
#include "core/FollowUpRepository.h"
#include "core/InstitutionRepository.h"
#include "core/ReferralReleaseRepository.h"
#include "core/ReferralRepository.h"
#include "gui/referrals/InstitutionDirectoryDialog.h"
#include "gui/referrals/InstitutionEditor.h"
#include "gui/referrals/OpenReferralsModel.h"
#include "gui/referrals/OpenReferralsPanel.h"
#include "gui/referrals/ReferralDialog.h"
#include "gui/referrals/ReferralReleaseList.h"
#include "gui/referrals/ReferralStatusDialog.h"
#include "gui/referrals/ReferralsTab.h"
#include "gui/referrals/ReleaseDialog.h"
#include "support/TestVault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace kim;
using namespace kim::gui;

namespace {

// A client with consent to referrals and an open case, on 10 March 2026.
struct World {
    test::TestVault tv;
    kim::FixedClock clock{QDate(2026, 3, 10)};
    storage::Database& db() { return tv.vault->database(); }
    core::Client client;
    core::Case openCase;

    World() {
        client.lastName = QStringLiteral("Kovalenko");
        client.firstName = QStringLiteral("Olena");
        client.phone = QStringLiteral("0151 7654321");
        client.address = QStringLiteral("Lindenweg 5, 33332 Gütersloh");
        client.residenceStatus = core::ResidenceStatus::TemporaryProtection24;
        client.birthDate = QDate(1986, 2, 14);
        core::ClientRepository(db(), clock).save(client);
        core::Consent consent{
            0, client.id, clock.today(), core::ConsentScope::CaseWorkAndReferrals, QStringLiteral("KIM-EW 2024-1"), {}};
        core::ConsentRepository(db(), clock).record(consent);
        openCase = core::CaseRepository(db(), clock).open(client.id);
    }
    int64_t institution(const QString& name) {
        for (const core::Institution& i : core::InstitutionRepository(db()).all(true)) {
            if (i.name == name) {
                return i.id;
            }
        }
        return 0;
    }
};

template <typename Dialog> Dialog* openDialog(QWidget& parent) {
    const QList<Dialog*> dialogs = parent.findChildren<Dialog*>();
    for (Dialog* dialog : dialogs) {
        if (dialog->isVisible()) {
            return dialog;
        }
    }
    return nullptr;
}

void clickSave(QDialog* dialog) {
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(buttons != nullptr);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

void flushDeletes() {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QString pdfText(const QString& path) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(20000) || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class ReferralGuiTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sheetHoldsOnlyWhatTheReleaseCovers();
    void referClientRecordAnswerAndLeaveOverdueList();
    void statusChangeWithoutReleaseIsRefusedInTheDialog();
    void institutionDirectoryAddsAnEntry();
};

void ReferralGuiTest::sheetHoldsOnlyWhatTheReleaseCovers() {
    World w;
    const int64_t jobcenter = w.institution(QStringLiteral("Jobcenter Kreis Gütersloh"));
    core::ReferralRelease release{0,
                                  w.client.id,
                                  jobcenter,
                                  w.clock.today(),
                                  QStringLiteral("Antrag auf Bürgergeld"),
                                  core::with(core::with(0, core::ReleaseItem::MasterData), core::ReleaseItem::Concern),
                                  {}};
    core::ReferralReleaseRepository(w.db(), w.clock).record(release);
    core::Referral referral;
    referral.caseId = w.openCase.id;
    referral.institutionId = jobcenter;
    referral.field = core::FieldOfAction::WorkEconomy;
    referral.reason = QStringLiteral("Unterstützung beim Erstantrag auf Bürgergeld");
    referral.referredOn = w.clock.today();
    referral.expectedBy = QDate(2026, 3, 24);
    core::ReferralRepository(w.db(), w.clock).save(referral);

    ReferralsTab tab(w.db(), w.clock);
    tab.setSenderOrganisation(QStringLiteral("Caritasverband Gütersloh – KIM-Case-Management"));
    tab.setClient(w.client.id, w.openCase.id);
    QCOMPARE(tab.list()->topLevelItemCount(), 1);
    QTemporaryDir dir;
    const QString path = qEnvironmentVariable("KIM_SHEET_PDF", dir.filePath(QStringLiteral("sheet.pdf")));
    QVERIFY2(tab.savePdf(path), qPrintable(tab.errorLabel()->text()));
    const QString text = pdfText(path);
    QVERIFY2(!text.isEmpty(), "pdftotext found no text");
    QVERIFY(text.contains(QStringLiteral("Überleitungsbogen")));
    QVERIFY(text.contains(QStringLiteral("Jobcenter Kreis Gütersloh")));
    QVERIFY(text.contains(QStringLiteral("Kovalenko, Olena")));
    QVERIFY(text.contains(QStringLiteral("14.02.1986")));
    QVERIFY(text.contains(QStringLiteral("Erstantrag auf Bürgergeld")));
    QVERIFY(text.contains(QStringLiteral("Caritasverband Gütersloh")));
    QVERIFY(text.contains(QStringLiteral("24.03.2026")));
    // Not released: contact data and residence status.
    QVERIFY(!text.contains(QStringLiteral("7654321")));
    QVERIFY(!text.contains(QStringLiteral("Lindenweg")));
    QVERIFY(!text.contains(QStringLiteral("AufenthG")));
    QVERIFY(QFile::permissions(path) ==
            (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    // Once the release is withdrawn the sheet is refused.
    core::ReferralReleaseRepository(w.db(), w.clock).withdraw(release.id, w.clock.today());
    QVERIFY(!tab.savePdf(dir.filePath(QStringLiteral("again.pdf"))));
    QVERIFY(tab.errorLabel()->text().contains(QStringLiteral("Schweigepflichtentbindung")));
}

void ReferralGuiTest::referClientRecordAnswerAndLeaveOverdueList() {
    World w;
    ReferralsTab tab(w.db(), w.clock);
    OpenReferralsPanel panel(w.db(), w.clock);
    tab.show();
    tab.setClient(w.client.id, w.openCase.id);
    QSignalSpy changed(&tab, &ReferralsTab::changed);

    // Plan the referral.
    tab.newReferral();
    QPointer<ReferralDialog> planning = openDialog<ReferralDialog>(tab);
    QVERIFY(planning);
    QComboBox* institution = planning->institutionCombo();
    institution->setCurrentIndex(institution->findText(QStringLiteral("Jobcenter"), Qt::MatchStartsWith));
    QTest::keyClicks(planning->reasonEdit(), QStringLiteral("Erstantrag beim Jobcenter")); // keyClicks: ASCII only
    planning->expectedByEdit()->setDate(QDate(2026, 3, 20));
    clickSave(planning);
    flushDeletes();
    QVERIFY(!planning);
    QCOMPARE(tab.list()->topLevelItemCount(), 1);
    QCOMPARE(changed.count(), 1);

    // Record the release, then pass the referral on.
    tab.releases()->recordRelease(w.institution(QStringLiteral("Jobcenter Kreis Gütersloh")));
    QPointer<ReleaseDialog> releasing = openDialog<ReleaseDialog>(tab);
    QVERIFY(releasing);
    QTest::keyClicks(releasing->purposeEdit(), QStringLiteral("Erstantrag beim Jobcenter"));
    clickSave(releasing);
    flushDeletes();
    QVERIFY(!releasing);
    QCOMPARE(tab.releases()->list()->topLevelItemCount(), 1);

    tab.changeStatusOfSelected();
    QPointer<ReferralStatusDialog> status = openDialog<ReferralStatusDialog>(tab);
    QVERIFY(status);
    QCOMPARE(status->statusCombo()->currentText(), QStringLiteral("übermittelt"));
    clickSave(status);
    flushDeletes();
    QVERIFY(!status);

    // Ten days later the answer is overdue: red in the panel, and a follow-up is raised.
    w.clock.setToday(QDate(2026, 3, 21));
    panel.refresh();
    QCOMPARE(panel.model()->totalCount(), 1);
    QVERIFY(panel.model()->isOverdueAt(0));
    QCOMPARE(panel.model()->data(panel.model()->index(0, 0), Qt::ForegroundRole).value<QColor>(),
             QColor(0xb0, 0, 0x20));
    QCOMPARE(core::ReferralRepository(w.db(), w.clock).raiseOverdueFollowUps(), 1);
    panel.overdueOnlyBox()->setChecked(true);
    QCOMPARE(panel.model()->rowCount(), 1);
    QSignalSpy activated(&panel, &OpenReferralsPanel::clientActivated);
    panel.view()->setCurrentIndex(panel.model()->index(0, 0));
    Q_EMIT panel.view()->activated(panel.model()->index(0, 0));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).value<int64_t>(), w.client.id);

    // The Jobcenter answers: appointment made. It leaves the overdue list.
    tab.refresh();
    QVERIFY(tab.list()->topLevelItem(0)->text(4).contains(QStringLiteral("überfällig")));
    tab.changeStatusOfSelected();
    status = openDialog<ReferralStatusDialog>(tab);
    QVERIFY(status);
    status->statusCombo()->setCurrentIndex(status->statusCombo()->findText(QStringLiteral("Termin vereinbart")));
    clickSave(status);
    flushDeletes();
    panel.refresh();
    QCOMPARE(panel.model()->rowCount(), 0);
    panel.overdueOnlyBox()->setChecked(false);
    QCOMPARE(panel.model()->rowCount(), 1);
    QCOMPARE(tab.history()->topLevelItemCount(), 3);
    // For looking at the screens: KIM_SCREENSHOT_DIR=/some/dir.
    if (const QString dir = qEnvironmentVariable("KIM_SCREENSHOT_DIR"); !dir.isEmpty()) {
        tab.resize(1000, 760);
        panel.resize(1000, 300);
        panel.show();
        tab.grab().save(dir + QStringLiteral("/referrals-tab.png"));
        panel.grab().save(dir + QStringLiteral("/open-referrals.png"));
    }
    const QList<core::FollowUp> followUps = core::FollowUpRepository(w.db(), w.clock).forCase(w.openCase.id);
    QCOMPARE(followUps.size(), 1);
    QVERIFY(!followUps[0].isOpen()); // the reminder was closed by the answer
}

void ReferralGuiTest::statusChangeWithoutReleaseIsRefusedInTheDialog() {
    World w;
    core::Referral referral;
    referral.caseId = w.openCase.id;
    referral.institutionId = w.institution(QStringLiteral("Familienkasse"));
    referral.reason = QStringLiteral("Kindergeld");
    referral.referredOn = w.clock.today();
    core::ReferralRepository(w.db(), w.clock).save(referral);
    ReferralsTab tab(w.db(), w.clock);
    tab.show();
    tab.setClient(w.client.id, w.openCase.id);
    tab.changeStatusOfSelected();
    QPointer<ReferralStatusDialog> status = openDialog<ReferralStatusDialog>(tab);
    QVERIFY(status);
    clickSave(status);
    QVERIFY(status->isVisible());
    QVERIFY(status->errorLabel()->isVisibleTo(status));
    QVERIFY(status->errorLabel()->text().contains(QStringLiteral("Schweigepflichtentbindung")));
    QCOMPARE(core::ReferralRepository(w.db(), w.clock).load(referral.id).status, core::ReferralStatus::Planned);
    status->reject();
}

void ReferralGuiTest::institutionDirectoryAddsAnEntry() {
    World w;
    InstitutionDirectoryDialog dialog(w.db());
    const int before = dialog.table()->rowCount();
    QCOMPARE(before, 23);
    dialog.addNew();
    QTest::keyClicks(dialog.editor()->nameEdit(), QStringLiteral("Grundschule Verl"));
    dialog.saveCurrent();
    QCOMPARE(dialog.table()->rowCount(), before + 1);
    QCOMPARE(dialog.table()->item(dialog.table()->currentRow(), 0)->text(), QStringLiteral("Grundschule Verl"));
    dialog.addNew();
    QTest::keyClicks(dialog.editor()->nameEdit(), QStringLiteral("Grundschule Verl"));
    dialog.saveCurrent();
    QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("gibt es bereits")));
}

QTEST_MAIN(ReferralGuiTest)
#include "ReferralGuiTest.moc"
