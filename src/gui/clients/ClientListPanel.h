// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <cstdint>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace kim::core {
class ClientRepository;
}

namespace kim::gui {

class ClientListModel;

// The client register on the left of the main window: an instant filter (debounced), combo
// filters for municipality, target group and phase, and the sparse lazy table. Tells the window which
// client is current.
class ClientListPanel final : public QWidget {
    Q_OBJECT

public:
    explicit ClientListPanel(core::ClientRepository& repository, QWidget* parent = nullptr);

    void focusFilter();
    // Refreshes (after a save) and keeps the current client selected if still listed.
    void refresh();
    void selectClient(int64_t clientId);
    int64_t currentClientId() const;
    int totalCount() const;
    QTableView* view() const { return m_view; }

Q_SIGNALS:
    void currentClientChanged(int64_t clientId);
    // Enter or double-click on a client: the user wants to work in the case file.
    void clientActivated(int64_t clientId);
    void countChanged(int count);

private:
    QWidget* createFilterRow();
    void sizeColumns();
    void applyFilter();
    void updateCountLabel();

    ClientListModel* m_model = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QComboBox* m_municipality = nullptr;
    QComboBox* m_targetGroup = nullptr;
    QComboBox* m_phase = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_countLabel = nullptr;
    QTimer* m_debounce = nullptr;
    int64_t m_lastEmitted = -1;
};

} // namespace kim::gui
