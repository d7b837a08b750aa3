// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/referrals/InstitutionEditor.h"

#include "gui/common/CatalogCombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace kim::gui {

InstitutionEditor::InstitutionEditor(QWidget* parent)
    : QWidget(parent) {
    m_name = new QLineEdit(this);
    m_type = new QComboBox(this);
    CatalogCombo::fill<core::InstitutionType>(m_type);
    m_domain = new QComboBox(this);
    CatalogCombo::fill<core::LegalDomain>(m_domain);
    m_municipality = new QComboBox(this);
    CatalogCombo::fillOptional<core::Municipality>(m_municipality, tr("kreisweit"));
    m_contact = new QLineEdit(this);
    m_address = new QLineEdit(this);
    m_address->setPlaceholderText(tr("Straße Nr., PLZ Ort"));
    m_phone = new QLineEdit(this);
    m_email = new QLineEdit(this);
    m_languages = new QLineEdit(this);
    m_languages->setPlaceholderText(tr("z. B. Arabisch, Ukrainisch"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    m_archived = new QCheckBox(tr("archi&viert (für neue Vermittlungen ausgeblendet)"), this);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Art:"), m_type);
    form->addRow(tr("&Rechtskreis:"), m_domain);
    form->addRow(tr("&Zuständig für:"), m_municipality);
    form->addRow(tr("Ansprech&person:"), m_contact);
    form->addRow(tr("Ans&chrift:"), m_address);
    form->addRow(tr("&Telefon:"), m_phone);
    form->addRow(tr("&E-Mail:"), m_email);
    form->addRow(tr("&Sprachen:"), m_languages);
    form->addRow(tr("N&otizen:"), m_notes);
    form->addRow(QString(), m_archived);
}

void InstitutionEditor::setInstitution(const core::Institution& i) {
    m_loaded = i;
    m_name->setText(i.name);
    CatalogCombo::select(m_type, i.type);
    CatalogCombo::select(m_domain, i.legalDomain);
    CatalogCombo::selectOptional(m_municipality, i.municipality);
    m_contact->setText(i.contactPerson);
    m_address->setText(i.address);
    m_phone->setText(i.phone);
    m_email->setText(i.email);
    m_languages->setText(i.languages);
    m_notes->setPlainText(i.notes);
    m_archived->setChecked(i.archived);
}

core::Institution InstitutionEditor::institution() const {
    core::Institution i = m_loaded;
    i.name = m_name->text();
    i.type = CatalogCombo::current<core::InstitutionType>(m_type);
    i.legalDomain = CatalogCombo::current<core::LegalDomain>(m_domain);
    i.municipality = CatalogCombo::currentOptional<core::Municipality>(m_municipality);
    i.contactPerson = m_contact->text();
    i.address = m_address->text();
    i.phone = m_phone->text();
    i.email = m_email->text();
    i.languages = m_languages->text();
    i.notes = m_notes->toPlainText();
    i.archived = m_archived->isChecked();
    return i;
}

} // namespace kim::gui
