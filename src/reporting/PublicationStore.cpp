// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/PublicationStore.h"

#include "reporting/OfficeSecret.h"
#include "reporting/ProblemMerge.h"
#include "reporting/PublicationJson.h"

#include "base/Clock.h"
#include "base/Error.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace kim::reporting {

namespace {

const QString PublicationColumns =
    QStringLiteral("period, revision, published_at, reason, submissions, parameters, tables");

Publication publicationFrom(const storage::Statement& row) {
    Publication publication;
    publication.period = core::Quarter::parse(row.text(0)).value_or(core::Quarter{});
    publication.revision = row.integer(1);
    publication.publishedAt = QDateTime::fromString(row.text(2), Qt::ISODateWithMs);
    publication.reason = row.text(3);
    publication.submissions = row.integer(4);
    publication.parameters = PublicationJson::toParameters(QJsonDocument::fromJson(row.text(5).toUtf8()).object());
    publication.tables = PublicationJson::toTables(QJsonDocument::fromJson(row.text(6).toUtf8()).array());
    return publication;
}

QList<Publication> publicationsOf(storage::Statement& select) {
    QList<Publication> result;
    while (select.step()) {
        result << publicationFrom(select);
    }
    return result;
}

bool hasStoredParameters(storage::Database& db, int year) {
    auto select = db.prepare(QStringLiteral("SELECT 1 FROM disclosure_parameters WHERE year = ?1"));
    select.bind(1, year);
    return select.step();
}

bool isYearPublished(storage::Database& db, int year) {
    auto select = db.prepare(QStringLiteral("SELECT 1 FROM publications WHERE year = ?1 LIMIT 1"));
    select.bind(1, year);
    return select.step();
}

void storeParameters(storage::Database& db, int year, const DisclosureParameters& parameters) {
    db.prepare(QStringLiteral("DELETE FROM disclosure_parameters WHERE year = ?1")).bind(1, year).run();
    db.prepare(QStringLiteral(
                   "INSERT INTO disclosure_parameters(year, collapse_below, perturbation_table) VALUES (?1, ?2, ?3)"))
        .bind(1, year)
        .bind(2, parameters.collapseBelow)
        .bind(3, parameters.perturbationTableVersion)
        .run();
    auto insert = db.prepare(QStringLiteral("INSERT INTO region_schemes(year, municipality, region_code, "
                                            "region_name, position) VALUES (?1, ?2, ?3, ?4, ?5)"));
    for (qsizetype position = 0; position < parameters.regions.regions.size(); ++position) {
        const Region& region = parameters.regions.regions[position];
        for (const auto municipality : region.municipalities) {
            insert.bind(1, year)
                .bind(2, static_cast<int>(municipality))
                .bind(3, region.code)
                .bind(4, region.name.trimmed())
                .bind(5, static_cast<int>(position));
            insert.run();
            insert.reset();
        }
    }
}

std::optional<QString> latestFingerprint(storage::Database& db, const QString& period) {
    auto select = db.prepare(
        QStringLiteral("SELECT input_fingerprint FROM publications WHERE period = ?1 ORDER BY revision DESC LIMIT 1"));
    select.bind(1, period);
    if (!select.step()) {
        return std::nullopt;
    }
    return select.text(0);
}

void insertPublication(storage::Database& db, const Publication& publication, const QString& fingerprint) {
    db.prepare(QStringLiteral("INSERT INTO publications(period, year, revision, published_at, reason, submissions, "
                              "input_fingerprint, parameters, tables) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"))
        .bind(1, publication.period.toString())
        .bind(2, publication.period.year)
        .bind(3, publication.revision)
        .bind(4, publication.publishedAt.toUTC().toString(Qt::ISODateWithMs))
        .bind(5, publication.reason)
        .bind(6, publication.submissions)
        .bind(7, fingerprint)
        .bind(
            8,
            QString::fromUtf8(
                QJsonDocument(PublicationJson::fromParameters(publication.parameters)).toJson(QJsonDocument::Compact)))
        .bind(9, QString::fromUtf8(
                     QJsonDocument(PublicationJson::fromTables(publication.tables)).toJson(QJsonDocument::Compact)))
        .run();
}

} // namespace

const PublishedTable* Publication::table(const QString& id) const {
    for (const auto& candidate : tables) {
        if (candidate.id == id) {
            return &candidate;
        }
    }
    return nullptr;
}

