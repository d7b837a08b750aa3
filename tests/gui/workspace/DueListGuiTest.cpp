// SPDX-License-Identifier: GPL-3.0-or-later
#include "DueListGuiTest.h"

#include <memory>

#include <QAbstractItemModel>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include "base/Clock.h"
#include "gui/CaseManagerView.h"
#include "gui/casefile/CaseFileWidget.h"
#include "gui/common/ItemViews.h"
#include "gui/overview/DueFollowUpsModel.h"
#include "gui/overview/DueFollowUpsPanel.h"
#include "gui/referrals/OpenReferralsModel.h"
#include "gui/referrals/OpenReferralsPanel.h"
#include "gui/common/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/TestVault.h"

using namespace kim;
using namespace kim::gui;

namespace {

const QDate Today(2026, 3, 10);

// A real case manager's vault with 40 clients and `followUps` follow-ups spread over the last
// 300 days (every seventh is due today), plus some done and some in the future that the list
// must leave out.
struct DueWorld {
    explicit DueWorld(int followUps) {
        auto clock = std::make_unique<kim::FixedClock>(Today);
        session = std::make_unique<Session>(std::move(tv.vault), std::move(clock));
        for (int i = 0; i < 40; ++i) {
            core::Client client;
            client.lastName = QStringLiteral("Familie%1").arg(i, 2, 10, QLatin1Char('0'));
            client.firstName = QStringLiteral("Test");
            session->clients().save(client);
            core::Consent consent;
            consent.clientId = client.id;
            consent.givenOn = Today.addYears(-2);
            consent.formVersion = QStringLiteral("KIM-EW 2024-1");
            session->consents().record(consent);
            cases.append(session->cases().open(client.id));
        }
        // One transaction for the follow-ups, or every one would wait for its own fsync.
        storage::Transaction transaction(session->vault().database());
        for (int i = 0; i < followUps; ++i) {
            const QDate dueOn = i % 7 == 0 ? Today : Today.addDays(-1 - i % 300);
            add(cases[i % cases.size()].id, dueOn, QStringLiteral("Rückruf %1 wegen des Antrags").arg(i));
            if (i % 7 == 0) {
                ++dueToday;
            } else {
                ++overdue;
            }
        }
        for (int i = 0; i < 50; ++i) {
            add(cases[i % cases.size()].id, Today.addDays(1 + i), QStringLiteral("später"));
            const int64_t id = add(cases[i % cases.size()].id, Today.addDays(-i), QStringLiteral("erledigt"));
            session->followUps().markDone(id, Today);
        }
        transaction.commit();
        firstClient = cases.front().clientId;
        firstCase = cases.front().id;
    }

    int64_t add(int64_t caseId, const QDate& dueOn, const QString& title) {
        core::FollowUp followUp{0, caseId, dueOn, title, {}};
        session->followUps().save(followUp);
        return followUp.id;
    }

    int due() const { return dueToday + overdue; }

    test::TestVault tv;
    std::unique_ptr<Session> session;
    int dueToday = 0;
    int overdue = 0;
    QList<core::Case> cases;
    int64_t firstClient = 0;
    int64_t firstCase = 0;
};

void showDueTab(CaseManagerView& view) {
    view.sideTabs()->setCurrentIndex(CaseManagerView::DueTab);
}

} // namespace

void DueListGuiTest::showsCountsAndLoadsPagesAsTheListScrolls() {
    DueWorld world(3000);
    CaseManagerView view(*world.session);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    DueFollowUpsPanel* panel = view.duePanel();
    DueFollowUpsModel* model = panel->model();
    // Unseen, nothing is loaded, yet the tab tells how much is due.
    QCOMPARE(view.sideTabs()->tabText(CaseManagerView::DueTab), QStringLiteral("Fällig (%1)").arg(world.due()));
    QCOMPARE(model->rowCount(), 0);

    view.showDue();
    QCOMPARE(view.sideTabs()->currentIndex(), int(CaseManagerView::DueTab));
    QCOMPARE(panel->count(), world.due());
    QCOMPARE(model->totalCount(), world.due());
    QCOMPARE(model->overdueCount(), world.overdue);
    const QString summary = panel->findChild<QLabel*>()->text();
    QVERIFY2(summary.contains(
                 QStringLiteral("%1 Wiedervorlagen fällig, davon %2 überfällig").arg(world.due()).arg(world.overdue)),
             qPrintable(summary));
    // A page or two (the view asks for more while its scroll bar is still at 0), not all.
    QVERIFY(model->rowCount() >= DueFollowUpsModel::PageSize);
    QVERIFY(model->rowCount() <= 2 * DueFollowUpsModel::PageSize);
    QVERIFY(model->canFetchMore({}));
    QCOMPARE(panel->view()->objectName(), QStringLiteral("dueList"));

    // The oldest comes first, red, with how long it is overdue.
    QCOMPARE(model->data(model->index(0, DueFollowUpsModel::DueColumn), Qt::DisplayRole).toString(),
             ItemViews::date(Today.addDays(-300)));
    QCOMPARE(model->data(model->index(0, DueFollowUpsModel::ClientColumn), Qt::ForegroundRole).value<QColor>(),
             ItemViews::overdueColor());
    QCOMPARE(model->data(model->index(0, DueFollowUpsModel::DueColumn), Qt::ToolTipRole).toString(),
             QStringLiteral("überfällig seit 300 Tag(en)"));
    QVERIFY(model->data(model->index(0, DueFollowUpsModel::TitleColumn), Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("Rückruf ")));

    // Scrolling to the end loads the next page, not the whole list.
    const int before = model->rowCount();
    panel->view()->verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMaximum);
    QTRY_VERIFY(model->rowCount() > before);
    QVERIFY(model->rowCount() < world.due());

    // Reading on to the end shows every due follow-up once; today's come last, not red.
    while (model->canFetchMore({})) {
        model->fetchMore({});
    }
    QCOMPARE(model->rowCount(), world.due());
    const int last = model->rowCount() - 1;
    QCOMPARE(model->data(model->index(last, DueFollowUpsModel::DueColumn), Qt::DisplayRole).toString(),
             QStringLiteral("heute"));
    QVERIFY(!model->data(model->index(last, DueFollowUpsModel::ClientColumn), Qt::ForegroundRole).isValid());
    QVERIFY(!model->isOverdueAt(last));
    QVERIFY(model->isOverdueAt(last - world.dueToday));
}

