// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/supervision/SupervisionIntakeTab.h"

#include "gui/common/ItemViews.h"
#include "gui/common/Messages.h"
#include "gui/reports/RowsModel.h"
#include "gui/reports/TableViews.h"
#include "reporting/SupervisorInbox.h"
#include "reporting/SupervisorReports.h"

#include <QLabel>
#include <QTableView>

namespace kim::gui {

namespace {
PackageIntakeTab::Texts texts() {
    return {SupervisionIntakeTab::tr("&Berichte einlesen …"),
            SupervisionIntakeTab::tr("oder Dateien und Ordner mit Berichten (*.kimpkg, *.age) hierher ziehen"),
            SupervisionIntakeTab::tr("Keine Berichte gefunden (gesucht wurde nach *.kimpkg und *.age)."),
            SupervisionIntakeTab::tr("Zeitraum"),
            SupervisionIntakeTab::tr("Ersetzt früheren Bericht"),
            SupervisionIntakeTab::tr("%1 angenommen, %2 als neuere Fassung übernommen, %3 abgelehnt."),
            SupervisionIntakeTab::tr("Eingegangene Fallzahlenberichte")};
}

QString periodLabel(const QString& period) {
    const auto parsed = core::ReportingPeriod::parse(period);
    return parsed ? parsed->label() : period;
}
} // namespace

SupervisionIntakeTab::SupervisionIntakeTab(storage::Database& db, const exchange::Identity& identity,
                                           const kim::Clock& clock, QWidget* parent)
    : PackageIntakeTab(
          texts(),
          [&db, &identity, &clock](std::span<const uint8_t> bytes, const QString& source) {
              return reporting::SupervisorInbox(db, identity, clock).importPackage(bytes, source);
          },
          periodLabel, parent)
    , m_db(db) {
    m_reports = new RowsModel({tr("Absender*in"), tr("Zeitraum"), tr("Fassung"), tr("Eingegangen"), tr("Stand")}, this);
    m_reportView = TableViews::create(this, m_reports, QStringLiteral("reportTable"));
    m_reportSummary = new QLabel(this);
    m_reportSummary->setObjectName(QStringLiteral("reportSummary"));
    setHeldList(m_reportView, m_reportSummary);
    refresh();
}

void SupervisionIntakeTab::refresh() {
    if (isImporting()) {
        return;
    }
    // Reached from the import's finished signal: a read error is shown, never thrown into Qt.
    std::vector<reporting::ReceivedCaseloadReport> reports;
    if (!Messages::guard(this, [&] { reports = reporting::SupervisorReports(m_db).all(); })) {
        return;
    }
    QList<RowsModel::Row> rows;
    int current = 0;
    for (const reporting::ReceivedCaseloadReport& report : reports) {
        current += report.superseded ? 0 : 1;
        // No "created" column: a report's date is its period's, not the day it was sent.
        rows << RowsModel::Row{{report.senderName, report.content.period.label(), report.content.revision,
                                report.receivedAt, report.superseded ? tr("ersetzt") : tr("gültig")},
                               report.packageId,
                               report.superseded ? ItemViews::mutedColor() : QColor(),
                               tr("Schlüssel-ID der Absender*in: %1").arg(report.senderKeyId),
                               {{}, report.content.period.toString()}};
    }
    m_reports->setRows(rows);
    TableViews::fitColumns(m_reportView);
    m_reportSummary->setText(tr("%n gültige(r) Bericht(e)", nullptr, current));
}

} // namespace kim::gui
