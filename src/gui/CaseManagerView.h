// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <cstdint>

class QSplitter;
class QTabWidget;

namespace kim::gui {

class CaseFileWidget;
class ClientListPanel;
class DueFollowUpsPanel;
class FeedbackPanel;
class OpenReferralsPanel;
class SearchPanel;
class Session;

// Everything the main window shows while a case manager's workspace is unlocked: on the left the
// client list, the due follow-ups, the search, the open referrals and the conference feedback as
// tabs; on the right the case file. Destroying it drops every model, which the window does
// before it destroys the session. The due list and the open referrals load only when their tab
// is shown; a change in a case file marks them stale and keeps just the due count current.
class CaseManagerView final : public QWidget {
    Q_OBJECT

public:
    enum SideTab { ClientsTab, DueTab, SearchTab, OpenReferralsTab, FeedbackTab };

    explicit CaseManagerView(Session& session, QWidget* parent = nullptr);

    void newClient();
    void addConsultation();
    void addFollowUp();
    void focusFilter();
    void focusSearch();
    void showDue();
    void openClient(int64_t clientId);
    int clientCount() const;
    // Packages from the coordinating office were read: new feedback, maybe a new taxonomy.
    void refreshAfterImport();

    ClientListPanel* clientList() const { return m_clients; }
    CaseFileWidget* caseFile() const { return m_caseFile; }
    DueFollowUpsPanel* duePanel() const { return m_due; }
    OpenReferralsPanel* referralsPanel() const { return m_referrals; }
    FeedbackPanel* feedbackPanel() const { return m_feedback; }
    SearchPanel* searchPanel() const { return m_search; }
    QTabWidget* sideTabs() const { return m_side; }

Q_SIGNALS:
    void clientCountChanged(int count);

private:
    // After a change: refresh the list that is shown now, the others when they are next shown.
    void markListsStale(bool countsChanged);
    void refreshShownList();
    void updateDueTabTitle(int count);
    void updateFeedbackTabTitle(int unread);

    QSplitter* m_splitter = nullptr;
    QTabWidget* m_side = nullptr;
    ClientListPanel* m_clients = nullptr;
    DueFollowUpsPanel* m_due = nullptr;
    SearchPanel* m_search = nullptr;
    OpenReferralsPanel* m_referrals = nullptr;
    FeedbackPanel* m_feedback = nullptr;
    CaseFileWidget* m_caseFile = nullptr;
    bool m_dueStale = true;
    bool m_referralsStale = true;
};

} // namespace kim::gui
