// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace kim::core {

// One figure of the caseload report: a stable id, its categories (keys) and its one
// definition. The same texts stand in the preview, on every chart and in docs/formats.md.
struct CaseloadFigureDefinition {
    QString id;                          // e.g. "cases.by_phase"
    QString title;                       // translated, e.g. "Offene Fälle nach Phase"
    QString definition;                  // translated, one sentence
    QList<QPair<QString, QString>> keys; // stable key, translated label; "total" for a single number
    bool suppressSmallCounts = false;    // target groups and municipalities: small counts leave suppressed
};

namespace CaseloadDefinitions {
// Version of the definitions below; a report states the version it was computed with.
constexpr int CurrentVersion = 1;
// Every figure in report order.
const QList<CaseloadFigureDefinition>& all();
// nullptr for an unknown id.
const CaseloadFigureDefinition* find(const QString& id);
} // namespace CaseloadDefinitions

} // namespace kim::core
