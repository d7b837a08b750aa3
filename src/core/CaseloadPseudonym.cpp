// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CaseloadPseudonym.h"

#include "storage/Database.h"

#include <QRegularExpression>

#include <botan/mac.h>

#include <algorithm>
#include <string_view>

namespace kim::core::CaseloadPseudonym {

namespace {

// Keeps these MACs apart from any other use of the key (domain separation).
constexpr std::string_view Label = "kim-caseload-pseudonym-v1";

// The six hex digits of a pseudonym in upper case, or empty.
QString digitsOf(const QString& text) {
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("(?:[Pp]-)?([0-9A-Fa-f]{6})")));
    const auto match = pattern.match(text.trimmed());
    return match.hasMatch() ? match.captured(1).toUpper() : QString();
}

} // namespace

QString of(const Botan::secure_vector<uint8_t>& key, const ReportingPeriod& period, int64_t caseId) {
    auto mac = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)");
    mac->set_key(key);
    mac->update(reinterpret_cast<const uint8_t*>(Label.data()), Label.size());
    const QByteArray periodText = period.toString().toUtf8();
    mac->update(reinterpret_cast<const uint8_t*>(periodText.constData()), static_cast<size_t>(periodText.size()));
    uint8_t id[8];
    for (int i = 0; i < 8; ++i) {
        id[i] = static_cast<uint8_t>(static_cast<uint64_t>(caseId) >> (56 - 8 * i)); // big-endian
    }
    mac->update(id, sizeof id);
    const auto tag = mac->final();
    const uint32_t value = (uint32_t(tag[0]) << 16) | (uint32_t(tag[1]) << 8) | tag[2];
    return QStringLiteral("P-%1").arg(value, 6, 16, QLatin1Char('0')).toUpper();
}

void recordSent(storage::Database& db, const QString& packageId, const ReportingPeriod& period,
                const QList<QPair<QString, int64_t>>& pseudonymToCase) {
    auto insert = db.prepare(QStringLiteral("INSERT OR IGNORE INTO caseload_sent_pseudonyms (package_id, period, "
                                            "pseudonym, case_id) VALUES (?1, ?2, ?3, ?4)"));
    const QString periodText = period.toString();
    for (const auto& [pseudonym, caseId] : pseudonymToCase) {
        insert.bind(1, packageId).bind(2, periodText).bind(3, pseudonym).bind(4, caseId).run();
        insert.reset();
    }
}

std::vector<ResolvedPseudonym> resolve(storage::Database& db, const QString& pseudonym) {
    const QString digits = digitsOf(pseudonym);
    if (digits.isEmpty()) {
        return {};
    }
    // Every revision of a period names the same case by the same pseudonym: DISTINCT.
    auto select = db.prepare(QStringLiteral("SELECT DISTINCT case_id, period FROM caseload_sent_pseudonyms "
                                            "WHERE pseudonym = ?1"));
    select.bind(1, QStringLiteral("P-") + digits);
    std::vector<ResolvedPseudonym> result;
    while (select.step()) {
        if (const auto period = ReportingPeriod::parse(select.text(1))) {
            result.push_back({select.int64(0), *period});
        }
    }
    std::sort(result.begin(), result.end(), [](const ResolvedPseudonym& a, const ResolvedPseudonym& b) {
        if (a.period != b.period) {
            return a.period > b.period;
        }
        return a.caseId < b.caseId;
    });
    return result;
}

bool looksLikePseudonym(const QString& text) {
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[Pp]-[0-9A-Fa-f]{6}")));
    return pattern.match(text.trimmed()).hasMatch();
}

} // namespace kim::core::CaseloadPseudonym
