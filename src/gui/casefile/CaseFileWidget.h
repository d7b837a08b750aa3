// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <cstdint>
#include <optional>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace kim::gui {

class CaseTab;
class ClientEditorWidget;
class ConsentTab;
class ConsultationsTab;
class FollowUpsTab;
class ProblemFlagsTab;
class ReferralsTab;
class Session;

// The right-hand side of the main window: the case file of the selected client as tabs
// (Stammdaten, Einwilligungen, Fall & Ziele, Beratungskontakte, Wiedervorlagen, Vermittlungen,
// Strukturprobleme) under a header with name and case code, or a hint while no client is selected.
class CaseFileWidget final : public QWidget {
    Q_OBJECT

public:
    enum Tab { MasterDataTab, ConsentsTab, CaseAndGoalsTab, ConsultationTab, FollowUpTab, ReferralTab, ProblemsTab };

    explicit CaseFileWidget(Session& session, QWidget* parent = nullptr);

    void setClient(int64_t clientId);
    void startNewClient();
    int64_t clientId() const { return m_clientId; }
    void showTab(Tab tab);
    void addConsultation();
    void addFollowUp();
    // Shows the structural problems again, e.g. after a new taxonomy arrived.
    void refreshProblems();
    QTabWidget* tabs() const { return m_tabs; }

Q_SIGNALS:
    // A client was saved for the first time or changed; the list should show it.
    void clientSaved(int64_t clientId);
    // Something in the case file changed that other views (list, due follow-ups, referrals) show.
    void caseFileChanged(int64_t clientId);

private:
    QWidget* createPlaceholder();
    QWidget* createHeader();
    void refreshAll();
    void updateHeader();
    bool requireClient();
    std::optional<int64_t> openCaseId();

    Session& m_session;
    int64_t m_clientId = 0;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QTabWidget* m_tabs = nullptr;
    ClientEditorWidget* m_editor = nullptr;
    ConsentTab* m_consents = nullptr;
    CaseTab* m_case = nullptr;
    ConsultationsTab* m_consultations = nullptr;
    FollowUpsTab* m_followUps = nullptr;
    ReferralsTab* m_referrals = nullptr;
    ProblemFlagsTab* m_problems = nullptr;
};

} // namespace kim::gui
