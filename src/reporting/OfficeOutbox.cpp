// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/OfficeOutbox.h"

#include "exchange/ContactBook.h"
#include "exchange/PackageSealer.h"
#include "exchange/PackageWriter.h"

#include "base/Clock.h"
#include "core/ConferenceRepository.h"
#include "base/Error.h"

#include <QCoreApplication>

namespace kim::reporting {

OfficeOutbox::OfficeOutbox(storage::Database& db, const exchange::Identity& identity, const Clock& clock)
    : m_db(db)
    , m_identity(identity)
    , m_clock(clock) {}

std::vector<exchange::ContactCard> OfficeOutbox::recipients() const {
    std::vector<exchange::ContactCard> result;
    for (const auto& contact : exchange::ContactBook(m_db, m_clock).contacts()) {
        if (!contact.revokedOn) {
            result.push_back(contact.card);
        }
    }
    if (result.empty()) {
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("OfficeOutbox", "Es gibt noch keine bestätigten Kontakte, an die das "
                                                                "Paket gehen könnte."));
    }
    if (result.size() > exchange::PackageSealer::MaxRecipients) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("OfficeOutbox",
                                                "Ein Paket kann an höchstens %1 Kontakte gehen; Sie haben %2 "
                                                "bestätigte Kontakte.")
                        .arg(exchange::PackageSealer::MaxRecipients)
                        .arg(result.size()));
    }
    return result;
}

std::vector<uint8_t> OfficeOutbox::writeTaxonomy(const core::Taxonomy& taxonomy, const QDateTime& created) {
    const TaxonomyPackage package{taxonomy};
    const QJsonObject content = package.toJson();
    TaxonomyPackage::fromJson(content); // what a case manager would refuse is never sent
    return exchange::PackageWriter(m_db, m_identity)
        .write(TaxonomyPackage::Kind, QString(), content, recipients(), created.isValid() ? created : m_clock.now());
}

std::vector<uint8_t> OfficeOutbox::writeFeedback(const QList<core::ConferenceItem>& items, const QDateTime& created) {
    const FeedbackPackage package{items};
    const QJsonObject content = package.toJson();
    FeedbackPackage::fromJson(content);
    QList<int64_t> ids;
    for (const auto& item : items) {
        ids << item.id;
    }
    const QDateTime at = created.isValid() ? created : m_clock.now();
    return exchange::PackageWriter(m_db, m_identity)
        .write(FeedbackPackage::Kind, QString(), content, recipients(), at,
               [&](const QString&) { core::ConferenceRepository(m_db, m_clock).markFeedbackSent(ids, at); });
}

} // namespace kim::reporting
