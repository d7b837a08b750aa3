// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/referrals/OpenReferralsPanel.h"

#include "core/ReferralRepository.h"
#include "gui/common/Messages.h"
#include "gui/referrals/OpenReferralsModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace kim::gui {

OpenReferralsPanel::OpenReferralsPanel(storage::Database& db, const kim::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock) {
    m_model = new OpenReferralsModel(m_db, m_clock, this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicator(OpenReferralsModel::DueColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(OpenReferralsModel::DueColumn, 140);
    m_view->setColumnWidth(OpenReferralsModel::InstitutionColumn, 260);
    m_view->setColumnWidth(OpenReferralsModel::ClientColumn, 180);
    m_view->setColumnWidth(OpenReferralsModel::CaseCodeColumn, 110);
    m_view->setColumnWidth(OpenReferralsModel::StatusColumn, 190);
    m_overdueOnly = new QCheckBox(tr("&nur überfällige"), this);
    m_summary = new QLabel(this);
    auto* title = new QLabel(tr("<b>&Offene Vermittlungen</b>"), this);
    title->setBuddy(m_view);

    connect(m_overdueOnly, &QCheckBox::toggled, this, [this](bool on) {
        core::OpenReferralQuery query = m_model->query();
        query.overdueOnly = on;
        Messages::guard(this, [&] {
            m_model->setQuery(query);
            updateSummary();
        });
    });
    connect(
        m_model, &OpenReferralsModel::loadFailed, this,
        [this](const QString& message) { Messages::showError(this, message); }, Qt::QueuedConnection);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const int64_t clientId = m_model->clientIdAt(index.row()); clientId != 0) {
            Q_EMIT clientActivated(clientId);
        }
    });

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_overdueOnly);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view);
    layout->addWidget(m_summary);
}

void OpenReferralsPanel::refresh() {
    Messages::guard(this, [this] {
        m_model->refresh();
        updateSummary();
    });
}

void OpenReferralsPanel::updateSummary() {
    if (!m_model->isLoaded()) {
        return;
    }
    const int overdue =
        core::ReferralRepository(m_db, m_clock).openCount({core::OpenReferralQuery::Order::DueDate, true});
    m_summary->setText(
        m_overdueOnly->isChecked()
            ? tr("%n überfällige Vermittlung(en)", nullptr, overdue)
            : tr("%n offene Vermittlung(en), davon %1 überfällig", nullptr, m_model->totalCount()).arg(overdue));
}

} // namespace kim::gui
