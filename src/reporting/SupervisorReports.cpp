// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/SupervisorReports.h"

#include "base/Error.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

#include <algorithm>

namespace kim::reporting {

namespace {

constexpr qsizetype MaxNoteLength = 500;

QString timeText(const QDateTime& time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseTime(const QString& text) {
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString rulesText(const core::CaseloadRules& rules) {
    const QJsonObject json{{QStringLiteral("noContactAlertDays"), rules.noContactAlertDays},
                           {QStringLiteral("stuckInPhaseDays"), rules.stuckInPhaseDays},
                           {QStringLiteral("smallCountThreshold"), rules.smallCountThreshold}};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

core::CaseloadRules parseRules(const QString& text) {
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    core::CaseloadRules rules;
    rules.noContactAlertDays = json.value(QStringLiteral("noContactAlertDays")).toInt(rules.noContactAlertDays);
    rules.stuckInPhaseDays = json.value(QStringLiteral("stuckInPhaseDays")).toInt(rules.stuckInPhaseDays);
    rules.smallCountThreshold = json.value(QStringLiteral("smallCountThreshold")).toInt(rules.smallCountThreshold);
    return rules;
}

const auto ReportColumns = QStringLiteral("SELECT id, package_id, sender_key_id, sender_name, period, revision, "
                                          "definitions_version, rules, created, received_at, superseded_by IS NOT NULL "
                                          "FROM supervisor_reports ");

ReceivedCaseloadReport readReport(const storage::Statement& st) {
    ReceivedCaseloadReport report;
    report.id = st.int64(0);
    report.packageId = st.text(1);
    report.senderKeyId = st.text(2);
    report.senderName = st.text(3);
    report.content.period = core::ReportingPeriod::parse(st.text(4)).value_or(core::ReportingPeriod{});
    report.content.revision = st.integer(5);
    report.content.definitionsVersion = st.integer(6);
    report.content.rules = parseRules(st.text(7));
    report.created = parseTime(st.text(8));
    report.receivedAt = parseTime(st.text(9));
    report.superseded = st.integer(10) != 0;
    return report;
}

void insertContent(storage::Database& db, int64_t reportId, const CaseloadReport& content) {
    auto figure = db.prepare(
        QStringLiteral("INSERT INTO supervisor_figures (report_id, figure, key, value) VALUES (?1, ?2, ?3, ?4)"));
    for (const auto& [id, keys] : content.values) {
        for (const auto& [key, value] : keys) {
            figure.bind(1, reportId).bind(2, id).bind(3, key).bind(4, value).run();
            figure.reset();
        }
    }
    auto alert = db.prepare(QStringLiteral(
        "INSERT INTO supervisor_alerts (report_id, pseudonym, phase, reasons, weeks_since_contact, weeks_in_phase, "
        "overdue_follow_ups, overdue_referrals) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    for (const auto& row : content.alerts) {
        alert.bind(1, reportId).bind(2, row.pseudonym).bind(3, static_cast<int>(row.phase)).bind(4, row.reasons);
        alert.bind(5, row.weeksSinceContact).bind(6, row.weeksInPhase).bind(7, row.overdueFollowUps);
        alert.bind(8, row.overdueReferrals).run();
        alert.reset();
    }
}

// Figures and alert rows of every current report, one query each.
void loadContent(storage::Database& db, std::vector<ReceivedCaseloadReport>& reports) {
    QHash<int64_t, size_t> indexOf;
    for (size_t i = 0; i < reports.size(); ++i) {
        indexOf.insert(reports[i].id, i);
    }
    auto figures = db.prepare(QStringLiteral("SELECT f.report_id, f.figure, f.key, f.value FROM supervisor_figures f "
                                             "JOIN supervisor_reports r ON r.id = f.report_id "
                                             "WHERE r.superseded_by IS NULL"));
    while (figures.step()) {
        const auto it = indexOf.constFind(figures.int64(0));
        if (it != indexOf.constEnd()) {
            reports[*it].content.values[figures.text(1)][figures.text(2)] =
                figures.isNull(3) ? std::nullopt : std::optional<int>(figures.integer(3));
        }
    }
    auto alerts = db.prepare(QStringLiteral(
        "SELECT a.report_id, a.pseudonym, a.phase, a.reasons, a.weeks_since_contact, a.weeks_in_phase, "
        "a.overdue_follow_ups, a.overdue_referrals FROM supervisor_alerts a JOIN supervisor_reports r ON "
        "r.id = a.report_id WHERE r.superseded_by IS NULL ORDER BY a.report_id, a.id"));
    while (alerts.step()) {
        const auto it = indexOf.constFind(alerts.int64(0));
        if (it == indexOf.constEnd()) {
            continue;
        }
        CaseloadReportAlert row;
        row.pseudonym = alerts.text(1);
        row.phase = static_cast<core::Phase>(alerts.integer(2));
        row.reasons = alerts.integer(3);
        row.weeksSinceContact = alerts.integer(4);
        row.weeksInPhase = alerts.integer(5);
        row.overdueFollowUps = alerts.integer(6);
        row.overdueReferrals = alerts.integer(7);
        reports[*it].content.alerts.push_back(std::move(row));
    }
}

} // namespace

SupervisorReports::SupervisorReports(storage::Database& db)
    : m_db(db) {}

std::optional<ReceivedCaseloadReport> SupervisorReports::current(const QString& senderKeyId,
                                                                 const core::ReportingPeriod& period) const {
    auto st = m_db.prepare(ReportColumns +
                           QStringLiteral("WHERE sender_key_id = ?1 AND period = ?2 AND superseded_by IS NULL"));
    st.bind(1, senderKeyId).bind(2, period.toString());
    if (!st.step()) {
        return std::nullopt;
    }
    return readReport(st);
}

int64_t SupervisorReports::add(const ReceivedCaseloadReport& report) {
    storage::Transaction transaction(m_db); // the report with all its figures and rows, or nothing
    m_db.prepare(QStringLiteral("INSERT INTO supervisor_reports (package_id, sender_key_id, sender_name, period, "
                                "revision, definitions_version, rules, created, received_at) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"))
        .bind(1, report.packageId)
        .bind(2, report.senderKeyId)
        .bind(3, report.senderName)
        .bind(4, report.content.period.toString())
        .bind(5, report.content.revision)
        .bind(6, report.content.definitionsVersion)
        .bind(7, rulesText(report.content.rules))
        .bind(8, timeText(report.created))
        .bind(9, timeText(report.receivedAt))
        .run();
    const int64_t id = m_db.lastInsertId();
    insertContent(m_db, id, report.content);
    transaction.commit();
    return id;
}

void SupervisorReports::supersede(int64_t id, const QString& byPackageId) {
    // Only the entry stays: two versions of one period side by side would show what changed
    // between the sends (activity, and hints at hidden counts).
    storage::Transaction transaction(m_db);
    m_db.prepare(QStringLiteral("UPDATE supervisor_reports SET superseded_by = ?1 WHERE id = ?2"))
        .bind(1, byPackageId)
        .bind(2, id)
        .run();
    m_db.prepare(QStringLiteral("DELETE FROM supervisor_figures WHERE report_id = ?1")).bind(1, id).run();
    m_db.prepare(QStringLiteral("DELETE FROM supervisor_alerts WHERE report_id = ?1")).bind(1, id).run();
    transaction.commit();
}

std::vector<ReceivedCaseloadReport> SupervisorReports::all() const {
    auto st = m_db.prepare(ReportColumns + QStringLiteral("ORDER BY received_at DESC, id DESC"));
    std::vector<ReceivedCaseloadReport> result;
    while (st.step()) {
        result.push_back(readReport(st));
    }
    return result;
}

std::vector<ReceivedCaseloadReport> SupervisorReports::currentWithContent() const {
    auto st = m_db.prepare(ReportColumns + QStringLiteral("WHERE superseded_by IS NULL"));
    std::vector<ReceivedCaseloadReport> result;
    while (st.step()) {
        result.push_back(readReport(st));
    }
    // "2026-11" and "2026-Q4" do not sort as text: by the period's own order.
    std::sort(result.begin(), result.end(), [](const ReceivedCaseloadReport& a, const ReceivedCaseloadReport& b) {
        if (a.content.period != b.content.period) {
            return a.content.period < b.content.period;
        }
        const int byName = a.senderName.localeAwareCompare(b.senderName);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    loadContent(m_db, result);
    return result;
}

std::vector<AlertReview> SupervisorReports::reviews() const {
    auto st = m_db.prepare(QStringLiteral("SELECT sender_key_id, period, pseudonym, discussed, note, updated_at "
                                          "FROM supervisor_alert_reviews ORDER BY sender_key_id, period, pseudonym"));
    std::vector<AlertReview> result;
    while (st.step()) {
        const auto period = core::ReportingPeriod::parse(st.text(1));
        if (!period) {
            continue;
        }
        result.push_back({st.text(0), *period, st.text(2), st.integer(3) != 0, st.text(4), parseTime(st.text(5))});
    }
    return result;
}

void SupervisorReports::saveReview(const AlertReview& review) {
    const QString note = review.note.trimmed();
    if (note.size() > MaxNoteLength) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("SupervisorReports", "Die Notiz darf höchstens %1 Zeichen lang sein.")
                        .arg(MaxNoteLength));
    }
    m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO supervisor_alert_reviews (sender_key_id, period, pseudonym, "
                                "discussed, note, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"))
        .bind(1, review.senderKeyId)
        .bind(2, review.period.toString())
        .bind(3, review.pseudonym)
        .bind(4, review.discussed)
        .bind(5, note)
        .bind(6, timeText(review.updatedAt))
        .run();
}

QDateTime SupervisorReports::lastSeen() const {
    auto st = m_db.prepare(QStringLiteral("SELECT last_seen FROM supervisor_state WHERE id = 1"));
    return st.step() && !st.isNull(0) ? parseTime(st.text(0)) : QDateTime();
}

void SupervisorReports::markSeen(const QDateTime& at) {
    m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO supervisor_state (id, last_seen) VALUES (1, ?1)"))
        .bind(1, timeText(at))
        .run();
}

} // namespace kim::reporting
