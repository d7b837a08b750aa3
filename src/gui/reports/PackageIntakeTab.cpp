// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/reports/PackageIntakeTab.h"

#include "gui/common/FileDialogs.h"
#include "gui/common/ItemViews.h"
#include "gui/reports/PackageFileList.h"
#include "gui/reports/PackageImportRunner.h"
#include "gui/reports/RowsModel.h"
#include "gui/reports/TableViews.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace kim::gui {

namespace {
QStringList localPaths(const QMimeData* mime) {
    QStringList paths;
    if (mime == nullptr || !mime->hasUrls()) {
        return paths;
    }
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    return paths;
}
} // namespace

PackageIntakeTab::PackageIntakeTab(const Texts& texts, Inbox inbox, PeriodLabel periodLabel, QWidget* parent)
    : QWidget(parent)
    , m_texts(texts)
    , m_periodLabel(std::move(periodLabel))
    , m_runner(new PackageImportRunner(std::move(inbox), this)) {
    m_outcomes =
        new RowsModel({tr("Datei"), tr("Absender*in"), texts.periodColumn, tr("Ergebnis"), tr("Begründung")}, this);
    m_outcomeView = TableViews::create(this, m_outcomes, QStringLiteral("outcomeTable"));
    auto* filesButton = new QPushButton(texts.importButton, this);
    filesButton->setObjectName(QStringLiteral("importFilesButton"));
    auto* folderButton = new QPushButton(tr("&Ordner einlesen …"), this);
    folderButton->setObjectName(QStringLiteral("importFolderButton"));
    auto* hint = new QLabel(texts.dropHint, this);
    hint->setStyleSheet(QStringLiteral("color: #606060;"));
    m_summary = new QLabel(tr("Noch nichts eingelesen."), this);
    m_summary->setObjectName(QStringLiteral("importSummary"));

    connect(filesButton, &QPushButton::clicked, this, &PackageIntakeTab::chooseFiles);
    connect(folderButton, &QPushButton::clicked, this, &PackageIntakeTab::chooseFolder);
    connect(m_runner, &PackageImportRunner::finished, this, &PackageIntakeTab::showOutcomes);

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
    m_heldLayout = new QVBoxLayout(bottom);
    m_heldLayout->setContentsMargins(0, 0, 0, 0);
    m_heldLayout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(texts.heldTitle.toHtmlEscaped()), bottom));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
}

void PackageIntakeTab::setHeldList(QTableView* view, QLabel* summary) {
    m_heldLayout->addWidget(view);
    m_heldLayout->addWidget(summary);
}

bool PackageIntakeTab::isImporting() const {
    return m_runner->isRunning();
}

bool PackageIntakeTab::acceptsDrop(const QMimeData* mime) const {
    return !isImporting() && !localPaths(mime).isEmpty();
}

bool PackageIntakeTab::importDrop(const QMimeData* mime) {
    if (!acceptsDrop(mime)) {
        return false;
    }
    importPaths(localPaths(mime));
    return true;
}

void PackageIntakeTab::chooseFiles() {
    const QStringList files = FileDialogs::packagesToOpen(this);
    if (!files.isEmpty()) {
        importPaths(files);
    }
}

void PackageIntakeTab::chooseFolder() {
    const QString folder = FileDialogs::packageFolder(this);
    if (!folder.isEmpty()) {
        importPaths({folder});
    }
}

void PackageIntakeTab::importPaths(const QStringList& paths) {
    if (isImporting()) {
        return;
    }
    const QStringList files = PackageFileList::collect(paths);
    if (files.isEmpty()) {
        m_outcomes->setRows({});
        m_summary->setText(m_texts.nothingFound);
        return;
    }
    m_runner->start(files);
}

void PackageIntakeTab::showOutcomes(const QList<reporting::ImportOutcome>& outcomes, bool cancelled) {
    QList<RowsModel::Row> rows;
    int counts[3] = {0, 0, 0}; // indexed by ImportResult: accepted, replaced, rejected
    for (const reporting::ImportOutcome& outcome : outcomes) {
        const QString result = outcome.result == reporting::ImportResult::Accepted   ? tr("Angenommen")
                               : outcome.result == reporting::ImportResult::Replaced ? m_texts.replaced
                                                                                     : tr("Abgelehnt");
        ++counts[static_cast<int>(outcome.result)];
        const bool refused = outcome.result == reporting::ImportResult::Rejected;
        rows << RowsModel::Row{
            {outcome.source, outcome.senderName, m_periodLabel(outcome.period), result, outcome.reason},
            {},
            refused ? ItemViews::overdueColor() : QColor(),
            {},
            {{}, {}, outcome.period}};
    }
    m_outcomes->setRows(rows);
    TableViews::fitColumns(m_outcomeView);
    QString summary = m_texts.summary.arg(counts[0]).arg(counts[1]).arg(counts[2]);
    if (cancelled) {
        summary = tr("Abgebrochen: ") + summary;
    }
    m_summary->setText(summary);
    refresh();
    if (counts[0] + counts[1] > 0) {
        Q_EMIT imported();
    }
}

} // namespace kim::gui
