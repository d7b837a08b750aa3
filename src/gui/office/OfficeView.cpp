// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/office/OfficeView.h"

#include "exchange/Identity.h"
#include "gui/office/ConferenceTab.h"
#include "gui/office/EvaluationTab.h"
#include "gui/office/IntakeTab.h"
#include "gui/office/ReportTab.h"
#include "gui/office/TaxonomyTab.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kim::gui {

OfficeView::OfficeView(storage::Database& db, const exchange::Identity& identity, const kim::Clock& clock,
                       QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_identity(identity)
    , m_clock(clock) {
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("officeTabs"));
    m_tabs->setDocumentMode(true);
    m_intake = new IntakeTab(db, identity, clock, m_tabs);
    m_evaluation = new EvaluationTab(db, identity, clock, m_tabs);
    m_report = new ReportTab(db, clock, m_tabs);
    m_report->setOfficeName(identity.organisation().isEmpty() ? identity.name() : identity.organisation());
    m_conference = new ConferenceTab(db, identity, clock, m_tabs);
    m_taxonomy = new TaxonomyTab(db, identity, clock, m_tabs);
    m_tabs->addTab(m_intake, tr("&Eingang"));
    m_tabs->addTab(m_evaluation, tr("A&uswertung"));
    m_tabs->addTab(m_report, tr("&Konferenzbericht"));
    m_tabs->addTab(m_conference, tr("&Planungskonferenz"));
    m_tabs->addTab(m_taxonomy, tr("&Themenkatalog"));

    connect(m_intake, &IntakeTab::imported, this, [this] {
        m_evaluation->refresh();
        m_taxonomy->refresh(); // proposals arrive with the reports
    });
    connect(m_evaluation, &EvaluationTab::published, this, [this] {
        m_report->refresh();
        m_conference->refresh();
    });
    connect(m_taxonomy, &TaxonomyTab::taxonomyChanged, this, [this] {
        m_report->refresh();
        m_conference->refresh();
    });
    connect(m_report, &ReportTab::agendaRequested, this, [this](const QString& code, const QString& period) {
        showTab(ConferencePage);
        m_conference->newItem(code, period);
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setAcceptDrops(true);
}

OfficeView::~OfficeView() = default;

void OfficeView::showTab(Tab tab) {
    m_tabs->setCurrentIndex(int(tab));
}

void OfficeView::dragEnterEvent(QDragEnterEvent* event) {
    if (m_intake->acceptsDrop(event->mimeData())) {
        event->acceptProposedAction();
    }
}

void OfficeView::dropEvent(QDropEvent* event) {
    if (m_intake->acceptsDrop(event->mimeData())) {
        event->acceptProposedAction();
        showTab(IntakePage);
        m_intake->importDrop(event->mimeData());
    }
}

} // namespace kim::gui
