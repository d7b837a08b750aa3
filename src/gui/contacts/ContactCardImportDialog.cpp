// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/contacts/ContactCardImportDialog.h"

#include "exchange/ContactBook.h"
#include "gui/common/Messages.h"
#include "gui/contacts/FingerprintLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kim::gui {

ContactCardImportDialog::ContactCardImportDialog(storage::Database& db, const kim::Clock& clock,
                                                 exchange::ContactCard card, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_card(std::move(card))
    , m_compared(new QCheckBox(tr("Ich habe den &Fingerabdruck telefonisch verglichen. Er stimmt überein."), this))
    , m_error(new QLabel(this)) {
    setWindowTitle(tr("Kontaktkarte prüfen"));
    setMinimumWidth(520);
    m_compared->setObjectName(QStringLiteral("fingerprintComparedCheck"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->hide();

    auto* intro = new QLabel(tr("Bevor Sie dieser Kontaktkarte vertrauen: Rufen Sie die Person unter einer Ihnen "
                                "bekannten Nummer an und lassen Sie sich ihren Fingerabdruck vorlesen. Nur wenn alle "
                                "Zeichen übereinstimmen, stammt die Karte wirklich von ihr."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    auto addRow = [this, form](const QString& caption, const QString& text, const char* name) {
        auto* value = new QLabel(text.isEmpty() ? tr("(nicht angegeben)") : text, this);
        value->setObjectName(QString::fromLatin1(name));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        form->addRow(caption, value);
    };
    addRow(tr("Name:"), m_card.name(), "cardName");
    addRow(tr("Rolle:"), m_card.role(), "cardRole");
    addRow(tr("Organisation:"), m_card.organisation(), "cardOrganisation");
    auto* fingerprint = new FingerprintLabel(this);
    fingerprint->setObjectName(QStringLiteral("cardFingerprint"));
    fingerprint->setFingerprint(m_card.fingerprint());
    form->addRow(tr("Fingerabdruck:"), fingerprint);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Vertrauen"));
    ok->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Abbrechen"));
    connect(m_compared, &QCheckBox::toggled, ok, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactCardImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContactCardImportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_compared);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_compared->setFocus();
}

void ContactCardImportDialog::accept() {
    if (!m_compared->isChecked()) {
        return;
    }
    if (Messages::guardInline(m_error, [this] { exchange::ContactBook(m_db, m_clock).trust(m_card); })) {
        QDialog::accept();
    }
}

} // namespace kim::gui
