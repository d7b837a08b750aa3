// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Referral.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kim::storage {
class Database;
}
namespace kim {
class Clock;
}

namespace kim::gui {

// Plans a new referral or edits one: institution, Handlungsfeld, reason, dates. Saving goes
// through core::ReferralRepository, so the consent gate and the rules apply.
class ReferralDialog final : public QDialog {
    Q_OBJECT

public:
    ReferralDialog(storage::Database& db, const kim::Clock& clock, core::Referral referral, QWidget* parent = nullptr);

    const core::Referral& referral() const { return m_referral; }
    QComboBox* institutionCombo() const { return m_institution; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QDateEdit* expectedByEdit() const { return m_expectedBy; }
    QLabel* errorLabel() const { return m_error; }

    void accept() override;

private:
    storage::Database& m_db;
    const kim::Clock& m_clock;
    core::Referral m_referral;
    QComboBox* m_institution = nullptr;
    QComboBox* m_field = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QDateEdit* m_referredOn = nullptr;
    QCheckBox* m_hasExpected = nullptr;
    QDateEdit* m_expectedBy = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace kim::gui
