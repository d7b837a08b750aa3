// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

#include <cstdint>
#include <functional>

class QDialog;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace kim::gui {

// The shape every list tab of a case file shares, top to bottom: a hint, the list of the
// client's records, an inline error line and a row of buttons. Subclasses fill the list in
// refresh(), add their buttons and say what a change touches. Reading or changing records runs
// through guard(), so an error shows in the tab's own error line, never as a stray exception.
class RecordListTab : public QWidget {
    Q_OBJECT

public:
    // Shows the records of this client (0: none) and forgets an earlier error.
    void setClient(int64_t clientId);
    int64_t clientId() const { return m_clientId; }
    QTreeWidget* list() const { return m_list; }
    QLabel* errorLabel() const { return m_error; }

    // Reads the records again; keeps the selection where the record is still listed.
    virtual void refresh() = 0;

Q_SIGNALS:
    // Something in the case file changed: other tabs and lists may have to refresh.
    void changed();

protected:
    RecordListTab(const QStringList& columns, const QString& listName, QWidget* parent);

    QPushButton* addButton(const QString& text, const QString& objectName, const std::function<void()>& onClick);
    // Widgets at the right end of the button row (e.g. a filter check box).
    void addToButtonRow(QWidget* widget);
    QLabel* hint() const { return m_hint; }
    // Above the hint (an introduction) or below the buttons (details of the selected record).
    void addAbove(QWidget* widget);
    void addBelow(QWidget* widget, int stretch = 0);
    // Puts the list into `area` (which must hold it already), e.g. a splitter with a detail pane.
    void setListArea(QWidget* area);
    // The list's share of the height against what was added below it (default 1).
    void setListStretch(int stretch);

    // The record id stored in Qt::UserRole of the current item (0: none).
    int64_t selectedId() const;
    // Makes the item with this id current, else the first one.
    void select(int64_t id);
    // Runs a read or a change; an error is shown inline and false returned.
    bool guard(const std::function<void()>& action);
    // Opens a dialog that saves on accept; afterwards the tab refreshes and reports the change.
    // open(), never exec(): a lock may tear the workspace down while the dialog is up.
    void openDialog(QDialog* dialog);
    void refreshAndReportChange();

private:
    int64_t m_clientId = 0;
    QLabel* m_hint = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_error = nullptr;
    QHBoxLayout* m_buttons = nullptr;
    QVBoxLayout* m_layout = nullptr;
    int m_aboveCount = 0;
    int m_buttonCount = 0;
    QWidget* m_listArea = nullptr;
};

} // namespace kim::gui
