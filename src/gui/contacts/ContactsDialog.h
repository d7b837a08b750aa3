// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace kim {
class Clock;
}
namespace kim::storage {
class Database;
}
namespace kim::exchange {
class Identity;
}

namespace kim::gui {

class Session;

class FingerprintLabel;

// "Austausch → Kontakte…" in every workspace kind: the own contact card (profile, fingerprint,
// save to a file) and the trusted contacts (read a card, compare its fingerprint, trust it,
// withdraw trust). Only trusted contacts can send packages to this workspace or receive its own.
class ContactsDialog final : public QDialog {
    Q_OBJECT

public:
    ContactsDialog(Session& session, QWidget* parent);

    QTreeWidget* contactList() const { return m_list; }
    void importCard();
    void revokeSelected();
    void saveOwnCard();
    void editProfile();

Q_SIGNALS:
    // A contact was trusted or revoked.
    void contactsChanged();

private:
    QWidget* createOwnCardGroup();
    QWidget* createContactsGroup();
    void showOwnCard();
    void refresh();
    void updateButtons();

    storage::Database& m_db;
    exchange::Identity& m_identity;
    const kim::Clock& m_clock;
    QLabel* m_ownName = nullptr;
    FingerprintLabel* m_ownFingerprint = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_revoke = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace kim::gui
