#include "gui/overview/DueFollowUpsPanel.h"

#include "gui/common/ItemViews.h"
#include "gui/common/Messages.h"
#include "gui/workspace/Session.h"

#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kim::gui {

DueFollowUpsPanel::DueFollowUpsPanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this)) {
    m_list->setObjectName(QStringLiteral("dueList"));
    ItemViews::setupList(m_list, {tr("Fällig am"), tr("Klient*in"), tr("Fallcode"), tr("Was ist zu tun?")});
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { Q_EMIT openClient(item->data(0, Qt::UserRole).toLongLong()); });
    refresh();
}

void DueFollowUpsPanel::refresh() {
    m_list->clear();
    QList<core::DueFollowUp> due;
    Messages::guard(this, [&] { due = m_session.followUps().dueOrOverdue(); });
    const QDate today = m_session.today();
    int overdue = 0;
    for (const core::DueFollowUp& entry : due) {
        const bool isOverdue = entry.followUp.isOverdueOn(today);
        overdue += isOverdue ? 1 : 0;
        const QString when = isOverdue ? ItemViews::date(entry.followUp.dueOn) : tr("heute");
        auto* item = new QTreeWidgetItem(m_list, {when, entry.clientName, entry.caseCode, entry.followUp.title});
        item->setData(0, Qt::UserRole, QVariant::fromValue<qlonglong>(entry.clientId));
        item->setToolTip(3, entry.followUp.title);
        if (isOverdue) {
            for (int column = 0; column < m_list->columnCount(); ++column) {
                item->setForeground(column, ItemViews::overdueColor());
            }
            item->setToolTip(0, tr("überfällig seit %n Tag(en)", nullptr, int(entry.followUp.dueOn.daysTo(today))));
        }
    }
    ItemViews::fitColumns(m_list);
    m_count = int(due.size());
    if (due.isEmpty()) {
        m_summary->setText(tr("Heute ist nichts fällig."));
    } else {
        m_summary->setText(tr("%1 Wiedervorlagen fällig, davon %2 überfällig (rot). Mit Eingabetaste oder "
                              "Doppelklick öffnen Sie die Fallakte.")
                               .arg(due.size())
                               .arg(overdue));
    }
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    Q_EMIT countChanged(m_count);
}

} // namespace kim::gui
