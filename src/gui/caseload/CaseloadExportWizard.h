// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ReportingPeriod.h"
#include "reporting/CaseloadReport.h"

#include <QWizard>

#include <memory>
#include <optional>

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

class CaseloadPeriodPage;
class CaseloadPreviewPage;
class PackageRecipientPage;
class Session;

// "Austausch → Fallzahlenbericht senden…": choose a month (or a quarter) and check the team's
// rules, see exactly what will leave the vault (every figure with its definition, the alert rows
// under their pseudonyms, and what does not leave), choose the supervisor among the trusted
// contacts and a file, then write the signed and encrypted report. The preview and the package
// are the same prepared report.
class CaseloadExportWizard final : public QWizard {
    Q_OBJECT

public:
    enum PageId { PeriodPageId, PreviewPageId, RecipientPageId, DonePageId };

    // A page's background work holds the shared session, so the database stays open while it
    // runs even if the workspace is locked meanwhile.
    CaseloadExportWizard(std::shared_ptr<Session> session, QWidget* parent);

    const std::shared_ptr<Session>& session() const { return m_session; }
    storage::Database& database() const;
    exchange::Identity& identity() const;
    const kim::Clock& clock() const;

    core::ReportingPeriod period() const;
    // The report for the chosen period, prepared by the preview page (off the GUI thread).
    void setPrepared(std::optional<reporting::PreparedCaseloadReport> prepared) { m_prepared = std::move(prepared); }
    const std::optional<reporting::PreparedCaseloadReport>& prepared() const { return m_prepared; }

    // While a page's background work runs the wizard cannot be closed: closing would give the
    // main window back while the worker still uses the database.
    void setBusy(bool busy) { m_busy = busy; }
    void reject() override;

    CaseloadPeriodPage* periodPage() const { return m_periodPage; }
    CaseloadPreviewPage* previewPage() const { return m_previewPage; }
    PackageRecipientPage* recipientPage() const { return m_recipientPage; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QString doneText(const QString& path, const QStringList& recipients) const;

    std::shared_ptr<Session> m_session;
    std::optional<reporting::PreparedCaseloadReport> m_prepared;
    CaseloadPeriodPage* m_periodPage = nullptr;
    CaseloadPreviewPage* m_previewPage = nullptr;
    PackageRecipientPage* m_recipientPage = nullptr;
    bool m_busy = false;
};

} // namespace kim::gui
