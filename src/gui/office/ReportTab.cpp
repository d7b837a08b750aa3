// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/office/ReportTab.h"

#include "core/ProblemTaxonomy.h"
#include "gui/common/Messages.h"
#include "gui/office/CodeLabels.h"
#include "gui/office/ConferenceReportWriter.h"
#include "gui/common/FileDialogs.h"
#include "gui/reports/ReportCharts.h"
#include "gui/office/ReportCsvWriter.h"
#include "gui/reports/RowsModel.h"
#include "gui/reports/TableViews.h"

#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace kim::gui {

namespace {
constexpr int RowHeight = 26;

int chartHeight(const ReportTable& table) {
    if (table.chart == ReportTable::Chart::Lines) {
        return 300;
    }
    const int bars = std::min<int>(int(table.rows.size()), ReportCharts::MaxBars);
    const int legend = table.chart == ReportTable::Chart::StackedBars ? 50 : 0;
    return std::clamp(70 + legend + bars * RowHeight, 180, 460);
}

RowsModel* modelFor(const ReportTable& table, QObject* parent) {
    auto* model = new RowsModel(table.labelHeaders + table.valueHeaders, parent);
    QList<RowsModel::Row> rows;
    for (const ReportTable::Row& source : table.rows) {
        RowsModel::Row row;
        for (const QString& label : source.labels) {
            row.cells << label;
        }
        for (const qint64 value : source.values) {
            // "–" for nothing, as in the PDF; sorted as the number.
            row.sortKeys.resize(row.cells.size());
            row.sortKeys << QVariant::fromValue<qlonglong>(value);
            row.cells << (value == 0 ? QVariant(QStringLiteral("–")) : QVariant::fromValue<qlonglong>(value));
        }
        row.tag = source.code;
        rows << row;
    }
    model->setRows(rows);
    return model;
}
} // namespace

ReportTab::ReportTab(storage::Database& db, const kim::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock) {
    m_quarter = new QComboBox(this);
    m_quarter->setObjectName(QStringLiteral("reportQuarterCombo"));
    m_quarter->setMinimumWidth(180);
    auto* quarterLabel = new QLabel(tr("Veröffentlichtes &Quartal:"), this);
    quarterLabel->setBuddy(m_quarter);
    m_header = new QLabel(this);
    m_pdf = new QPushButton(tr("Als &PDF speichern …"), this);
    m_pdf->setObjectName(QStringLiteral("pdfButton"));
    m_csv = new QPushButton(tr("Als &CSV speichern …"), this);
    m_csv->setObjectName(QStringLiteral("csvButton"));
    auto* statement = new QLabel(ConferenceReport::protectionStatement(), this);
    statement->setWordWrap(true);
    statement->setStyleSheet(QStringLiteral("background: #eef4fa; border: 1px solid #9db8d3; padding: 6px;"));
    m_empty = new QLabel(tr("Noch kein Quartal veröffentlicht. Veröffentlichen Sie die Zahlen eines Quartals im "
                            "Reiter „Auswertung“."),
                         this);
    m_empty->setWordWrap(true);

    m_sections = new QWidget(this);
    m_sectionLayout = new QVBoxLayout(m_sections);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_sections);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    connect(m_quarter, &QComboBox::currentIndexChanged, this, &ReportTab::showReport);
    connect(m_pdf, &QPushButton::clicked, this, &ReportTab::askPdfPath);
    connect(m_csv, &QPushButton::clicked, this, &ReportTab::askCsvPath);

    auto* top = new QHBoxLayout;
    top->addWidget(quarterLabel);
    top->addWidget(m_quarter);
    top->addWidget(m_header, 1);
    top->addWidget(m_pdf);
    top->addWidget(m_csv);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(statement);
    layout->addWidget(m_empty);
    layout->addWidget(scroll, 1);
    refresh();
}

void ReportTab::refresh() {
    const QString previous = m_quarter->currentData().toString();
    const QList<reporting::Publication> published = reporting::PublicationStore(m_db, m_clock).latestOfEachQuarter();
    {
        const QSignalBlocker blocker(m_quarter);
        m_quarter->clear();
        for (auto it = published.crbegin(); it != published.crend(); ++it) {
            m_quarter->addItem(it->period.label(), it->period.toString());
        }
        const int index = m_quarter->findData(previous);
        m_quarter->setCurrentIndex(index >= 0 ? index : 0);
    }
    showReport();
}

void ReportTab::showReport() {
    clearSections();
    m_report.reset();
    const auto quarter = core::Quarter::parse(m_quarter->currentData().toString());
    const reporting::PublicationStore store(m_db, m_clock);
    const std::optional<reporting::Publication> publication = quarter ? store.latest(*quarter) : std::nullopt;
    if (publication) {
        const CodeLabels labels(core::ProblemTaxonomyRepository(m_db).current());
        m_report = ConferenceReport::build(*publication, store.latestOfEachQuarter(), labels);
        for (const ReportTable& table : m_report->tables()) {
            addSection(table);
        }
        m_sectionLayout->addStretch();
    }
    m_header->setText(m_report ? tr("<b>%1</b> · aus %n Meldung(en)", nullptr, publication->submissions)
                                     .arg(m_report->periodLine().toHtmlEscaped())
                               : QString());
    m_empty->setVisible(!m_report);
    m_pdf->setEnabled(m_report.has_value());
    m_csv->setEnabled(m_report.has_value());
}

