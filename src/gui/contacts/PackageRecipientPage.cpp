// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/contacts/PackageRecipientPage.h"

#include "base/Error.h"
#include "exchange/ContactBook.h"
#include "storage/Vault.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/Messages.h"
#include "gui/common/Session.h"
#include "gui/contacts/ContactsDialog.h"
#include "gui/contacts/ExchangeFiles.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kim::gui {

namespace {
QString contactText(const exchange::ContactCard& card) {
    QStringList details{card.role(), card.organisation()};
    details.removeAll(QString());
    return details.isEmpty() ? card.name()
                             : QStringLiteral("%1 (%2)").arg(card.name(), details.join(QStringLiteral(", ")));
}

bool isPreferred(const exchange::ContactCard& card, const QStringList& hints) {
    const QString text = card.role() + QLatin1Char(' ') + card.organisation();
    return std::any_of(hints.begin(), hints.end(),
                       [&](const QString& hint) { return text.contains(hint, Qt::CaseInsensitive); });
}
} // namespace

PackageRecipientPage::PackageRecipientPage(Session& session, Setup setup, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_setup(std::move(setup))
    , m_recipient(new QComboBox(this))
    , m_recipients(new QListWidget(this))
    , m_noContacts(new QLabel(this))
    , m_file(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    setTitle(tr("Empfänger und Datei"));
    setSubTitle(m_setup.subTitle);
    setCommitPage(true);
    m_recipient->setObjectName(QStringLiteral("recipientCombo"));
    m_recipients->setObjectName(QStringLiteral("recipientList"));
    m_recipient->setVisible(!m_setup.severalRecipients);
    m_recipients->setVisible(m_setup.severalRecipients);
    m_recipients->setMaximumHeight(m_recipients->fontMetrics().height() * 6);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->hide();
    m_noContacts->setWordWrap(true);
    m_noContacts->setText(m_setup.noContactsText);
    auto* contacts = new QPushButton(tr("&Kontakte…"), this);
    contacts->setObjectName(QStringLiteral("contactsButton"));
    auto* browse = new QPushButton(tr("&Durchsuchen…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    browse->setAutoDefault(false);

    auto* recipientRow = new QHBoxLayout;
    recipientRow->addWidget(m_recipient, 1);
    recipientRow->addWidget(m_recipients, 1);
    recipientRow->addWidget(contacts, 0, Qt::AlignTop);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* recipientCaption = new QLabel(tr("Em&pfänger:"), this);
    recipientCaption->setBuddy(m_setup.severalRecipients ? static_cast<QWidget*>(m_recipients) : m_recipient);
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

    connect(m_recipient, &QComboBox::currentIndexChanged, this, &PackageRecipientPage::completeChanged);
    connect(m_recipients, &QListWidget::itemChanged, this, &PackageRecipientPage::completeChanged);
    connect(m_file, &QLineEdit::textChanged, this, &PackageRecipientPage::completeChanged);
    connect(browse, &QPushButton::clicked, this, &PackageRecipientPage::browse);
    connect(contacts, &QPushButton::clicked, this, &PackageRecipientPage::openContacts);
}

void PackageRecipientPage::initializePage() {
    loadContacts();
    const QString name = m_setup.fileBaseName();
    QString path = FileDialogs::suggestedPath(name + QLatin1Char('.') + FileDialogs::packageSuffix());
    for (int n = 2; QFileInfo::exists(path) && n < 100; ++n) {
        path =
            FileDialogs::suggestedPath(QStringLiteral("%1 (%2).%3").arg(name).arg(n).arg(FileDialogs::packageSuffix()));
    }
    m_file->setText(QDir::toNativeSeparators(path));
    m_error->hide();
}

void PackageRecipientPage::loadContacts() {
    QStringList previous;
    for (const int index : chosenIndexes()) {
        previous << m_cards[static_cast<size_t>(index)].keyIdText();
    }
    m_recipient->clear();
    m_recipients->clear();
    m_cards.clear();
    std::vector<exchange::Contact> contacts;
    Messages::guardInline(
        m_error, [&] { contacts = exchange::ContactBook(m_session.vault().database(), m_session.clock()).contacts(); });
    int preferred = -1;
    const QSignalBlocker blocker(m_recipients);
    for (const exchange::Contact& contact : contacts) {
        if (contact.revokedOn) {
            continue;
        }
        const exchange::ContactCard& card = contact.card;
        const bool wanted =
            previous.isEmpty() ? isPreferred(card, m_setup.preferredHints) : previous.contains(card.keyIdText());
        m_recipient->addItem(contactText(card), card.keyIdText());
        auto* item = new QListWidgetItem(contactText(card), m_recipients);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(wanted ? Qt::Checked : Qt::Unchecked);
        m_cards.push_back(card);
        if (preferred < 0 && wanted) {
            preferred = m_recipient->count() - 1;
        }
    }
    // The only contact is the one meant.
    if (m_recipients->count() == 1) {
        m_recipients->item(0)->setCheckState(Qt::Checked);
    }
    m_recipient->setCurrentIndex(std::max(preferred, m_recipient->count() > 0 ? 0 : -1));
    m_noContacts->setVisible(m_cards.empty());
    m_recipient->setEnabled(!m_cards.empty());
    m_recipients->setEnabled(!m_cards.empty());
    Q_EMIT completeChanged();
}

QList<int> PackageRecipientPage::chosenIndexes() const {
    QList<int> indexes;
    if (!m_setup.severalRecipients) {
        if (m_recipient->currentIndex() >= 0 && m_recipient->currentIndex() < static_cast<int>(m_cards.size())) {
            indexes << m_recipient->currentIndex();
        }
        return indexes;
    }
    for (int row = 0; row < m_recipients->count() && row < static_cast<int>(m_cards.size()); ++row) {
        if (m_recipients->item(row)->checkState() == Qt::Checked) {
            indexes << row;
        }
    }
    return indexes;
}

void PackageRecipientPage::browse() {
    const QString path = FileDialogs::packageToSave(this, QFileInfo(m_file->text()).fileName());
    if (!path.isEmpty()) {
        m_browsedPath = path;
        m_file->setText(QDir::toNativeSeparators(path));
    }
}

void PackageRecipientPage::openContacts() {
    auto* dialog = new ContactsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContactsDialog::contactsChanged, this, &PackageRecipientPage::loadContacts);
    dialog->open();
}

bool PackageRecipientPage::isComplete() const {
    return !chosenIndexes().isEmpty() && !m_file->text().trimmed().isEmpty();
}

QList<exchange::ContactCard> PackageRecipientPage::trustedChoice() const {
    // Trust is checked again: a contact may have been revoked while the wizard was open.
    const exchange::ContactBook book(m_session.vault().database(), m_session.clock());
    QList<exchange::ContactCard> cards;
    for (const int index : chosenIndexes()) {
        const auto card = book.findTrusted(m_cards[static_cast<size_t>(index)].signingKey().keyId());
        if (!card) {
            throw Error(ErrorCode::NotFound, tr("„%1“ wird nicht mehr vertraut. Bitte wählen Sie einen anderen "
                                                "Empfänger.")
                                                 .arg(m_cards[static_cast<size_t>(index)].name()));
        }
        cards << *card;
    }
    return cards;
}

bool PackageRecipientPage::validatePage() {
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    return Messages::guardInline(m_error, [&] {
        // The save dialog already asked before replacing a file; a typed name must not replace one silently.
        if (QFileInfo::exists(path) && path != m_browsedPath) {
            throw Error(ErrorCode::FileExists, tr("Die Datei „%1“ gibt es schon. Bitte wählen Sie einen anderen "
                                                  "Namen.")
                                                   .arg(QFileInfo(path).fileName()));
        }
        const QList<exchange::ContactCard> recipients = trustedChoice();
        ExchangeFiles::save(m_session.vault().database(), path, [&] {
            const std::vector<uint8_t> package = m_setup.write(recipients);
            return QByteArray(reinterpret_cast<const char*>(package.data()), static_cast<qsizetype>(package.size()));
        });
        m_writtenPath = path;
        m_writtenRecipients.clear();
        for (const exchange::ContactCard& card : recipients) {
            m_writtenRecipients << card.name();
        }
    });
}

} // namespace kim::gui
