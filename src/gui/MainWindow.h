// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/PasswordKdf.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace kim::storage {
class Vault;
}

namespace kim::gui {

class IdleLock;
class IntegrityWatch;
class OfficeView;
class SupervisionView;
class Session;
class StartPage;
class CaseManagerView;

// The application window. Without an open workspace it shows the start page; unlocked it shows
// the CaseManagerView (case file), the OfficeView (coordinating office) or the SupervisionView
// (Fachaufsicht) over a Session, as the workspace kind says. Locking (Ctrl+L, or after idle time) destroys the view and
// then the session, and asks for the password of the same file again.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows the unlock dialog for this file.
    void openWorkspaceFile(const QString& path);
    // Asks for a password and creates a workspace filled with invented demo clients.
    void startDemoWorkspace();
    void createWorkspace();
    void chooseWorkspace();
    void lockWorkspace();

    bool isUnlocked() const { return m_session != nullptr; }
    CaseManagerView* caseManagerView() const { return m_view; }
    OfficeView* officeView() const { return m_officeView; }
    SupervisionView* supervisionView() const { return m_supervisionView; }
    IdleLock& idleLock() { return *m_idleLock; }
    // The page check of the open workspace while it runs; null when none runs.
    IntegrityWatch* integrityWatch() const { return m_integrityWatch; }
    // Test seam: key-derivation cost for new workspaces and password changes (default: calibrate).
    void setKdfParamsForNewWorkspaces(const crypto::KdfParams& params) { m_kdfParams = params; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void enterSession(std::unique_ptr<storage::Vault> vault);
    void showStartPage();
    void updateActions();
    void updateStatus(int clientCount);
    void applyIdleSettings();
    void changePassword();
    void showSettings();
    void showAbout();
    void showInstitutions();
    void showContacts();
    void exportProblems();
    void sendCaseloadReport();
    void proposeProblemType();
    void importPackages();
    void openCreateDialog(bool demo);
    // Destroys whichever view is shown: every model and dialog that refers to the session.
    void dropViews();
    void startIntegrityWatch();
    // The shown view, parent of dialogs so that locking closes them too.
    QWidget* currentView() const;

    std::shared_ptr<Session> m_session;
    QStackedWidget* m_stack = nullptr;
    StartPage* m_startPage = nullptr;
    CaseManagerView* m_view = nullptr;
    OfficeView* m_officeView = nullptr;
    SupervisionView* m_supervisionView = nullptr;
    IdleLock* m_idleLock = nullptr;
    IntegrityWatch* m_integrityWatch = nullptr;
    QLabel* m_statusWorkspace = nullptr;
    QLabel* m_statusCount = nullptr;
    QToolBar* m_toolBar = nullptr;
    QMenu* m_clientMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    std::optional<crypto::KdfParams> m_kdfParams;
    QString m_lastPath;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_demoAction = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_passwordAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_newClientAction = nullptr;
    QAction* m_consultationAction = nullptr;
    QAction* m_followUpAction = nullptr;
    QAction* m_filterAction = nullptr;
    QAction* m_dueAction = nullptr;
    QAction* m_searchAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_institutionsAction = nullptr;
    QAction* m_contactsAction = nullptr;
    QAction* m_exportProblemsAction = nullptr;
    QAction* m_sendCaseloadAction = nullptr;
    QAction* m_proposeTypeAction = nullptr;
    QAction* m_importPackageAction = nullptr;
};

} // namespace kim::gui
