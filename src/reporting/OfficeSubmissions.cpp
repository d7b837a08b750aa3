// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/OfficeSubmissions.h"

#include "reporting/ProblemMerge.h"

#include "storage/Database.h"

namespace kim::reporting {

namespace {

// Codes never contain '|' (docs/formats.md), so the joined key splits back unambiguously.
const QChar KeySeparator = u'|';

QString timeText(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QString& text) {
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

void insertCells(storage::Database& db, int64_t submissionId, const core::ProblemTableSet& tables) {
    auto insert = db.prepare(QStringLiteral("INSERT INTO office_cells(submission_id, table_id, dimension_values, "
                                            "count, key_sum) VALUES (?1, ?2, ?3, ?4, ?5)"));
    for (const auto& table : tables.tables) {
        for (const auto& cell : table.cells) {
            insert.bind(1, submissionId)
                .bind(2, table.id)
                .bind(3, cell.key.join(KeySeparator))
                .bind(4, cell.count)
                .bind(5, static_cast<int64_t>(cell.keySum));
            insert.run();
            insert.reset();
        }
    }
}

core::ProblemTableSet emptySet(const core::Quarter& quarter, int programmeVersion, int taxonomyVersion) {
    core::ProblemTableSet set;
    set.programmeVersion = programmeVersion;
    set.taxonomyVersion = taxonomyVersion;
    set.period = quarter;
    for (const auto& [id, dimensions] : core::ProblemTableProgramme::tables()) {
        set.tables.push_back(core::ProblemTable{id, dimensions, {}});
    }
    return set;
}

void addCell(core::ProblemTableSet& set, const QString& tableId, core::ProblemCell cell) {
    for (auto& table : set.tables) {
        if (table.id == tableId) {
            table.cells.push_back(std::move(cell));
            return;
        }
    }
    set.tables.push_back(core::ProblemTable{tableId, {}, {std::move(cell)}});
}

} // namespace

OfficeSubmissions::OfficeSubmissions(storage::Database& db)
    : m_db(db) {}

std::optional<CurrentSubmission> OfficeSubmissions::current(const QString& senderKeyId,
                                                            const core::Quarter& quarter) const {
    auto select = m_db.prepare(QStringLiteral("SELECT id, created FROM office_submissions "
                                              "WHERE sender_key_id = ?1 AND period = ?2 AND superseded_by IS NULL"));
    select.bind(1, senderKeyId).bind(2, quarter.toString());
    if (!select.step()) {
        return std::nullopt;
    }
    return CurrentSubmission{select.int64(0), parseTime(select.text(1))};
}

int64_t OfficeSubmissions::add(const Submission& submission, const core::ProblemTableSet& tables) {
    m_db.prepare(QStringLiteral("INSERT INTO office_submissions(package_id, sender_key_id, sender_name, period, "
                                "programme_version, taxonomy_version, created, received_at) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"))
        .bind(1, submission.packageId)
        .bind(2, submission.senderKeyId)
        .bind(3, submission.senderName)
        .bind(4, tables.period.toString())
        .bind(5, tables.programmeVersion)
        .bind(6, tables.taxonomyVersion)
        .bind(7, timeText(submission.created))
        .bind(8, timeText(submission.receivedAt))
        .run();
    const int64_t id = m_db.lastInsertId();
    insertCells(m_db, id, tables);
    return id;
}

void OfficeSubmissions::supersede(int64_t id, const QString& byPackageId) {
    m_db.prepare(QStringLiteral("UPDATE office_submissions SET superseded_by = ?1 WHERE id = ?2"))
        .bind(1, byPackageId)
        .bind(2, id)
        .run();
}

std::vector<Submission> OfficeSubmissions::all() const {
    auto select = m_db.prepare(QStringLiteral(
        "SELECT package_id, sender_key_id, sender_name, period, created, received_at, superseded_by IS NOT NULL "
        "FROM office_submissions ORDER BY received_at DESC, id DESC"));
    std::vector<Submission> result;
    while (select.step()) {
        Submission submission;
        submission.packageId = select.text(0);
        submission.senderKeyId = select.text(1);
        submission.senderName = select.text(2);
        submission.period = core::Quarter::parse(select.text(3)).value_or(core::Quarter{});
        submission.created = parseTime(select.text(4));
        submission.receivedAt = parseTime(select.text(5));
        submission.superseded = select.integer(6) != 0;
        result.push_back(std::move(submission));
    }
    return result;
}

QList<core::Quarter> OfficeSubmissions::periods() const {
    // "YYYY-Qn" sorts as text in time order.
    auto select = m_db.prepare(
        QStringLiteral("SELECT DISTINCT period FROM office_submissions WHERE superseded_by IS NULL ORDER BY period"));
    QList<core::Quarter> result;
    while (select.step()) {
        if (const auto quarter = core::Quarter::parse(select.text(0))) {
            result << *quarter;
        }
    }
    return result;
}

int OfficeSubmissions::currentCount(const core::Quarter& quarter) const {
    auto select = m_db.prepare(
        QStringLiteral("SELECT count(*) FROM office_submissions WHERE period = ?1 AND superseded_by IS NULL"));
    select.bind(1, quarter.toString());
    select.step();
    return select.integer(0);
}

core::ProblemTableSet OfficeSubmissions::merged(const core::Quarter& quarter) const {
    auto select = m_db.prepare(QStringLiteral(
        "SELECT s.id, s.programme_version, s.taxonomy_version, c.table_id, c.dimension_values, c.count, c.key_sum "
        "FROM office_submissions s LEFT JOIN office_cells c ON c.submission_id = s.id "
        "WHERE s.period = ?1 AND s.superseded_by IS NULL ORDER BY s.id"));
    select.bind(1, quarter.toString());
    std::vector<core::ProblemTableSet> sets;
    int64_t submissionId = 0;
    while (select.step()) {
        if (sets.empty() || select.int64(0) != submissionId) {
            submissionId = select.int64(0);
            sets.push_back(emptySet(quarter, select.integer(1), select.integer(2)));
        }
        if (!select.isNull(3)) {
            addCell(sets.back(), select.text(3),
                    core::ProblemCell{select.text(4).split(KeySeparator), select.int64(5),
                                      static_cast<uint64_t>(select.int64(6))});
        }
    }
    if (sets.empty()) {
        return emptySet(quarter, core::ProblemTableSet::CurrentProgrammeVersion, 0);
    }
    return mergeProblemTables(sets);
}

} // namespace kim::reporting
