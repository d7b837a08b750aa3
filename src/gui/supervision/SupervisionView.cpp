// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/supervision/SupervisionView.h"

#include "base/Clock.h"
#include "exchange/ContactBook.h"
#include "gui/common/Messages.h"
#include "gui/common/Session.h"
#include "gui/contacts/ContactsDialog.h"
#include "gui/supervision/AlertsTab.h"
#include "gui/supervision/MemberTab.h"
#include "gui/supervision/OverviewTab.h"
#include "gui/supervision/SupervisionIntakeTab.h"
#include "gui/supervision/TeamTab.h"
#include "storage/Vault.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kim::gui {

SupervisionView::SupervisionView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    storage::Database& db = session.vault().database();
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("supervisionTabs"));
    m_tabs->setDocumentMode(true);
    m_overview = new OverviewTab(m_tabs);
    m_member = new MemberTab(m_tabs);
    m_alerts = new AlertsTab(db, session.clock(), m_tabs);
    m_intake = new SupervisionIntakeTab(db, session.identity(), session.clock(), m_tabs);
    m_team = new TeamTab(db, session.clock(), m_tabs);
    m_tabs->addTab(m_overview, tr("Ü&bersicht"));
    m_tabs->addTab(m_member, tr("&Teammitglied"));
    m_tabs->addTab(m_alerts, tr("&Hinweise"));
    m_tabs->addTab(m_intake, tr("&Eingang"));
    m_tabs->addTab(m_team, tr("Team und &fehlende Berichte"));

    connect(m_intake, &SupervisionIntakeTab::imported, this, &SupervisionView::refresh);
    connect(m_overview, &OverviewTab::periodChanged, this, &SupervisionView::periodChanged);
    connect(m_team, &TeamTab::contactsRequested, this, &SupervisionView::openContacts);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setAcceptDrops(true);
    refresh();
    Messages::guard(this, [this] {
        m_news = sinceLastVisit();
        m_overview->setNews(m_news);
    });
}

SupervisionView::~SupervisionView() = default;

void SupervisionView::showTab(Tab tab) {
    m_tabs->setCurrentIndex(int(tab));
}

void SupervisionView::refresh() {
    Messages::guard(this, [this] {
        m_reports = TeamReports::load(m_session.vault().database());
        m_overview->setReports(&m_reports);
        m_member->setReports(&m_reports);
        periodChanged();
    });
}

void SupervisionView::periodChanged() {
    // Reached from the period combo's signal: a read error is shown, never thrown into Qt.
    Messages::guard(this, [this] {
        const std::optional<core::ReportingPeriod> period = m_overview->period();
        if (period) {
            m_alerts->setPeriod(m_reports, *period);
        } else {
            m_alerts->clear();
        }
        m_team->setPeriod(m_reports, period);
    });
}

// What arrived since the supervisor last opened this view (from the reports refresh() read);
// then marks the view as seen.
QString SupervisionView::sinceLastVisit() {
    storage::Database& db = m_session.vault().database();
    reporting::SupervisorReports store(db);
    const QDateTime lastSeen = store.lastSeen();
    int newReports = 0;
    for (const reporting::ReceivedCaseloadReport& report : store.all()) {
        newReports += !lastSeen.isValid() || report.receivedAt > lastSeen ? 1 : 0;
    }
    const TeamReports& current = m_reports; // read once, by refresh()
    int newAlerts = 0;
    for (const reporting::ReceivedCaseloadReport& report : current.reports()) {
        if (!lastSeen.isValid() || report.receivedAt > lastSeen) {
            newAlerts += int(report.content.alerts.size());
        }
    }
    QStringList lines;
    lines << (lastSeen.isValid()
                  ? tr("Ihr letzter Besuch: %1.").arg(QLocale().toString(lastSeen.toLocalTime(), QLocale::ShortFormat))
                  : tr("Sie öffnen diese Übersicht zum ersten Mal."));
    lines << tr("Neue Berichte: <b>%1</b> · neue Hinweise: <b>%2</b>").arg(newReports).arg(newAlerts);
    if (const auto latest = current.latestPeriod()) {
        QStringList missing;
        for (const exchange::Contact& contact : exchange::ContactBook(db, m_session.clock()).contacts()) {
            const QString keyId = contact.card.keyIdText();
            if (!contact.revokedOn && current.isMember(keyId) && current.report(keyId, *latest) == nullptr) {
                missing << contact.card.name().toHtmlEscaped();
            }
        }
        lines << (missing.isEmpty()
                      ? tr("Für %1 haben alle Teammitglieder berichtet.").arg(latest->label().toHtmlEscaped())
                      : tr("Für %1 fehlt noch der Bericht von: %2")
                            .arg(latest->label().toHtmlEscaped(), missing.join(QStringLiteral(", "))));
    }
    store.markSeen(m_session.clock().now());
    return lines.join(QStringLiteral("<br>"));
}

void SupervisionView::openContacts() {
    auto* dialog = new ContactsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContactsDialog::contactsChanged, this, &SupervisionView::periodChanged);
    dialog->open();
}

void SupervisionView::dragEnterEvent(QDragEnterEvent* event) {
    if (m_intake->acceptsDrop(event->mimeData())) {
        event->acceptProposedAction();
    }
}

void SupervisionView::dropEvent(QDropEvent* event) {
    if (m_intake->acceptsDrop(event->mimeData())) {
        event->acceptProposedAction();
        showTab(IntakePage);
        m_intake->importDrop(event->mimeData());
    }
}

} // namespace kim::gui
