// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/problems/ProblemProposalDialog.h"

#include "gui/common/Session.h"
#include "storage/Vault.h"
#include "base/Clock.h"
#include "core/ProblemProposalRepository.h"
#include "gui/common/CatalogCombo.h"
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

ProblemProposalDialog::ProblemProposalDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_db(session.vault().database())
    , m_clock(session.clock())
    , m_field(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_definition(new QPlainTextEdit(this))
    , m_error(new QLabel(this)) {
    setWindowTitle(tr("Problemtyp vorschlagen"));
    setMinimumWidth(540);
    m_field->setObjectName(QStringLiteral("fieldCombo"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_definition->setObjectName(QStringLiteral("definitionEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->hide();
    CatalogCombo::fill<core::FieldOfAction>(m_field);
    m_title->setMaxLength(200);
    m_title->setPlaceholderText(tr("z. B. Keine Termine für Sprachprüfungen im Kreis"));
    m_definition->setPlaceholderText(tr("Wann soll dieser Problemtyp gewählt werden? Ein oder zwei Sätze."));
    m_definition->setTabChangesFocus(true);
    m_definition->setMinimumHeight(100);

    auto* intro = new QLabel(tr("Fehlt im Katalog ein Problem, das Ihnen in Fällen immer wieder begegnet? Schlagen Sie "
                                "der Koordinierenden Stelle einen neuen Problemtyp vor. Der Vorschlag reist mit Ihrer "
                                "nächsten Quartalsmeldung."),
                             this);
    intro->setWordWrap(true);
    auto* privacy = new QLabel(tr("Bitte beschreiben Sie das Problem allgemein – ohne Namen, Fallnummern oder "
                                  "Einzelheiten aus einem Fall."),
                               this);
    privacy->setWordWrap(true);
    privacy->setStyleSheet(QStringLiteral("color: #5f6368;"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Handlungsfeld:"), m_field);
    form->addRow(tr("&Titel:"), m_title);
    form->addRow(tr("&Beschreibung:"), m_definition);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Vorschlagen"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Abbrechen"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProblemProposalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProblemProposalDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(privacy);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_field->setFocus();
}

void ProblemProposalDialog::accept() {
    core::ProblemProposal proposal;
    proposal.field = CatalogCombo::current<core::FieldOfAction>(m_field);
    proposal.title = m_title->text().trimmed();
    proposal.definition = m_definition->toPlainText().trimmed();
    if (Messages::guardInline(m_error, [&] { core::ProblemProposalRepository(m_db, m_clock).propose(proposal); })) {
        QDialog::accept();
    }
}

} // namespace kim::gui
