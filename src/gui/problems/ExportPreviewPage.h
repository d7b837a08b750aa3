// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ProblemTaxonomy.h"

#include <QList>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QTextBrowser;

namespace kim::gui {

class ProblemExportWizard;

// Second page of the export wizard: exactly what will leave the vault, in words. The key sums
// travel too; they are hidden by default with an explanation, and shown on request.
class ExportPreviewPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit ExportPreviewPage(ProblemExportWizard& wizard);

    QTextBrowser* preview() const { return m_preview; }
    QCheckBox* keySumsCheck() const { return m_keySums; }
    void initializePage() override;
    bool isComplete() const override;

private:
    void render();

    ProblemExportWizard& m_wizard;
    QTextBrowser* m_preview = nullptr;
    QCheckBox* m_keySums = nullptr;
    QLabel* m_error = nullptr;
    QList<core::ProblemType> m_types;
    bool m_ready = false;
};

} // namespace kim::gui
