// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/PackageImport.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace kim::storage {
class Database;
}
namespace kim {
class Clock;
}
namespace kim::exchange {
class Identity;
}

namespace kim::gui {

class PackageImportRunner;
class RowsModel;

// "Eingang": reads caseload reports (chosen files, a folder or a drop), shows what became of each
// file with the reason of every rejection, and lists every report held, the ones a newer report
// of the same period replaced marked "ersetzt".
class SupervisionIntakeTab final : public QWidget {
    Q_OBJECT

public:
    SupervisionIntakeTab(storage::Database& db, const exchange::Identity& identity, const kim::Clock& clock,
                         QWidget* parent = nullptr);

    RowsModel* outcomes() const { return m_outcomes; }
    RowsModel* reports() const { return m_reports; }
    bool isImporting() const;

public Q_SLOTS:
    void refresh();
    void chooseFiles();
    void chooseFolder();
    void importPaths(const QStringList& paths);

Q_SIGNALS:
    // Reports were accepted: the dashboards changed.
    void imported();

private:
    void showOutcomes(const QList<reporting::ImportOutcome>& outcomes, bool cancelled);

    storage::Database& m_db;
    PackageImportRunner* m_runner = nullptr;
    RowsModel* m_outcomes = nullptr;
    RowsModel* m_reports = nullptr;
    QTableView* m_outcomeView = nullptr;
    QTableView* m_reportView = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_reportSummary = nullptr;
};

} // namespace kim::gui
