// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/ContactCard.h"

#include <QWizardPage>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;

namespace kim::gui {

class ProblemExportWizard;

// Third page of the export wizard: the recipient (a trusted contact, normally the coordinating
// office) and the file. "Exportieren" signs, encrypts and saves the report (owner-only, atomic).
class ExportRecipientPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit ExportRecipientPage(ProblemExportWizard& wizard);

    QComboBox* recipientCombo() const { return m_recipient; }
    QLineEdit* fileEdit() const { return m_file; }
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void loadContacts();
    void browse();
    void openContacts();

    ProblemExportWizard& m_wizard;
    QComboBox* m_recipient = nullptr;
    QLabel* m_noContacts = nullptr;
    QLineEdit* m_file = nullptr;
    QLabel* m_error = nullptr;
    QString m_browsedPath;
    std::vector<exchange::ContactCard> m_cards; // in combo-box order
};

} // namespace kim::gui
