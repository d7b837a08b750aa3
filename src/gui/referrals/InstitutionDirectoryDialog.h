// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <cstdint>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace kim::storage {
class Database;
}

namespace kim::gui {

class InstitutionEditor;

// The institution directory (Einrichtungen): a table on the left, the editor on the right.
class InstitutionDirectoryDialog final : public QDialog {
    Q_OBJECT

public:
    explicit InstitutionDirectoryDialog(storage::Database& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    InstitutionEditor* editor() const { return m_editor; }
    QLabel* errorLabel() const { return m_error; }

public Q_SLOTS:
    void refresh();
    void addNew();
    void saveCurrent();
    void removeCurrent();

private:
    void showSelected();
    int64_t selectedId() const;

    storage::Database& m_db;
    QTableWidget* m_table = nullptr;
    InstitutionEditor* m_editor = nullptr;
    QCheckBox* m_showArchived = nullptr;
    QLabel* m_error = nullptr;
    int64_t m_selectAfterRefresh = 0;
};

} // namespace kim::gui
