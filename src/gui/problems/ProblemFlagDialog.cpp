// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/problems/ProblemFlagDialog.h"

#include "base/Clock.h"
#include "core/InstitutionRepository.h"
#include "core/ProblemFlagRepository.h"
#include "gui/common/CatalogCombo.h"
#include "gui/common/Messages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kim::gui {

namespace {
QDateEdit* dateEdit(const QDate& date, QWidget* parent) {
    auto* edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    return edit;
}
} // namespace

ProblemFlagDialog::ProblemFlagDialog(storage::Database& db, const kim::Clock& clock, core::ProblemFlag flag,
                                     QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_flag(std::move(flag)) {
    setWindowTitle(m_flag.id == 0 ? tr("Strukturproblem erfassen") : tr("Strukturproblem bearbeiten"));
    setMinimumWidth(560);
    // Retired types stay selectable only for the flag that already uses one (old flags stay readable).
    Messages::guard(this, [this] {
        core::ProblemTaxonomyRepository taxonomy(m_db);
        m_types = taxonomy.activeTypes();
        if (!m_flag.problemCode.isEmpty()) {
            const auto current = taxonomy.find(m_flag.problemCode);
            const bool listed = std::any_of(m_types.cbegin(), m_types.cend(),
                                            [this](const auto& type) { return type.code == m_flag.problemCode; });
            if (current && !listed) {
                m_types.append(*current);
            }
        }
        m_institutions = core::InstitutionRepository(m_db).all(true);
    });
    createWidgets();
    showFlag();
}

void ProblemFlagDialog::createWidgets() {
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("fieldCombo"));
    CatalogCombo::fill<core::FieldOfAction>(m_field);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("problemTypeCombo"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_type->setMinimumContentsLength(40);
    m_definition = new QLabel(this);
    m_definition->setObjectName(QStringLiteral("definitionLabel"));
    m_definition->setWordWrap(true);
    m_definition->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_definition->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_institution = new QComboBox(this);
    m_institution->setObjectName(QStringLiteral("institutionCombo"));
    m_institution->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_institution->setMinimumContentsLength(40);
    m_institution->addItem(tr("– keine bestimmte Einrichtung –"), 0);
    for (const core::Institution& institution : m_institutions) {
        if (!institution.archived || institution.id == m_flag.institutionId.value_or(0)) {
            m_institution->addItem(QStringLiteral("%1 (%2)").arg(institution.name, core::label(institution.type)),
                                   QVariant::fromValue<qlonglong>(institution.id));
        }
    }
    m_institutionType = new QComboBox(this);
    m_institutionType->setObjectName(QStringLiteral("institutionTypeCombo"));
    CatalogCombo::fillOptional<core::InstitutionType>(m_institutionType, tr("– keine Angabe –"));
    const QDate today = m_clock.today();
    m_since = dateEdit(today, this);
    m_since->setObjectName(QStringLiteral("sinceEdit"));
    m_since->setMaximumDate(today);
    m_resolved = new QCheckBox(tr("&Behoben am:"), this);
    m_resolved->setObjectName(QStringLiteral("resolvedCheck"));
    m_resolvedOn = dateEdit(today, this);
    m_resolvedOn->setObjectName(QStringLiteral("resolvedEdit"));
    m_resolvedOn->setMaximumDate(today);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->hide();
    createLayout();
    connect(m_field, &QComboBox::currentIndexChanged, this, &ProblemFlagDialog::fillTypes);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ProblemFlagDialog::showDefinition);
    connect(m_institution, &QComboBox::currentIndexChanged, this, &ProblemFlagDialog::institutionChosen);
    connect(m_resolved, &QCheckBox::toggled, m_resolvedOn, &QDateEdit::setEnabled);
}

