#include "gui/casefile/FollowUpsTab.h"

#include "gui/casefile/FollowUpDialog.h"
#include "gui/common/ItemViews.h"
#include "gui/common/Messages.h"
#include "gui/workspace/Session.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kim::gui {

FollowUpsTab::FollowUpsTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_hint(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_showDone(new QCheckBox(tr("Er&ledigte anzeigen"), this))
    , m_addButton(new QPushButton(tr("Wiedervorlage &anlegen…"), this))
    , m_doneButton(new QPushButton(tr("Als &erledigt markieren"), this)) {
    m_list->setObjectName(QStringLiteral("followUpList"));
    m_addButton->setObjectName(QStringLiteral("addFollowUpButton"));
    m_doneButton->setObjectName(QStringLiteral("followUpDoneButton"));
    m_hint->setWordWrap(true);
    m_showDone->setChecked(true);
    ItemViews::setupList(m_list, {tr("Fällig am"), tr("Status"), tr("Was ist zu tun?")});

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_doneButton);
    buttons->addStretch(1);
    buttons->addWidget(m_showDone);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &FollowUpsTab::addFollowUp);
    connect(m_doneButton, &QPushButton::clicked, this, &FollowUpsTab::markSelectedDone);
    connect(m_showDone, &QCheckBox::toggled, this, &FollowUpsTab::reload);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &FollowUpsTab::updateButtons);
}

void FollowUpsTab::setClient(int64_t clientId) {
    m_clientId = clientId;
    reload();
}

void FollowUpsTab::reload() {
    m_case.reset();
    m_list->clear();
    QList<core::FollowUp> followUps;
    if (m_clientId != 0) {
        Messages::guard(this, [&] {
            m_case = m_session.cases().latestCase(m_clientId);
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
        auto* item = new QTreeWidgetItem(m_list, {ItemViews::date(followUp.dueOn), status, followUp.title});
        item->setData(0, Qt::UserRole, QVariant::fromValue<qlonglong>(followUp.id));
        item->setData(0, Qt::UserRole + 1, followUp.isOpen());
        const QColor color = followUp.isOverdueOn(today) ? ItemViews::overdueColor()
                             : followUp.isOpen()         ? QColor()
                                                         : ItemViews::mutedColor();
        for (int column = 0; color.isValid() && column < m_list->columnCount(); ++column) {
            item->setForeground(column, color);
        }
    }
    ItemViews::fitColumns(m_list);
    m_hint->setVisible(!m_case);
    m_hint->setText(tr("Noch kein Fall eröffnet: Wiedervorlagen gehören zum Fall."));
    updateButtons();
}

void FollowUpsTab::updateButtons() {
    m_addButton->setEnabled(m_case.has_value());
    const QTreeWidgetItem* item = m_list->currentItem();
    m_doneButton->setEnabled(item != nullptr && item->data(0, Qt::UserRole + 1).toBool());
}

void FollowUpsTab::addFollowUp() {
    if (!m_case) {
        Messages::showError(this, tr("Für diese Klient*in ist noch kein Fall eröffnet. Bitte zuerst im Reiter "
                                     "„Fall & Ziele“ einen Fall eröffnen."));
        return;
    }
    const int64_t caseId = m_case->id;
    auto* dialog = new FollowUpDialog(
        m_session.today(),
        [this, caseId](core::FollowUp& followUp) {
            followUp.caseId = caseId;
            m_session.followUps().save(followUp);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT changed();
    });
    dialog->open();
}

void FollowUpsTab::markSelectedDone() {
    const QTreeWidgetItem* item = m_list->currentItem();
    if (item == nullptr || !item->data(0, Qt::UserRole + 1).toBool()) {
        return;
    }
    const int64_t id = item->data(0, Qt::UserRole).toLongLong();
    if (Messages::guard(this, [&] { m_session.followUps().markDone(id, m_session.today()); })) {
        reload();
        Q_EMIT changed();
    }
}

} // namespace kim::gui
