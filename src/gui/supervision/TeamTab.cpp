// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/supervision/TeamTab.h"

#include "exchange/ContactBook.h"
#include "gui/common/ItemViews.h"
#include "gui/reports/RowsModel.h"
#include "gui/reports/TableViews.h"
#include "gui/supervision/TeamReports.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kim::gui {

TeamTab::TeamTab(storage::Database& db, const kim::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock) {
    auto* hint = new QLabel(tr("Ihr Team sind Ihre vertrauten Kontakte: Wer Ihnen Fallzahlenberichte senden soll, gibt "
                               "Ihnen seine Kontaktkarte, und Sie nehmen sie unter „Kontakte“ auf, nachdem Sie den "
                               "Fingerabdruck verglichen haben."),
                            this);
    hint->setWordWrap(true);
    m_contactsButton = new QPushButton(tr("&Kontakte verwalten …"), this);
    m_contactsButton->setObjectName(QStringLiteral("contactsButton"));
    m_members = new RowsModel(
        {tr("Teammitglied"), tr("Funktion"), tr("Organisation"), tr("Letzter Bericht"), tr("Bericht für den Zeitraum")},
        this);
    m_view = TableViews::create(this, m_members, QStringLiteral("teamTable"));
    m_missingLabel = new QLabel(this);
    m_missingLabel->setObjectName(QStringLiteral("missingLabel"));
    m_missingLabel->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(hint, 1);
    top->addWidget(m_contactsButton, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_missingLabel);
    layout->addWidget(m_view, 1);
    connect(m_contactsButton, &QPushButton::clicked, this, &TeamTab::contactsRequested);
}

void TeamTab::setPeriod(const TeamReports& reports, const std::optional<core::ReportingPeriod>& period) {
    m_missing.clear();
    QList<RowsModel::Row> rows;
    for (const exchange::Contact& contact : exchange::ContactBook(m_db, m_clock).contacts()) {
        if (contact.revokedOn) {
            continue;
        }
        const QString keyId = contact.card.keyIdText();
        QString latest;
        QVariant latestKey;
        for (const core::ReportingPeriod& each : reports.periods()) {
            if (reports.report(keyId, each) != nullptr) {
                latest = each.label();
                latestKey = each.toString();
                break;
            }
        }
        const bool present = period && reports.report(keyId, *period) != nullptr;
        const bool missing = period && !present && reports.isMember(keyId);
        if (missing) {
            m_missing << contact.card.name();
        }
        rows << RowsModel::Row{{contact.card.name(), contact.card.role(), contact.card.organisation(),
                                latest.isEmpty() ? tr("noch keiner") : latest,
                                !period   ? QString()
                                : present ? tr("liegt vor")
                                : missing ? tr("fehlt")
                                          : QString()},
                               keyId,
                               missing ? ItemViews::overdueColor() : QColor(),
                               tr("Schlüssel-ID: %1").arg(keyId),
                               {{}, {}, {}, latestKey}};
    }
    m_members->setRows(rows);
    TableViews::fitColumns(m_view);
    if (!period) {
        m_missingLabel->setText(tr("Noch keine Berichte eingelesen."));
    } else if (rows.isEmpty()) {
        m_missingLabel->setText(tr("Noch keine Kontakte aufgenommen: ohne vertraute Kontakte nimmt der Eingang keine "
                                   "Berichte an."));
    } else if (m_missing.isEmpty()) {
        m_missingLabel->setText(tr("<b>Fehlende Berichte für %1:</b> keine – alle Teammitglieder haben berichtet.")
                                    .arg(period->label().toHtmlEscaped()));
    } else {
        m_missingLabel->setText(
            tr("<b>Fehlende Berichte für %1:</b> %2")
                .arg(period->label().toHtmlEscaped(), m_missing.join(QStringLiteral(", ")).toHtmlEscaped()));
    }
}

} // namespace kim::gui
