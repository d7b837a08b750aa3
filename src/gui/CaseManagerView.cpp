// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/CaseManagerView.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>

#include "gui/casefile/CaseFileWidget.h"
#include "gui/clients/ClientListPanel.h"
#include "gui/overview/DueFollowUpsPanel.h"
#include "gui/overview/SearchPanel.h"
#include "gui/problems/FeedbackPanel.h"
#include "gui/referrals/OpenReferralsPanel.h"
#include "gui/common/Session.h"
#include "storage/Vault.h"

namespace kim::gui {

CaseManagerView::CaseManagerView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_side(new QTabWidget(m_splitter))
    , m_clients(new ClientListPanel(session.clients(), m_side))
    , m_due(new DueFollowUpsPanel(session, m_side))
    , m_search(new SearchPanel(session, m_side))
    , m_referrals(new OpenReferralsPanel(session.vault().database(), session.clock(), m_side))
    , m_feedback(new FeedbackPanel(session.vault().database(), session.clock(), m_side))
    , m_caseFile(new CaseFileWidget(session, m_splitter)) {
    m_side->setObjectName(QStringLiteral("sideTabs"));
    m_side->setDocumentMode(true);
    m_side->addTab(m_clients, tr("Klient*innen"));
    m_side->addTab(m_due, tr("Fällig"));
    m_side->addTab(m_search, tr("Suche"));
    m_side->addTab(m_referrals, tr("Vermittlungen"));
    m_side->addTab(m_feedback, tr("Rückmeldungen"));
    m_splitter->addWidget(m_side);
    m_splitter->addWidget(m_caseFile);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_clients, &ClientListPanel::currentClientChanged, m_caseFile, &CaseFileWidget::setClient);
    connect(m_clients, &ClientListPanel::countChanged, this, &CaseManagerView::clientCountChanged);
    connect(m_clients, &ClientListPanel::clientActivated, this, [this] { m_caseFile->tabs()->setFocus(); });
    connect(m_caseFile, &CaseFileWidget::clientSaved, this, [this](int64_t id) {
        m_clients->refresh();
        m_clients->selectClient(id);
        markListsStale(false); // both lists show the client's name
    });
    connect(m_caseFile, &CaseFileWidget::caseFileChanged, this, [this] {
        m_clients->refresh();
        markListsStale(true);
    });
    connect(m_side, &QTabWidget::currentChanged, this, &CaseManagerView::refreshShownList);
    connect(m_due, &DueFollowUpsPanel::countChanged, this, &CaseManagerView::updateDueTabTitle);
    connect(m_due, &DueFollowUpsPanel::openClient, this, &CaseManagerView::openClient);
    connect(m_search, &SearchPanel::openClient, this, &CaseManagerView::openClient);
    connect(m_referrals, &OpenReferralsPanel::clientActivated, this, &CaseManagerView::openClient);
    connect(m_feedback, &FeedbackPanel::unreadCountChanged, this, &CaseManagerView::updateFeedbackTabTitle);
    m_due->refreshCount();
    updateFeedbackTabTitle(m_feedback->unreadCount());
    // The splitter only knows its width once laid out; give the list enough room for names.
    QTimer::singleShot(0, this, [this] {
        const int left = std::min(620, m_splitter->width() * 9 / 20);
        m_splitter->setSizes({left, m_splitter->width() - left});
    });
}

void CaseManagerView::markListsStale(bool countsChanged) {
    m_dueStale = true;
    m_referralsStale = true;
    if (countsChanged && m_side->currentWidget() != m_due) {
        m_due->refreshCount(); // one index count for the tab title, not the list
    }
    refreshShownList();
}

void CaseManagerView::refreshShownList() {
    if (m_side->currentWidget() == m_due && m_dueStale) {
        m_dueStale = false;
        m_due->refresh();
    } else if (m_side->currentWidget() == m_referrals && m_referralsStale) {
        m_referralsStale = false;
        m_referrals->refresh();
    }
}

void CaseManagerView::updateDueTabTitle(int count) {
    m_side->setTabText(DueTab, count > 0 ? tr("Fällig (%1)").arg(count) : tr("&Fällig"));
}

void CaseManagerView::updateFeedbackTabTitle(int unread) {
    m_side->setTabText(FeedbackTab, unread > 0 ? tr("Rückmeldungen (%1)").arg(unread) : tr("&Rückmeldungen"));
}

void CaseManagerView::refreshAfterImport() {
    m_feedback->refresh();
    // Problem titles in the open case file may come from a newer taxonomy now.
    m_caseFile->refreshProblems();
}

void CaseManagerView::newClient() {
    m_caseFile->startNewClient();
}

void CaseManagerView::addConsultation() {
    m_caseFile->addConsultation();
}

void CaseManagerView::addFollowUp() {
    m_caseFile->addFollowUp();
}

void CaseManagerView::focusFilter() {
    m_side->setCurrentWidget(m_clients);
    m_clients->focusFilter();
}

void CaseManagerView::focusSearch() {
    m_side->setCurrentWidget(m_search);
    m_search->focusSearch();
}

void CaseManagerView::showDue() {
    m_dueStale = true; // Ctrl+D always shows the list as it is now
    m_side->setCurrentWidget(m_due);
    refreshShownList(); // when the tab was shown already, so currentChanged did not come
    m_due->setFocus();
}

void CaseManagerView::openClient(int64_t clientId) {
    m_clients->selectClient(clientId);
    m_caseFile->setClient(clientId);
}

int CaseManagerView::clientCount() const {
    return m_clients->totalCount();
}

} // namespace kim::gui
