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
}

namespace kim::gui {

// Asks where to put a new workspace and for its password (twice, at least 12 characters), then
// creates the vault off the GUI thread; in demo mode it also fills it with invented clients.
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
    // After accepted(): the new, open vault, handed over once.
    std::unique_ptr<storage::Vault> takeVault();

    void accept() override;
    // Ignored while the key is being derived: the progress dialog offers the way out.
    void reject() override;

private:
    void browse();
    std::optional<QString> validationError() const;
    void setBusy(bool busy);
    void finish(const std::optional<QString>& error);

    std::unique_ptr<Ui::CreateWorkspaceDialog> m_ui;
    Mode m_mode;
    std::optional<crypto::KdfParams> m_kdfParams;
    QDate m_today;
    std::shared_ptr<std::unique_ptr<storage::Vault>> m_result;
    bool m_busy = false;
};

} // namespace kim::gui
