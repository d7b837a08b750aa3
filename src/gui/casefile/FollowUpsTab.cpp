// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/casefile/FollowUpsTab.h"

#include "gui/casefile/FollowUpDialog.h"
#include "gui/common/ItemViews.h"
#include "gui/common/Messages.h"
#include "gui/common/Session.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

namespace kim::gui {

FollowUpsTab::FollowUpsTab(Session& session, QWidget* parent)
    : RecordListTab({tr("Fällig am"), tr("Status"), tr("Was ist zu tun?")}, QStringLiteral("followUpList"), parent)
    , m_session(session)
    , m_showDone(new QCheckBox(tr("Er&ledigte anzeigen"), this)) {
    m_showDone->setChecked(true);
    m_addButton =
        addButton(tr("Wiedervorlage &anlegen…"), QStringLiteral("addFollowUpButton"), [this] { addFollowUp(); });
    m_doneButton =
        addButton(tr("Als &erledigt markieren"), QStringLiteral("followUpDoneButton"), [this] { markSelectedDone(); });
    addToButtonRow(m_showDone);
    connect(m_showDone, &QCheckBox::toggled, this, &FollowUpsTab::refresh);
    connect(list(), &QTreeWidget::currentItemChanged, this, &FollowUpsTab::updateButtons);
}

void FollowUpsTab::refresh() {
    const int64_t keep = selectedId();
    m_case.reset();
    list()->clear();
    QList<core::FollowUp> followUps;
    if (clientId() != 0) {
        guard([&] {
            m_case = m_session.cases().latestCase(clientId());
            if (m_case) {
                followUps = m_session.followUps().forCase(m_case->id);
            }
        });
    }
    const QDate today = m_session.today();
    for (const core::FollowUp& followUp : followUps) {
        if (!followUp.isOpen() && !m_showDone->isChecked()) {
            continue;
        }
        QString status = tr("offen");
        if (!followUp.isOpen()) {
            status = tr("erledigt am %1").arg(ItemViews::date(followUp.doneOn));
        } else if (followUp.isOverdueOn(today)) {
            status = tr("überfällig");
        } else if (followUp.isDueOn(today)) {
            status = tr("heute fällig");
        }
        auto* item = new QTreeWidgetItem(list(), {ItemViews::date(followUp.dueOn), status, followUp.title});
        item->setData(0, Qt::UserRole, QVariant::fromValue<qlonglong>(followUp.id));
        item->setData(0, Qt::UserRole + 1, followUp.isOpen());
        const QColor color = followUp.isOverdueOn(today) ? ItemViews::overdueColor()
                             : followUp.isOpen()         ? QColor()
                                                         : ItemViews::mutedColor();
        for (int column = 0; color.isValid() && column < list()->columnCount(); ++column) {
            item->setForeground(column, color);
        }
    }
    ItemViews::fitColumns(list());
    hint()->setVisible(!m_case);
    hint()->setText(tr("Noch kein Fall eröffnet: Wiedervorlagen gehören zum Fall."));
    select(keep);
    updateButtons();
}

void FollowUpsTab::updateButtons() {
    m_addButton->setEnabled(m_case.has_value());
    const QTreeWidgetItem* item = list()->currentItem();
    m_doneButton->setEnabled(item != nullptr && item->data(0, Qt::UserRole + 1).toBool());
}

void FollowUpsTab::addFollowUp() {
    if (!m_case) {
        Messages::showError(this, tr("Für diese Klient*in ist noch kein Fall eröffnet. Bitte zuerst im Reiter "
                                     "„Fall & Ziele“ einen Fall eröffnen."));
        return;
    }
    const int64_t caseId = m_case->id;
    openDialog(new FollowUpDialog(
        m_session.today(),
        [this, caseId](core::FollowUp& followUp) {
            followUp.caseId = caseId;
            m_session.followUps().save(followUp);
        },
        this));
}

void FollowUpsTab::markSelectedDone() {
    const QTreeWidgetItem* item = list()->currentItem();
    if (item == nullptr || !item->data(0, Qt::UserRole + 1).toBool()) {
        return;
    }
    const int64_t id = selectedId();
    if (guard([&] { m_session.followUps().markDone(id, m_session.today()); })) {
        refreshAndReportChange();
    }
}

} // namespace kim::gui
