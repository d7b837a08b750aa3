// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/office/IntakeTab.h"

#include "gui/common/ItemViews.h"
#include "gui/common/FileDialogs.h"
#include "gui/reports/PackageFileList.h"
#include "gui/reports/PackageImportRunner.h"
#include "gui/reports/RowsModel.h"
#include "gui/reports/TableViews.h"

#include "reporting/OfficeSubmissions.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kim::gui {

namespace {
QColor resultColor(reporting::ImportResult result) {
    return result == reporting::ImportResult::Rejected ? ItemViews::overdueColor() : QColor();
}

QString periodLabel(const QString& period) {
    const auto quarter = core::Quarter::parse(period);
    return quarter ? quarter->label() : period;
}
} // namespace

IntakeTab::IntakeTab(storage::Database& db, const exchange::Identity& identity, const kim::Clock& clock,
                     QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_identity(identity)
    , m_clock(clock)
    , m_runner(new PackageImportRunner(
          [&db, &identity, &clock](std::span<const uint8_t> bytes, const QString& source) {
              return reporting::OfficeInbox(db, identity, clock).importPackage(bytes, source);
          },
          this)) {
    m_outcomes = new RowsModel({tr("Datei"), tr("Absender*in"), tr("Quartal"), tr("Ergebnis"), tr("Begründung")}, this);
    m_submissions =
        new RowsModel({tr("Absender*in"), tr("Quartal"), tr("Erstellt"), tr("Eingegangen"), tr("Stand")}, this);
    m_outcomeView = TableViews::create(this, m_outcomes, QStringLiteral("outcomeTable"));
    m_submissionView = TableViews::create(this, m_submissions, QStringLiteral("submissionTable"));

    auto* filesButton = new QPushButton(tr("&Pakete einlesen …"), this);
    filesButton->setObjectName(QStringLiteral("importFilesButton"));
    auto* folderButton = new QPushButton(tr("&Ordner einlesen …"), this);
    folderButton->setObjectName(QStringLiteral("importFolderButton"));
    auto* hint = new QLabel(tr("oder Dateien und Ordner mit Paketen (*.kimpkg, *.age) hierher ziehen"), this);
    hint->setStyleSheet(QStringLiteral("color: #606060;"));
    m_summary = new QLabel(tr("Noch nichts eingelesen."), this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_submissionSummary = new QLabel(this);

    connect(filesButton, &QPushButton::clicked, this, &IntakeTab::chooseFiles);
    connect(folderButton, &QPushButton::clicked, this, &IntakeTab::chooseFolder);
    connect(m_runner, &PackageImportRunner::finished, this, &IntakeTab::showOutcomes);

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
    bottomLayout->addWidget(new QLabel(tr("<b>Eingegangene Meldungen</b>"), bottom));
    bottomLayout->addWidget(m_submissionView);
    bottomLayout->addWidget(m_submissionSummary);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    refresh();
}

bool IntakeTab::isImporting() const {
    return m_runner->isRunning();
}

void IntakeTab::chooseFiles() {
    const QStringList files = FileDialogs::packagesToOpen(this);
    if (!files.isEmpty()) {
        importPaths(files);
    }
}

void IntakeTab::chooseFolder() {
    const QString folder = FileDialogs::packageFolder(this);
    if (!folder.isEmpty()) {
        importPaths({folder});
    }
}

void IntakeTab::importPaths(const QStringList& paths) {
    if (isImporting()) {
        return;
    }
    const QStringList files = PackageFileList::collect(paths);
    if (files.isEmpty()) {
        m_outcomes->setRows({});
        m_summary->setText(tr("Keine Pakete gefunden (gesucht wurde nach *.kimpkg und *.age)."));
        return;
    }
    m_runner->start(files);
}

void IntakeTab::showOutcomes(const QList<reporting::ImportOutcome>& outcomes, bool cancelled) {
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
            result = tr("Ersetzt frühere Meldung");
            ++replaced;
            break;
        case reporting::ImportResult::Rejected:
            result = tr("Abgelehnt");
            ++rejected;
            break;
        }
        rows << RowsModel::Row{
            {outcome.source, outcome.senderName, periodLabel(outcome.period), result, outcome.reason},
            {},
            resultColor(outcome.result),
            {},
            {{}, {}, outcome.period}};
    }
    m_outcomes->setRows(rows);
    TableViews::fitColumns(m_outcomeView);
    QString summary =
        tr("%1 angenommen, %2 als Korrektur ersetzt, %3 abgelehnt.").arg(accepted).arg(replaced).arg(rejected);
    if (cancelled) {
        summary = tr("Abgebrochen: ") + summary;
    }
    m_summary->setText(summary);
    refresh();
    if (accepted + replaced > 0) {
        Q_EMIT imported();
    }
}

void IntakeTab::refresh() {
    if (isImporting()) {
        return;
    }
    const reporting::OfficeSubmissions submissions(m_db);
    QList<RowsModel::Row> rows;
    int current = 0;
    for (const reporting::Submission& submission : submissions.all()) {
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
