// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/OfficeInbox.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace kim::gui {

class PackageImportRunner;
class RowsModel;

// "Eingang": reads problem reports (chosen files, a folder or a drop), shows what became of
// each file and lists the submissions held, with the ones a correction replaced.
class IntakeTab final : public QWidget {
    Q_OBJECT

public:
    IntakeTab(storage::Database& db, const exchange::Identity& identity, const kim::Clock& clock,
              QWidget* parent = nullptr);

    RowsModel* outcomes() const { return m_outcomes; }
    RowsModel* submissions() const { return m_submissions; }
    bool isImporting() const;

public Q_SLOTS:
    void refresh();
    void chooseFiles();
    void chooseFolder();
    // Files and folders (e.g. dropped on the view); folders are searched for packages.
    void importPaths(const QStringList& paths);

Q_SIGNALS:
    // Packages were accepted: the figures of the evaluation changed.
    void imported();

private:
    void showOutcomes(const QList<reporting::ImportOutcome>& outcomes, bool cancelled);

    storage::Database& m_db;
    const exchange::Identity& m_identity;
    const kim::Clock& m_clock;
    PackageImportRunner* m_runner = nullptr;
    RowsModel* m_outcomes = nullptr;
    RowsModel* m_submissions = nullptr;
    QTableView* m_outcomeView = nullptr;
    QTableView* m_submissionView = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_submissionSummary = nullptr;
};

} // namespace kim::gui
