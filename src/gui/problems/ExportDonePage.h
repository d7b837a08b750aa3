// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;

namespace kim::gui {

class ProblemExportWizard;

// Last page of the export wizard: where the report was saved, who can open it, and what to do
// with the file.
class ExportDonePage final : public QWizardPage {
    Q_OBJECT

public:
    explicit ExportDonePage(ProblemExportWizard& wizard);

    QLabel* summary() const { return m_summary; }
    void initializePage() override;

private:
    ProblemExportWizard& m_wizard;
    QLabel* m_summary = nullptr;
};

} // namespace kim::gui
