// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/office/IntakeTab.h"

#include "gui/common/ItemViews.h"
#include "gui/common/Messages.h"
#include "gui/reports/RowsModel.h"
#include "gui/reports/TableViews.h"
#include "reporting/OfficeInbox.h"
#include "reporting/OfficeSubmissions.h"

#include <QLabel>
#include <QTableView>

namespace kim::gui {

namespace {
PackageIntakeTab::Texts texts() {
    return {IntakeTab::tr("&Pakete einlesen …"),
            IntakeTab::tr("oder Dateien und Ordner mit Paketen (*.kimpkg, *.age) hierher ziehen"),
            IntakeTab::tr("Keine Pakete gefunden (gesucht wurde nach *.kimpkg und *.age)."),
            IntakeTab::tr("Quartal"),
            IntakeTab::tr("Ersetzt frühere Meldung"),
            IntakeTab::tr("%1 angenommen, %2 als Korrektur ersetzt, %3 abgelehnt."),
            IntakeTab::tr("Eingegangene Meldungen")};
}

QString quarterLabel(const QString& period) {
    const auto quarter = core::Quarter::parse(period);
    return quarter ? quarter->label() : period;
}
} // namespace

IntakeTab::IntakeTab(storage::Database& db, const exchange::Identity& identity, const kim::Clock& clock,
                     QWidget* parent)
    : PackageIntakeTab(
          texts(),
          [&db, &identity, &clock](std::span<const uint8_t> bytes, const QString& source) {
              return reporting::OfficeInbox(db, identity, clock).importPackage(bytes, source);
          },
          quarterLabel, parent)
    , m_db(db) {
    m_submissions =
        new RowsModel({tr("Absender*in"), tr("Quartal"), tr("Erstellt"), tr("Eingegangen"), tr("Stand")}, this);
    m_submissionView = TableViews::create(this, m_submissions, QStringLiteral("submissionTable"));
    m_submissionSummary = new QLabel(this);
    setHeldList(m_submissionView, m_submissionSummary);
    refresh();
}

void IntakeTab::refresh() {
    if (isImporting()) {
        return;
    }
    // Reached from the import's finished signal: a read error is shown, never thrown into Qt.
    std::vector<reporting::Submission> all;
    if (!Messages::guard(this, [&] { all = reporting::OfficeSubmissions(m_db).all(); })) {
        return;
    }
    QList<RowsModel::Row> rows;
    int current = 0;
    for (const reporting::Submission& submission : all) {
        current += submission.superseded ? 0 : 1;
        rows << RowsModel::Row{{submission.senderName, submission.period.label(), submission.created,
                                submission.receivedAt,
                                submission.superseded ? tr("durch neuere Meldung ersetzt") : tr("gültig")},
                               submission.packageId,
                               submission.superseded ? ItemViews::mutedColor() : QColor(),
                               tr("Schlüssel-ID der Absender*in: %1").arg(submission.senderKeyId),
                               {{}, submission.period.toString()}};
    }
    m_submissions->setRows(rows);
    TableViews::fitColumns(m_submissionView);
    m_submissionSummary->setText(tr("%n gültige Meldung(en)", nullptr, current));
}

} // namespace kim::gui
