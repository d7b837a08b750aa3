// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/MainWindow.h"

#include "base/Clock.h"
#include "gui/CaseManagerView.h"
#include "gui/caseload/CaseloadExportWizard.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/Messages.h"
#include "gui/contacts/ContactsDialog.h"
#include "gui/office/OfficeView.h"
#include "gui/problems/PackageImportDialog.h"
#include "gui/problems/ProblemExportWizard.h"
#include "gui/problems/ProblemProposalDialog.h"
#include "gui/referrals/InstitutionDirectoryDialog.h"
#include "gui/supervision/SupervisionView.h"
#include "gui/workspace/AppSettings.h"
#include "gui/workspace/ChangePasswordDialog.h"
#include "gui/workspace/CreateWorkspaceDialog.h"
#include "gui/workspace/IdleLock.h"
#include "gui/workspace/IntegrityWatch.h"
#include "gui/common/Session.h"
#include "gui/workspace/SettingsDialog.h"
#include "gui/workspace/StartPage.h"
#include "gui/workspace/UnlockDialog.h"
#include "storage/Vault.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace kim::gui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
    , m_startPage(new StartPage(m_stack))
    , m_idleLock(new IdleLock(this))
    , m_statusWorkspace(new QLabel(this))
    , m_statusCount(new QLabel(this)) {
    setWindowTitle(tr("KIM Fallakte"));
    resize(1280, 800);
    m_stack->addWidget(m_startPage);
    setCentralWidget(m_stack);
    createActions();
    createMenus();
    createToolBar();
    statusBar()->addWidget(m_statusWorkspace);
    statusBar()->addPermanentWidget(m_statusCount);

    connect(m_startPage, &StartPage::recentChosen, this, &MainWindow::openWorkspaceFile);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::chooseWorkspace);
    connect(m_startPage, &StartPage::createRequested, this, &MainWindow::createWorkspace);
    connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::startDemoWorkspace);
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lockWorkspace);
    applyIdleSettings();
    showStartPage();
}

MainWindow::~MainWindow() {
    // Models and widgets refer to the session's repositories: drop them first.
    dropViews();
    m_session.reset();
}

void MainWindow::dropViews() {
    delete m_integrityWatch; // stops the page check, which has a connection of its own
    m_integrityWatch = nullptr;
    delete m_view;
    m_view = nullptr;
    delete m_officeView;
    m_officeView = nullptr;
    delete m_supervisionView;
    m_supervisionView = nullptr;
}

QWidget* MainWindow::currentView() const {
    if (m_view != nullptr) {
        return m_view;
    }
    return m_officeView != nullptr ? static_cast<QWidget*>(m_officeView) : static_cast<QWidget*>(m_supervisionView);
}

