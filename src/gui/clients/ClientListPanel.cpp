// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/clients/ClientListPanel.h"

#include "core/Catalog.h"
#include "gui/clients/ClientListModel.h"
#include "gui/common/CatalogCombo.h"
#include "gui/common/Messages.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace kim::gui {

namespace {
template <typename Enum> QComboBox* enumCombo(const QString& allText, QWidget* parent) {
    auto* combo = new QComboBox(parent);
    CatalogCombo::fillOptional<Enum>(combo, allText);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    return combo;
}
} // namespace

ClientListPanel::ClientListPanel(core::ClientRepository& repository, QWidget* parent)
    : QWidget(parent)
    , m_model(new ClientListModel(repository, this))
    , m_debounce(new QTimer(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(createFilterRow());

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("clientTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    // Equal row heights: the view places 100,000 rows without asking the model for any.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(ClientListModel::Name, QHeaderView::Stretch);
    sizeColumns();
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("clientCountLabel"));
    layout->addWidget(m_countLabel);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &ClientListPanel::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const int64_t id = current.isValid() ? m_model->clientIdAt(current.row()) : 0;
                if (id != m_lastEmitted) {
                    m_lastEmitted = id;
                    Q_EMIT currentClientChanged(id);
                }
            });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { Q_EMIT clientActivated(m_model->clientIdAt(index.row())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClientListPanel::updateCountLabel);
    connect(
        m_model, &ClientListModel::loadFailed, this,
        [this](const QString& message) { Messages::showError(this, message); }, Qt::QueuedConnection);
    updateCountLabel();
}

QWidget* ClientListPanel::createFilterRow() {
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filterEdit = new QLineEdit(box);
    m_filterEdit->setObjectName(QStringLiteral("clientFilterEdit"));
    m_filterEdit->setPlaceholderText(tr("Name oder Fallcode suchen (Strg+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    layout->addWidget(m_filterEdit);

    auto* combos = new QHBoxLayout;
    m_municipality = enumCombo<core::Municipality>(tr("Alle Kommunen"), box);
    m_targetGroup = enumCombo<core::TargetGroup>(tr("Alle Zielgruppen"), box);
    m_phase = enumCombo<core::Phase>(tr("Alle Phasen"), box);
    m_municipality->setObjectName(QStringLiteral("clientMunicipalityFilter"));
    m_targetGroup->setObjectName(QStringLiteral("clientTargetGroupFilter"));
    m_phase->setObjectName(QStringLiteral("clientPhaseFilter"));
    m_municipality->setToolTip(tr("Nach Kommune filtern"));
    m_targetGroup->setToolTip(tr("Nach Zielgruppe filtern"));
    m_phase->setToolTip(tr("Nach Phase des Falls filtern"));
    for (QComboBox* combo : {m_municipality, m_targetGroup, m_phase}) {
        combos->addWidget(combo, 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &ClientListPanel::applyFilter);
    }
    layout->addLayout(combos);
    connect(m_filterEdit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_filterEdit, &QLineEdit::returnPressed, this, [this] {
        applyFilter();
        m_view->setFocus();
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid()) {
            m_view->setCurrentIndex(m_model->index(0, 0));
        }
    });
    return box;
}

void ClientListPanel::sizeColumns() {
    // Fixed columns as wide as their longest possible text; the name takes the rest.
    const QFontMetrics metrics = m_view->fontMetrics();
    auto widest = [&metrics](const QStringList& texts) {
        int width = 0;
        for (const QString& text : texts) {
            width = std::max(width, metrics.horizontalAdvance(text));
        }
        return width + 18;
    };
    // The two longest municipality names are elided (full name in the tooltip) to leave room for the name.
    const QStringList municipalities{tr("Kommune"), core::label(core::Municipality::RhedaWiedenbrueck)};
    QStringList groups{tr("Zielgruppe")};
    for (const core::TargetGroup value : core::allValues<core::TargetGroup>()) {
        groups.append(core::shortLabel(value));
    }
    QStringList phases{tr("kein Fall")};
    for (const core::Phase value : core::allValues<core::Phase>()) {
        phases.append(core::label(value));
    }
    m_view->setColumnWidth(ClientListModel::CaseCode, widest({QStringLiteral("SHS-2026-0000")}));
    m_view->setColumnWidth(ClientListModel::Municipality, widest(municipalities));
    m_view->setColumnWidth(ClientListModel::TargetGroup, widest(groups));
    m_view->setColumnWidth(ClientListModel::Phase, widest(phases));
}

void ClientListPanel::applyFilter() {
    m_debounce->stop();
    core::ClientFilter filter;
    filter.text = m_filterEdit->text().trimmed();
    filter.municipality = CatalogCombo::currentOptional<core::Municipality>(m_municipality);
    filter.targetGroup = CatalogCombo::currentOptional<core::TargetGroup>(m_targetGroup);
    filter.phase = CatalogCombo::currentOptional<core::Phase>(m_phase);
    const int64_t current = currentClientId();
    m_model->setFilter(filter);
    if (current != 0) {
        selectClient(current);
    }
}

void ClientListPanel::updateCountLabel() {
    const int total = m_model->totalCount();
    m_countLabel->setText(total == 1 ? tr("1 Klient*in") : tr("%1 Klient*innen").arg(total));
    Q_EMIT countChanged(total);
}

void ClientListPanel::focusFilter() {
    m_filterEdit->setFocus();
    m_filterEdit->selectAll();
}

void ClientListPanel::refresh() {
    // Cheap at any size: a count, the current client's position and the rows in view.
    const int64_t current = currentClientId();
    m_model->refresh();
    if (current != 0) {
        selectClient(current);
    }
}

void ClientListPanel::selectClient(int64_t clientId) {
    const int row = m_model->rowOfClient(clientId);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_model->index(row, ClientListModel::Name);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

int64_t ClientListPanel::currentClientId() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->clientIdAt(current.row()) : 0;
}

int ClientListPanel::totalCount() const {
    return m_model->totalCount();
}

} // namespace kim::gui
