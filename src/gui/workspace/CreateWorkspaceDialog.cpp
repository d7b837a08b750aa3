// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/CreateWorkspaceDialog.h"

#include "ui_CreateWorkspaceDialog.h"

#include "base/Clock.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoSupervision.h"
#include "exchange/IdentityStore.h"
#include "gui/common/BackgroundJob.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/Messages.h"
#include "storage/Database.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>

namespace kim::gui {

namespace {
constexpr int DemoClients = 300;
constexpr int DemoTeamSize = 6;
constexpr int DemoMonths = 14;
constexpr uint32_t DemoSeed = 2026;

QString freeFileName(const QString& folder, const QString& baseName) {
    const QDir dir(folder);
    const QString suffix = FileDialogs::workspaceSuffix();
    QString candidate = dir.filePath(baseName + QLatin1Char('.') + suffix);
    for (int n = 2; QFileInfo::exists(candidate) && n < 100; ++n) {
        candidate = dir.filePath(QStringLiteral("%1 %2.%3").arg(baseName).arg(n).arg(suffix));
    }
    return candidate;
}
// A supervisor's demo: a named profile, then a team's real reports.
void fillSupervisionDemo(storage::Database& db, const QDate& today) {
    const kim::FixedClock clock(today);
    exchange::IdentityStore::ensure(db, clock);
    exchange::IdentityStore::setProfile(db, QCoreApplication::translate("CreateWorkspaceDialog", "Fachaufsicht (Demo)"),
                                        QCoreApplication::translate("CreateWorkspaceDialog", "Fachaufsicht"),
                                        QCoreApplication::translate("CreateWorkspaceDialog", "Demo-Träger"));
    demo::SupervisionDemoOptions options;
    options.teamSize = DemoTeamSize;
    options.months = DemoMonths;
    options.seed = DemoSeed;
    options.today = today;
    demo::generateSupervisionDemo(db, options);
}
} // namespace

CreateWorkspaceDialog::CreateWorkspaceDialog(Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateWorkspaceDialog>())
    , m_mode(mode)
    , m_today(kim::SystemClock().today())
    , m_result(std::make_shared<std::unique_ptr<storage::Vault>>()) {
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->hintLabel->setStyleSheet(QStringLiteral("color: #5f6368;"));
    const bool demo = mode == Mode::Demo;
    if (demo) {
        setWindowTitle(tr("Demo-Arbeitsmappe anlegen"));
    }
    m_ui->kindCombo->addItem(tr("Fallakte (Case-Management)"), static_cast<int>(storage::WorkspaceKind::CaseManager));
    if (!demo) {
        m_ui->kindCombo->addItem(tr("Koordinierende Stelle"),
                                 static_cast<int>(storage::WorkspaceKind::CoordinatingOffice));
    }
    m_ui->kindCombo->addItem(tr("Fachaufsicht (Teamleitung)"), static_cast<int>(storage::WorkspaceKind::Supervisor));
    m_ui->kindHintLabel->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_suggestedFile = suggestedFile(storage::WorkspaceKind::CaseManager);
    m_ui->fileEdit->setText(m_suggestedFile);
    kindChanged();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Anlegen"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Abbrechen"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateWorkspaceDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CreateWorkspaceDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &CreateWorkspaceDialog::browse);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &CreateWorkspaceDialog::kindChanged);
    m_ui->passwordEdit->setFocus();
}

CreateWorkspaceDialog::~CreateWorkspaceDialog() = default;

QString CreateWorkspaceDialog::path() const {
    return QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed());
}

storage::WorkspaceKind CreateWorkspaceDialog::kind() const {
    return static_cast<storage::WorkspaceKind>(m_ui->kindCombo->currentData().toInt());
}

QString CreateWorkspaceDialog::suggestedFile(storage::WorkspaceKind kind) const {
    QString baseName = tr("Fallakte");
    if (m_mode == Mode::Demo) {
        baseName = tr("Demo-Fallakte");
        if (kind == storage::WorkspaceKind::Supervisor) {
            baseName = tr("Demo-Fachaufsicht");
        }
    } else if (kind == storage::WorkspaceKind::CoordinatingOffice) {
        baseName = tr("Koordinierende Stelle");
    } else if (kind == storage::WorkspaceKind::Supervisor) {
        baseName = tr("Fachaufsicht");
    }
    return QDir::toNativeSeparators(freeFileName(FileDialogs::workspaceFolder(), baseName));
}

