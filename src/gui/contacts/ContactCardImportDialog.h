// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/ContactCard.h"

#include <QDialog>

class QCheckBox;
class QLabel;

namespace kim {
class Clock;
}
namespace kim::storage {
class Database;
}

namespace kim::gui {

// Shows a contact card that was read from a file (who it is and the fingerprint) and trusts it
// only after the user confirmed that the fingerprint was compared on the phone. Nothing is
// stored before that.
class ContactCardImportDialog final : public QDialog {
    Q_OBJECT

public:
    ContactCardImportDialog(storage::Database& db, const kim::Clock& clock, exchange::ContactCard card,
                            QWidget* parent);

    const exchange::ContactCard& card() const { return m_card; }
    void accept() override;

private:
    storage::Database& m_db;
    const kim::Clock& m_clock;
    exchange::ContactCard m_card;
    QCheckBox* m_compared = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace kim::gui
