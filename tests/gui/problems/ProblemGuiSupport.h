// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the structural-problem GUI tests and their screenshot walk: widget lookups, typing
// that QTest cannot do alone, a workspace created through the start page, and a real
// coordinating-office vault on the other side of the exchange.

#include "base/Clock.h"
#include "core/ConferenceRepository.h"
#include "core/Quarter.h"
#include "exchange/ContactBook.h"
#include "exchange/IdentityStore.h"
#include "reporting/OfficeInbox.h"
#include "reporting/OfficeOutbox.h"
#include "exchange/PackageReader.h"
#include "reporting/ProblemReport.h"
#include "gui/MainWindow.h"
#include "gui/CaseManagerView.h"
#include "gui/casefile/CaseFileWidget.h"
#include "gui/casefile/ConsentDialog.h"
#include "gui/casefile/ConsultationDialog.h"
#include "gui/clients/ClientEditorWidget.h"
#include "gui/clients/ClientListPanel.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/Messages.h"
#include "gui/contacts/ContactCardImportDialog.h"
#include "gui/contacts/ContactsDialog.h"
#include "gui/contacts/OwnProfileDialog.h"
#include "gui/office/OfficeView.h"
#include "gui/problems/ExportPreviewPage.h"
#include "gui/problems/ExportQuarterPage.h"
#include "gui/contacts/PackageRecipientPage.h"
#include "gui/problems/FeedbackPanel.h"
#include "gui/problems/PackageImportDialog.h"
#include "gui/problems/ProblemExportWizard.h"
#include "gui/problems/ProblemFlagDialog.h"
#include "gui/problems/ProblemProposalDialog.h"
#include "gui/workspace/CreateWorkspaceDialog.h"
#include "gui/workspace/UnlockDialog.h"
#include "storage/Vault.h"
#include "support/FileBytes.h"
#include "support/TestVault.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <optional>
#include <span>

namespace problemgui {

using namespace kim;
using namespace kim::gui;

inline const QString Password = QStringLiteral("Sonnenblume am Teich 42");
constexpr int SlowTimeout = 60000; // key derivation on a busy build machine

inline const QString ImmigrationOffice = QStringLiteral("Ausländerbehörde Kreis Gütersloh");
inline const QString ProposalTitle = QStringLiteral("Keine Termine für Sprachprüfungen im Kreis");

template <typename T> T* visibleChild(QWidget* parent) {
    for (T* candidate : parent->findChildren<T*>()) {
        if (candidate->isVisible()) {
            return candidate;
        }
    }
    return nullptr;
}

template <typename T> T* named(QObject* parent, const char* name) {
    return parent->findChild<T*>(QString::fromLatin1(name));
}

inline QPushButton* dialogButton(QDialog* dialog, QDialogButtonBox::StandardButton which) {
    return dialog->findChild<QDialogButtonBox*>()->button(which);
}

// Types like a user; QTest can only send Latin-1 keys, so other letters are inserted as typed text.
inline void typeInto(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(edit, c.toLatin1());
        } else {
            edit->insert(QString(c));
        }
    }
}

// Readable and writable by the owner only, like the vault.
inline bool ownerOnly(const QString& path) {
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    return (permissions & others) == 0 && permissions.testFlag(QFileDevice::ReadOwner);
}

inline QAction* action(MainWindow& window, const char* name) {
    return window.findChild<QAction*>(QString::fromLatin1(name));
}

inline std::span<const uint8_t> bytesOf(const QByteArray& data) {
    return {reinterpret_cast<const uint8_t*>(data.constData()), static_cast<size_t>(data.size())};
}

inline core::Quarter currentQuarter() {
    return core::Quarter::containing(QDate::currentDate());
}

// The coordinating office: a real workspace of that kind, with its identity and profile.
struct OfficeVault {
    QTemporaryDir dir;
    std::unique_ptr<storage::Vault> vault;
    std::optional<exchange::Identity> identity;
    kim::FixedClock clock{QDate::currentDate()};

    OfficeVault()
        : vault(storage::Vault::create(dir.filePath(QStringLiteral("office.kimvault")), Password,
                                       storage::WorkspaceKind::CoordinatingOffice, test::fastKdf(),
                                       kim::test::wallClock())) {
        exchange::IdentityStore::ensure(db(), kim::test::wallClock());
        exchange::IdentityStore::setProfile(db(), QStringLiteral("Koordinierende Stelle KIM"),
                                            QStringLiteral("Koordinierende Stelle"), QStringLiteral("Kreis Gütersloh"));
        identity = exchange::IdentityStore::load(db());
    }
    storage::Database& db() { return vault->database(); }
    QString writeCard() {
        const QString path = dir.filePath(QStringLiteral("koordinierende-stelle.kimcard"));
        test::writeBytes(path, identity->contactCard().fileText());
        return path;
    }
};

// Creates a workspace through the start page and the create dialog, as a user would.
inline bool createWorkspace(MainWindow& window, const QString& path, storage::WorkspaceKind kind, bool demo = false) {
    QTest::mouseClick(named<QPushButton>(&window, demo ? "demoButton" : "createButton"), Qt::LeftButton);
    CreateWorkspaceDialog* dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = visibleChild<CreateWorkspaceDialog>(&window)) != nullptr);
    }();
    if (dialog == nullptr) {
        return false;
    }
    auto* kindCombo = named<QComboBox>(dialog, "kindCombo");
    kindCombo->setCurrentIndex(kindCombo->findData(static_cast<int>(kind)));
    FileDialogs::setNextFileName(path);
    QTest::mouseClick(named<QPushButton>(dialog, "browseButton"), Qt::LeftButton);
    typeInto(named<QLineEdit>(dialog, "passwordEdit"), Password);
    typeInto(named<QLineEdit>(dialog, "repeatEdit"), Password);
    QTest::mouseClick(dialogButton(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(window.isUnlocked(), SlowTimeout);
    }();
    return window.isUnlocked();
}

} // namespace problemgui
