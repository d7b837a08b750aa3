// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/casefile/ConsentDialog.h"

#include "ui_ConsentDialog.h"

#include "gui/common/CatalogCombo.h"
#include "gui/common/Messages.h"

#include <QPushButton>

namespace kim::gui {

ConsentDialog::ConsentDialog(const QDate& today, SaveHandler handler, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConsentDialog>())
    , m_handler(std::move(handler)) {
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->dateEdit->setDate(today);
    m_ui->dateEdit->setMaximumDate(today);
    CatalogCombo::fill<core::ConsentScope>(m_ui->scopeCombo);
    m_ui->scopeCombo->setCurrentIndex(m_ui->scopeCombo->count() - 1);
    m_ui->formVersionEdit->setText(QStringLiteral("KIM-EW 2025-01"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Speichern"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Abbrechen"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConsentDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConsentDialog::reject);
    m_ui->dateEdit->setFocus();
}

ConsentDialog::~ConsentDialog() = default;

void ConsentDialog::accept() {
    core::Consent consent;
    consent.givenOn = m_ui->dateEdit->date();
    consent.scope = CatalogCombo::current<core::ConsentScope>(m_ui->scopeCombo);
    consent.formVersion = m_ui->formVersionEdit->text().trimmed();
    if (Messages::guardInline(m_ui->errorLabel, [&] { m_handler(consent); })) {
        QDialog::accept();
    }
}

} // namespace kim::gui
