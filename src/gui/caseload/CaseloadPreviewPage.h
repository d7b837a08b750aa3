// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QTextBrowser;

namespace kim::gui {

class CaseloadExportWizard;

// Second page of the caseload wizard: exactly what will leave the vault, in words. Prepared off
// the GUI thread (the figures read every case of the vault); the wizard takes no input meanwhile.
class CaseloadPreviewPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit CaseloadPreviewPage(CaseloadExportWizard& wizard);

    QTextBrowser* preview() const { return m_preview; }
    void initializePage() override;
    bool isComplete() const override;

private:
    CaseloadExportWizard& m_wizard;
    QTextBrowser* m_preview = nullptr;
    QLabel* m_error = nullptr;
    bool m_ready = false;
};

} // namespace kim::gui
