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
class ExportQuarterPage;
class ExportRecipientPage;

// "Austausch → Strukturprobleme exportieren…": choose a quarter, see exactly what will leave the
// vault (every table in words, the pending proposals, and what does not leave), choose the
// coordinating office among the trusted contacts and a file, then write the signed and
// encrypted report. The preview and the package are built from the same prepared report.
class ProblemExportWizard final : public QWizard {
    Q_OBJECT

public:
    enum PageId { QuarterPageId, PreviewPageId, RecipientPageId, DonePageId };

    // `lifeline` keeps the database open while a page's background work runs, even if the
    // workspace is locked meanwhile (the main window passes its session).
    ProblemExportWizard(storage::Database& db, exchange::Identity& identity, const kim::Clock& clock, QWidget* parent,
                        std::shared_ptr<const void> lifeline = {});

    storage::Database& database() const { return m_db; }
    exchange::Identity& identity() const { return m_identity; }
    const kim::Clock& clock() const { return m_clock; }
    const std::shared_ptr<const void>& lifeline() const { return m_lifeline; }

    core::Quarter quarter() const;
    // The report for the chosen quarter, built by the preview page (off the GUI thread).
    void setReport(std::optional<reporting::ProblemReport> report) { m_report = std::move(report); }
    const std::optional<reporting::ProblemReport>& report() const { return m_report; }

    // While a page's background work runs the wizard cannot be closed: closing would give the
    // main window back while the worker still uses the database.
    void setBusy(bool busy) { m_busy = busy; }
    bool isBusy() const { return m_busy; }
    void reject() override;

    // Set by the recipient page once the file is written.
    void setWritten(const QString& path, const QString& recipient);
    const QString& writtenPath() const { return m_writtenPath; }
    const QString& recipientName() const { return m_recipientName; }

    ExportQuarterPage* quarterPage() const { return m_quarterPage; }
    ExportPreviewPage* previewPage() const { return m_previewPage; }
    ExportRecipientPage* recipientPage() const { return m_recipientPage; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    storage::Database& m_db;
    exchange::Identity& m_identity;
    const kim::Clock& m_clock;
    std::shared_ptr<const void> m_lifeline;
    std::optional<reporting::ProblemReport> m_report;
    QString m_writtenPath;
    QString m_recipientName;
    ExportQuarterPage* m_quarterPage = nullptr;
    ExportPreviewPage* m_previewPage = nullptr;
    ExportRecipientPage* m_recipientPage = nullptr;
    bool m_busy = false;
};

} // namespace kim::gui
