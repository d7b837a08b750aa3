// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/casefile/ConsultationDialog.h"

#include "ui_ConsultationDialog.h"

#include "gui/common/CatalogCombo.h"
#include "gui/common/Messages.h"

#include <QPushButton>

namespace kim::gui {

ConsultationDialog::ConsultationDialog(const core::Consultation& consultation, const QDate& today, SaveHandler handler,
                                       QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConsultationDialog>())
    , m_consultation(consultation)
    , m_handler(std::move(handler)) {
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    setWindowTitle(consultation.id == 0 ? tr("Beratungskontakt erfassen") : tr("Beratungskontakt bearbeiten"));
    fillCombos();
    m_ui->dateEdit->setMaximumDate(today);
    m_ui->dateEdit->setDate(consultation.heldOn.isValid() ? consultation.heldOn : today);
    m_ui->durationSpin->setValue(consultation.durationMinutes);
    CatalogCombo::select(m_ui->modeCombo, consultation.mode);
    CatalogCombo::select(m_ui->interpreterCombo, consultation.interpreter);
    const QList<core::FieldOfAction> fields = core::allValues<core::FieldOfAction>();
    const QList<QCheckBox*> checks = fieldChecks();
    for (int i = 0; i < checks.size() && i < fields.size(); ++i) {
        checks[i]->setText(core::label(fields[i]));
        checks[i]->setChecked(core::contains(consultation.fields, fields[i]));
    }
    m_ui->notesEdit->setPlainText(consultation.notes);
    m_ui->notesEdit->setMinimumHeight(160);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Speichern"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Abbrechen"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConsultationDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConsultationDialog::reject);
    m_ui->dateEdit->setFocus();
}

ConsultationDialog::~ConsultationDialog() = default;

void ConsultationDialog::fillCombos() {
    CatalogCombo::fill<core::ConsultationMode>(m_ui->modeCombo);
    CatalogCombo::fill<core::InterpreterKind>(m_ui->interpreterCombo);
}

QList<QCheckBox*> ConsultationDialog::fieldChecks() const {
    return {m_ui->fieldCheck1, m_ui->fieldCheck2, m_ui->fieldCheck3,
            m_ui->fieldCheck4, m_ui->fieldCheck5, m_ui->fieldCheck6};
}

void ConsultationDialog::accept() {
    core::Consultation consultation = m_consultation;
    consultation.heldOn = m_ui->dateEdit->date();
    consultation.durationMinutes = m_ui->durationSpin->value();
    consultation.mode = CatalogCombo::current<core::ConsultationMode>(m_ui->modeCombo);
    consultation.interpreter = CatalogCombo::current<core::InterpreterKind>(m_ui->interpreterCombo);
    consultation.fields = 0;
    const QList<core::FieldOfAction> fields = core::allValues<core::FieldOfAction>();
    const QList<QCheckBox*> checks = fieldChecks();
    for (int i = 0; i < checks.size() && i < fields.size(); ++i) {
        if (checks[i]->isChecked()) {
            consultation.fields = core::with(consultation.fields, fields[i]);
        }
    }
    consultation.notes = m_ui->notesEdit->toPlainText().trimmed();
    if (Messages::guardInline(m_ui->errorLabel, [&] { m_handler(consultation); })) {
        QDialog::accept();
    }
}

} // namespace kim::gui