void CreateWorkspaceDialog::kindChanged() {
    const bool office = kind() == storage::WorkspaceKind::CoordinatingOffice;
    if (m_mode == Mode::Demo) {
        m_ui->introLabel->setText(
            kind() == storage::WorkspaceKind::Supervisor
                ? tr("Die Demo-Fachaufsicht enthält die Fallzahlenberichte eines erfundenen Teams von %1 "
                     "Case-Manager*innen über %2 Monate – so sehen Sie sofort volle Übersichten. Die Berichte "
                     "entstehen "
                     "aus erfundenen Fallakten, genau wie echte. Auch diese Arbeitsmappe ist verschlüsselt und braucht "
                     "ein Passwort.")
                      .arg(DemoTeamSize)
                      .arg(DemoMonths)
                : tr("Die Demo-Arbeitsmappe enthält %1 erfundene Klient*innen mit Fällen, Beratungskontakten und "
                     "Wiedervorlagen – zum Ausprobieren und Üben. Auch sie ist verschlüsselt und braucht ein "
                     "Passwort.")
                      .arg(DemoClients));
    }
    if (kind() == storage::WorkspaceKind::Supervisor) {
        m_ui->kindHintLabel->setText(
            tr("Für die Fachaufsicht oder Teamleitung: liest die Fallzahlenberichte der Teammitglieder ein und zeigt "
               "Übersichten für das Team und für jede Person. Enthält keine Klient*innen, keine Namen und keine "
               "Notizen aus den Fällen. Die Art lässt sich später nicht ändern."));
    } else {
        m_ui->kindHintLabel->setText(
            office
                ? tr("Für die Koordinierende Stelle: liest die Quartalsmeldungen der Case-Manager*innen ein, führt sie "
                     "zusammen und bereitet die Planungskonferenz vor. Enthält keine Klient*innen. Die Art lässt sich "
                     "später nicht ändern.")
                : tr("Für die Arbeit mit Klient*innen: Fallakten, Beratungskontakte, Vermittlungen und "
                     "Strukturprobleme. Die Art lässt sich später nicht ändern."));
    }
    // A name the user typed stays; only the suggestion follows the kind.
    if (m_ui->fileEdit->text() == m_suggestedFile) {
        m_suggestedFile = suggestedFile(kind());
        m_ui->fileEdit->setText(m_suggestedFile);
    }
}

std::unique_ptr<storage::Vault> CreateWorkspaceDialog::takeVault() {
    return std::move(*m_result);
}

void CreateWorkspaceDialog::browse() {
    const QString fileName = FileDialogs::newWorkspaceFile(this, QFileInfo(path()).fileName());
    if (!fileName.isEmpty()) {
        m_ui->fileEdit->setText(QDir::toNativeSeparators(fileName));
    }
}

std::optional<QString> CreateWorkspaceDialog::validationError() const {
    const QString file = path();
    if (file.isEmpty()) {
        return tr("Bitte wählen Sie einen Speicherort für die Arbeitsmappe.");
    }
    if (QFileInfo::exists(file)) {
        return tr("Diese Datei gibt es schon. Bitte wählen Sie einen anderen Namen.");
    }
    if (!QFileInfo(QFileInfo(file).absolutePath()).isDir()) {
        return tr("Den Ordner für die Arbeitsmappe gibt es nicht.");
    }
    const QString password = m_ui->passwordEdit->text();
    if (password.size() < MinimumPasswordLength) {
        return tr("Das Passwort ist zu kurz: Es braucht mindestens %1 Zeichen.").arg(MinimumPasswordLength);
    }
    if (password != m_ui->repeatEdit->text()) {
        return tr("Die beiden Passwörter stimmen nicht überein.");
    }
    return std::nullopt;
}

void CreateWorkspaceDialog::accept() {
    if (m_busy) {
        return;
    }
    if (const auto error = validationError()) {
        Messages::setInlineError(m_ui->errorLabel, *error);
        return;
    }
    m_ui->errorLabel->hide();
    setBusy(true);
    const bool demo = m_mode == Mode::Demo;
    const QString label = demo ? tr("Die Demo-Arbeitsmappe wird angelegt und mit erfundenen Fällen gefüllt …")
                               : tr("Die Arbeitsmappe wird angelegt …");
    auto work = [path = path(), password = m_ui->passwordEdit->text(), kdf = m_kdfParams, demo, today = m_today,
                 kind = kind(), result = m_result] {
        const crypto::KdfParams params = kdf ? *kdf : crypto::calibrateKdf(std::chrono::milliseconds(700));
        // Like the Session the main window opens next, the new vault lives on the real day.
        auto vault = storage::Vault::create(path, password, kind, params, kim::SystemClock());
        if (demo && kind == storage::WorkspaceKind::Supervisor) {
            fillSupervisionDemo(vault->database(), today);
        } else if (demo) {
            demo::DemoOptions options;
            options.clients = DemoClients;
            options.seed = DemoSeed;
            options.today = today;
            demo::generateDemoData(vault->database(), options);
        }
        *result = std::move(vault);
    };
    // Cancelled: the vault is closed and its files removed once the work has ended.
    auto cleanup = [path = path(), result = m_result] {
        result->reset();
        for (const QString& file :
             {path, storage::Vault::keyFilePath(path), path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            QFile::remove(file);
        }
    };
    BackgroundJob::runCancellable(
        this, label, std::move(work), [this](const std::optional<QString>& error) { finish(error); },
        [this] { setBusy(false); }, std::move(cleanup));
}

void CreateWorkspaceDialog::setBusy(bool busy) {
    m_busy = busy;
    m_ui->kindCombo->setEnabled(!busy);
    for (QWidget* widget : {static_cast<QWidget*>(m_ui->fileEdit), static_cast<QWidget*>(m_ui->browseButton),
                            static_cast<QWidget*>(m_ui->passwordEdit), static_cast<QWidget*>(m_ui->repeatEdit),
                            static_cast<QWidget*>(m_ui->buttonBox)}) {
        widget->setEnabled(!busy);
    }
}

void CreateWorkspaceDialog::finish(const std::optional<QString>& error) {
    setBusy(false);
    if (error) {
        Messages::setInlineError(m_ui->errorLabel, *error);
        return;
    }
    m_ui->passwordEdit->clear();
    m_ui->repeatEdit->clear();
    QDialog::accept();
}

void CreateWorkspaceDialog::reject() {
    if (!m_busy) {
        QDialog::reject();
    }
}

} // namespace kim::gui
