// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/office/TaxonomyTab.h"

#include "base/Clock.h"
#include "core/ProblemProposalRepository.h"
#include "core/ProblemTaxonomy.h"
#include "core/Quarter.h"
#include "reporting/OfficeOutbox.h"
#include "gui/common/ItemViews.h"
#include "gui/common/Messages.h"
#include "gui/common/FileDialogs.h"
#include "gui/contacts/ExchangeFiles.h"
#include "gui/office/ProblemTypeDialog.h"
#include "gui/reports/RowsModel.h"
#include "gui/reports/TableViews.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace kim::gui {

namespace {
constexpr int CodeRole = Qt::UserRole + 1;

QString decisionLabel(core::ProposalDecision decision, const QString& code) {
    switch (decision) {
    case core::ProposalDecision::Open:
        return QCoreApplication::translate("kim::gui::TaxonomyTab", "offen");
    case core::ProposalDecision::Adopted:
        return QCoreApplication::translate("kim::gui::TaxonomyTab", "übernommen als %1").arg(code);
    case core::ProposalDecision::Declined:
        return QCoreApplication::translate("kim::gui::TaxonomyTab", "abgelehnt");
    }
    return {};
}

QList<QStandardItem*> typeRow(const core::ProblemType& type) {
    QList<QStandardItem*> row;
    for (const QString& text :
         {type.code, type.title, type.definition,
          type.sinceVersion == 0 ? QCoreApplication::translate("kim::gui::TaxonomyTab", "neu")
                                 : QString::number(type.sinceVersion),
          type.retiredIn ? QCoreApplication::translate("kim::gui::TaxonomyTab", "ab Version %1").arg(*type.retiredIn)
                         : QString()}) {
        auto* item = new QStandardItem(text);
        item->setEditable(false);
        item->setData(type.code, CodeRole);
        item->setToolTip(text);
        if (type.isRetired()) {
            item->setForeground(ItemViews::mutedColor());
        }
        row << item;
    }
    return row;
}
} // namespace

