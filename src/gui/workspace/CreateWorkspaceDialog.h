// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/PasswordKdf.h"

#include <QDate>
#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class CreateWorkspaceDialog;
}
namespace kim::storage {
class Vault;
enum class WorkspaceKind;
} // namespace kim::storage

namespace kim::gui {

// Asks for the kind of a new workspace (case file, coordinating office or supervisor; fixed at creation),
// where to put it and for its password (twice, at least 12 characters), then creates the vault
// off the GUI thread; in demo mode (a case file or a supervisor's workspace) it also fills it
// with invented clients, or with the real caseload reports of an invented team.
class CreateWorkspaceDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Empty, Demo };
    static constexpr int MinimumPasswordLength = 12;

    CreateWorkspaceDialog(Mode mode, QWidget* parent);
    ~CreateWorkspaceDialog() override;

    // nullopt: calibrate on this machine (the default); tests pass the fast minimum.
    void setKdfParams(const std::optional<crypto::KdfParams>& params) { m_kdfParams = params; }
    void setToday(const QDate& today) { m_today = today; }
    QString path() const;
    storage::WorkspaceKind kind() const;
    // After accepted(): the new, open vault, handed over once.
    std::unique_ptr<storage::Vault> takeVault();

    void accept() override;
    // Ignored while the key is being derived: the progress dialog offers the way out.
    void reject() override;

private:
    void browse();
    void kindChanged();
    QString suggestedFile(storage::WorkspaceKind kind) const;
    std::optional<QString> validationError() const;
    void setBusy(bool busy);
    void finish(const std::optional<QString>& error);

    std::unique_ptr<Ui::CreateWorkspaceDialog> m_ui;
    Mode m_mode;
    std::optional<crypto::KdfParams> m_kdfParams;
    QDate m_today;
    std::shared_ptr<std::unique_ptr<storage::Vault>> m_result;
    bool m_busy = false;
    QString m_suggestedFile;
};

} // namespace kim::gui