void MainWindow::createActions() {
    auto make = [this](const QString& text, const QKeySequence& shortcut, auto slot) {
        auto* action = new QAction(text, this);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setToolTip(
                QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026)),
                                              shortcut.toString(QKeySequence::NativeText)));
        }
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newAction = make(tr("&Neue Arbeitsmappe…"), {}, &MainWindow::createWorkspace);
    m_openAction = make(tr("Arbeitsmappe ö&ffnen…"), QKeySequence::Open, &MainWindow::chooseWorkspace);
    m_demoAction = make(tr("&Demo-Arbeitsmappe anlegen…"), {}, &MainWindow::startDemoWorkspace);
    m_lockAction = make(tr("&Sperren"), QKeySequence(Qt::CTRL | Qt::Key_L), &MainWindow::lockWorkspace);
    m_passwordAction = make(tr("&Passwort ändern…"), {}, &MainWindow::changePassword);
    m_settingsAction = make(tr("&Einstellungen…"), {}, &MainWindow::showSettings);
    m_quitAction = make(tr("&Beenden"), QKeySequence(Qt::CTRL | Qt::Key_Q), &MainWindow::close);
    m_newClientAction =
        make(tr("&Neue Klient*in"), QKeySequence(Qt::CTRL | Qt::Key_N), [this] { m_view->newClient(); });
    m_consultationAction = make(tr("&Beratungskontakt erfassen…"), QKeySequence(Qt::CTRL | Qt::Key_B),
                                [this] { m_view->addConsultation(); });
    m_followUpAction = make(tr("&Wiedervorlage anlegen…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
                            [this] { m_view->addFollowUp(); });
    m_filterAction =
        make(tr("Klient*innen &filtern"), QKeySequence(Qt::CTRL | Qt::Key_F), [this] { m_view->focusFilter(); });
    m_dueAction =
        make(tr("F&ällige Wiedervorlagen"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] { m_view->showDue(); });
    m_searchAction =
        make(tr("&Volltextsuche"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), [this] { m_view->focusSearch(); });
    m_aboutAction = make(tr("Ü&ber KIM Fallakte"), {}, &MainWindow::showAbout);
    m_institutionsAction = make(tr("&Einrichtungen…"), {}, &MainWindow::showInstitutions);
    m_contactsAction = make(tr("&Kontakte…"), {}, &MainWindow::showContacts);
    m_exportProblemsAction = make(tr("Strukturprobleme &exportieren…"), {}, &MainWindow::exportProblems);
    m_proposeTypeAction = make(tr("Problemtyp &vorschlagen…"), {}, &MainWindow::proposeProblemType);
    m_sendCaseloadAction = make(tr("&Fallzahlenbericht senden…"), {}, &MainWindow::sendCaseloadReport);
    m_sendCaseloadAction->setObjectName(QStringLiteral("sendCaseloadAction"));
    m_importPackageAction = make(tr("Paket &einlesen…"), {}, &MainWindow::importPackages);
    m_contactsAction->setObjectName(QStringLiteral("contactsAction"));
    m_exportProblemsAction->setObjectName(QStringLiteral("exportProblemsAction"));
    m_proposeTypeAction->setObjectName(QStringLiteral("proposeTypeAction"));
    m_importPackageAction->setObjectName(QStringLiteral("importPackageAction"));
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_passwordAction->setObjectName(QStringLiteral("changePasswordAction"));
    m_newClientAction->setObjectName(QStringLiteral("newClientAction"));
    m_quitAction->setMenuRole(QAction::QuitRole);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&Datei"));
    file->addActions({m_newAction, m_openAction, m_demoAction});
    file->addSeparator();
    file->addActions({m_lockAction, m_passwordAction});
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    m_clientMenu = menuBar()->addMenu(tr("&Klient*in"));
    m_clientMenu->addActions({m_newClientAction, m_consultationAction, m_followUpAction});
    m_clientMenu->addSeparator();
    m_clientMenu->addAction(m_institutionsAction);
    m_viewMenu = menuBar()->addMenu(tr("&Ansicht"));
    m_viewMenu->addActions({m_filterAction, m_dueAction, m_searchAction});
    QMenu* exchange = menuBar()->addMenu(tr("A&ustausch"));
    exchange->addAction(m_contactsAction);
    exchange->addSeparator();
    exchange->addActions({m_proposeTypeAction, m_exportProblemsAction, m_importPackageAction});
    exchange->addSeparator();
    exchange->addAction(m_sendCaseloadAction);
    QMenu* help = menuBar()->addMenu(tr("&Hilfe"));
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar() {
    QToolBar* bar = addToolBar(tr("Werkzeugleiste"));
    m_toolBar = bar;
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({m_newClientAction, m_consultationAction, m_followUpAction});
    bar->addSeparator();
    bar->addActions({m_dueAction, m_searchAction});
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(m_lockAction);
}

void MainWindow::openWorkspaceFile(const QString& path) {
    if (!QFileInfo::exists(path)) {
        Messages::showError(this,
                            tr("Die Arbeitsmappe „%1“ wurde nicht gefunden.").arg(QDir::toNativeSeparators(path)));
        AppSettings::removeRecentWorkspace(path);
        m_startPage->refreshRecent();
        return;
    }
    auto* dialog = new UnlockDialog(path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { enterSession(dialog->takeVault()); });
    dialog->open();
}

void MainWindow::chooseWorkspace() {
    const QString path = FileDialogs::workspaceToOpen(this);
    if (!path.isEmpty()) {
        openWorkspaceFile(path);
    }
}

void MainWindow::createWorkspace() {
    openCreateDialog(false);
}

void MainWindow::startDemoWorkspace() {
    openCreateDialog(true);
}

void MainWindow::openCreateDialog(bool demo) {
    auto* dialog =
        new CreateWorkspaceDialog(demo ? CreateWorkspaceDialog::Mode::Demo : CreateWorkspaceDialog::Mode::Empty, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKdfParams(m_kdfParams);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { enterSession(dialog->takeVault()); });
    dialog->open();
}

void MainWindow::enterSession(std::unique_ptr<storage::Vault> vault) {
    if (!vault) {
        return;
    }
    dropViews();
    m_session.reset();
    const bool prepared = Messages::guard(
        this, [&] { m_session = std::make_shared<Session>(std::move(vault), std::make_unique<kim::SystemClock>()); });
    if (!prepared) {
        return;
    }
    m_lastPath = m_session->path();
    AppSettings::addRecentWorkspace(m_lastPath);
    const bool caseManager = m_session->isCaseManager();
    if (caseManager) {
        m_view = new CaseManagerView(*m_session, m_stack);
        connect(m_view, &CaseManagerView::clientCountChanged, this, &MainWindow::updateStatus);
    } else if (m_session->kind() == storage::WorkspaceKind::Supervisor) {
        m_supervisionView = new SupervisionView(*m_session, m_stack);
    } else {
        m_officeView =
            new OfficeView(m_session->vault().database(), m_session->identity(), m_session->clock(), m_stack);
    }
    m_stack->addWidget(currentView());
    m_stack->setCurrentWidget(currentView());
    QString kind = tr("Koordinierende Stelle");
    if (caseManager) {
        kind = tr("Fallakte");
    } else if (m_supervisionView != nullptr) {
        kind = tr("Fachaufsicht");
    }
    // The platform appends the application display name ("KIM Fallakte").
    setWindowTitle(tr("%1 – %2").arg(m_session->displayName(), kind));
    m_statusWorkspace->setText(tr("Arbeitsmappe: %1 (%2)").arg(m_session->displayName(), kind));
    m_statusWorkspace->setToolTip(QDir::toNativeSeparators(m_lastPath));
    m_statusCount->clear();
    updateActions();
    m_idleLock->setArmed(true);
    if (caseManager) {
        updateStatus(m_view->clientCount());
        m_view->focusFilter();
    }
    startIntegrityWatch();
}

void MainWindow::startIntegrityWatch() {
    Messages::guard(this, [this] { m_integrityWatch = new IntegrityWatch(m_session->vault(), this); });
    if (m_integrityWatch == nullptr) {
        return;
    }
    connect(m_integrityWatch, &IntegrityWatch::finished, this, [this](IntegrityWatch::Outcome outcome) {
        m_integrityWatch->deleteLater();
        m_integrityWatch = nullptr;
        switch (outcome) {
        case IntegrityWatch::Outcome::Intact:
            statusBar()->showMessage(tr("Alle Datenseiten der Arbeitsmappe sind geprüft und in Ordnung."), 10000);
            break;
        case IntegrityWatch::Outcome::NotFinished:
            statusBar()->showMessage(tr("Die Prüfung der Datenseiten konnte nicht abgeschlossen werden; sie "
                                        "läuft beim nächsten Entsperren wieder."),
                                     10000);
            break;
        case IntegrityWatch::Outcome::Damaged:
            Messages::showError(this, tr("Beim Prüfen der Arbeitsmappe wurden beschädigte Datenseiten gefunden: Die "
                                         "Datei wurde auf dem Datenträger verändert. Einträge auf diesen Seiten "
                                         "lassen sich nicht mehr lesen. Was Sie eingeben, wird weiter gespeichert. "
                                         "Bitte wenden Sie sich bald an Ihre IT-Betreuung: Sie kann die Arbeitsmappe "
                                         "aus einer Sicherung wiederherstellen."));
            break;
        }
    });
}

void MainWindow::lockWorkspace() {
    if (!m_session) {
        return;
    }
    m_idleLock->setArmed(false);
    // A password dialog shares the session; closing it lets the session go (a running change
    // keeps its own reference until it is finished).
    qDeleteAll(findChildren<ChangePasswordDialog*>());
    dropViews();       // first every model and dialog that refers to the session …
    m_session.reset(); // … then the vault: closes the database and wipes the key
    showStartPage();
    if (!m_lastPath.isEmpty()) {
        openWorkspaceFile(m_lastPath);
    }
}

void MainWindow::showStartPage() {
    m_startPage->refreshRecent();
    m_stack->setCurrentWidget(m_startPage);
    setWindowTitle(tr("KIM Fallakte"));
    m_statusWorkspace->setText(tr("Keine Arbeitsmappe geöffnet"));
    m_statusCount->clear();
    updateActions();
    m_startPage->focusDefault();
}

void MainWindow::updateActions() {
    const bool open = isUnlocked();
    for (QAction* action : {m_lockAction, m_passwordAction, m_contactsAction}) {
        action->setEnabled(open);
    }
    // The case file's actions have nothing to act on in an office's or supervisor's workspace: off and out of sight.
    const bool caseManager = open && m_session->isCaseManager();
    const bool office = open && !caseManager;
    for (QAction* action : {m_newClientAction, m_consultationAction, m_followUpAction, m_filterAction, m_dueAction,
                            m_searchAction, m_institutionsAction, m_exportProblemsAction, m_proposeTypeAction,
                            m_importPackageAction, m_sendCaseloadAction}) {
        action->setEnabled(caseManager);
        action->setVisible(!office);
    }
    m_clientMenu->menuAction()->setVisible(!office);
    m_viewMenu->menuAction()->setVisible(!office);
    m_toolBar->setVisible(open);
}

void MainWindow::updateStatus(int clientCount) {
    m_statusCount->setText(clientCount == 1 ? tr("1 Klient*in") : tr("%1 Klient*innen").arg(clientCount));
}

void MainWindow::applyIdleSettings() {
    m_idleLock->setEnabled(AppSettings::autoLockEnabled());
    m_idleLock->setTimeout(std::chrono::minutes(AppSettings::autoLockMinutes()));
}

void MainWindow::changePassword() {
    if (!m_session) {
        return;
    }
    auto* dialog = new ChangePasswordDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKdfParams(m_kdfParams);
    connect(dialog, &QDialog::accepted, this, [this] {
        Messages::showInfo(this, tr("Passwort geändert"),
                           tr("Das Passwort wurde geändert. Ab jetzt öffnen Sie die Arbeitsmappe mit dem neuen "
                              "Passwort."));
    });
    dialog->open();
}

void MainWindow::showSettings() {
    auto* dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::applyIdleSettings);
    dialog->open();
}

