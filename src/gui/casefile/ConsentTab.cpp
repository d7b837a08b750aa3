#include "gui/casefile/ConsentTab.h"

#include "core/Catalog.h"
#include "gui/casefile/ConsentDialog.h"
#include "gui/common/ItemViews.h"
#include "gui/common/Messages.h"
#include "gui/workspace/Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kim::gui {

ConsentTab::ConsentTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_recordButton(new QPushButton(tr("Einwilligung &erfassen…"), this))
    , m_withdrawButton(new QPushButton(tr("&Widerrufen…"), this)) {
    m_status->setObjectName(QStringLiteral("consentStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setMargin(8);
    m_list->setObjectName(QStringLiteral("consentList"));
    m_recordButton->setObjectName(QStringLiteral("recordConsentButton"));
    m_withdrawButton->setObjectName(QStringLiteral("withdrawConsentButton"));
    ItemViews::setupList(m_list, {tr("Erteilt am"), tr("Umfang"), tr("Formular"), tr("Status")});

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_recordButton);
    buttons->addWidget(m_withdrawButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_recordButton, &QPushButton::clicked, this, &ConsentTab::recordConsent);
    connect(m_withdrawButton, &QPushButton::clicked, this, &ConsentTab::withdrawSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ConsentTab::updateButtons);
}

void ConsentTab::setClient(int64_t clientId) {
    m_clientId = clientId;
    reload();
}

void ConsentTab::reload() {
    m_list->clear();
    if (m_clientId == 0) {
        m_status->clear();
        updateButtons();
        return;
    }
    const QDate today = m_session.today();
    bool active = false;
    Messages::guard(this, [&] {
        for (const core::Consent& consent : m_session.consents().forClient(m_clientId)) {
            const bool isActive = consent.isActiveOn(today);
            active = active || isActive;
            const QString status = consent.withdrawnOn.isValid()
                                       ? tr("widerrufen am %1").arg(ItemViews::date(consent.withdrawnOn))
                                       : (isActive ? tr("gültig") : tr("noch nicht gültig"));
            auto* item = new QTreeWidgetItem(
                m_list, {ItemViews::date(consent.givenOn), core::label(consent.scope), consent.formVersion, status});
            item->setData(0, Qt::UserRole, QVariant::fromValue<qlonglong>(consent.id));
            item->setData(0, Qt::UserRole + 1, consent.withdrawnOn.isValid());
            if (!isActive) {
                for (int column = 0; column < m_list->columnCount(); ++column) {
                    item->setForeground(column, ItemViews::mutedColor());
                }
            }
        }
    });
    ItemViews::fitColumns(m_list);
    m_status->setText(active ? tr("Es liegt eine gültige Einwilligung vor. Fallarbeit ist möglich.")
                             : tr("Keine gültige Einwilligung. Ohne Einwilligung nach DSGVO dürfen weder ein Fall "
                                  "geführt noch Beratungskontakte erfasst werden."));
    m_status->setStyleSheet(active ? QStringLiteral("background: #e6f4ea; color: #1e4620; border-radius: 4px;")
                                   : QStringLiteral("background: #fff4e5; color: #663c00; border-radius: 4px;"));
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    updateButtons();
}

void ConsentTab::updateButtons() {
    m_recordButton->setEnabled(m_clientId != 0);
    const QTreeWidgetItem* item = m_list->currentItem();
    m_withdrawButton->setEnabled(item != nullptr && !item->data(0, Qt::UserRole + 1).toBool());
}

void ConsentTab::recordConsent() {
    if (m_clientId == 0) {
        return;
    }
    auto* dialog = new ConsentDialog(
        m_session.today(),
        [this](core::Consent& consent) {
            consent.clientId = m_clientId;
            m_session.consents().record(consent);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT changed();
    });
    dialog->open();
}

void ConsentTab::withdrawSelected() {
    const QTreeWidgetItem* item = m_list->currentItem();
    if (item == nullptr) {
        return;
    }
    const int64_t consentId = item->data(0, Qt::UserRole).toLongLong();
    Messages::confirm(
        this, tr("Einwilligung widerrufen"),
        tr("Soll die Einwilligung als widerrufen eingetragen werden?\n\nEin offener Fall wird dann "
           "abgeschlossen und offene Wiedervorlagen werden geschlossen."),
        tr("&Widerrufen"), [this, consentId] {
            if (Messages::guard(this, [&] { m_session.consents().withdraw(consentId, m_session.today()); })) {
                reload();
                Q_EMIT changed();
            }
        });
}

} // namespace kim::gui