void ReportTab::clearSections() {
    m_rankingView = nullptr;
    m_agenda = nullptr;
    while (QLayoutItem* item = m_sectionLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void ReportTab::addSection(const ReportTable& table) {
    auto* section = new QWidget(m_sections);
    section->setObjectName(QStringLiteral("section_") + table.id);
    auto* title = new QLabel(QStringLiteral("<h3>%1</h3>").arg(table.title.toHtmlEscaped()), section);
    auto* description = new QLabel(table.description, section);
    description->setWordWrap(true);
    auto* chartView = new QChartView(ReportCharts::create(table), section);
    chartView->setObjectName(QStringLiteral("chart_") + table.id);
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setFixedHeight(chartHeight(table));
    chartView->setMinimumWidth(480);
    auto* view = TableViews::create(section, modelFor(table, section), QStringLiteral("table_") + table.id);
    view->setFixedHeight(std::clamp<int>(int(table.rows.size()) * RowHeight + 36, 90, chartHeight(table)));
    TableViews::fitColumns(view, 280);
    TableViews::stretchColumn(view, table.id == QLatin1String("ranking") ? 2 : 0);

    auto* tableColumn = new QVBoxLayout;
    tableColumn->addWidget(view);
    if (table.id == QLatin1String("ranking")) {
        m_rankingView = view;
        m_agenda = new QPushButton(tr("Auf die &Tagesordnung setzen …"), section);
        m_agenda->setObjectName(QStringLiteral("agendaButton"));
        m_agenda->setToolTip(tr("Legt für das gewählte Problem einen Punkt der Planungskonferenz an."));
        connect(m_agenda, &QPushButton::clicked, this, &ReportTab::requestAgendaItem);
        connect(view, &QTableView::activated, this, &ReportTab::requestAgendaItem);
        tableColumn->addWidget(m_agenda, 0, Qt::AlignLeft);
    }
    tableColumn->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(chartView, 1);
    row->addLayout(tableColumn, 1);
    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 12);
    layout->addWidget(title);
    layout->addWidget(description);
    layout->addLayout(row);
    m_sectionLayout->addWidget(section);
}

void ReportTab::requestAgendaItem() {
    if (!m_report || m_rankingView == nullptr) {
        return;
    }
    const QString code = TableViews::currentTag(m_rankingView).toString();
    if (code.isEmpty()) {
        Messages::showInfo(this, tr("Tagesordnung"), tr("Bitte wählen Sie zuerst ein Problem in der Rangliste."));
        return;
    }
    Q_EMIT agendaRequested(code, m_report->publication().period.toString());
}

QString ReportTab::suggestedFileName(const QString& suffix) const {
    const reporting::Publication& publication = m_report->publication();
    return tr("Konferenzbericht %1 Rev %2.%3").arg(publication.period.toString()).arg(publication.revision).arg(suffix);
}

void ReportTab::askPdfPath() {
    if (!m_report) {
        return;
    }
    const QString path = FileDialogs::documentToSave(this, tr("Konferenzbericht als PDF speichern"),
                                                     suggestedFileName(QStringLiteral("pdf")),
                                                     tr("PDF-Dateien (*.pdf)"), QStringLiteral("pdf"));
    if (!path.isEmpty()) {
        savePdf(path);
    }
}

void ReportTab::askCsvPath() {
    if (!m_report) {
        return;
    }
    const QString path = FileDialogs::documentToSave(this, tr("Konferenzbericht als CSV speichern"),
                                                     suggestedFileName(QStringLiteral("csv")),
                                                     tr("CSV-Dateien für Excel (*.csv)"), QStringLiteral("csv"));
    if (!path.isEmpty()) {
        saveCsv(path);
    }
}

bool ReportTab::savePdf(const QString& path) {
    if (!m_report) {
        Messages::showError(this, tr("Es ist noch kein Quartal veröffentlicht."));
        return false;
    }
    if (!ConferenceReportWriter(*m_report, m_officeName).writePdf(path)) {
        Messages::showError(this, tr("Die PDF-Datei konnte nicht geschrieben werden: %1").arg(path));
        return false;
    }
    return true;
}

bool ReportTab::saveCsv(const QString& path) {
    if (!m_report) {
        Messages::showError(this, tr("Es ist noch kein Quartal veröffentlicht."));
        return false;
    }
    if (!ReportCsvWriter(*m_report).write(path)) {
        Messages::showError(this, tr("Die CSV-Datei konnte nicht geschrieben werden: %1").arg(path));
        return false;
    }
    return true;
}

} // namespace kim::gui
