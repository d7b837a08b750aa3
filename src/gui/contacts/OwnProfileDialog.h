// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace kim::storage {
class Database;
}
namespace kim::exchange {
class Identity;
}

namespace kim::gui {

// Edits the profile on the workspace's own contact card: name, role and organisation. Stored
// in the vault and applied to the identity the open session holds.
class OwnProfileDialog final : public QDialog {
    Q_OBJECT

public:
    OwnProfileDialog(storage::Database& db, exchange::Identity& identity, QWidget* parent);

    void accept() override;

private:
    storage::Database& m_db;
    exchange::Identity& m_identity;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_role = nullptr;
    QLineEdit* m_organisation = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace kim::gui
