// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/ProblemReport.h"

#include <QString>

namespace kim::gui {

class ProblemCodeLabels;

// The export wizard's preview as a readable document: every table of the prepared report with
// its cells in words and counts, the proposals that travel with it, and what does not leave
// the vault. The key sums are shown only on request (they mean nothing to a reader).
class ProblemReportPreview final {
public:
    ProblemReportPreview(const reporting::ProblemReport& report, const ProblemCodeLabels& labels);

    QString html(bool showKeySums) const;
    // Heading of a table of the programme, e.g. "Handlungsfeld × Kommune".
    static QString tableTitle(const QString& tableId);
    // A key sum as the 16 hex digits the package carries.
    static QString keySumText(uint64_t keySum);

private:
    QString tableHtml(const core::ProblemTable& table, bool showKeySums) const;
    QString proposalsHtml() const;

    const reporting::ProblemReport& m_report;
    const ProblemCodeLabels& m_labels;
};

} // namespace kim::gui