TaxonomyTab::TaxonomyTab(storage::Database& db, const exchange::Identity& identity, const kim::Clock& clock,
                         QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_identity(identity)
    , m_clock(clock) {
    m_version = new QLabel(this);
    m_version->setObjectName(QStringLiteral("taxonomyVersion"));
    m_typeModel = new QStandardItemModel(this);
    m_types = new QTreeView(this);
    m_types->setObjectName(QStringLiteral("taxonomyTree"));
    m_types->setModel(m_typeModel);
    m_types->setAlternatingRowColors(true);
    m_types->setUniformRowHeights(true);
    m_types->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_types->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_types->setAllColumnsShowFocus(true);
    m_proposals = new RowsModel(
        {tr("Von"), tr("Quartal"), tr("Handlungsfeld"), tr("Titel"), tr("Definition"), tr("Entscheidung")}, this);
    m_proposalView = TableViews::create(this, m_proposals, QStringLiteral("proposalTable"));

    auto* add = new QPushButton(tr("&Neuer Problemtyp …"), this);
    add->setObjectName(QStringLiteral("addTypeButton"));
    m_edit = new QPushButton(tr("&Bearbeiten …"), this);
    m_edit->setObjectName(QStringLiteral("editTypeButton"));
    m_retire = new QPushButton(tr("&Zurückziehen …"), this);
    m_retire->setObjectName(QStringLiteral("retireTypeButton"));
    m_issue = new QPushButton(tr("Themenkatalog &herausgeben und senden …"), this);
    m_issue->setObjectName(QStringLiteral("issueButton"));
    m_adopt = new QPushButton(tr("&Übernehmen …"), this);
    m_adopt->setObjectName(QStringLiteral("adoptButton"));
    m_decline = new QPushButton(tr("&Ablehnen"), this);
    m_decline->setObjectName(QStringLiteral("declineButton"));

    connect(add, &QPushButton::clicked, this, &TaxonomyTab::addType);
    connect(m_edit, &QPushButton::clicked, this, &TaxonomyTab::editType);
    connect(m_types, &QTreeView::activated, this, &TaxonomyTab::editType);
    connect(m_retire, &QPushButton::clicked, this, &TaxonomyTab::retireType);
    connect(m_issue, &QPushButton::clicked, this, &TaxonomyTab::issueAndSend);
    connect(m_adopt, &QPushButton::clicked, this, &TaxonomyTab::adoptProposal);
    connect(m_decline, &QPushButton::clicked, this, &TaxonomyTab::declineProposal);
    connect(m_types->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TaxonomyTab::updateButtons);
    connect(m_proposalView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TaxonomyTab::updateButtons);

    buildLayout(add);
    refresh();
}

void TaxonomyTab::buildLayout(QPushButton* add) {
    auto* typeButtons = new QHBoxLayout;
    typeButtons->addWidget(m_version, 1);
    typeButtons->addWidget(add);
    typeButtons->addWidget(m_edit);
    typeButtons->addWidget(m_retire);
    typeButtons->addWidget(m_issue);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(typeButtons);
    topLayout->addWidget(m_types);
    auto* proposalButtons = new QHBoxLayout;
    proposalButtons->addWidget(new QLabel(tr("<b>Vorschläge der Case-Manager*innen</b>"), this), 1);
    proposalButtons->addWidget(m_adopt);
    proposalButtons->addWidget(m_decline);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(proposalButtons);
    bottomLayout->addWidget(m_proposalView);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void TaxonomyTab::refresh() {
    const QString selected = selectedCode();
    showTypes();
    showProposals();
    if (!selected.isEmpty()) {
        selectCode(selected);
    }
    updateButtons();
}

void TaxonomyTab::showTypes() {
    const core::ProblemTaxonomyRepository repository(m_db);
    const core::Taxonomy taxonomy = repository.current();
    m_typeModel->clear();
    m_typeModel->setHorizontalHeaderLabels(
        {tr("Code"), tr("Titel"), tr("Definition"), tr("seit Version"), tr("zurückgezogen")});
    for (const core::FieldOfAction field : core::allValues<core::FieldOfAction>()) {
        auto* fieldItem = new QStandardItem(core::label(field));
        fieldItem->setEditable(false);
        QFont bold = fieldItem->font();
        bold.setBold(true);
        fieldItem->setFont(bold);
        for (const core::ProblemType& type : taxonomy.types) {
            if (type.field == field) {
                fieldItem->appendRow(typeRow(type));
            }
        }
        m_typeModel->appendRow(fieldItem);
        m_types->setFirstColumnSpanned(m_typeModel->rowCount() - 1, QModelIndex(), true);
    }
    m_types->expandAll();
    m_types->setColumnWidth(0, 150);
    m_types->setColumnWidth(1, 380);
    m_types->setColumnWidth(2, 540);
    m_types->setColumnWidth(3, 90);
    const QString issued = taxonomy.version == 0
                               ? tr("Noch nicht herausgegeben")
                               : tr("Version %1 vom %2").arg(taxonomy.version).arg(ItemViews::date(taxonomy.issuedOn));
    m_version->setText(repository.hasUnissuedChanges()
                           ? tr("<b>%1</b> · Änderungen noch nicht herausgegeben").arg(issued)
                           : tr("<b>%1</b>").arg(issued));
}

void TaxonomyTab::showProposals() {
    QList<RowsModel::Row> rows;
    m_openProposals.clear();
    for (const core::ReceivedProposal& proposal : core::ProblemProposalRepository(m_db, m_clock).received()) {
        if (proposal.decision == core::ProposalDecision::Open) {
            m_openProposals.insert(proposal.id);
        }
        const auto quarter = core::Quarter::parse(proposal.period);
        rows << RowsModel::Row{{proposal.senderName, quarter ? quarter->label() : proposal.period,
                                core::label(proposal.field), proposal.title, proposal.definition,
                                decisionLabel(proposal.decision, proposal.adoptedCode)},
                               QVariant::fromValue<qlonglong>(proposal.id),
                               proposal.decision == core::ProposalDecision::Open ? QColor() : ItemViews::mutedColor(),
                               proposal.definition,
                               {{}, proposal.period}};
    }
    m_proposals->setRows(rows);
    TableViews::fitColumns(m_proposalView, 300);
}

QString TaxonomyTab::selectedCode() const {
    const QModelIndex index = m_types->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(CodeRole).toString() : QString();
}

void TaxonomyTab::selectCode(const QString& code) {
    for (int field = 0; field < m_typeModel->rowCount(); ++field) {
        QStandardItem* parent = m_typeModel->item(field);
        for (int row = 0; row < parent->rowCount(); ++row) {
            if (parent->child(row)->data(CodeRole).toString() == code) {
                m_types->setCurrentIndex(parent->child(row)->index());
                return;
            }
        }
    }
}

void TaxonomyTab::updateButtons() {
    const QString code = selectedCode();
    const auto type = code.isEmpty() ? std::nullopt : core::ProblemTaxonomyRepository(m_db).find(code);
    m_edit->setEnabled(type.has_value() && !type->isRetired());
    m_retire->setEnabled(type.has_value() && !type->isRetired());
    const QVariant proposal = TableViews::currentTag(m_proposalView);
    const bool open = proposal.isValid() && m_openProposals.contains(proposal.toLongLong());
    m_adopt->setEnabled(open);
    m_decline->setEnabled(open);
}

void TaxonomyTab::addType() {
    auto* dialog = new ProblemTypeDialog(
        {}, core::FieldOfAction::Participation, {}, {},
        [this](core::FieldOfAction field, const QString& title, const QString& definition) {
            const QString code = core::ProblemTaxonomyRepository(m_db).saveType(field, {}, title, definition);
            refresh();
            selectCode(code);
            Q_EMIT taxonomyChanged();
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TaxonomyTab::editType() {
    const QString code = selectedCode();
    const auto type = code.isEmpty() ? std::nullopt : core::ProblemTaxonomyRepository(m_db).find(code);
    if (!type || type->isRetired()) {
        return;
    }
    auto* dialog = new ProblemTypeDialog(
        type->code, type->field, type->title, type->definition,
        [this, code](core::FieldOfAction field, const QString& title, const QString& definition) {
            core::ProblemTaxonomyRepository(m_db).saveType(field, code, title, definition);
            refresh();
            Q_EMIT taxonomyChanged();
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TaxonomyTab::retireType() {
    const QString code = selectedCode();
    if (code.isEmpty()) {
        return;
    }
    Messages::confirm(this, tr("Problemtyp zurückziehen"),
                      tr("%1 wird mit der nächsten Ausgabe des Themenkatalogs zurückgezogen. Bestehende Markierungen "
                         "bleiben lesbar; der Code wird nie wiederverwendet.")
                          .arg(code),
                      tr("Zurückziehen"), [this, code] {
                          if (Messages::guard(this, [&] { core::ProblemTaxonomyRepository(m_db).retire(code); })) {
                              refresh();
                              Q_EMIT taxonomyChanged();
                          }
                      });
}

void TaxonomyTab::adoptProposal() {
    const QVariant tag = TableViews::currentTag(m_proposalView);
    if (!tag.isValid()) {
        return;
    }
    for (const core::ReceivedProposal& proposal : core::ProblemProposalRepository(m_db, m_clock).received()) {
        if (proposal.id != tag.toLongLong() || proposal.decision != core::ProposalDecision::Open) {
            continue;
        }
        const int64_t id = proposal.id;
        auto* dialog = new ProblemTypeDialog(
            {}, proposal.field, proposal.title, proposal.definition,
            [this, id](core::FieldOfAction field, const QString& title, const QString& definition) {
                const QString code = core::ProblemTaxonomyRepository(m_db).saveType(field, {}, title, definition);
                core::ProblemProposalRepository(m_db, m_clock).decide(id, core::ProposalDecision::Adopted, code);
                refresh();
                selectCode(code);
                Q_EMIT taxonomyChanged();
            },
            this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return;
    }
}

void TaxonomyTab::declineProposal() {
    const QVariant tag = TableViews::currentTag(m_proposalView);
    if (!tag.isValid()) {
        return;
    }
    Messages::confirm(
        this, tr("Vorschlag ablehnen"), tr("Den gewählten Vorschlag ablehnen?"), tr("Ablehnen"),
        [this, id = tag.toLongLong()] {
            if (Messages::guard(this, [&] {
                    core::ProblemProposalRepository(m_db, m_clock).decide(id, core::ProposalDecision::Declined);
                })) {
                refresh();
            }
        });
}

void TaxonomyTab::issueAndSend() {
    const core::ProblemTaxonomyRepository repository(m_db);
    const bool issueFirst = repository.hasUnissuedChanges();
    if (!issueFirst && repository.version() == 0) {
        return;
    }
    size_t recipients = 0;
    if (!Messages::guard(
            this, [&] { recipients = reporting::OfficeOutbox(m_db, m_identity, m_clock).recipients().size(); })) {
        return;
    }
    const int version = repository.version() + (issueFirst ? 1 : 0);
    const QString text =
        issueFirst ? tr("Die Änderungen werden als Version %1 des Themenkatalogs herausgegeben und als signiertes, "
                        "verschlüsseltes Paket für %2 vertraute Case-Manager*innen gespeichert. Eine herausgegebene "
                        "Version lässt sich nicht mehr ändern.")
                         .arg(version)
                         .arg(recipients)
                   : tr("Es gibt keine neuen Änderungen. Version %1 wird erneut als Paket für %2 vertraute "
                        "Case-Manager*innen gespeichert.")
                         .arg(version)
                         .arg(recipients);
    Messages::confirm(this, tr("Themenkatalog herausgeben"), text, tr("Paket speichern …"),
                      [this, version, issueFirst] {
                          const QString path = FileDialogs::packageToSave(
                              this, tr("Themenkatalog Version %1.%2").arg(version).arg(FileDialogs::packageSuffix()));
                          if (!path.isEmpty()) {
                              writeTaxonomy(path, issueFirst);
                          }
                      });
}

void TaxonomyTab::writeTaxonomy(const QString& path, bool issueFirst) {
    const bool written = Messages::guard(this, [&] {
        ExchangeFiles::save(m_db, path, [&] {
            core::ProblemTaxonomyRepository repository(m_db);
            const core::Taxonomy taxonomy = issueFirst ? repository.issue(m_clock.today()) : repository.current();
            const std::vector<uint8_t> bytes =
                reporting::OfficeOutbox(m_db, m_identity, m_clock).writeTaxonomy(taxonomy);
            return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
        });
    });
    refresh();
    Q_EMIT taxonomyChanged();
    if (written) {
        Messages::showInfo(this, tr("Themenkatalog gespeichert"),
                           tr("Das Paket ist gespeichert. Bitte geben Sie es an die Case-Manager*innen weiter."));
    }
}

} // namespace kim::gui
