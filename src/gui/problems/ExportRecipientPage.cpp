// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/problems/ExportRecipientPage.h"

#include "base/Error.h"
#include "exchange/ContactBook.h"
#include "reporting/ProblemReportExport.h"
#include "gui/common/Messages.h"
#include "gui/contacts/ContactsDialog.h"
#include "gui/common/FileDialogs.h"
#include "gui/contacts/ExchangeFiles.h"
#include "gui/problems/ProblemExportWizard.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kim::gui {

ExportRecipientPage::ExportRecipientPage(ProblemExportWizard& wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_recipient(new QComboBox(this))
    , m_noContacts(new QLabel(this))
    , m_file(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    setTitle(tr("Empfänger und Datei"));
    setSubTitle(tr("Die Meldung wird mit Ihrem Schlüssel signiert und so verschlüsselt, dass nur der gewählte "
                   "Kontakt sie öffnen kann."));
    setCommitPage(true);
    m_recipient->setObjectName(QStringLiteral("recipientCombo"));
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->hide();
    m_noContacts->setWordWrap(true);
    m_noContacts->setText(tr("Es ist noch keine Kontaktkarte hinterlegt. Lesen Sie die Kontaktkarte der "
                             "Koordinierenden Stelle ein und vergleichen Sie den Fingerabdruck am Telefon."));
    auto* contacts = new QPushButton(tr("&Kontakte…"), this);
    contacts->setObjectName(QStringLiteral("contactsButton"));
    auto* browse = new QPushButton(tr("&Durchsuchen…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    browse->setAutoDefault(false);

    auto* recipientRow = new QHBoxLayout;
    recipientRow->addWidget(m_recipient, 1);
    recipientRow->addWidget(contacts);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* recipientCaption = new QLabel(tr("Em&pfänger:"), this);
    recipientCaption->setBuddy(m_recipient);
    auto* fileCaption = new QLabel(tr("D&atei:"), this);
    fileCaption->setBuddy(m_file);
    form->addRow(recipientCaption, recipientRow);
    form->addRow(QString(), m_noContacts);
    form->addRow(fileCaption, fileRow);
    auto* transport = new QLabel(tr("Die Datei können Sie per E-Mail oder auf einem USB-Stick weitergeben: Unterwegs "
                                    "kann niemand sie lesen oder unbemerkt verändern."),
                                 this);
    transport->setWordWrap(true);
    transport->setStyleSheet(QStringLiteral("color: #5f6368;"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(transport);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_recipient, &QComboBox::currentIndexChanged, this, &ExportRecipientPage::completeChanged);
    connect(m_file, &QLineEdit::textChanged, this, &ExportRecipientPage::completeChanged);
    connect(browse, &QPushButton::clicked, this, &ExportRecipientPage::browse);
    connect(contacts, &QPushButton::clicked, this, &ExportRecipientPage::openContacts);
}

void ExportRecipientPage::initializePage() {
    loadContacts();
    const QString name = tr("Strukturprobleme %1").arg(m_wizard.quarter().toString());
    QString path = FileDialogs::suggestedPath(name + QLatin1Char('.') + FileDialogs::packageSuffix());
    for (int n = 2; QFileInfo::exists(path) && n < 100; ++n) {
        path =
            FileDialogs::suggestedPath(QStringLiteral("%1 (%2).%3").arg(name).arg(n).arg(FileDialogs::packageSuffix()));
    }
    m_file->setText(QDir::toNativeSeparators(path));
    m_error->hide();
}

void ExportRecipientPage::loadContacts() {
    const QString previous = m_recipient->currentData().toString();
    m_recipient->clear();
    m_cards.clear();
    std::vector<exchange::Contact> contacts;
    Messages::guardInline(m_error,
                          [&] { contacts = exchange::ContactBook(m_wizard.database(), m_wizard.clock()).contacts(); });
    int preferred = -1;
    for (const exchange::Contact& contact : contacts) {
        if (contact.revokedOn) {
            continue;
        }
        const exchange::ContactCard& card = contact.card;
        QStringList details{card.role(), card.organisation()};
        details.removeAll(QString());
        const QString text = details.isEmpty()
                                 ? card.name()
                                 : QStringLiteral("%1 (%2)").arg(card.name(), details.join(QStringLiteral(", ")));
        m_recipient->addItem(text, card.keyIdText());
        m_cards.push_back(card);
        // The coordinating office is the usual recipient: preselect it when its card says so.
        if (preferred < 0 &&
            (card.role() + card.organisation()).contains(QStringLiteral("Koordin"), Qt::CaseInsensitive)) {
            preferred = m_recipient->count() - 1;
        }
    }
    const int kept = m_recipient->findData(previous);
    m_recipient->setCurrentIndex(kept >= 0 ? kept : std::max(preferred, m_recipient->count() > 0 ? 0 : -1));
    m_noContacts->setVisible(m_recipient->count() == 0);
    m_recipient->setEnabled(m_recipient->count() > 0);
    Q_EMIT completeChanged();
}

void ExportRecipientPage::browse() {
    const QString path = FileDialogs::packageToSave(this, QFileInfo(m_file->text()).fileName());
    if (!path.isEmpty()) {
        m_browsedPath = path;
        m_file->setText(QDir::toNativeSeparators(path));
    }
}

void ExportRecipientPage::openContacts() {
    auto* dialog = new ContactsDialog(*m_wizard.session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContactsDialog::contactsChanged, this, &ExportRecipientPage::loadContacts);
    dialog->open();
}

bool ExportRecipientPage::isComplete() const {
    return m_recipient->currentIndex() >= 0 && !m_file->text().trimmed().isEmpty();
}

bool ExportRecipientPage::validatePage() {
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    const auto& report = m_wizard.report();
    if (!report) {
        return false;
    }
    return Messages::guardInline(m_error, [&] {
        // The save dialog already asked before replacing a file; a typed name must not replace one silently.
        if (QFileInfo::exists(path) && path != m_browsedPath) {
            throw Error(ErrorCode::FileExists, tr("Die Datei „%1“ gibt es schon. Bitte wählen Sie einen anderen "
                                                  "Namen.")
                                                   .arg(QFileInfo(path).fileName()));
        }
        const int index = m_recipient->currentIndex();
        // Trust is checked again: the contact may have been revoked while the wizard was open.
        const auto office = index >= 0 && index < static_cast<int>(m_cards.size())
                                ? exchange::ContactBook(m_wizard.database(), m_wizard.clock())
                                      .findTrusted(m_cards[index].signingKey().keyId())
                                : std::nullopt;
        if (!office) {
            throw Error(ErrorCode::NotFound, tr("Diesem Kontakt wird nicht mehr vertraut. Bitte wählen Sie einen "
                                                "anderen Empfänger."));
        }
        ExchangeFiles::save(m_wizard.database(), path, [&] {
            const std::vector<uint8_t> package =
                reporting::ProblemReportExport(m_wizard.database(), m_wizard.identity(), m_wizard.clock())
                    .write(*report, *office);
            return QByteArray(reinterpret_cast<const char*>(package.data()), static_cast<qsizetype>(package.size()));
        });
        m_wizard.setWritten(path, office->name());
    });
}

} // namespace kim::gui
