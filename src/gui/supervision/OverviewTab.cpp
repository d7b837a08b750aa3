// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/supervision/OverviewTab.h"

#include "gui/supervision/CaseloadDashboard.h"
#include "gui/supervision/DashboardExport.h"
#include "gui/supervision/DashboardView.h"
#include "gui/supervision/TeamReports.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kim::gui {

OverviewTab::OverviewTab(QWidget* parent)
    : QWidget(parent) {
    auto* newsBox = new QGroupBox(tr("Seit Ihrem letzten Besuch"), this);
    m_news = new QLabel(newsBox);
    m_news->setObjectName(QStringLiteral("newsLabel"));
    m_news->setWordWrap(true);
    m_news->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* newsLayout = new QVBoxLayout(newsBox);
    newsLayout->addWidget(m_news);

    m_periodCombo = new QComboBox(this);
    m_periodCombo->setObjectName(QStringLiteral("periodCombo"));
    m_periodCombo->setMinimumContentsLength(18);
    auto* periodLabel = new QLabel(tr("&Zeitraum:"), this);
    periodLabel->setBuddy(m_periodCombo);
    auto* pdfButton = new QPushButton(tr("Als &PDF speichern …"), this);
    pdfButton->setObjectName(QStringLiteral("overviewPdfButton"));
    auto* csvButton = new QPushButton(tr("Als &CSV speichern …"), this);
    csvButton->setObjectName(QStringLiteral("overviewCsvButton"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(periodLabel);
    bar->addWidget(m_periodCombo);
    bar->addStretch();
    bar->addWidget(pdfButton);
    bar->addWidget(csvButton);

    m_dashboard = new DashboardView(this);
    m_dashboard->setObjectName(QStringLiteral("teamDashboard"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(newsBox);
    layout->addLayout(bar);
    layout->addWidget(m_dashboard, 1);

    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, [this] {
        showPeriod();
        Q_EMIT periodChanged();
    });
    connect(pdfButton, &QPushButton::clicked, this, &OverviewTab::exportPdf);
    connect(csvButton, &QPushButton::clicked, this, &OverviewTab::exportCsv);
}

void OverviewTab::setNews(const QString& news) {
    m_news->setText(news);
}

void OverviewTab::setReports(const TeamReports* reports) {
    m_reports = reports;
    const std::optional<core::ReportingPeriod> chosen = period();
    {
        const QSignalBlocker blocker(m_periodCombo);
        m_periodCombo->clear();
        for (const core::ReportingPeriod& each : reports->periods()) {
            m_periodCombo->addItem(each.label(), each.toString());
        }
        const std::optional<core::ReportingPeriod> wanted = chosen ? chosen : reports->latestPeriod();
        if (wanted) {
            m_periodCombo->setCurrentIndex(std::max(0, m_periodCombo->findData(wanted->toString())));
        }
    }
    showPeriod();
}

std::optional<core::ReportingPeriod> OverviewTab::period() const {
    return core::ReportingPeriod::parse(m_periodCombo->currentData().toString());
}

void OverviewTab::selectPeriod(const core::ReportingPeriod& period) {
    m_periodCombo->setCurrentIndex(m_periodCombo->findData(period.toString()));
}

void OverviewTab::showPeriod() {
    const std::optional<core::ReportingPeriod> shown = period();
    if (m_reports == nullptr || !shown) {
        m_dashboard->setTables({}, tr("Noch keine Fallzahlenberichte eingelesen. Im Reiter „Eingang“ lesen Sie die "
                                      "Berichte Ihres Teams ein."));
        return;
    }
    m_dashboard->setTables(CaseloadDashboard::team(*m_reports, *shown), {});
}

void OverviewTab::exportPdf() {
    if (const auto shown = period()) {
        DashboardExport(tr("Fallzahlen des Teams"), shown->label(), m_dashboard->tables())
            .savePdf(this, tr("Fallzahlen Team %1").arg(shown->toString()));
    }
}

void OverviewTab::exportCsv() {
    if (const auto shown = period()) {
        DashboardExport(tr("Fallzahlen des Teams"), shown->label(), m_dashboard->tables())
            .saveCsv(this, tr("Fallzahlen Team %1").arg(shown->toString()));
    }
}

} // namespace kim::gui
