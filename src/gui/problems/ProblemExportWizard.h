// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Quarter.h"
#include "reporting/ProblemReport.h"

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

class ExportPreviewPage;
class Session;
class ExportQuarterPage;
class PackageRecipientPage;

// "Austausch → Strukturprobleme exportieren…": choose a quarter, see exactly what will leave the
// vault (every table in words, the pending proposals, and what does not leave), choose the
// coordinating office among the trusted contacts and a file, then write the signed and
// encrypted report. The preview and the package are built from the same prepared report.
class ProblemExportWizard final : public QWizard {
    Q_OBJECT

public:
    enum PageId { QuarterPageId, PreviewPageId, RecipientPageId, DonePageId };

    // A page's background work holds the shared session, so the database stays open while it
    // runs even if the workspace is locked meanwhile.
    ProblemExportWizard(std::shared_ptr<Session> session, QWidget* parent);

    const std::shared_ptr<Session>& session() const { return m_session; }
    storage::Database& database() const;
    exchange::Identity& identity() const;
    const kim::Clock& clock() const;

    core::Quarter quarter() const;
    // The report for the chosen quarter, built by the preview page (off the GUI thread).
    void setReport(std::optional<reporting::ProblemReport> report) { m_report = std::move(report); }
    const std::optional<reporting::ProblemReport>& report() const { return m_report; }

    // While a page's background work runs the wizard cannot be closed: closing would give the
    // main window back while the worker still uses the database.
    void setBusy(bool busy) { m_busy = busy; }
    void reject() override;

    ExportQuarterPage* quarterPage() const { return m_quarterPage; }
    ExportPreviewPage* previewPage() const { return m_previewPage; }
    PackageRecipientPage* recipientPage() const { return m_recipientPage; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QString doneText(const QString& path, const QStringList& recipients) const;

    std::shared_ptr<Session> m_session;
    std::optional<reporting::ProblemReport> m_report;
    ExportQuarterPage* m_quarterPage = nullptr;
    ExportPreviewPage* m_previewPage = nullptr;
    PackageRecipientPage* m_recipientPage = nullptr;
    bool m_busy = false;
};

} // namespace kim::gui
