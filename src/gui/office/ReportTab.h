// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/office/ConferenceReport.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace kim::storage {
class Database;
}
namespace kim {
class Clock;
}

namespace kim::gui {

class RowsModel;

// "Konferenzbericht": the report of a published quarter on screen (charts and tables, protected
// figures only), saved as PDF or CSV; a problem of the ranking can be put on the agenda.
class ReportTab final : public QWidget {
    Q_OBJECT

public:
    ReportTab(storage::Database& db, const kim::Clock& clock, QWidget* parent = nullptr);

    QComboBox* quarterCombo() const { return m_quarter; }
    const std::optional<ConferenceReport>& report() const { return m_report; }
    QTableView* rankingView() const { return m_rankingView; }
    // Named in the PDF's title block, e.g. the organisation of the office's identity.
    void setOfficeName(const QString& name) { m_officeName = name; }
    // Both return false (with the reason shown) when nothing is published or writing failed.
    bool savePdf(const QString& path);
    bool saveCsv(const QString& path);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // The user wants a conference item for this problem code and quarter ("2026-Q3").
    void agendaRequested(const QString& problemCode, const QString& period);

private:
    void showReport();
    void clearSections();
    void addSection(const ReportTable& table);
    void askPdfPath();
    void askCsvPath();
    void requestAgendaItem();
    QString suggestedFileName(const QString& suffix) const;

    storage::Database& m_db;
    const kim::Clock& m_clock;
    std::optional<ConferenceReport> m_report;
    QString m_officeName;
    QComboBox* m_quarter = nullptr;
    QLabel* m_header = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_csv = nullptr;
    QPushButton* m_agenda = nullptr;
    QWidget* m_sections = nullptr;
    QVBoxLayout* m_sectionLayout = nullptr;
    QLabel* m_empty = nullptr;
    QTableView* m_rankingView = nullptr;
};

} // namespace kim::gui