void DueListGuiTest::enterOpensTheClientOfTheCurrentRow() {
    DueWorld world(500);
    CaseManagerView view(*world.session);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showDue();
    DueFollowUpsPanel* panel = view.duePanel();
    QSignalSpy opened(panel, &DueFollowUpsPanel::openClient);
    QTreeView* list = panel->view();
    QCOMPARE(list->currentIndex().row(), 0); // Ctrl+D lands on the first row
    list->setCurrentIndex(panel->model()->index(3, 0));
    const int64_t expected = panel->model()->clientIdAt(3);
    QVERIFY(expected != 0);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).value<int64_t>(), expected);
    QCOMPARE(view.caseFile()->clientId(), expected);
}

void DueListGuiTest::hiddenListsKeepTheirCountCurrentAndReloadWhenShown() {
    DueWorld world(300);
    CaseManagerView view(*world.session);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    DueFollowUpsModel* model = view.duePanel()->model();
    QSignalSpy reloads(model, &QAbstractItemModel::modelReset);
    auto title = [&view] {
        return view.sideTabs()->tabText(CaseManagerView::DueTab);
    };

    // A change while the list is hidden: the title counts again, the list stays unread.
    world.add(world.firstCase, Today, QStringLiteral("neu"));
    Q_EMIT view.caseFile()->caseFileChanged(world.firstClient);
    QCOMPARE(title(), QStringLiteral("Fällig (%1)").arg(world.due() + 1));
    QCOMPARE(reloads.count(), 0);
    QVERIFY(!view.referralsPanel()->model()->isLoaded());

    // Shown: it reads the list now.
    showDueTab(view);
    QCOMPARE(reloads.count(), 1);
    QCOMPARE(model->totalCount(), world.due() + 1);

    // A change while it is shown reloads it at once.
    world.session->followUps().markDone(world.session->followUps().duePage(1).front().followUp.id, Today);
    Q_EMIT view.caseFile()->caseFileChanged(world.firstClient);
    QCOMPARE(reloads.count(), 2);
    QCOMPARE(model->totalCount(), world.due());
    QCOMPARE(title(), QStringLiteral("Fällig (%1)").arg(world.due()));

    // Hidden again: counted, not reloaded; shown: reloaded once; shown again unchanged: not.
    view.sideTabs()->setCurrentIndex(CaseManagerView::ClientsTab);
    world.session->followUps().markDone(world.session->followUps().duePage(1).front().followUp.id, Today);
    Q_EMIT view.caseFile()->caseFileChanged(world.firstClient);
    QCOMPARE(title(), QStringLiteral("Fällig (%1)").arg(world.due() - 1));
    QCOMPARE(reloads.count(), 2);
    showDueTab(view);
    QCOMPARE(reloads.count(), 3);
    QCOMPARE(model->totalCount(), world.due() - 1);
    view.sideTabs()->setCurrentIndex(CaseManagerView::ClientsTab);
    showDueTab(view);
    QCOMPARE(reloads.count(), 3);
    // Ctrl+D always shows the list as it is now.
    view.showDue();
    QCOMPARE(reloads.count(), 4);

    // The open referrals load when their tab is shown, then only after a change.
    view.sideTabs()->setCurrentIndex(CaseManagerView::OpenReferralsTab);
    QVERIFY(view.referralsPanel()->model()->isLoaded());
    QSignalSpy referralReloads(view.referralsPanel()->model(), &QAbstractItemModel::modelReset);
    view.sideTabs()->setCurrentIndex(CaseManagerView::ClientsTab);
    view.sideTabs()->setCurrentIndex(CaseManagerView::OpenReferralsTab);
    QCOMPARE(referralReloads.count(), 0);
    view.sideTabs()->setCurrentIndex(CaseManagerView::ClientsTab);
    Q_EMIT view.caseFile()->caseFileChanged(world.firstClient);
    QCOMPARE(referralReloads.count(), 0);
    view.sideTabs()->setCurrentIndex(CaseManagerView::OpenReferralsTab);
    QCOMPARE(referralReloads.count(), 1);
}
