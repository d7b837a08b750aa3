// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Referral.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace kim::storage {
class Database;
}
namespace kim {
class Clock;
}

namespace kim::gui {

// Records a dated status change of a referral; offers only the changes the rules allow.
class ReferralStatusDialog final : public QDialog {
    Q_OBJECT

public:
    ReferralStatusDialog(storage::Database& db, const kim::Clock& clock, const core::Referral& referral,
                         QWidget* parent = nullptr);

    QComboBox* statusCombo() const { return m_status; }
    QLabel* errorLabel() const { return m_error; }

    void accept() override;

private:
    storage::Database& m_db;
    const kim::Clock& m_clock;
    int64_t m_referralId = 0;
    QComboBox* m_status = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace kim::gui
