// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ProblemTables.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
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

class DisclosureParametersWidget;
class RowsModel;

// "Auswertung": per quarter the exact merged tables (confidential, office only), the disclosure
// parameters of the year, publishing (a frozen quarter only as a revision with a reason) and
// the revision history.
class EvaluationTab final : public QWidget {
    Q_OBJECT

public:
    EvaluationTab(storage::Database& db, const exchange::Identity& identity, const kim::Clock& clock,
                  QWidget* parent = nullptr);

    QComboBox* quarterCombo() const { return m_quarter; }
    RowsModel* mergedModel() const { return m_merged; }
    RowsModel* revisionModel() const { return m_revisions; }
    DisclosureParametersWidget* parametersWidget() const { return m_parameters; }
    QPushButton* publishButton() const { return m_publish; }
    std::optional<core::Quarter> selectedQuarter() const;

public Q_SLOTS:
    void refresh();
    void publish();

Q_SIGNALS:
    // A quarter was published (first time or as a revision): the report changes.
    void published();

private:
    QWidget* createMergedBox();
    QWidget* createPublishBox();
    void showQuarter();
    void showMergedTable();
    void showRevisions();
    void saveParameters();
    bool yearIsFrozen(int year) const;
    void publishNow(const QString& reason);
    void askRevisionReason(int nextRevision);

    storage::Database& m_db;
    const exchange::Identity& m_identity;
    const kim::Clock& m_clock;
    QComboBox* m_quarter = nullptr;
    QLabel* m_submissionCount = nullptr;
    QComboBox* m_table = nullptr;
    RowsModel* m_merged = nullptr;
    QTableView* m_mergedView = nullptr;
    DisclosureParametersWidget* m_parameters = nullptr;
    QPushButton* m_publish = nullptr;
    QLabel* m_publishState = nullptr;
    RowsModel* m_revisions = nullptr;
    QTableView* m_revisionView = nullptr;
    core::ProblemTableSet m_mergedSet;
    int m_submissions = 0;
};

} // namespace kim::gui
