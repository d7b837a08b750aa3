// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/LegalDomainPeriod.h"

#include <QDialog>

class QCheckBox;
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

// Adds or edits one period of the legal-domain timeline.
class LegalDomainPeriodDialog final : public QDialog {
    Q_OBJECT

public:
    LegalDomainPeriodDialog(storage::Database& db, const kim::Clock& clock, core::LegalDomainPeriod period,
                            QWidget* parent = nullptr);

    void accept() override;

private:
    storage::Database& m_db;
    const kim::Clock& m_clock;
    core::LegalDomainPeriod m_period;
    QComboBox* m_domain = nullptr;
    QDateEdit* m_start = nullptr;
    QCheckBox* m_ended = nullptr;
    QDateEdit* m_end = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace kim::gui
