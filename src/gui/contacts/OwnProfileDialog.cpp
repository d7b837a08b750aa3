// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/contacts/OwnProfileDialog.h"

#include "base/Error.h"
#include "exchange/IdentityStore.h"
#include "gui/common/Messages.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kim::gui {

namespace {
// The contact-card format allows at most 200 characters per field (docs/formats.md).
constexpr int MaxLength = 200;
} // namespace

OwnProfileDialog::OwnProfileDialog(storage::Database& db, exchange::Identity& identity, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_identity(identity)
    , m_name(new QLineEdit(identity.name(), this))
    , m_role(new QLineEdit(identity.role(), this))
    , m_organisation(new QLineEdit(identity.organisation(), this))
    , m_error(new QLabel(this)) {
    setWindowTitle(tr("Eigenes Profil"));
    setMinimumWidth(460);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_role->setObjectName(QStringLiteral("roleEdit"));
    m_organisation->setObjectName(QStringLiteral("organisationEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->hide();
    for (QLineEdit* edit : {m_name, m_role, m_organisation}) {
        edit->setMaxLength(MaxLength);
    }
    m_role->setPlaceholderText(tr("z. B. Case-Managerin, Koordinierende Stelle"));
    m_organisation->setPlaceholderText(tr("z. B. Caritas Gütersloh, Kreis Gütersloh"));

    auto* intro = new QLabel(tr("Diese Angaben stehen auf Ihrer Kontaktkarte. Wer Ihre Karte einliest, sieht sie "
                                "neben dem Fingerabdruck."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Rolle:"), m_role);
    form->addRow(tr("&Organisation:"), m_organisation);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Speichern"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Abbrechen"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OwnProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OwnProfileDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_name->setFocus();
}

void OwnProfileDialog::accept() {
    const QString name = m_name->text().trimmed();
    const QString role = m_role->text().trimmed();
    const QString organisation = m_organisation->text().trimmed();
    const bool saved = Messages::guardInline(m_error, [&] {
        if (name.isEmpty()) {
            throw Error(ErrorCode::InvalidInput, tr("Bitte geben Sie einen Namen an: Ohne Namen weiß niemand, wessen "
                                                    "Kontaktkarte es ist."));
        }
        exchange::IdentityStore::setProfile(m_db, name, role, organisation);
        m_identity.setProfile(name, role, organisation);
    });
    if (saved) {
        QDialog::accept();
    }
}

} // namespace kim::gui
