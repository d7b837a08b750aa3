// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/referrals/ReferralStatusDialog.h"

#include "base/Clock.h"
#include "core/ReferralRepository.h"
#include "core/ReferralRules.h"
#include "gui/common/CatalogCombo.h"
#include "gui/common/Messages.h"
#include "gui/referrals/ReferralWidgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kim::gui {

ReferralStatusDialog::ReferralStatusDialog(storage::Database& db, const kim::Clock& clock,
                                           const core::Referral& referral, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_referralId(referral.id) {
    setWindowTitle(tr("Status ändern"));
    m_status = new QComboBox(this);
    for (core::ReferralStatus status : core::ReferralRules::nextStatuses(referral.status)) {
        m_status->addItem(core::label(status), static_cast<int>(status));
    }
    m_date = ReferralWidgets::dateEdit(m_clock.today(), this);
    m_date->setMaximumDate(m_clock.today());
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("z. B. Termin am 02.04. um 10 Uhr"));
    m_error = ReferralWidgets::errorLabel(this);

    auto* form = new QFormLayout;
    form->addRow(tr("Bisher:"), new QLabel(core::label(referral.status), this));
    form->addRow(tr("&Neuer Status:"), m_status);
    form->addRow(tr("&Datum:"), m_date);
    form->addRow(tr("&Notiz:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Speichern"));
    buttons->button(QDialogButtonBox::Save)->setEnabled(m_status->count() > 0);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Abbrechen"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferralStatusDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReferralStatusDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (m_status->count() == 0) {
        layout->addWidget(new QLabel(tr("Diese Vermittlung ist abgeschlossen."), this));
    }
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void ReferralStatusDialog::accept() {
    const auto to = CatalogCombo::current<core::ReferralStatus>(m_status);
    if (Messages::guardInline(m_error, [&] {
            core::ReferralRepository(m_db, m_clock).changeStatus(m_referralId, to, m_date->date(), m_note->text());
        })) {
        QDialog::accept();
    }
}

} // namespace kim::gui
