// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemWorkspaceGuiTest.h"

#include "ProblemGuiSupport.h"

using namespace problemgui;

void ProblemWorkspaceGuiTest::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("KIM-Test"));
    QCoreApplication::setApplicationName(QStringLiteral("problem_gui_tests"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Messages::setTestMode(true);
}

void ProblemWorkspaceGuiTest::familyLinkShowsTheHeadsCaseCode() {
    QTemporaryDir dir;
    MainWindow window;
    window.setKdfParamsForNewWorkspaces(test::fastKdf());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(
        createWorkspace(window, dir.filePath(QStringLiteral("familie.kimvault")), storage::WorkspaceKind::CaseManager));
    auto addClient = [&](const QString& first, const QString& family) {
        action(window, "newClientAction")->trigger();
        auto* editor = visibleChild<ClientEditorWidget>(&window);
        typeInto(named<QLineEdit>(editor, "firstNameEdit"), first);
        typeInto(named<QLineEdit>(editor, "lastNameEdit"), QStringLiteral("Rahimi"));
        typeInto(named<QLineEdit>(editor, "familyEdit"), family);
        QTest::mouseClick(named<QPushButton>(editor, "saveButton"), Qt::LeftButton);
        return editor;
    };
    ClientEditorWidget* editor = addClient(QStringLiteral("Fatima"), QString());
    QCOMPARE(window.caseManagerView()->clientList()->totalCount(), 1);
    const int64_t headId = editor->clientId();
    const QString head = named<QTableView>(&window, "clientTable")->model()->index(0, 0).data().toString();
    QVERIFY(named<QLineEdit>(editor, "familyEdit")->toolTip().contains(QStringLiteral("einmal als Familie")));

    // An unknown case code is refused inline and nothing is saved.
    editor = addClient(QStringLiteral("Omid"), QStringLiteral("XX-1999-0001"));
    QVERIFY(named<QLabel>(editor, "errorLabel")->isVisible());
    QVERIFY(named<QLabel>(editor, "errorLabel")->text().contains(QStringLiteral("XX-1999-0001")));
    QCOMPARE(window.caseManagerView()->clientList()->totalCount(), 1);

    // Letter case does not matter; the link shows the head's case code.
    auto* family = named<QLineEdit>(editor, "familyEdit");
    family->clear();
    typeInto(family, head.toLower());
    QTest::mouseClick(named<QPushButton>(editor, "saveButton"), Qt::LeftButton);
    QVERIFY2(!named<QLabel>(editor, "errorLabel")->isVisible(), qPrintable(Messages::lastError()));
    QCOMPARE(family->text(), head);
    const int64_t memberId = editor->clientId();
    const QString member = [&] {
        auto* model = named<QTableView>(&window, "clientTable")->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() != head) {
                return model->index(row, 0).data().toString();
            }
        }
        return QString();
    }();
    QVERIFY(!member.isEmpty());

    // A link to a family member becomes a link to the family's head.
    editor = addClient(QStringLiteral("Leyla"), member);
    QVERIFY2(!named<QLabel>(editor, "errorLabel")->isVisible(), qPrintable(Messages::lastError()));
    QCOMPARE(named<QLineEdit>(editor, "familyEdit")->text(), head);

    // The head cannot join its own family; the editor says why.
    window.caseManagerView()->openClient(headId);
    QCOMPARE(editor->clientId(), headId);
    QCOMPARE(named<QLineEdit>(editor, "familyEdit")->text(), QString());
    typeInto(named<QLineEdit>(editor, "familyEdit"), head);
    QTest::mouseClick(named<QPushButton>(editor, "saveButton"), Qt::LeftButton);
    QVERIFY(named<QLabel>(editor, "errorLabel")->isVisible());
    window.caseManagerView()->openClient(memberId);
    QCOMPARE(named<QLineEdit>(editor, "familyEdit")->text(), head);
}

