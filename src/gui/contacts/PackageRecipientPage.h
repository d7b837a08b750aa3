// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/ContactCard.h"

#include <QList>
#include <QStringList>
#include <QWizardPage>

#include <cstdint>
#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace kim::gui {

class Session;

// The recipient page of every export wizard: one trusted contact (a combo box) or several
// (a checkable list), and the file. The commit button writes the package through `write`, for
// the chosen contacts checked once more against the contact book, into a file saved atomically
// and readable by the owner only, in one transaction with whatever the writing records.
class PackageRecipientPage final : public QWizardPage {
    Q_OBJECT

public:
    struct Setup {
        QString subTitle;
        QString noContactsText;
        // A contact whose role or organisation contains one of these is preselected.
        QStringList preferredHints;
        bool severalRecipients = false;
        // The suggested file name without suffix, asked each time the page is shown.
        std::function<QString()> fileBaseName;
        // The package for these (trusted) recipients; throws kim::Error or a package error.
        std::function<std::vector<uint8_t>(const QList<exchange::ContactCard>&)> write;
    };

    PackageRecipientPage(Session& session, Setup setup, QWidget* parent);

    // The single recipient's combo box, or the list of several; the other one is hidden.
    QComboBox* recipientCombo() const { return m_recipient; }
    QListWidget* recipientList() const { return m_recipients; }
    QLineEdit* fileEdit() const { return m_file; }
    // Once written: the file and who can open it.
    const QString& writtenPath() const { return m_writtenPath; }
    const QStringList& writtenRecipients() const { return m_writtenRecipients; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void loadContacts();
    void browse();
    void openContacts();
    QList<int> chosenIndexes() const;
    QList<exchange::ContactCard> trustedChoice() const;

    Session& m_session;
    Setup m_setup;
    QComboBox* m_recipient = nullptr;
    QListWidget* m_recipients = nullptr;
    QLabel* m_noContacts = nullptr;
    QLineEdit* m_file = nullptr;
    QLabel* m_error = nullptr;
    QString m_browsedPath;
    QString m_writtenPath;
    QStringList m_writtenRecipients;
    std::vector<exchange::ContactCard> m_cards; // in list order
};

} // namespace kim::gui
