// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Quarter.h"

#include <QDate>
#include <QList>
#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace kim::gui {

class ProblemExportWizard;

// First page of the export wizard: the quarter to report. Lists the recent quarters that have
// structural problems (and always the last completed one, chosen by default), with the date a
// report for it was last written.
class ExportQuarterPage final : public QWizardPage {
    Q_OBJECT

public:
    static constexpr int QuartersShown = 8;

    explicit ExportQuarterPage(ProblemExportWizard& wizard);

    core::Quarter chosenQuarter() const;
    QTreeWidget* quarterList() const { return m_list; }
    void initializePage() override;
    bool isComplete() const override;

private:
    struct QuarterFigures {
        core::Quarter quarter;
        int64_t units = 0;
        QDate lastReport;
    };
    void showQuarters(const QList<QuarterFigures>& quarters);

    ProblemExportWizard& m_wizard;
    QTreeWidget* m_list = nullptr;
    QLabel* m_error = nullptr;
    bool m_loading = false;
};

} // namespace kim::gui
