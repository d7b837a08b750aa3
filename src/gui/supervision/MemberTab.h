// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;

namespace kim::gui {

class DashboardView;
class TeamReports;

// "Teammitglied": one member's figures over time (months or quarters), their alert rows and
// every figure of their latest report, with PDF and CSV export.
class MemberTab final : public QWidget {
    Q_OBJECT

public:
    explicit MemberTab(QWidget* parent = nullptr);

    void setReports(const TeamReports* reports);
    void selectMember(const QString& keyId);
    QString memberKeyId() const;
    DashboardView* dashboard() const { return m_dashboard; }
    QComboBox* memberCombo() const { return m_memberCombo; }

public Q_SLOTS:
    void exportPdf();
    void exportCsv();

private:
    void showMember();
    QString title() const;

    const TeamReports* m_reports = nullptr;
    QComboBox* m_memberCombo = nullptr;
    QComboBox* m_lengthCombo = nullptr;
    DashboardView* m_dashboard = nullptr;
};

} // namespace kim::gui
