// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/CaseloadReport.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace kim::gui {

// The caseload wizard's preview as a readable document: the period and the team's rules, every
// figure with its title, its one-sentence definition and its values ("< 5" where a small count
// is suppressed), the alert rows under their pseudonyms, and what does not leave the vault.
class CaseloadReportPreview final {
    Q_DECLARE_TR_FUNCTIONS(kim::gui::CaseloadReportPreview)

public:
    explicit CaseloadReportPreview(const reporting::CaseloadReport& report);

    QString html() const;
    // The reasons of an alert row in words, e.g. "kein Kontakt seit mehr als 30 Tagen, Wiedervorlage überfällig".
    static QString reasonsText(int reasons, const core::CaseloadRules& rules);
    // A count as it leaves the vault: the number, or "< threshold" where it is suppressed.

private:
    QString figureHtml(const core::CaseloadFigureDefinition& definition) const;
    QString alertsHtml() const;

    const reporting::CaseloadReport& m_report;
};

} // namespace kim::gui
