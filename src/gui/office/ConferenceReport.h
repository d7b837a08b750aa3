// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/PublicationStore.h"
#include "gui/reports/ReportTable.h"

#include <QList>

namespace kim::gui {

class CodeLabels;

// The conference report of one published quarter, as tables that the screen, the PDF and the
// CSV all show alike: ranked problems, by Handlungsfeld, region, institution type and target
// group, and the trend over the quarters published up to it. Built from published (protected)
// figures only; the exact figures never get here.
class ConferenceReport final {
public:
    static constexpr int MaxTrendQuarters = 8;

    // `history`: the latest revision of every published quarter (any order).
    static ConferenceReport build(const reporting::Publication& publication,
                                  const QList<reporting::Publication>& history, const CodeLabels& labels);

    const reporting::Publication& publication() const { return m_publication; }
    const QList<ReportTable>& tables() const { return m_tables; }
    const ReportTable* table(const QString& id) const;
    // "3. Quartal 2026 · Revision 2 vom 12.10.2026"
    QString periodLine() const;

    static QString protectionStatement();

private:
    reporting::Publication m_publication;
    QList<ReportTable> m_tables;
};

} // namespace kim::gui
