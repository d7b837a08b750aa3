// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/CaseloadFigures.h"
#include "core/ReportingPeriod.h"

#include <QDate>
#include <QHash>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace kim::gui {

class CaseloadExportWizard;

// First page of the caseload wizard: the period (the last complete month by default, a quarter
// on request; each with the day a report for it was last sent) and the team's rules the figures
// are computed with. Changed rules are saved in the vault when the user goes on.
class CaseloadPeriodPage final : public QWizardPage {
    Q_OBJECT

public:
    static constexpr int MonthsShown = 13;
    static constexpr int QuartersShown = 5;

    explicit CaseloadPeriodPage(CaseloadExportWizard& wizard);

    core::ReportingPeriod chosenPeriod() const;
    core::CaseloadRules chosenRules() const;

    QRadioButton* monthButton() const { return m_month; }
    QRadioButton* quarterButton() const { return m_quarter; }
    QComboBox* periodCombo() const { return m_period; }
    QSpinBox* noContactSpin() const { return m_noContact; }
    QSpinBox* stuckInPhaseSpin() const { return m_stuck; }
    QSpinBox* thresholdSpin() const { return m_threshold; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QWidget* createRulesBox();
    void fillPeriods();
    void updateThresholdText();
    core::ReportingPeriod lastCompleted() const;

    CaseloadExportWizard& m_wizard;
    QRadioButton* m_month = nullptr;
    QRadioButton* m_quarter = nullptr;
    QComboBox* m_period = nullptr;
    QSpinBox* m_noContact = nullptr;
    QSpinBox* m_stuck = nullptr;
    QSpinBox* m_threshold = nullptr;
    QLabel* m_thresholdText = nullptr;
    QLabel* m_error = nullptr;
    QHash<QString, QDate> m_sent; // period text -> day the last report for it was written
    core::CaseloadRules m_savedRules;
    bool m_loaded = false;
};

} // namespace kim::gui
