// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/referrals/ReferralDialog.h"

#include "base/Clock.h"
#include "core/InstitutionRepository.h"
#include "core/ReferralRepository.h"
#include "gui/common/CatalogCombo.h"
#include "gui/common/Messages.h"
#include "gui/referrals/ReferralWidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kim::gui {

ReferralDialog::ReferralDialog(storage::Database& db, const kim::Clock& clock, core::Referral referral, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_referral(std::move(referral)) {
    const bool isNew = m_referral.id == 0;
    setWindowTitle(isNew ? tr("Neue Vermittlung") : tr("Vermittlung bearbeiten"));
    const bool shared = m_referral.status != core::ReferralStatus::Planned;

    m_institution = new QComboBox(this);
    for (const core::Institution& i : core::InstitutionRepository(m_db).all(true)) {
        if (!i.archived || i.id == m_referral.institutionId) {
            m_institution->addItem(i.name + QStringLiteral(" (") + core::label(i.type) + QLatin1Char(')'),
                                   QVariant::fromValue<qlonglong>(i.id));
        }
    }
    m_institution->setCurrentIndex(
        qMax(0, m_institution->findData(QVariant::fromValue<qlonglong>(m_referral.institutionId))));
    m_institution->setEnabled(!shared); // the recipient of data already sent cannot change
    m_field = new QComboBox(this);
    CatalogCombo::fill<core::FieldOfAction>(m_field);
    CatalogCombo::select(m_field, m_referral.field);
    m_reason = new QPlainTextEdit(m_referral.reason, this);
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Worum geht es? Kurz und ohne unnötige Einzelheiten."));
    m_referredOn =
        ReferralWidgets::dateEdit(m_referral.referredOn.isValid() ? m_referral.referredOn : m_clock.today(), this);
    m_referredOn->setEnabled(!shared);
    m_hasExpected = new QCheckBox(tr("&Rückmeldung erwartet bis"), this);
    m_hasExpected->setChecked(isNew || m_referral.expectedBy.isValid());
    m_expectedBy = ReferralWidgets::dateEdit(
        m_referral.expectedBy.isValid() ? m_referral.expectedBy : m_clock.today().addDays(14), this);
    m_expectedBy->setEnabled(m_hasExpected->isChecked());
    connect(m_hasExpected, &QCheckBox::toggled, m_expectedBy, &QWidget::setEnabled);
    m_error = ReferralWidgets::errorLabel(this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Einrichtung:"), m_institution);
    form->addRow(tr("&Handlungsfeld:"), m_field);
    form->addRow(tr("&Anlass:"), m_reason);
    form->addRow(tr("&Datum:"), m_referredOn);
    form->addRow(m_hasExpected, m_expectedBy);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Speichern"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Abbrechen"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferralDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReferralDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* hint = new QLabel(tr("Daten werden erst weitergegeben, wenn Sie den Status auf „übermittelt“ setzen. "
                               "Dafür braucht es eine Schweigepflichtentbindung für diese Einrichtung."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void ReferralDialog::accept() {
    core::Referral changed = m_referral;
    changed.institutionId = m_institution->currentData().toLongLong();
    changed.field = CatalogCombo::current<core::FieldOfAction>(m_field);
    changed.reason = m_reason->toPlainText();
    changed.referredOn = m_referredOn->date();
    changed.expectedBy = m_hasExpected->isChecked() ? m_expectedBy->date() : QDate();
    if (Messages::guardInline(m_error, [&] { core::ReferralRepository(m_db, m_clock).save(changed); })) {
        m_referral = changed;
        QDialog::accept();
    }
}

} // namespace kim::gui
