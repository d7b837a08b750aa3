// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/problems/FeedbackPanel.h"

#include "core/ConferenceRepository.h"
#include "core/Quarter.h"
#include "gui/common/ItemViews.h"
#include "gui/common/Messages.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kim::gui {

namespace {
enum Column { ProblemColumn, ConferenceColumn, StatusColumn };

QString paragraphs(const QString& text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}
} // namespace

FeedbackPanel::FeedbackPanel(storage::Database& db, const kim::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_hint(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_details(new QTextBrowser(this))
    , m_error(new QLabel(this)) {
    m_list->setObjectName(QStringLiteral("feedbackList"));
    m_details->setObjectName(QStringLiteral("feedbackDetails"));
    m_error->setObjectName(QStringLiteral("feedbackError"));
    m_error->hide();
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_hint->setText(tr("Hier erscheint, was die Planungskonferenz zu den gemeldeten Strukturproblemen beschlossen hat. "
                       "Die Koordinierende Stelle schickt es als Paket; lesen Sie es mit „Austausch → Paket "
                       "einlesen…“ ein."));
    ItemViews::setupList(m_list, {tr("Problem"), tr("Konferenz"), tr("Status")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ConferenceColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Wählen Sie oben eine Rückmeldung aus, um sie zu lesen."));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &FeedbackPanel::showCurrent);
    refresh();
}

void FeedbackPanel::refresh() {
    const QTreeWidgetItem* previous = m_list->currentItem();
    const qlonglong keep = previous != nullptr ? previous->data(0, Qt::UserRole).toLongLong() : 0;
    m_feedback.clear();
    Messages::guardInline(m_error, [this] { m_feedback = core::ConferenceRepository(m_db, m_clock).feedback(); });
    QTreeWidgetItem* current = nullptr;
    {
        // Refilling must not count as opening an item.
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const core::ReceivedFeedback& feedback : m_feedback) {
            auto* item = new QTreeWidgetItem(
                m_list, {QStringLiteral("%1 %2").arg(feedback.item.problemCode, feedback.problemTitle),
                         ItemViews::date(feedback.item.conferenceDate), core::label(feedback.item.status)});
            item->setData(0, Qt::UserRole, QVariant::fromValue<qlonglong>(feedback.id));
            item->setToolTip(ProblemColumn,
                             QStringLiteral("%1 %2").arg(feedback.item.problemCode, feedback.problemTitle));
            QFont font = item->font(0);
            font.setBold(!feedback.read);
            for (int column = 0; column < m_list->columnCount(); ++column) {
                item->setFont(column, font);
            }
            if (feedback.id == keep) {
                current = item;
            }
        }
        m_list->setCurrentItem(current);
    }
    m_hint->setVisible(m_feedback.isEmpty());
    m_unread =
        static_cast<int>(std::count_if(m_feedback.cbegin(), m_feedback.cend(), [](const auto& f) { return !f.read; }));
    Q_EMIT unreadCountChanged(m_unread);
    showCurrent();
}

void FeedbackPanel::showCurrent() {
    QTreeWidgetItem* item = m_list->currentItem();
    if (item == nullptr) {
        m_details->clear();
        return;
    }
    const int64_t id = item->data(0, Qt::UserRole).toLongLong();
    const auto it = std::find_if(m_feedback.begin(), m_feedback.end(), [id](const auto& f) { return f.id == id; });
    if (it == m_feedback.end()) {
        return;
    }
    m_details->setHtml(detailsHtml(*it));
    if (!it->read &&
        Messages::guardInline(m_error, [&] { core::ConferenceRepository(m_db, m_clock).markFeedbackRead(id); })) {
        it->read = true;
        QFont font = item->font(0);
        font.setBold(false);
        for (int column = 0; column < m_list->columnCount(); ++column) {
            item->setFont(column, font);
        }
        m_unread = std::max(0, m_unread - 1);
        Q_EMIT unreadCountChanged(m_unread);
    }
}

QString FeedbackPanel::detailsHtml(const core::ReceivedFeedback& feedback) const {
    const auto quarter = core::Quarter::parse(feedback.item.period);
    const QList<QPair<QString, QString>> rows{
        {tr("Gemeldet für"), quarter ? quarter->label() : feedback.item.period},
        {tr("Planungskonferenz"), ItemViews::date(feedback.item.conferenceDate)},
        {tr("Tagesordnungspunkt"), feedback.item.agendaTitle},
        {tr("Beschluss"), feedback.item.decision},
        {tr("Zuständige Arbeitsgruppe"), feedback.item.workingGroup},
        {tr("Maßnahmen"), feedback.item.measures},
        {tr("Stand"), core::label(feedback.item.status)},
        {tr("Von"), feedback.officeName},
        {tr("Eingegangen am"), ItemViews::date(feedback.receivedAt.toLocalTime().date())},
    };
    QString html = QStringLiteral("<h3>%1 %2</h3>")
                       .arg(feedback.item.problemCode.toHtmlEscaped(), feedback.problemTitle.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const auto& [caption, value] : rows) {
        html += QStringLiteral("<tr><td style=\"color:#5f6368; padding-right:12px;\" valign=\"top\">%1</td>"
                               "<td>%2</td></tr>")
                    .arg(caption.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("–") : paragraphs(value));
    }
    html += QStringLiteral("</table>");
    if (!feedback.item.feedback.isEmpty()) {
        html +=
            QStringLiteral("<h4>%1</h4><p>%2</p>")
                .arg(tr("Rückmeldung an die Case-Manager*innen").toHtmlEscaped(), paragraphs(feedback.item.feedback));
    }
    return html;
}

} // namespace kim::gui
