// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/clients/ClientEditorWidget.h"

#include "ui_ClientEditorWidget.h"

#include "base/Error.h"
#include "gui/common/CatalogCombo.h"
#include "gui/common/Messages.h"
#include "gui/common/Session.h"

#include <QHeaderView>
#include <QShortcut>

namespace kim::gui {

namespace {
const QDate NoDate(1900, 1, 1);
} // namespace

ClientEditorWidget::ClientEditorWidget(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ClientEditorWidget>())
    , m_session(session) {
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->birthDateEdit->setMinimumDate(NoDate);
    m_ui->birthDateEdit->setMaximumDate(session.today());
    m_ui->birthDateEdit->setSpecialValueText(tr("unbekannt"));
    m_ui->householdTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->householdTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->householdTable->setMinimumHeight(120);
    m_ui->saveButton->setDefault(true);
    fillCombos();

    connect(m_ui->saveButton, &QPushButton::clicked, this, &ClientEditorWidget::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &ClientEditorWidget::showClient);
    connect(m_ui->addMemberButton, &QPushButton::clicked, this, [this] {
        addMemberRow({});
        m_ui->householdTable->setCurrentCell(m_ui->householdTable->rowCount() - 1, 0);
        m_ui->householdTable->editItem(m_ui->householdTable->currentItem());
    });
    connect(m_ui->removeMemberButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->householdTable->currentRow();
        if (row >= 0) {
            m_ui->householdTable->removeRow(row);
        }
    });
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this, this, &ClientEditorWidget::save);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
}

ClientEditorWidget::~ClientEditorWidget() = default;

void ClientEditorWidget::fillCombos() {
    CatalogCombo::fill<core::TargetGroup>(m_ui->targetGroupCombo);
    CatalogCombo::fill<core::Municipality>(m_ui->municipalityCombo);
    CatalogCombo::fill<core::ResidenceStatus>(m_ui->residenceCombo);
    // Long catalogue labels must not dictate the width of the whole case file.
    for (QComboBox* combo : {m_ui->targetGroupCombo, m_ui->municipalityCombo, m_ui->residenceCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
}

void ClientEditorWidget::setClient(int64_t clientId) {
    if (!Messages::guard(this, [&] { m_client = m_session.clients().load(clientId); })) {
        m_client = {};
    }
    showClient();
}

void ClientEditorWidget::startNew() {
    m_client = {};
    showClient();
    focusFirstField();
}

void ClientEditorWidget::focusFirstField() {
    m_ui->firstNameEdit->setFocus();
}

void ClientEditorWidget::showClient() {
    const core::Client& c = m_client;
    m_ui->errorLabel->hide();
    m_ui->firstNameEdit->setText(c.firstName);
    m_ui->lastNameEdit->setText(c.lastName);
    m_ui->birthDateEdit->setDate(c.birthDate.isValid() ? c.birthDate : NoDate);
    m_ui->languagesEdit->setText(c.languages);
    m_ui->interpreterCheck->setChecked(c.interpreterNeeded);
    m_ui->phoneEdit->setText(c.phone);
    m_ui->emailEdit->setText(c.email);
    m_ui->addressEdit->setText(c.address);
    CatalogCombo::select(m_ui->targetGroupCombo, c.targetGroup);
    CatalogCombo::select(m_ui->municipalityCombo, c.municipality);
    CatalogCombo::select(m_ui->residenceCombo, c.residenceStatus);
    m_ui->residenceNoteEdit->setText(c.residenceNote);
    m_ui->familyEdit->setText(familyCaseCode(c.familyId));
    m_ui->householdTable->setRowCount(0);
    for (const core::HouseholdMember& member : c.household) {
        addMemberRow(member);
    }
    m_ui->stateLabel->setText(
        c.id == 0
            ? tr("Neue Klient*in – noch nicht gespeichert")
            : tr("Fallcode %1 · angelegt am %2").arg(c.caseCode, c.createdOn.toString(QStringLiteral("dd.MM.yyyy"))));
}

QString ClientEditorWidget::familyCaseCode(int64_t familyId) {
    QString caseCode;
    if (familyId != 0) {
        Messages::guard(this, [&] { caseCode = m_session.clients().load(familyId).caseCode; });
    }
    return caseCode;
}

void ClientEditorWidget::addMemberRow(const core::HouseholdMember& member) {
    QTableWidget* table = m_ui->householdTable;
    const int row = table->rowCount();
    table->insertRow(row);
    auto* name = new QTableWidgetItem(member.name);
    name->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(member.id));
    table->setItem(row, 0, name);
    table->setItem(row, 1, new QTableWidgetItem(member.relation));
    table->setItem(row, 2, new QTableWidgetItem(member.birthYear ? QString::number(*member.birthYear) : QString()));
}

QList<core::HouseholdMember> ClientEditorWidget::household() const {
    QList<core::HouseholdMember> members;
    const QTableWidget* table = m_ui->householdTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        auto text = [table, row](int column) {
            const QTableWidgetItem* item = table->item(row, column);
            return item != nullptr ? item->text().trimmed() : QString();
        };
        core::HouseholdMember member;
        member.id = table->item(row, 0) != nullptr ? table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
        member.name = text(0);
        member.relation = text(1);
        bool ok = false;
        const int year = text(2).toInt(&ok);
        if (ok) {
            member.birthYear = year;
        }
        if (!member.name.isEmpty() || !member.relation.isEmpty()) {
            members.append(member);
        }
    }
    return members;
}

void ClientEditorWidget::readInto(core::Client& client) const {
    client.firstName = m_ui->firstNameEdit->text().trimmed();
    client.lastName = m_ui->lastNameEdit->text().trimmed();
    const QDate birth = m_ui->birthDateEdit->date();
    client.birthDate = birth == NoDate ? QDate() : birth;
    client.languages = m_ui->languagesEdit->text().trimmed();
    client.interpreterNeeded = m_ui->interpreterCheck->isChecked();
    client.phone = m_ui->phoneEdit->text().trimmed();
    client.email = m_ui->emailEdit->text().trimmed();
    client.address = m_ui->addressEdit->text().trimmed();
    client.targetGroup = CatalogCombo::current<core::TargetGroup>(m_ui->targetGroupCombo);
    client.municipality = CatalogCombo::current<core::Municipality>(m_ui->municipalityCombo);
    client.residenceStatus = CatalogCombo::current<core::ResidenceStatus>(m_ui->residenceCombo);
    client.residenceNote = m_ui->residenceNoteEdit->text().trimmed();
    client.household = household();
    // The family is entered as a case code; the repository resolves a member to the family's head.
    const QString family = m_ui->familyEdit->text().trimmed();
    client.familyId = 0;
    if (!family.isEmpty()) {
        const auto familyId = m_session.clients().findIdByCaseCode(family);
        if (!familyId) {
            throw Error(ErrorCode::NotFound,
                        tr("Es gibt keine Klient*in mit dem Fallcode „%1“. Bitte prüfen Sie die Familie.").arg(family));
        }
        client.familyId = *familyId;
    }
}

void ClientEditorWidget::save() {
    m_ui->householdTable->setCurrentItem(nullptr); // commits a cell that is still being edited
    core::Client edited = m_client;
    if (Messages::guardInline(m_ui->errorLabel, [&] {
            readInto(edited);
            m_session.clients().save(edited);
        })) {
        m_client = edited;
        showClient();
        Q_EMIT saved(m_client.id);
    }
}

} // namespace kim::gui
