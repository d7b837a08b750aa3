// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/PasswordKdf.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ChangePasswordDialog;
}

namespace kim::gui {

class Session;

// Changes the password of the open workspace: the data key is rewrapped with a freshly
// calibrated key off the GUI thread. The session is shared with the work so a lock during the
// change cannot pull the vault away from under it.
class ChangePasswordDialog final : public QDialog {
    Q_OBJECT

public:
    ChangePasswordDialog(std::shared_ptr<Session> session, QWidget* parent);
    ~ChangePasswordDialog() override;

    void setKdfParams(const std::optional<crypto::KdfParams>& params) { m_kdfParams = params; }
    void accept() override;
    // Ignored while the key is being derived: the progress dialog offers the way out.
    void reject() override;

private:
    std::optional<QString> validationError() const;
    void setBusy(bool busy);
    void finish(const std::optional<QString>& error);

    std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    std::shared_ptr<Session> m_session;
    std::optional<crypto::KdfParams> m_kdfParams;
    bool m_busy = false;
};

} // namespace kim::gui
