// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class UnlockDialog;
}
namespace kim::storage {
class Vault;
}

namespace kim::gui {

// Asks for the password of one workspace file and opens the vault off the GUI thread.
// A wrong password is shown inline in red and the dialog stays open for another try.
class UnlockDialog final : public QDialog {
    Q_OBJECT

public:
    UnlockDialog(const QString& path, QWidget* parent);
    ~UnlockDialog() override;

    const QString& path() const { return m_path; }
    // After accepted(): the opened vault, handed over once.
    std::unique_ptr<storage::Vault> takeVault();

    void accept() override;
    // Ignored while the key is being derived: the progress dialog offers the way out.
    void reject() override;

private:
    static void warmUp(storage::Vault& vault);
    void setBusy(bool busy);
    void finish(const std::optional<QString>& error);

    std::unique_ptr<Ui::UnlockDialog> m_ui;
    QString m_path;
    std::shared_ptr<std::unique_ptr<storage::Vault>> m_result;
    bool m_busy = false;
};

} // namespace kim::gui
