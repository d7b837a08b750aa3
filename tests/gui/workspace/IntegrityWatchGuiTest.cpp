// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntegrityWatchGuiTest.h"

#include "gui/MainWindow.h"
#include "gui/common/Messages.h"
#include "gui/workspace/IntegrityWatch.h"
#include "gui/workspace/UnlockDialog.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Vault.h"
#include "support/FileBytes.h"
#include "support/TestVault.h"

#include <QLineEdit>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace kim;
using namespace kim::gui;

namespace {

constexpr int SlowTimeout = 20000;

// A closed workspace with enough rows that its last pages hold data, not schema, and not the
// rows an unlock reads (the keys sort after "vault_id").
QString closedWorkspace(const QTemporaryDir& dir) {
    const QString path = dir.filePath(QStringLiteral("gepruefte.kimvault"));
    auto vault = storage::Vault::create(path, QString::fromUtf8(test::TestVault::Password),
                                        storage::WorkspaceKind::CaseManager, test::fastKdf(), test::wallClock());
    auto insert = vault->database().prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?1, ?2)"));
    for (int i = 0; i < 200; ++i) {
        insert.bind(1, QStringLiteral("zz-fill-%1").arg(i)).bind(2, QStringLiteral("Inhalt ").repeated(100)).run();
        insert.reset();
    }
    return path;
}

bool unlock(MainWindow& window, const QString& path) {
    window.openWorkspaceFile(path);
    UnlockDialog* dialog = window.findChild<UnlockDialog*>();
    if (dialog == nullptr) {
        return false;
    }
    auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    QTest::keyClicks(edit, QString::fromUtf8(test::TestVault::Password));
    QTest::keyClick(edit, Qt::Key_Return);
    return QTest::qWaitFor([&] { return window.isUnlocked(); }, SlowTimeout);
}

} // namespace

void IntegrityWatchGuiTest::initTestCase() {
    Messages::setTestMode(true);
}

void IntegrityWatchGuiTest::anIntactWorkspaceIsCheckedInTheBackgroundAfterUnlock() {
    QTemporaryDir dir;
    const QString path = closedWorkspace(dir);
    MainWindow window;
    window.show();
    Messages::clearLastError();
    QVERIFY(unlock(window, path));
    QTRY_VERIFY_WITH_TIMEOUT(window.integrityWatch() == nullptr, SlowTimeout);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("in Ordnung")));
    QVERIFY(Messages::lastError().isEmpty());
    QVERIFY(window.isUnlocked());
}

void IntegrityWatchGuiTest::aDamagedPageIsReportedAndTheWorkspaceStaysOpen() {
    QTemporaryDir dir;
    const QString path = closedWorkspace(dir);
    QByteArray bytes = test::fileBytes(path);
    const qsizetype at = (bytes.size() / 4096 - 2) * 4096 + 700;
    bytes[at] = static_cast<char>(bytes[at] ^ 0x04);
    test::writeBytes(path, bytes);

    MainWindow window;
    window.show();
    Messages::clearLastError();
    QVERIFY(unlock(window, path));
    QTRY_VERIFY_WITH_TIMEOUT(!Messages::lastError().isEmpty(), SlowTimeout);
    QVERIFY(Messages::lastError().contains(QStringLiteral("beschädigte Datenseiten")));
    QVERIFY(window.isUnlocked());
    QVERIFY(window.caseManagerView() != nullptr);
}

void IntegrityWatchGuiTest::lockingWhileTheCheckRunsStopsIt() {
    QTemporaryDir dir;
    const QString path = closedWorkspace(dir);
    MainWindow window;
    window.show();
    Messages::clearLastError();
    for (int round = 0; round < 5; ++round) {
        QVERIFY(unlock(window, path));
        window.lockWorkspace(); // at once: the check is stopped and its thread joined
        QVERIFY(window.integrityWatch() == nullptr);
        QVERIFY(!window.isUnlocked());
    }
    QVERIFY(Messages::lastError().isEmpty());
}
