// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Referral.h"

#include <QDialog>
#include <QList>

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

// Records a release from confidentiality (Schweigepflichtentbindung) for one institution:
// date, purpose and the curated items that may be passed on.
class ReleaseDialog final : public QDialog {
    Q_OBJECT

public:
    ReleaseDialog(storage::Database& db, const kim::Clock& clock, int64_t clientId, int64_t institutionId,
                  QWidget* parent = nullptr);

    const core::ReferralRelease& release() const { return m_release; }
    QLineEdit* purposeEdit() const { return m_purpose; }
    QCheckBox* itemBox(core::ReleaseItem item) const;
    QLabel* errorLabel() const { return m_error; }

    void accept() override;

private:
    storage::Database& m_db;
    const kim::Clock& m_clock;
    core::ReferralRelease m_release;
    QComboBox* m_institution = nullptr;
    QDateEdit* m_givenOn = nullptr;
    QLineEdit* m_purpose = nullptr;
    QList<QCheckBox*> m_items;
    QLabel* m_error = nullptr;
};

} // namespace kim::gui
