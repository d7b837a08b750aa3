// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <cstdint>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace kim::gui {

class Session;

// Full-text search over consultation notes: a search field and the hits with a snippet.
// Enter on a hit opens the client's case file.
class SearchPanel final : public QWidget {
    Q_OBJECT

public:
    explicit SearchPanel(Session& session, QWidget* parent = nullptr);

    void focusSearch();
    void search();
    QTreeWidget* results() const { return m_results; }

Q_SIGNALS:
    void openClient(int64_t clientId);

private:
    Session& m_session;
    QLineEdit* m_edit = nullptr;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_results = nullptr;
};

} // namespace kim::gui
