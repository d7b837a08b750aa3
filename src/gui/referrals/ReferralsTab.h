// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/common/RecordListTab.h"

#include <cstdint>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace kim::storage {
class Database;
}
namespace kim {
class Clock;
}

namespace kim::gui {

class LegalDomainTimeline;
class ReferralReleaseList;

// The "Vermittlungen" tab of a case file: the client's referrals with their history, status
// changes, releases, the referral sheet and the legal-domain timeline below.
class ReferralsTab final : public RecordListTab {
    Q_OBJECT

public:
    ReferralsTab(storage::Database& db, const kim::Clock& clock, QWidget* parent = nullptr);

    // Overrides the sender line of the referral sheet (default: from the settings).
    void setSenderOrganisation(const QString& organisation) { m_sender = organisation; }
    QTreeWidget* history() const { return m_history; }
    ReferralReleaseList* releases() const { return m_releases; }
    LegalDomainTimeline* timeline() const { return m_timeline; }
    // Writes the sheet of the selected referral; false (with the reason shown) if not allowed.
    bool savePdf(const QString& path);

    // New referrals go to `caseId`; none without an open case.
    void setClient(int64_t clientId, std::optional<int64_t> caseId);
    void refresh() override;

public Q_SLOTS:
    void newReferral();
    void editSelected();
    void changeStatusOfSelected();

private:
    void showHistory();
    void updateButtons();
    void askPdfPath();
    void printSheet();

    storage::Database& m_db;
    const kim::Clock& m_clock;
    std::optional<int64_t> m_caseId;
    QString m_sender;
    QTreeWidget* m_history = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_status = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    ReferralReleaseList* m_releases = nullptr;
    LegalDomainTimeline* m_timeline = nullptr;
};

} // namespace kim::gui