PublicationStore::PublicationStore(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

DisclosureParameters PublicationStore::parameters(int year) const {
    DisclosureParameters result;
    auto select = m_db.prepare(
        QStringLiteral("SELECT collapse_below, perturbation_table FROM disclosure_parameters WHERE year = ?1"));
    select.bind(1, year);
    if (!select.step()) {
        result.regions = RegionScheme::defaultFor(year);
        return result;
    }
    result.collapseBelow = select.integer(0);
    result.perturbationTableVersion = select.integer(1);
    result.regions.year = year;
    auto regions = m_db.prepare(QStringLiteral("SELECT municipality, region_code, region_name FROM region_schemes "
                                               "WHERE year = ?1 ORDER BY position, municipality"));
    regions.bind(1, year);
    while (regions.step()) {
        if (result.regions.regions.isEmpty() || result.regions.regions.last().code != regions.text(1)) {
            result.regions.regions << Region{regions.text(1), regions.text(2), {}};
        }
        result.regions.regions.last().municipalities << static_cast<core::Municipality>(regions.integer(0));
    }
    return result;
}

void PublicationStore::setParameters(int year, const DisclosureParameters& parameters) {
    storage::Transaction transaction(m_db);
    if (isYearPublished(m_db, year)) {
        throw Error(ErrorCode::RuleViolation,
                    QCoreApplication::translate("PublicationStore",
                                                "Für %1 ist schon ein Quartal veröffentlicht. Regionen und "
                                                "Schwellenwert bleiben für dieses Jahr unverändert.")
                        .arg(year));
    }
    if (!parameters.regions.isValid() || parameters.collapseBelow < 1 ||
        parameters.perturbationTableVersion != PerturbationTable::Version) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("PublicationStore",
                                                "Die Parameter sind ungültig: Jede Gemeinde muss genau einer Region "
                                                "angehören, und der Schwellenwert muss mindestens 1 sein."));
    }
    storeParameters(m_db, year, parameters);
    transaction.commit();
}

Publication PublicationStore::publish(const core::ProblemTableSet& merged, int submissions,
                                      const QString& revisionReason) {
    storage::Transaction transaction(m_db);
    const QString period = merged.period.toString();
    const QString fingerprint = fingerprintOf(merged);
    const auto previous = latestFingerprint(m_db, period);
    if (previous && *previous == fingerprint) {
        return *latest(merged.period);
    }
    const QString reason = revisionReason.trimmed();
    if (previous && reason.isEmpty()) {
        throw Error(ErrorCode::RuleViolation,
                    QCoreApplication::translate("PublicationStore",
                                                "Das %1 ist bereits veröffentlicht, und die Daten haben sich seitdem "
                                                "geändert. Eine Berichtigung braucht eine Begründung.")
                        .arg(merged.period.label()));
    }
    const int year = merged.period.year;
    Publication publication;
    publication.period = merged.period;
    publication.revision = previous ? latest(merged.period)->revision + 1 : 1;
    publication.publishedAt = m_clock.now();
    publication.reason = previous ? reason : QString();
    publication.submissions = submissions;
    publication.parameters = parameters(year);
    if (!hasStoredParameters(m_db, year)) {
        storeParameters(m_db, year, publication.parameters); // fixed for the year from now on
    }
    const auto secret = OfficeSecret::ensure(m_db, m_clock);
    publication.tables = protectTables(merged, publication.parameters, secret);
    insertPublication(m_db, publication, fingerprint);
    transaction.commit();
    return publication;
}

std::optional<Publication> PublicationStore::latest(const core::Quarter& quarter) const {
    const auto all = revisions(quarter);
    if (all.isEmpty()) {
        return std::nullopt;
    }
    return all.last();
}

QList<Publication> PublicationStore::revisions(const core::Quarter& quarter) const {
    auto select = m_db.prepare(
        QStringLiteral("SELECT %1 FROM publications WHERE period = ?1 ORDER BY revision").arg(PublicationColumns));
    select.bind(1, quarter.toString());
    return publicationsOf(select);
}

QList<Publication> PublicationStore::latestOfEachQuarter() const {
    auto select = m_db.prepare(QStringLiteral("SELECT %1 FROM publications p WHERE revision = (SELECT max(revision) "
                                              "FROM publications WHERE period = p.period) ORDER BY period")
                                   .arg(PublicationColumns));
    return publicationsOf(select);
}

} // namespace kim::reporting