void ProblemWorkspaceGuiTest::revokedContactIsNoLongerOffered() {
    QTemporaryDir dir;
    OfficeVault office;
    MainWindow window;
    window.setKdfParamsForNewWorkspaces(test::fastKdf());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(createWorkspace(window, dir.filePath(QStringLiteral("widerruf.kimvault")),
                            storage::WorkspaceKind::CaseManager));
    action(window, "contactsAction")->trigger();
    ContactsDialog* contacts = nullptr;
    QTRY_VERIFY((contacts = visibleChild<ContactsDialog>(&window)) != nullptr);
    FileDialogs::setNextFileName(office.writeCard());
    QTest::mouseClick(named<QPushButton>(contacts, "importCardButton"), Qt::LeftButton);
    ContactCardImportDialog* import = nullptr;
    QTRY_VERIFY((import = visibleChild<ContactCardImportDialog>(contacts)) != nullptr);
    named<QCheckBox>(import, "fingerprintComparedCheck")->setChecked(true);
    QTest::mouseClick(dialogButton(import, QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(contacts->contactList()->topLevelItemCount(), 1);

    // Withdrawn after the confirmation: still listed, but no longer trusted.
    QTreeWidgetItem* item = contacts->contactList()->topLevelItem(0);
    contacts->contactList()->setCurrentItem(item);
    auto* revoke = named<QPushButton>(contacts, "revokeButton");
    QVERIFY(revoke->isEnabled());
    Messages::setNextAnswer(true);
    QTest::mouseClick(revoke, Qt::LeftButton);
    item = contacts->contactList()->topLevelItem(0);
    QVERIFY(item->text(3).startsWith(QStringLiteral("zurückgezogen")));
    contacts->contactList()->setCurrentItem(item);
    QVERIFY(!revoke->isEnabled());
    contacts->close();

    // The export wizard offers no recipient, so nothing can be exported to the withdrawn card.
    action(window, "exportProblemsAction")->trigger();
    ProblemExportWizard* wizard = nullptr;
    QTRY_VERIFY((wizard = visibleChild<ProblemExportWizard>(&window)) != nullptr);
    QTRY_VERIFY(wizard->quarterPage()->isComplete());
    wizard->button(QWizard::NextButton)->click();
    QTRY_VERIFY(wizard->previewPage()->isComplete());
    wizard->button(QWizard::NextButton)->click();
    QCOMPARE(wizard->currentId(), static_cast<int>(ProblemExportWizard::RecipientPageId));
    QCOMPARE(wizard->recipientPage()->recipientCombo()->count(), 0);
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
}

void ProblemWorkspaceGuiTest::officeWorkspaceShowsTheOfficeView() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("koordinierung.kimvault"));
    MainWindow window;
    window.setKdfParamsForNewWorkspaces(test::fastKdf());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(createWorkspace(window, path, storage::WorkspaceKind::CoordinatingOffice));
    QVERIFY(window.officeView() != nullptr);
    QVERIFY(window.caseManagerView() == nullptr);
    QVERIFY(window.windowTitle().contains(QStringLiteral("Koordinierende Stelle")));
    for (const char* name : {"newClientAction", "exportProblemsAction", "proposeTypeAction", "importPackageAction"}) {
        QVERIFY2(!action(window, name)->isEnabled(), name);
    }
    QVERIFY(action(window, "contactsAction")->isEnabled());
    QVERIFY(action(window, "lockAction")->isEnabled());

    // Contacts work in the office too: its own card carries a fingerprint.
    action(window, "contactsAction")->trigger();
    ContactsDialog* contacts = nullptr;
    QTRY_VERIFY((contacts = visibleChild<ContactsDialog>(&window)) != nullptr);
    QVERIFY(!named<QLabel>(contacts, "ownFingerprint")->accessibleName().isEmpty());

    // Locking destroys the view (and the dialog); the kind comes back from the file.
    window.lockWorkspace();
    QVERIFY(window.officeView() == nullptr);
    QVERIFY(window.findChild<ContactsDialog*>() == nullptr);
    UnlockDialog* unlock = nullptr;
    QTRY_VERIFY((unlock = visibleChild<UnlockDialog>(&window)) != nullptr);
    typeInto(named<QLineEdit>(unlock, "passwordEdit"), Password);
    QTest::keyClick(named<QLineEdit>(unlock, "passwordEdit"), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window.isUnlocked(), SlowTimeout);
    QVERIFY(window.officeView() != nullptr);
    QVERIFY(window.caseManagerView() == nullptr);
}
