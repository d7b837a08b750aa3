// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/referrals/LegalDomainPeriodDialog.h"

#include "base/Clock.h"
#include "core/LegalDomainRepository.h"
#include "gui/common/CatalogCombo.h"
#include "gui/common/Messages.h"
#include "gui/referrals/ReferralWidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kim::gui {

LegalDomainPeriodDialog::LegalDomainPeriodDialog(storage::Database& db, const kim::Clock& clock,
                                                 core::LegalDomainPeriod period, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_period(std::move(period)) {
    setWindowTitle(m_period.id == 0 ? tr("Rechtskreis hinzufügen") : tr("Rechtskreis bearbeiten"));
    m_domain = new QComboBox(this);
    CatalogCombo::fill<core::LegalDomain>(m_domain);
    CatalogCombo::select(m_domain, m_period.domain);
    m_start = ReferralWidgets::dateEdit(m_period.startedOn.isValid() ? m_period.startedOn : m_clock.today(), this);
    m_ended = new QCheckBox(tr("&beendet am"), this);
    m_ended->setChecked(m_period.endedOn.isValid());
    m_end = ReferralWidgets::dateEdit(m_period.endedOn.isValid() ? m_period.endedOn : m_clock.today(), this);
    m_end->setEnabled(m_ended->isChecked());
    connect(m_ended, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    m_note = new QLineEdit(m_period.note, this);
    m_error = ReferralWidgets::errorLabel(this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Rechtskreis:"), m_domain);
    form->addRow(tr("&Beginn:"), m_start);
    form->addRow(m_ended, m_end);
    form->addRow(tr("&Notiz:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Speichern"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Abbrechen"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LegalDomainPeriodDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LegalDomainPeriodDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void LegalDomainPeriodDialog::accept() {
    core::LegalDomainPeriod changed = m_period;
    changed.domain = CatalogCombo::current<core::LegalDomain>(m_domain);
    changed.startedOn = m_start->date();
    changed.endedOn = m_ended->isChecked() ? m_end->date() : QDate();
    changed.note = m_note->text();
    if (Messages::guardInline(m_error, [&] { core::LegalDomainRepository(m_db, m_clock).save(changed); })) {
        m_period = changed;
        QDialog::accept();
    }
}

} // namespace kim::gui
