// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/supervision/AlertsTab.h"

#include "gui/common/Messages.h"
#include "gui/supervision/AlertsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace kim::gui {

AlertsTab::AlertsTab(storage::Database& db, const kim::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_model(new AlertsModel(db, clock, this)) {
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("alertsTitle"));
    auto* hint = new QLabel(tr("Fälle, die nach den Regeln des Teams Aufmerksamkeit brauchen. Das Pseudonym gilt nur "
                               "für diesen Zeitraum; in der Fallbesprechung findet die Case-Managerin oder der "
                               "Case-Manager damit den Fall. Ihr Häkchen „besprochen“ und Ihre Notiz bleiben in Ihrer "
                               "Arbeitsmappe und werden nie gesendet. Leertaste: Häkchen setzen, F2: Notiz schreiben."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #505050;"));

    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(AlertsModel::SortRole);
    proxy->setSortLocaleAware(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("alertsTable"));
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_view->horizontalHeader()->setHighlightSections(false);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("alertsSummary"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("alertsError"));
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);

    connect(m_model, &AlertsModel::saveFailed, this,
            [this](const QString& message) { Messages::setInlineError(m_error, message); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        m_error->hide();
        updateSummary();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertsTab::updateSummary);
}

void AlertsTab::setPeriod(const TeamReports& reports, const core::ReportingPeriod& period) {
    m_title->setText(tr("<b>Hinweise für %1</b>").arg(period.label().toHtmlEscaped()));
    m_model->setPeriod(reports, period);
    m_error->hide();
    // The note (last column) takes the rest of the width.
    for (int column = 0; column + 1 < m_model->columnCount(); ++column) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column) + 12, 240));
    }
}

void AlertsTab::clear() {
    m_title->setText(tr("<b>Hinweise</b>"));
    m_summary->setText(tr("Noch keine Fallzahlenberichte eingelesen."));
}

void AlertsTab::updateSummary() {
    m_summary->setText(
        tr("%1 Hinweis(e), davon %2 besprochen.").arg(m_model->rowCount()).arg(m_model->discussedCount()));
}

} // namespace kim::gui
