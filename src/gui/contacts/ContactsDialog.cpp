// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/contacts/ContactsDialog.h"

#include "gui/common/Session.h"
#include "storage/Vault.h"
#include "base/Error.h"
#include "exchange/ContactBook.h"
#include "exchange/Identity.h"
#include "gui/common/ItemViews.h"
#include "gui/common/Messages.h"
#include "gui/contacts/ContactCardImportDialog.h"
#include "gui/common/FileDialogs.h"
#include "gui/contacts/ExchangeFiles.h"
#include "gui/contacts/FingerprintLabel.h"
#include "gui/contacts/OwnProfileDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kim::gui {

namespace {
enum Column { NameColumn, RoleColumn, FingerprintColumn, StatusColumn };
constexpr int KeyIdRole = Qt::UserRole;
constexpr int RevokedRole = Qt::UserRole + 1;

QString cardFileName(const QString& name) {
    QString base = name;
    base.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral(" "));
    base = base.simplified();
    return (base.isEmpty() ? QStringLiteral("Kontaktkarte") : base) + QLatin1Char('.') + FileDialogs::cardSuffix();
}
} // namespace

ContactsDialog::ContactsDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_db(session.vault().database())
    , m_identity(session.identity())
    , m_clock(session.clock())
    , m_error(new QLabel(this)) {
    setWindowTitle(tr("Kontakte für den Austausch"));
    resize(900, 560);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Schließen"));
    connect(buttons, &QDialogButtonBox::rejected, this, &ContactsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(createOwnCardGroup());
    layout->addWidget(createContactsGroup(), 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    showOwnCard();
    refresh();
}

QWidget* ContactsDialog::createOwnCardGroup() {
    auto* group = new QGroupBox(tr("Ihre Kontaktkarte"), this);
    m_ownName = new QLabel(group);
    m_ownName->setObjectName(QStringLiteral("ownNameLabel"));
    m_ownName->setWordWrap(true);
    m_ownFingerprint = new FingerprintLabel(group);
    m_ownFingerprint->setObjectName(QStringLiteral("ownFingerprint"));
    auto* hint = new QLabel(tr("Geben Sie Ihre Kontaktkarte an die Stellen weiter, mit denen Sie Pakete austauschen "
                               "(per E-Mail oder USB-Stick), und lesen Sie Ihren Fingerabdruck am Telefon vor."),
                            group);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    auto* profile = new QPushButton(tr("Eigenes &Profil…"), group);
    auto* save = new QPushButton(tr("Eigene Kontaktkarte &speichern…"), group);
    profile->setObjectName(QStringLiteral("editProfileButton"));
    save->setObjectName(QStringLiteral("saveOwnCardButton"));
    connect(profile, &QPushButton::clicked, this, &ContactsDialog::editProfile);
    connect(save, &QPushButton::clicked, this, &ContactsDialog::saveOwnCard);

    auto* grid = new QGridLayout(group);
    grid->addWidget(m_ownName, 0, 0);
    grid->addWidget(m_ownFingerprint, 0, 1, 2, 1, Qt::AlignRight | Qt::AlignTop);
    grid->addWidget(hint, 1, 0);
    auto* row = new QHBoxLayout;
    row->addWidget(profile);
    row->addWidget(save);
    row->addStretch(1);
    grid->addLayout(row, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    return group;
}

QWidget* ContactsDialog::createContactsGroup() {
    auto* group = new QGroupBox(tr("Vertrauenswürdige Kontakte"), this);
    m_list = new QTreeWidget(group);
    m_list->setObjectName(QStringLiteral("contactList"));
    ItemViews::setupList(m_list, {tr("Name"), tr("Rolle, Organisation"), tr("Fingerabdruck"), tr("Status")});
    // Name and role share the room; fingerprint and status are never cut.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(RoleColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(FingerprintColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    auto* import = new QPushButton(tr("Kontaktkarte &einlesen…"), group);
    m_revoke = new QPushButton(tr("&Zurückziehen"), group);
    import->setObjectName(QStringLiteral("importCardButton"));
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    m_revoke->setToolTip(tr("Diesem Kontakt nicht mehr vertrauen: keine Pakete mehr von ihm annehmen oder an ihn "
                            "schicken"));
    connect(import, &QPushButton::clicked, this, &ContactsDialog::importCard);
    connect(m_revoke, &QPushButton::clicked, this, &ContactsDialog::revokeSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ContactsDialog::updateButtons);

    auto* row = new QHBoxLayout;
    row->addWidget(import);
    row->addWidget(m_revoke);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    return group;
}

void ContactsDialog::showOwnCard() {
    const QString name = m_identity.name().isEmpty() ? tr("(noch kein Name eingetragen)") : m_identity.name();
    QStringList details;
    for (const QString& part : {m_identity.role(), m_identity.organisation()}) {
        if (!part.isEmpty()) {
            details << part.toHtmlEscaped();
        }
    }
    m_ownName->setText(QStringLiteral("<b>%1</b><br>%2<br>%3")
                           .arg(name.toHtmlEscaped(), details.join(QStringLiteral(" · ")),
                                tr("Schlüssel-ID: %1").arg(m_identity.keyIdText())));
    m_ownFingerprint->setFingerprint(m_identity.contactCard().fingerprint());
}

void ContactsDialog::refresh() {
    m_list->clear();
    std::vector<exchange::Contact> contacts;
    Messages::guardInline(m_error, [&] { contacts = exchange::ContactBook(m_db, m_clock).contacts(); });
    for (const exchange::Contact& contact : contacts) {
        const exchange::ContactCard& card = contact.card;
        const QString status = contact.revokedOn
                                   ? tr("zurückgezogen am %1").arg(ItemViews::date(contact.revokedOn->date()))
                                   : tr("vertraut seit %1").arg(ItemViews::date(contact.trustedOn.date()));
        QStringList role{card.role(), card.organisation()};
        role.removeAll(QString());
        auto* item =
            new QTreeWidgetItem(m_list, {card.name(), role.join(QStringLiteral(", ")), card.fingerprint(), status});
        item->setToolTip(RoleColumn, role.join(QStringLiteral(", ")));
        item->setData(0, KeyIdRole, card.keyIdText());
        item->setData(0, RevokedRole, contact.revokedOn.has_value());
        for (int column = 0; contact.revokedOn && column < m_list->columnCount(); ++column) {
            item->setForeground(column, ItemViews::mutedColor());
        }
    }
    updateButtons();
}

void ContactsDialog::updateButtons() {
    const QTreeWidgetItem* item = m_list->currentItem();
    m_revoke->setEnabled(item != nullptr && !item->data(0, RevokedRole).toBool());
}

void ContactsDialog::importCard() {
    const QString path = FileDialogs::contactCardToOpen(this);
    if (path.isEmpty()) {
        return;
    }
    std::optional<exchange::ContactCard> card;
    const bool read = Messages::guardInline(m_error, [&] {
        card = exchange::ContactCard::parse(ExchangeFiles::read(path, exchange::ContactCard::MaxFileSize));
        if (card->fingerprint() == m_identity.contactCard().fingerprint()) {
            throw Error(ErrorCode::InvalidInput, tr("Das ist die Kontaktkarte dieser Arbeitsmappe selbst. Bitte lesen "
                                                    "Sie die Karte der anderen Stelle ein."));
        }
    });
    if (!read) {
        return;
    }
    auto* dialog = new ContactCardImportDialog(m_db, m_clock, *card, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT contactsChanged();
    });
    dialog->open();
}

void ContactsDialog::revokeSelected() {
    const QTreeWidgetItem* item = m_list->currentItem();
    if (item == nullptr || item->data(0, RevokedRole).toBool()) {
        return;
    }
    const QString keyId = item->data(0, KeyIdRole).toString();
    const QString name = item->text(NameColumn);
    Messages::confirm(
        this, tr("Kontakt zurückziehen"),
        tr("Diesem Kontakt nicht mehr vertrauen?\n\nPakete von „%1“ werden danach abgewiesen, und Sie "
           "können keine Pakete mehr an „%1“ schicken. Der Kontakt bleibt zur Nachvollziehbarkeit in "
           "der Liste.")
            .arg(name),
        tr("&Zurückziehen"), [this, keyId] {
            if (Messages::guardInline(m_error, [&] { exchange::ContactBook(m_db, m_clock).revoke(keyId); })) {
                refresh();
                Q_EMIT contactsChanged();
            }
        });
}

void ContactsDialog::saveOwnCard() {
    if (m_identity.name().isEmpty()) {
        Messages::setInlineError(m_error, tr("Bitte tragen Sie zuerst unter „Eigenes Profil“ Ihren Namen ein: Er "
                                             "steht auf der Kontaktkarte."));
        return;
    }
    const QString path = FileDialogs::contactCardToSave(this, cardFileName(m_identity.name()));
    if (path.isEmpty()) {
        return;
    }
    const exchange::ContactCard card = m_identity.contactCard();
    if (Messages::guardInline(m_error, [&] { ExchangeFiles::save(path, card.fileText()); })) {
        Messages::showInfo(this, tr("Kontaktkarte gespeichert"),
                           tr("Ihre Kontaktkarte wurde als „%1“ gespeichert.\n\nFingerabdruck zum Vorlesen am "
                              "Telefon:\n%2")
                               .arg(QFileInfo(path).fileName(), card.fingerprint()));
    }
}

void ContactsDialog::editProfile() {
    auto* dialog = new OwnProfileDialog(m_db, m_identity, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ContactsDialog::showOwnCard);
    dialog->open();
}

} // namespace kim::gui
