// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTreeView;

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

class RowsModel;

// "Themenkatalog": the taxonomy of structural problems by Handlungsfeld, edited by the office
// (add, edit, retire), the proposals case managers sent (adopt as a new type or decline), and
// issuing a new version as a signed package for all case managers.
class TaxonomyTab final : public QWidget {
    Q_OBJECT

public:
    TaxonomyTab(storage::Database& db, const exchange::Identity& identity, const kim::Clock& clock,
                QWidget* parent = nullptr);

    QTableView* proposalView() const { return m_proposalView; }
    RowsModel* proposals() const { return m_proposals; }
    QLabel* versionLabel() const { return m_version; }
    // The code of the selected type; empty when a field or nothing is selected.
    QString selectedCode() const;
    void selectCode(const QString& code);

public Q_SLOTS:
    void refresh();
    void addType();
    void editType();
    void retireType();
    void adoptProposal();
    void declineProposal();
    void issueAndSend();

Q_SIGNALS:
    // The taxonomy changed: problem titles elsewhere (report, conference) refresh.
    void taxonomyChanged();

private:
    void buildLayout(QPushButton* add);
    void showTypes();
    void showProposals();
    void updateButtons();
    void writeTaxonomy(const QString& path, bool issueFirst);

    storage::Database& m_db;
    const exchange::Identity& m_identity;
    const kim::Clock& m_clock;
    QLabel* m_version = nullptr;
    QStandardItemModel* m_typeModel = nullptr;
    QTreeView* m_types = nullptr;
    RowsModel* m_proposals = nullptr;
    QTableView* m_proposalView = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_retire = nullptr;
    QPushButton* m_adopt = nullptr;
    QPushButton* m_decline = nullptr;
    QPushButton* m_issue = nullptr;
    QSet<qlonglong> m_openProposals;
};

} // namespace kim::gui
