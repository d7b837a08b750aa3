// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/casefile/ConsentTab.h"

#include "core/Catalog.h"
#include "gui/casefile/ConsentDialog.h"
#include "gui/common/ItemViews.h"
#include "gui/common/Messages.h"
#include "gui/common/Session.h"

#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

namespace kim::gui {

ConsentTab::ConsentTab(Session& session, QWidget* parent)
    : RecordListTab({tr("Erteilt am"), tr("Umfang"), tr("Formular"), tr("Status")}, QStringLiteral("consentList"),
                    parent)
    , m_session(session)
    , m_status(new QLabel(this)) {
    m_status->setObjectName(QStringLiteral("consentStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setMargin(8);
    addAbove(m_status);
    m_recordButton =
        addButton(tr("Einwilligung &erfassen…"), QStringLiteral("recordConsentButton"), [this] { recordConsent(); });
    m_withdrawButton =
        addButton(tr("&Widerrufen…"), QStringLiteral("withdrawConsentButton"), [this] { withdrawSelected(); });
    connect(list(), &QTreeWidget::currentItemChanged, this, &ConsentTab::updateButtons);
}

void ConsentTab::refresh() {
    QTreeWidget* view = list();
    view->clear();
    if (clientId() == 0) {
        m_status->clear();
        updateButtons();
        return;
    }
    const QDate today = m_session.today();
    bool active = false;
    guard([&] {
        for (const core::Consent& consent : m_session.consents().forClient(clientId())) {
            const bool isActive = consent.isActiveOn(today);
            active = active || isActive;
            const QString status = consent.withdrawnOn.isValid()
                                       ? tr("widerrufen am %1").arg(ItemViews::date(consent.withdrawnOn))
                                       : (isActive ? tr("gültig") : tr("noch nicht gültig"));
            auto* item = new QTreeWidgetItem(
                view, {ItemViews::date(consent.givenOn), core::label(consent.scope), consent.formVersion, status});
            item->setData(0, Qt::UserRole, QVariant::fromValue<qlonglong>(consent.id));
            item->setData(0, Qt::UserRole + 1, consent.withdrawnOn.isValid());
            if (!isActive) {
                for (int column = 0; column < view->columnCount(); ++column) {
                    item->setForeground(column, ItemViews::mutedColor());
                }
            }
        }
    });
    ItemViews::fitColumns(view);
    m_status->setText(active ? tr("Es liegt eine gültige Einwilligung vor. Fallarbeit ist möglich.")
                             : tr("Keine gültige Einwilligung. Ohne Einwilligung nach DSGVO dürfen weder ein Fall "
                                  "geführt noch Beratungskontakte erfasst werden."));
    m_status->setStyleSheet(active ? QStringLiteral("background: #e6f4ea; color: #1e4620; border-radius: 4px;")
                                   : QStringLiteral("background: #fff4e5; color: #663c00; border-radius: 4px;"));
    select(0);
    updateButtons();
}

void ConsentTab::updateButtons() {
    m_recordButton->setEnabled(clientId() != 0);
    const QTreeWidgetItem* item = list()->currentItem();
    m_withdrawButton->setEnabled(item != nullptr && !item->data(0, Qt::UserRole + 1).toBool());
}

void ConsentTab::recordConsent() {
    if (clientId() == 0) {
        return;
    }
    const int64_t client = clientId();
    openDialog(new ConsentDialog(
        m_session.today(),
        [this, client](core::Consent& consent) {
            consent.clientId = client;
            m_session.consents().record(consent);
        },
        this));
}

void ConsentTab::withdrawSelected() {
    const int64_t consentId = selectedId();
    if (consentId == 0) {
        return;
    }
    Messages::confirm(this, tr("Einwilligung widerrufen"),
                      tr("Soll die Einwilligung als widerrufen eingetragen werden?\n\nEin offener Fall wird dann "
                         "abgeschlossen und offene Wiedervorlagen werden geschlossen."),
                      tr("&Widerrufen"), [this, consentId] {
                          if (guard([&] { m_session.consents().withdraw(consentId, m_session.today()); })) {
                              refreshAndReportChange();
                          }
                      });
}

} // namespace kim::gui
