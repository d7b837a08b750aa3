// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/office/ConferenceReport.h"

#include "gui/office/CodeLabels.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace kim::gui {

namespace {

QStringList fieldCodes() {
    QStringList codes;
    for (const core::FieldOfAction field : core::allValues<core::FieldOfAction>()) {
        codes << core::fieldCode(field);
    }
    return codes;
}

QStringList fieldHeaders() {
    QStringList headers;
    for (const core::FieldOfAction field : core::allValues<core::FieldOfAction>()) {
        headers << CodeLabels::fieldShort(field);
    }
    return headers;
}

QString shorten(const QString& text, int length) {
    return text.size() <= length ? text : text.left(length - 1).trimmed() + QChar(0x2026);
}

// field × category tables as one row per category and one column per Handlungsfeld.
ReportTable pivot(const reporting::PublishedTable* table, const QStringList& categories,
                  const std::function<QString(const QString&)>& label,
                  const std::function<QString(const QString&)>& chartLabel) {
    ReportTable result;
    result.chart = ReportTable::Chart::StackedBars;
    result.valueHeaders = fieldHeaders();
    result.valueFields = fieldCodes();
    QHash<QString, qint64> values;
    if (table != nullptr) {
        for (const reporting::PublishedCell& cell : table->cells) {
            values.insert(cell.key.value(0) + QLatin1Char('|') + cell.key.value(1), cell.value);
        }
    }
    const QStringList fields = fieldCodes();
    for (const QString& category : categories) {
        ReportTable::Row row{{label(category)}, {}, chartLabel(category), category, {}, {}};
        for (const QString& field : fields) {
            row.values << values.value(field + QLatin1Char('|') + category, 0);
        }
        result.rows << row;
    }
    return result;
}

QStringList sortedUnique(QStringList codes) {
    std::sort(codes.begin(), codes.end(), [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    return codes;
}

ReportTable ranking(const reporting::Publication& publication, const CodeLabels& labels) {
    ReportTable result;
    result.id = QStringLiteral("ranking");
    result.title = QCoreApplication::translate("kim::gui::ConferenceReport", "Strukturelle Probleme nach Häufigkeit");
    result.description =
        QCoreApplication::translate("kim::gui::ConferenceReport",
                                    "Fälle je Problemtyp, absteigend. Seltene Problemtypen sind unter „sonstige“ ihres "
                                    "Handlungsfelds zusammengefasst.");
    result.labelHeaders = {QCoreApplication::translate("kim::gui::ConferenceReport", "Rang"),
                           QCoreApplication::translate("kim::gui::ConferenceReport", "Code"),
                           QCoreApplication::translate("kim::gui::ConferenceReport", "Problem"),
                           QCoreApplication::translate("kim::gui::ConferenceReport", "Handlungsfeld")};
    result.valueHeaders = {QCoreApplication::translate("kim::gui::ConferenceReport", "Fälle")};
    QList<reporting::PublishedCell> cells;
    if (const reporting::PublishedTable* table = publication.table(reporting::PublishedTables::Problem)) {
        for (const reporting::PublishedCell& cell : table->cells) {
            if (cell.value > 0) {
                cells << cell;
            }
        }
    }
    std::sort(cells.begin(), cells.end(), [](const auto& a, const auto& b) {
        return a.value != b.value ? a.value > b.value : a.key.value(1) < b.key.value(1);
    });
    int rank = 0;
    for (int i = 0; i < cells.size(); ++i) {
        if (i == 0 || cells[i].value != cells[i - 1].value) {
            rank = i + 1;
        }
        const QString code = cells[i].key.value(1);
        result.rows << ReportTable::Row{{QStringLiteral("%1.").arg(rank), code, labels.problemTitle(code),
                                         CodeLabels::fieldShort(cells[i].key.value(0))},
                                        {cells[i].value},
                                        code + QStringLiteral(" ") + shorten(labels.problemTitle(code), 28),
                                        code,
                                        cells[i].key.value(0),
                                        {}};
    }
    return result;
}

ReportTable byField(const reporting::Publication& publication) {
    ReportTable result;
    result.id = QStringLiteral("field");
    result.title = QCoreApplication::translate("kim::gui::ConferenceReport", "Nach Handlungsfeld");
    result.description = QCoreApplication::translate(
        "kim::gui::ConferenceReport", "Fälle mit mindestens einem strukturellen Problem im Handlungsfeld.");
    result.labelHeaders = {QCoreApplication::translate("kim::gui::ConferenceReport", "Handlungsfeld")};
    result.valueHeaders = {QCoreApplication::translate("kim::gui::ConferenceReport", "Fälle")};
    QHash<QString, qint64> values;
    if (const reporting::PublishedTable* table = publication.table(reporting::PublishedTables::Field)) {
        for (const reporting::PublishedCell& cell : table->cells) {
            values.insert(cell.key.value(0), cell.value);
        }
    }
    for (const QString& field : fieldCodes()) {
        result.rows << ReportTable::Row{
            {CodeLabels::field(field)}, {values.value(field, 0)}, CodeLabels::fieldShort(field), field, field, {}};
    }
    return result;
}

ReportTable trend(const reporting::Publication& publication, QList<reporting::Publication> history) {
    ReportTable result;
    result.id = QStringLiteral("trend");
    result.title =
        QCoreApplication::translate("kim::gui::ConferenceReport", "Verlauf über die veröffentlichten Quartale");
    result.description = QCoreApplication::translate(
        "kim::gui::ConferenceReport", "Fälle je Handlungsfeld und Quartal, jeweils nach der neuesten Revision.");
    result.chart = ReportTable::Chart::Lines;
    result.labelHeaders = {QCoreApplication::translate("kim::gui::ConferenceReport", "Quartal")};
    result.valueHeaders = fieldHeaders();
    result.valueFields = fieldCodes();
    history.erase(
        std::remove_if(history.begin(), history.end(), [&](const auto& p) { return p.period > publication.period; }),
        history.end());
    std::sort(history.begin(), history.end(), [](const auto& a, const auto& b) { return a.period < b.period; });
    if (history.size() > ConferenceReport::MaxTrendQuarters) {
        history = history.mid(history.size() - ConferenceReport::MaxTrendQuarters);
    }
    for (const reporting::Publication& quarter : history) {
        const reporting::Publication& shown = quarter.period == publication.period ? publication : quarter;
        ReportTable::Row row{{shown.period.label()}, {}, shown.period.toString(), shown.period.toString(), {}, {}};
        const ReportTable fields = byField(shown);
        for (const ReportTable::Row& field : fields.rows) {
            row.values << field.values.value(0);
        }
        result.rows << row;
    }
    return result;
}

} // namespace

ConferenceReport ConferenceReport::build(const reporting::Publication& publication,
                                         const QList<reporting::Publication>& history, const CodeLabels& labels) {
    ConferenceReport report;
    report.m_publication = publication;
    report.m_tables << ranking(publication, labels) << byField(publication);

    QStringList regions;
    for (const reporting::Region& region : publication.parameters.regions.regions) {
        regions << region.code;
    }
    const reporting::RegionScheme& scheme = publication.parameters.regions;
    const auto regionName = [&scheme](const QString& code) {
        return CodeLabels::region(code, scheme);
    };
    ReportTable region =
        pivot(publication.table(reporting::PublishedTables::FieldRegion), regions, regionName, regionName);
    region.id = QStringLiteral("region");
    region.title = QCoreApplication::translate("kim::gui::ConferenceReport", "Nach Region");
    region.description =
        QCoreApplication::translate("kim::gui::ConferenceReport",
                                    "Kleine Kommunen sind zu Regionen zusammengefasst, die für das ganze Jahr gelten.");
    region.labelHeaders = {QCoreApplication::translate("kim::gui::ConferenceReport", "Region")};
    report.m_tables << region;

    QStringList institutions;
    if (const reporting::PublishedTable* table = publication.table(reporting::PublishedTables::FieldInstitution)) {
        for (const reporting::PublishedCell& cell : table->cells) {
            institutions << cell.key.value(1);
        }
    }
    ReportTable institution =
        pivot(publication.table(reporting::PublishedTables::FieldInstitution), sortedUnique(institutions),
              &CodeLabels::institutionType, &CodeLabels::institutionType);
    institution.id = QStringLiteral("institution");
    institution.title = QCoreApplication::translate("kim::gui::ConferenceReport", "Nach beteiligter Einrichtungsart");
    institution.description =
        QCoreApplication::translate("kim::gui::ConferenceReport", "Art der Einrichtung, bei der das Problem auftrat.");
    institution.labelHeaders = {QCoreApplication::translate("kim::gui::ConferenceReport", "Einrichtungsart")};
    report.m_tables << institution;

    QStringList groups;
    for (const core::TargetGroup group : core::allValues<core::TargetGroup>()) {
        groups << QString::number(int(group));
    }
    ReportTable targetGroup = pivot(publication.table(reporting::PublishedTables::FieldTargetGroup), groups,
                                    &CodeLabels::targetGroup, &CodeLabels::targetGroupShort);
    targetGroup.id = QStringLiteral("target_group");
    targetGroup.title = QCoreApplication::translate("kim::gui::ConferenceReport", "Nach Zielgruppe");
    targetGroup.description = QCoreApplication::translate("kim::gui::ConferenceReport",
                                                          "Die vier Hauptzielgruppen des KIM im Kreis Gütersloh.");
    targetGroup.labelHeaders = {QCoreApplication::translate("kim::gui::ConferenceReport", "Zielgruppe")};
    report.m_tables << targetGroup;

    report.m_tables << trend(publication, history);
    return report;
}

const ReportTable* ConferenceReport::table(const QString& id) const {
    for (const ReportTable& table : m_tables) {
        if (table.id == id) {
            return &table;
        }
    }
    return nullptr;
}

QString ConferenceReport::periodLine() const {
    return QCoreApplication::translate("kim::gui::ConferenceReport", "%1 · Revision %2 vom %3")
        .arg(m_publication.period.label())
        .arg(m_publication.revision)
        .arg(m_publication.publishedAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy")));
}

QString ConferenceReport::protectionStatement() {
    return QCoreApplication::translate(
        "kim::gui::ConferenceReport",
        "Alle Zahlen sind durch das Cell-Key-Verfahren geschützt: Werte weichen um bis zu ±3 ab, 1 und 2 "
        "werden nie ausgewiesen; Summen können daher von Einzelwerten abweichen.");
}

} // namespace kim::gui
