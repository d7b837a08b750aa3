// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/referrals/ReferralReleaseList.h"

#include "base/Clock.h"
#include "core/InstitutionRepository.h"
#include "core/ReferralReleaseRepository.h"
#include "gui/common/ItemViews.h"
#include "gui/common/Messages.h"
#include "gui/referrals/ReferralWidgets.h"
#include "gui/referrals/ReleaseDialog.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kim::gui {

ReferralReleaseList::ReferralReleaseList(storage::Database& db, const kim::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock) {
    auto* title = new QLabel(tr("<b>Schweigepflichtentbindungen</b>"), this);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Stelle"), tr("erteilt am"), tr("Zweck"), tr("Umfang"), tr("widerrufen am")});
    m_list->header()->setStretchLastSection(false);
    for (int column : {0, 1, 4}) {
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_list->setMaximumHeight(120);
    title->setBuddy(m_list);
    auto* record = new QPushButton(tr("Schweigepflicht&entbindung erfassen…"), this);
    auto* withdraw = new QPushButton(tr("Entbindung &widerrufen"), this);
    m_error = ReferralWidgets::errorLabel(this);
    connect(record, &QPushButton::clicked, this, [this] { recordRelease(0); });
    connect(withdraw, &QPushButton::clicked, this, &ReferralReleaseList::withdrawSelected);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(record);
    buttons->addWidget(withdraw);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
}

void ReferralReleaseList::setClient(int64_t clientId) {
    m_clientId = clientId;
    refresh();
}

void ReferralReleaseList::refresh() {
    m_list->clear();
    if (m_clientId == 0) {
        return;
    }
    Messages::guardInline(m_error, [&] {
        QHash<int64_t, QString> names;
        for (const core::Institution& i : core::InstitutionRepository(m_db).all(true)) {
            names.insert(i.id, i.name);
        }
        const QDate today = m_clock.today();
        for (const core::ReferralRelease& r : core::ReferralReleaseRepository(m_db, m_clock).forClient(m_clientId)) {
            auto* item = new QTreeWidgetItem(
                m_list, {names.value(r.institutionId), ItemViews::date(r.givenOn), r.purpose,
                         core::releaseLabels(r.items).join(QStringLiteral(", ")), ItemViews::date(r.withdrawnOn)});
            item->setData(0, Qt::UserRole, QVariant::fromValue<qlonglong>(r.id));
            item->setToolTip(3, item->text(3));
            if (!r.isActiveOn(today)) {
                for (int column = 0; column < item->columnCount(); ++column) {
                    item->setForeground(column, m_list->palette().brush(QPalette::Disabled, QPalette::Text));
                }
            }
        }
    });
}

void ReferralReleaseList::recordRelease(int64_t institutionId) {
    if (m_clientId == 0) {
        return;
    }
    auto* dialog = new ReleaseDialog(m_db, m_clock, m_clientId, institutionId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT releasesChanged();
    });
    dialog->open();
}

void ReferralReleaseList::withdrawSelected() {
    const QTreeWidgetItem* item = m_list->currentItem();
    if (item == nullptr) {
        return;
    }
    const int64_t id = item->data(0, Qt::UserRole).toLongLong();
    if (Messages::guardInline(m_error,
                              [&] { core::ReferralReleaseRepository(m_db, m_clock).withdraw(id, m_clock.today()); })) {
        refresh();
        Q_EMIT releasesChanged();
    }
}

} // namespace kim::gui