void MainWindow::showInstitutions() {
    if (m_view == nullptr) {
        return;
    }
    // Parented to the view, so locking (which deletes the view first) closes it too.
    auto* dialog = new InstitutionDirectoryDialog(m_session->vault().database(), m_view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showContacts() {
    if (!m_session) {
        return;
    }
    auto* dialog = new ContactsDialog(*m_session, currentView());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::exportProblems() {
    if (m_view == nullptr) {
        return;
    }
    auto* wizard = new ProblemExportWizard(m_session, m_view);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void MainWindow::sendCaseloadReport() {
    if (m_view == nullptr) {
        return;
    }
    auto* wizard = new CaseloadExportWizard(m_session, m_view);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void MainWindow::proposeProblemType() {
    if (m_view == nullptr) {
        return;
    }
    auto* dialog = new ProblemProposalDialog(*m_session, m_view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        Messages::showInfo(this, tr("Vorschlag gespeichert"),
                           tr("Ihr Vorschlag geht mit der nächsten Quartalsmeldung an die Koordinierende Stelle. Sie "
                              "sehen ihn in der Vorschau des Exports."));
    });
    dialog->open();
}

void MainWindow::importPackages() {
    if (m_view == nullptr) {
        return;
    }
    const QStringList paths = FileDialogs::packagesToOpen(this);
    if (paths.isEmpty()) {
        return;
    }
    auto* dialog = new PackageImportDialog(*m_session, m_view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PackageImportDialog::packagesImported, m_view, &CaseManagerView::refreshAfterImport);
    dialog->importFiles(paths);
    dialog->open();
}

void MainWindow::showAbout() {
    Messages::showInfo(this, tr("Über KIM Fallakte"),
                       tr("KIM Fallakte %1\n\nFallakte für das Kommunale Integrationsmanagement (KIM) im Kreis "
                          "Gütersloh. Alle Daten liegen verschlüsselt auf diesem Rechner.")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_idleLock->setArmed(false);
    dropViews();
    m_session.reset();
    event->accept();
}

} // namespace kim::gui
