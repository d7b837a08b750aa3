// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/referrals/LegalDomainTimeline.h"

#include "core/LegalDomainRepository.h"
#include "gui/common/ItemViews.h"
#include "gui/common/Messages.h"
#include "gui/referrals/LegalDomainPeriodDialog.h"
#include "gui/referrals/ReferralWidgets.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kim::gui {

LegalDomainTimeline::LegalDomainTimeline(storage::Database& db, const kim::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock) {
    auto* title = new QLabel(tr("<b>Rechtskreise</b> – unter welchem Rechtskreis die Unterstützung wann lief"), this);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Rechtskreis"), tr("von"), tr("bis"), tr("Notiz")});
    m_list->header()->setStretchLastSection(true);
    for (int column : {0, 1, 2}) {
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_list->setMaximumHeight(140);
    title->setBuddy(m_list);
    auto* add = new QPushButton(tr("Rechtskreis &hinzufügen…"), this);
    auto* change = new QPushButton(tr("Zeitraum bearbei&ten…"), this);
    auto* remove = new QPushButton(tr("Zeitraum entfernen"), this);
    m_error = ReferralWidgets::errorLabel(this);
    connect(add, &QPushButton::clicked, this, [this] { edit(true); });
    connect(change, &QPushButton::clicked, this, [this] { edit(false); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { edit(false); });
    connect(remove, &QPushButton::clicked, this, &LegalDomainTimeline::removeSelected);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(change);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
}

void LegalDomainTimeline::setClient(int64_t clientId) {
    m_clientId = clientId;
    refresh();
}

void LegalDomainTimeline::refresh() {
    m_list->clear();
    if (m_clientId == 0) {
        return;
    }
    Messages::guardInline(m_error, [&] {
        for (const core::LegalDomainPeriod& p : core::LegalDomainRepository(m_db, m_clock).forClient(m_clientId)) {
            auto* item =
                new QTreeWidgetItem(m_list, {core::label(p.domain), ItemViews::date(p.startedOn),
                                             p.endedOn.isValid() ? ItemViews::date(p.endedOn) : tr("laufend"), p.note});
            item->setData(0, Qt::UserRole, QVariant::fromValue<qlonglong>(p.id));
        }
    });
}

void LegalDomainTimeline::edit(bool isNew) {
    if (m_clientId == 0) {
        return;
    }
    core::LegalDomainPeriod period;
    period.clientId = m_clientId;
    if (!isNew) {
        const QTreeWidgetItem* item = m_list->currentItem();
        if (item == nullptr) {
            return;
        }
        const int64_t id = item->data(0, Qt::UserRole).toLongLong();
        for (const core::LegalDomainPeriod& p : core::LegalDomainRepository(m_db, m_clock).forClient(m_clientId)) {
            if (p.id == id) {
                period = p;
            }
        }
    }
    auto* dialog = new LegalDomainPeriodDialog(m_db, m_clock, period, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &LegalDomainTimeline::refresh);
    dialog->open();
}

void LegalDomainTimeline::removeSelected() {
    const QTreeWidgetItem* item = m_list->currentItem();
    if (item == nullptr) {
        return;
    }
    const int64_t id = item->data(0, Qt::UserRole).toLongLong();
    if (Messages::guardInline(m_error, [&] { core::LegalDomainRepository(m_db, m_clock).remove(id); })) {
        refresh();
    }
}

} // namespace kim::gui
