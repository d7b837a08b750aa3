// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <cstdint>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace kim::gui {

class Session;
class SnippetDelegate;

// Full-text search over consultation notes: a search field and the hits with a snippet.
// Enter on a hit opens the client's case file. A pseudonym from a caseload report this vault
// sent ("P-7F3A2C") shows the case it stands for instead, so a Fallbesprechung needs no names.
class SearchPanel final : public QWidget {
    Q_OBJECT

public:
    explicit SearchPanel(Session& session, QWidget* parent = nullptr);

    void focusSearch();
    void search();
    QTreeWidget* results() const { return m_results; }
    QLineEdit* searchEdit() const { return m_edit; }
    QLabel* summary() const { return m_summary; }

Q_SIGNALS:
    void openClient(int64_t clientId);

private:
    void searchNotes(const QString& text);
    void showPseudonym(const QString& text);

    Session& m_session;
    QLineEdit* m_edit = nullptr;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_results = nullptr;
    SnippetDelegate* m_snippets = nullptr;
};

} // namespace kim::gui
