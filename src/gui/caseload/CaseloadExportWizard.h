// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ReportingPeriod.h"
#include "reporting/CaseloadReport.h"

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

class CaseloadPeriodPage;
class CaseloadPreviewPage;
class PackageRecipientPage;
class Session;

// "Austausch → Fallzahlenbericht senden…": choose a month (or a quarter) and check the team's
// rules, see exactly what will leave the vault (every figure with its definition, the alert rows
// under their pseudonyms, and what does not leave), choose the supervisor among the trusted
// contacts and a file, then write the signed and encrypted report. The preview and the package
// are the same prepared report.
class CaseloadExportWizard final : public PackageExportWizard {
    Q_OBJECT

public:
    enum PageId { PeriodPageId, PreviewPageId, RecipientPageId, DonePageId };

    CaseloadExportWizard(std::shared_ptr<Session> session, QWidget* parent);

    core::ReportingPeriod period() const;
    // The report for the chosen period, prepared by the preview page (off the GUI thread).
    void setPrepared(std::optional<reporting::PreparedCaseloadReport> prepared) { m_prepared = std::move(prepared); }
    const std::optional<reporting::PreparedCaseloadReport>& prepared() const { return m_prepared; }

    CaseloadPeriodPage* periodPage() const { return m_periodPage; }
    CaseloadPreviewPage* previewPage() const { return m_previewPage; }
    PackageRecipientPage* recipientPage() const { return m_recipientPage; }

private:
    QString doneText(const QString& path, const QStringList& recipients) const;

    std::optional<reporting::PreparedCaseloadReport> m_prepared;
    CaseloadPeriodPage* m_periodPage = nullptr;
    CaseloadPreviewPage* m_previewPage = nullptr;
    PackageRecipientPage* m_recipientPage = nullptr;
};

} // namespace kim::gui
