#pragma once

#include "core/Quarter.h"
#include "exchange/ProblemReport.h"

#include <QWizard>

#include <optional>

namespace kim::storage {
class Database;
}
namespace kim::core {
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

    ProblemExportWizard(storage::Database& db, exchange::Identity& identity, const core::Clock& clock, QWidget* parent);

    storage::Database& database() const { return m_db; }
    exchange::Identity& identity() const { return m_identity; }
    const core::Clock& clock() const { return m_clock; }

    core::Quarter quarter() const;
    // Builds the report for the chosen quarter; throws kim::Error.
    const exchange::ProblemReport& prepare();
    const std::optional<exchange::ProblemReport>& report() const { return m_report; }

    // Set by the recipient page once the file is written.
    void setWritten(const QString& path, const QString& recipient);
    const QString& writtenPath() const { return m_writtenPath; }
    const QString& recipientName() const { return m_recipientName; }

    ExportQuarterPage* quarterPage() const { return m_quarterPage; }
    ExportPreviewPage* previewPage() const { return m_previewPage; }
    ExportRecipientPage* recipientPage() const { return m_recipientPage; }

private:
    storage::Database& m_db;
    exchange::Identity& m_identity;
    const core::Clock& m_clock;
    std::optional<exchange::ProblemReport> m_report;
    QString m_writtenPath;
    QString m_recipientName;
    ExportQuarterPage* m_quarterPage = nullptr;
    ExportPreviewPage* m_previewPage = nullptr;
    ExportRecipientPage* m_recipientPage = nullptr;
};

} // namespace kim::gui
