// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/supervision/SupervisionIntakeTab.h"

#include "gui/common/FileDialogs.h"
#include "gui/common/ItemViews.h"
#include "gui/reports/PackageFileList.h"
#include "gui/reports/PackageImportRunner.h"
#include "gui/reports/RowsModel.h"
#include "gui/reports/TableViews.h"
#include "reporting/SupervisorInbox.h"
#include "reporting/SupervisorReports.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kim::gui {

namespace {
QString periodLabel(const QString& period) {
    const auto parsed = core::ReportingPeriod::parse(period);
    return parsed ? parsed->label() : period;
}
} // namespace

SupervisionIntakeTab::SupervisionIntakeTab(storage::Database& db, const exchange::Identity& identity,
                                           const kim::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_runner(new PackageImportRunner(
          [&db, &identity, &clock](std::span<const uint8_t> bytes, const QString& source) {
              return reporting::SupervisorInbox(db, identity, clock).importPackage(bytes, source);
          },
          this)) {
    m_outcomes =
        new RowsModel({tr("Datei"), tr("Absender*in"), tr("Zeitraum"), tr("Ergebnis"), tr("Begründung")}, this);
    m_reports = new RowsModel(
        {tr("Absender*in"), tr("Zeitraum"), tr("Fassung"), tr("Erstellt am"), tr("Eingegangen"), tr("Stand")}, this);
    m_outcomeView = TableViews::create(this, m_outcomes, QStringLiteral("outcomeTable"));
    m_reportView = TableViews::create(this, m_reports, QStringLiteral("reportTable"));

    auto* filesButton = new QPushButton(tr("&Berichte einlesen …"), this);
    filesButton->setObjectName(QStringLiteral("importFilesButton"));
    auto* folderButton = new QPushButton(tr("&Ordner einlesen …"), this);
    folderButton->setObjectName(QStringLiteral("importFolderButton"));
    auto* hint = new QLabel(tr("oder Dateien und Ordner mit Berichten (*.kimpkg, *.age) hierher ziehen"), this);
    hint->setStyleSheet(QStringLiteral("color: #606060;"));
    m_summary = new QLabel(tr("Noch nichts eingelesen."), this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_reportSummary = new QLabel(this);
    m_reportSummary->setObjectName(QStringLiteral("reportSummary"));

    connect(filesButton, &QPushButton::clicked, this, &SupervisionIntakeTab::chooseFiles);
    connect(folderButton, &QPushButton::clicked, this, &SupervisionIntakeTab::chooseFolder);
    connect(m_runner, &PackageImportRunner::finished, this, &SupervisionIntakeTab::showOutcomes);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(filesButton);
    buttons->addWidget(folderButton);
    buttons->addWidget(hint);
    buttons->addStretch();

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(new QLabel(tr("<b>Ergebnis des letzten Einlesens</b>"), top));
    topLayout->addWidget(m_outcomeView);
    topLayout->addWidget(m_summary);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(new QLabel(tr("<b>Eingegangene Fallzahlberichte</b>"), bottom));
    bottomLayout->addWidget(m_reportView);
    bottomLayout->addWidget(m_reportSummary);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    refresh();
}

bool SupervisionIntakeTab::isImporting() const {
    return m_runner->isRunning();
}

void SupervisionIntakeTab::chooseFiles() {
    const QStringList files = FileDialogs::packagesToOpen(this);
    if (!files.isEmpty()) {
        importPaths(files);
    }
}

void SupervisionIntakeTab::chooseFolder() {
    const QString folder = FileDialogs::packageFolder(this);
    if (!folder.isEmpty()) {
        importPaths({folder});
    }
}

void SupervisionIntakeTab::importPaths(const QStringList& paths) {
    if (isImporting()) {
        return;
    }
    const QStringList files = PackageFileList::collect(paths);
    if (files.isEmpty()) {
        m_outcomes->setRows({});
        m_summary->setText(tr("Keine Berichte gefunden (gesucht wurde nach *.kimpkg und *.age)."));
        return;
    }
    m_runner->start(files);
}

void SupervisionIntakeTab::showOutcomes(const QList<reporting::ImportOutcome>& outcomes, bool cancelled) {
    QList<RowsModel::Row> rows;
    int accepted = 0;
    int replaced = 0;
    int rejected = 0;
    for (const reporting::ImportOutcome& outcome : outcomes) {
        QString result;
        switch (outcome.result) {
        case reporting::ImportResult::Accepted:
            result = tr("Angenommen");
            ++accepted;
            break;
        case reporting::ImportResult::Replaced:
            result = tr("Ersetzt früheren Bericht");
            ++replaced;
            break;
        case reporting::ImportResult::Rejected:
            result = tr("Abgelehnt");
            ++rejected;
            break;
        }
        const bool refused = outcome.result == reporting::ImportResult::Rejected;
        rows << RowsModel::Row{
            {outcome.source, outcome.senderName, periodLabel(outcome.period), result, outcome.reason},
            {},
            refused ? ItemViews::overdueColor() : QColor(),
            {},
            {{}, {}, outcome.period}};
    }
    m_outcomes->setRows(rows);
    TableViews::fitColumns(m_outcomeView);
    QString summary =
        tr("%1 angenommen, %2 als neuere Fassung übernommen, %3 abgelehnt.").arg(accepted).arg(replaced).arg(rejected);
    if (cancelled) {
        summary = tr("Abgebrochen: ") + summary;
    }
    m_summary->setText(summary);
    refresh();
    if (accepted + replaced > 0) {
        Q_EMIT imported();
    }
}

void SupervisionIntakeTab::refresh() {
    if (isImporting()) {
        return;
    }
    QList<RowsModel::Row> rows;
    int current = 0;
    for (const reporting::ReceivedCaseloadReport& report : reporting::SupervisorReports(m_db).all()) {
        current += report.superseded ? 0 : 1;
        rows << RowsModel::Row{{report.senderName, report.content.period.label(), report.content.revision,
                                report.created.date(), report.receivedAt,
                                report.superseded ? tr("ersetzt") : tr("gültig")},
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