void ProblemFlagDialog::createLayout() {
    auto* privacy = new QLabel(tr("Nur der Problemcode, die Art der Einrichtung und das Quartal gehen in die "
                                  "Quartalsmeldung – als Anzahl, ohne Namen, Daten oder Einrichtungsnamen."),
                               this);
    privacy->setWordWrap(true);
    privacy->setStyleSheet(QStringLiteral("color: #5f6368;"));
    auto* resolvedRow = new QHBoxLayout;
    resolvedRow->addWidget(m_resolved);
    resolvedRow->addWidget(m_resolvedOn);
    resolvedRow->addStretch(1);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Handlungsfeld:"), m_field);
    // The definition sits right under the type it explains.
    auto* typeBox = new QVBoxLayout;
    typeBox->setSpacing(4);
    typeBox->addWidget(m_type);
    typeBox->addWidget(m_definition);
    auto* typeCaption = new QLabel(tr("&Problemtyp:"), this);
    typeCaption->setBuddy(m_type);
    form->addRow(typeCaption, typeBox);
    form->addRow(tr("&Einrichtung:"), m_institution);
    form->addRow(tr("&Art der Einrichtung:"), m_institutionType);
    form->addRow(tr("Besteht &seit:"), m_since);
    form->addRow(QString(), resolvedRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Speichern"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Abbrechen"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(form);
    layout->addWidget(privacy);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ProblemFlagDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProblemFlagDialog::reject);
}

void ProblemFlagDialog::fillTypes() {
    const auto field = CatalogCombo::current<core::FieldOfAction>(m_field);
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    for (const core::ProblemType& type : m_types) {
        if (type.field == field) {
            const QString text = QStringLiteral("%1  %2").arg(type.code, type.title);
            m_type->addItem(type.isRetired() ? tr("%1 (nicht mehr im Katalog)").arg(text) : text, type.code);
        }
    }
    showDefinition();
}

void ProblemFlagDialog::showDefinition() {
    const QString code = m_type->currentData().toString();
    const auto it = std::find_if(m_types.cbegin(), m_types.cend(), [&](const auto& type) { return type.code == code; });
    m_definition->setText(it == m_types.cend() ? tr("Für dieses Handlungsfeld gibt es noch keine Problemtypen.")
                                               : it->definition);
    m_type->setToolTip(it == m_types.cend() ? QString() : it->definition);
}

void ProblemFlagDialog::institutionChosen() {
    const qlonglong id = m_institution->currentData().toLongLong();
    const auto it =
        std::find_if(m_institutions.cbegin(), m_institutions.cend(), [id](const auto& i) { return i.id == id; });
    // With an institution its type comes from the directory; otherwise the type alone may be named.
    if (it != m_institutions.cend()) {
        CatalogCombo::select(m_institutionType, it->type);
    }
    m_institutionType->setEnabled(it == m_institutions.cend());
}

void ProblemFlagDialog::showFlag() {
    const auto type =
        std::find_if(m_types.cbegin(), m_types.cend(), [this](const auto& t) { return t.code == m_flag.problemCode; });
    CatalogCombo::select(m_field, type != m_types.cend() ? type->field : core::FieldOfAction::Participation);
    fillTypes();
    m_type->setCurrentIndex(std::max(0, m_type->findData(m_flag.problemCode)));
    m_institution->setCurrentIndex(
        std::max(0, m_institution->findData(QVariant::fromValue<qlonglong>(m_flag.institutionId.value_or(0)))));
    CatalogCombo::selectOptional(m_institutionType, m_flag.institutionType);
    institutionChosen();
    if (m_flag.since.isValid()) {
        m_since->setDate(m_flag.since);
    }
    m_resolved->setChecked(m_flag.isResolved());
    m_resolvedOn->setEnabled(m_flag.isResolved());
    if (m_flag.isResolved()) {
        m_resolvedOn->setDate(m_flag.resolvedOn);
    }
    (m_flag.id == 0 ? static_cast<QWidget*>(m_field) : static_cast<QWidget*>(m_type))->setFocus();
}

void ProblemFlagDialog::accept() {
    core::ProblemFlag edited = m_flag;
    edited.problemCode = m_type->currentData().toString();
    const qlonglong institutionId = m_institution->currentData().toLongLong();
    edited.institutionId = institutionId != 0 ? std::optional<int64_t>(institutionId) : std::nullopt;
    edited.institutionType = CatalogCombo::currentOptional<core::InstitutionType>(m_institutionType);
    edited.since = m_since->date();
    edited.resolvedOn = m_resolved->isChecked() ? m_resolvedOn->date() : QDate();
    if (Messages::guardInline(m_error, [&] { core::ProblemFlagRepository(m_db, m_clock).save(edited); })) {
        m_flag = edited;
        QDialog::accept();
    }
}

} // namespace kim::gui
