// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/office/ProblemTypeDialog.h"

#include "gui/common/Messages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kim::gui {

ProblemTypeDialog::ProblemTypeDialog(const QString& code, core::FieldOfAction field, const QString& title,
                                     const QString& definition, Apply apply, QWidget* parent)
    : QDialog(parent)
    , m_apply(std::move(apply)) {
    setWindowTitle(code.isEmpty() ? tr("Neuer Problemtyp") : tr("Problemtyp %1 bearbeiten").arg(code));
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("fieldCombo"));
    for (const core::FieldOfAction value : core::allValues<core::FieldOfAction>()) {
        m_field->addItem(core::label(value), int(value));
    }
    m_field->setCurrentIndex(m_field->findData(int(field)));
    m_field->setEnabled(code.isEmpty());
    m_title = new QLineEdit(title, this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setMaxLength(200);
    m_definition = new QPlainTextEdit(definition, this);
    m_definition->setObjectName(QStringLiteral("definitionEdit"));
    m_definition->setTabChangesFocus(true);
    m_definition->setPlaceholderText(tr("Ein bis zwei Sätze: wann dieser Problemtyp gewählt wird."));
    m_error = new QLabel(this);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Speichern"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Abbrechen"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProblemTypeDialog::store);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Handlungsfeld:"), m_field);
    form->addRow(tr("&Titel:"), m_title);
    form->addRow(tr("&Definition:"), m_definition);
    auto* note = new QLabel(tr("Codes werden nie geändert oder wiederverwendet. Die Änderung erreicht die "
                               "Case-Manager*innen mit der nächsten Ausgabe des Themenkatalogs."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #606060;"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(560, 340);
}

void ProblemTypeDialog::store() {
    const auto field = static_cast<core::FieldOfAction>(m_field->currentData().toInt());
    if (Messages::guardInline(
            m_error, [&] { m_apply(field, m_title->text().simplified(), m_definition->toPlainText().simplified()); })) {
        accept();
    }
}

} // namespace kim::gui
