// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CaseloadSettings.h"

#include "base/Error.h"
#include "crypto/SecureRandom.h"
#include "storage/Database.h"
#include "storage/Savepoint.h"

#include <QCoreApplication>

#include <botan/mem_ops.h>

namespace kim::core {

namespace {

constexpr size_t KeySize = 32;

void ensureRow(storage::Database& db) {
    db.prepare(QStringLiteral("INSERT OR IGNORE INTO caseload_settings (id) VALUES (1)")).run();
}

} // namespace

CaseloadSettings::CaseloadSettings(storage::Database& db)
    : m_db(db) {}

CaseloadRules CaseloadSettings::rules() const {
    auto st = m_db.prepare(QStringLiteral("SELECT no_contact_alert_days, stuck_in_phase_days, small_count_threshold "
                                          "FROM caseload_settings WHERE id = 1"));
    CaseloadRules rules;
    if (st.step()) {
        rules.noContactAlertDays = st.integer(0);
        rules.stuckInPhaseDays = st.integer(1);
        rules.smallCountThreshold = st.integer(2);
    }
    return rules;
}

void CaseloadSettings::saveRules(const CaseloadRules& rules) {
    const auto inDays = [](int days) {
        return days >= 1 && days <= 365;
    };
    if (!inDays(rules.noContactAlertDays) || !inDays(rules.stuckInPhaseDays)) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "CaseloadSettings", "Bitte geben Sie für die Hinweise eine Anzahl von 1 bis 365 Tagen an."));
    }
    if (rules.smallCountThreshold < 2 || rules.smallCountThreshold > 20) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("CaseloadSettings",
                                                "Die Schwelle für kleine Zahlen muss zwischen 2 und 20 liegen."));
    }
    storage::Savepoint savepoint(m_db);
    ensureRow(m_db);
    m_db.prepare(QStringLiteral("UPDATE caseload_settings SET no_contact_alert_days = ?1, stuck_in_phase_days = ?2, "
                                "small_count_threshold = ?3 WHERE id = 1"))
        .bind(1, rules.noContactAlertDays)
        .bind(2, rules.stuckInPhaseDays)
        .bind(3, rules.smallCountThreshold)
        .run();
    savepoint.release();
}

Botan::secure_vector<uint8_t> CaseloadSettings::pseudonymKey() {
    {
        auto select = m_db.prepare(QStringLiteral("SELECT pseudonym_key FROM caseload_settings WHERE id = 1"));
        if (select.step() && !select.isNull(0)) {
            QByteArray stored = select.blob(0);
            Botan::secure_vector<uint8_t> key(stored.begin(), stored.end());
            Botan::secure_scrub_memory(stored.data(), static_cast<size_t>(stored.size()));
            if (key.size() != KeySize) {
                throw Error(ErrorCode::DamagedDatabase,
                            QCoreApplication::translate("CaseloadSettings",
                                                        "Der Schlüssel für die Fallpseudonyme in dieser Arbeitsmappe "
                                                        "ist beschädigt."));
            }
            return key;
        }
    }
    auto key = crypto::randomBytes(KeySize);
    QByteArray bytes(reinterpret_cast<const char*>(key.data()), static_cast<qsizetype>(key.size()));
    storage::Savepoint savepoint(m_db);
    ensureRow(m_db);
    m_db.prepare(QStringLiteral("UPDATE caseload_settings SET pseudonym_key = ?1 WHERE id = 1")).bind(1, bytes).run();
    savepoint.release();
    Botan::secure_scrub_memory(bytes.data(), static_cast<size_t>(bytes.size()));
    return key;
}

} // namespace kim::core
