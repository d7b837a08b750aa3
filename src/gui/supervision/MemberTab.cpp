// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/supervision/MemberTab.h"

#include "gui/supervision/CaseloadDashboard.h"
#include "gui/supervision/DashboardExport.h"
#include "gui/supervision/DashboardView.h"
#include "gui/supervision/TeamReports.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kim::gui {

MemberTab::MemberTab(QWidget* parent)
    : QWidget(parent) {
    m_memberCombo = new QComboBox(this);
    m_memberCombo->setObjectName(QStringLiteral("memberCombo"));
    m_memberCombo->setMinimumContentsLength(24);
    auto* memberLabel = new QLabel(tr("&Teammitglied:"), this);
    memberLabel->setBuddy(m_memberCombo);
    m_lengthCombo = new QComboBox(this);
    m_lengthCombo->setObjectName(QStringLiteral("lengthCombo"));
    m_lengthCombo->addItem(tr("Monate"), int(core::ReportingPeriod::Length::Month));
    m_lengthCombo->addItem(tr("Quartale"), int(core::ReportingPeriod::Length::Quarter));
    auto* lengthLabel = new QLabel(tr("&Zeiträume:"), this);
    lengthLabel->setBuddy(m_lengthCombo);
    auto* pdfButton = new QPushButton(tr("Als &PDF speichern …"), this);
    pdfButton->setObjectName(QStringLiteral("memberPdfButton"));
    auto* csvButton = new QPushButton(tr("Als &CSV speichern …"), this);
    csvButton->setObjectName(QStringLiteral("memberCsvButton"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(memberLabel);
    bar->addWidget(m_memberCombo);
    bar->addSpacing(12);
    bar->addWidget(lengthLabel);
    bar->addWidget(m_lengthCombo);
    bar->addStretch();
    bar->addWidget(pdfButton);
    bar->addWidget(csvButton);

    m_dashboard = new DashboardView(this);
    m_dashboard->setObjectName(QStringLiteral("memberDashboard"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_dashboard, 1);

    connect(m_memberCombo, &QComboBox::currentIndexChanged, this, &MemberTab::showMember);
    connect(m_lengthCombo, &QComboBox::currentIndexChanged, this, &MemberTab::showMember);
    connect(pdfButton, &QPushButton::clicked, this, &MemberTab::exportPdf);
    connect(csvButton, &QPushButton::clicked, this, &MemberTab::exportCsv);
}

void MemberTab::setReports(const TeamReports* reports) {
    m_reports = reports;
    const QString chosen = memberKeyId();
    {
        const QSignalBlocker blocker(m_memberCombo);
        m_memberCombo->clear();
        for (const TeamReports::Member& member : reports->members()) {
            m_memberCombo->addItem(member.name, member.keyId);
        }
        m_memberCombo->setCurrentIndex(std::max(0, m_memberCombo->findData(chosen)));
    }
    showMember();
}

void MemberTab::selectMember(const QString& keyId) {
    m_memberCombo->setCurrentIndex(m_memberCombo->findData(keyId));
}

QString MemberTab::memberKeyId() const {
    return m_memberCombo->currentData().toString();
}

void MemberTab::showMember() {
    if (m_reports == nullptr || memberKeyId().isEmpty()) {
        m_dashboard->setTables({}, tr("Noch keine Fallzahlenberichte eingelesen."));
        return;
    }
    const auto length = core::ReportingPeriod::Length(m_lengthCombo->currentData().toInt());
    const QList<ReportTable> tables = CaseloadDashboard::member(*m_reports, memberKeyId(), length);
    m_dashboard->setTables(tables.first().rows.isEmpty() ? QList<ReportTable>() : tables,
                           length == core::ReportingPeriod::Length::Month
                               ? tr("Von diesem Teammitglied liegen keine Monatsberichte vor.")
                               : tr("Von diesem Teammitglied liegen keine Quartalsberichte vor."));
}

QString MemberTab::title() const {
    return tr("Fallzahlen von %1").arg(m_memberCombo->currentText());
}

void MemberTab::exportPdf() {
    if (!memberKeyId().isEmpty()) {
        DashboardExport(title(), m_lengthCombo->currentText(), m_dashboard->tables()).savePdf(this, title());
    }
}

void MemberTab::exportCsv() {
    if (!memberKeyId().isEmpty()) {
        DashboardExport(title(), m_lengthCombo->currentText(), m_dashboard->tables()).saveCsv(this, title());
    }
}

} // namespace kim::gui
