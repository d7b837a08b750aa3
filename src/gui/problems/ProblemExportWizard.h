// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Quarter.h"
#include "reporting/ProblemReport.h"

#include "gui/contacts/PackageExportWizard.h"

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
class ProblemExportWizard final : public PackageExportWizard {
    Q_OBJECT

public:
    enum PageId { QuarterPageId, PreviewPageId, RecipientPageId, DonePageId };

    ProblemExportWizard(std::shared_ptr<Session> session, QWidget* parent);

    core::Quarter quarter() const;
    // The report for the chosen quarter, built by the preview page (off the GUI thread).
    void setReport(std::optional<reporting::ProblemReport> report) { m_report = std::move(report); }
    const std::optional<reporting::ProblemReport>& report() const { return m_report; }

    ExportQuarterPage* quarterPage() const { return m_quarterPage; }
    ExportPreviewPage* previewPage() const { return m_previewPage; }
    PackageRecipientPage* recipientPage() const { return m_recipientPage; }

private:
    QString doneText(const QString& path, const QStringList& recipients) const;

    std::optional<reporting::ProblemReport> m_report;
    ExportQuarterPage* m_quarterPage = nullptr;
    ExportPreviewPage* m_previewPage = nullptr;
    PackageRecipientPage* m_recipientPage = nullptr;
};

} // namespace kim::gui
