// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/casefile/CaseFileWidget.h"

#include "core/Catalog.h"
#include "gui/casefile/CaseTab.h"
#include "gui/casefile/CompactTabStyle.h"
#include "gui/casefile/ConsentTab.h"
#include "gui/casefile/ConsultationsTab.h"
#include "gui/casefile/FollowUpsTab.h"
#include "gui/clients/ClientEditorWidget.h"
#include "gui/common/Messages.h"
#include "gui/problems/ProblemFlagsTab.h"
#include "gui/referrals/ReferralsTab.h"
#include "gui/common/Session.h"
#include "storage/Vault.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kim::gui {

CaseFileWidget::CaseFileWidget(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this)) {
    auto* page = new QWidget(m_stack);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(createHeader());
    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("caseFileTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->tabBar()->setStyle(new CompactTabStyle(m_tabs->tabBar()));
    m_editor = new ClientEditorWidget(session, m_tabs);
    m_consents = new ConsentTab(session, m_tabs);
    m_case = new CaseTab(session, m_tabs);
    m_consultations = new ConsultationsTab(session, m_tabs);
    m_followUps = new FollowUpsTab(session, m_tabs);
    m_referrals = new ReferralsTab(session.vault().database(), session.clock(), m_tabs);
    m_problems = new ProblemFlagsTab(session.vault().database(), session.clock(), m_tabs);
    m_tabs->addTab(m_editor, tr("&Stammdaten"));
    m_tabs->addTab(m_consents, tr("E&inwilligungen"));
    m_tabs->addTab(m_case, tr("&Fall && Ziele"));
    m_tabs->addTab(m_consultations, tr("Beratungs&kontakte"));
    m_tabs->addTab(m_followUps, tr("&Wiedervorlagen"));
    m_tabs->addTab(m_referrals, tr("&Vermittlungen"));
    m_tabs->addTab(m_problems, tr("Struktur&probleme"));
    pageLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(createPlaceholder());
    m_stack->addWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_editor, &ClientEditorWidget::saved, this, [this](int64_t id) {
        const bool isNew = m_clientId != id;
        m_clientId = id;
        if (isNew) {
            refreshAll();
        }
        updateHeader();
        Q_EMIT clientSaved(id);
    });
    // A change in one tab can change others (a withdrawal closes the case), so refresh all.
    auto onChanged = [this] {
        refreshAll();
        Q_EMIT caseFileChanged(m_clientId);
    };
    connect(m_consents, &ConsentTab::changed, this, onChanged);
    connect(m_case, &CaseTab::changed, this, onChanged);
    connect(m_consultations, &ConsultationsTab::changed, this, onChanged);
    connect(m_followUps, &FollowUpsTab::changed, this, onChanged);
    // Flags change nothing else in the case file; other views may still want to know.
    connect(m_problems, &ProblemFlagsTab::changed, this, [this] { Q_EMIT caseFileChanged(m_clientId); });
    // A referral status change can raise or close follow-ups; the referrals tab keeps its selection.
    connect(m_referrals, &ReferralsTab::changed, this, [this] {
        m_followUps->setClient(m_clientId);
        Q_EMIT caseFileChanged(m_clientId);
    });
}

QWidget* CaseFileWidget::createPlaceholder() {
    auto* label =
        new QLabel(tr("Bitte links eine Klient*in auswählen\noder mit Strg+N eine neue Klient*in anlegen."), m_stack);
    label->setAlignment(Qt::AlignCenter);
    label->setStyleSheet(QStringLiteral("color: #5f6368; font-size: 12pt;"));
    return label;
}

QWidget* CaseFileWidget::createHeader() {
    auto* header = new QWidget(this);
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(2);
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("caseFileTitle"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    m_subtitle = new QLabel(header);
    m_subtitle->setStyleSheet(QStringLiteral("color: #5f6368;"));
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    return header;
}

void CaseFileWidget::setClient(int64_t clientId) {
    if (clientId == m_clientId && m_stack->currentIndex() == 1) {
        return;
    }
    m_clientId = clientId;
    if (clientId == 0) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    refreshAll();
}

void CaseFileWidget::startNewClient() {
    m_clientId = 0;
    m_stack->setCurrentIndex(1);
    m_editor->startNew();
    for (auto* tab :
         {static_cast<QWidget*>(m_consents), static_cast<QWidget*>(m_case), static_cast<QWidget*>(m_consultations),
          static_cast<QWidget*>(m_followUps), static_cast<QWidget*>(m_referrals), static_cast<QWidget*>(m_problems)}) {
        m_tabs->setTabEnabled(m_tabs->indexOf(tab), false);
    }
    m_tabs->setCurrentWidget(m_editor);
    updateHeader();
    m_editor->focusFirstField();
}

void CaseFileWidget::refreshAll() {
    m_editor->setClient(m_clientId);
    m_consents->setClient(m_clientId);
    m_case->setClient(m_clientId);
    m_consultations->setClient(m_clientId);
    m_followUps->setClient(m_clientId);
    m_referrals->setClient(m_clientId, openCaseId());
    m_problems->setClient(m_clientId);
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabs->setTabEnabled(i, true);
    }
    updateHeader();
}

void CaseFileWidget::updateHeader() {
    if (m_clientId == 0) {
        m_title->setText(tr("Neue Klient*in"));
        m_subtitle->setText(tr("Erst die Stammdaten speichern, dann Einwilligung und Fall erfassen."));
        return;
    }
    Messages::guard(this, [&] {
        const core::Client client = m_session.clients().load(m_clientId);
        m_title->setText(client.displayName());
        QStringList parts{client.caseCode, core::label(client.municipality), core::label(client.targetGroup)};
        if (const auto latest = m_session.cases().latestCase(m_clientId)) {
            parts.append(latest->isClosed() ? tr("Fall abgeschlossen")
                                            : tr("Phase: %1").arg(core::label(latest->phase)));
        } else {
            parts.append(tr("kein Fall"));
        }
        m_subtitle->setText(parts.join(QStringLiteral("  ·  ")));
    });
}

std::optional<int64_t> CaseFileWidget::openCaseId() {
    std::optional<int64_t> caseId;
    if (m_clientId != 0) {
        Messages::guard(this, [&] {
            const auto latest = m_session.cases().latestCase(m_clientId);
            if (latest && !latest->isClosed()) {
                caseId = latest->id;
            }
        });
    }
    return caseId;
}

bool CaseFileWidget::requireClient() {
    if (m_clientId != 0) {
        return true;
    }
    Messages::showError(this, tr("Bitte wählen Sie zuerst eine Klient*in aus oder speichern Sie die neue Klient*in."));
    return false;
}

void CaseFileWidget::refreshProblems() {
    if (m_clientId != 0) {
        m_problems->setClient(m_clientId);
    }
}

void CaseFileWidget::showTab(Tab tab) {
    m_tabs->setCurrentIndex(tab);
}

void CaseFileWidget::addConsultation() {
    if (requireClient()) {
        showTab(ConsultationTab);
        m_consultations->addConsultation();
    }
}

void CaseFileWidget::addFollowUp() {
    if (requireClient()) {
        showTab(FollowUpTab);
        m_followUps->addFollowUp();
    }
}

} // namespace kim::gui
