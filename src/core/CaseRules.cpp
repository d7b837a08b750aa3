// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CaseRules.h"

#include "core/Catalog.h"
#include "core/ConsentRepository.h"
#include "base/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace kim::core::CaseRules {

QString formatCaseCode(const QString& prefix, int year, int sequence) {
    return QStringLiteral("%1-%2-%3").arg(prefix).arg(year).arg(sequence, 4, 10, QLatin1Char('0'));
}

int lastCaseSequence(storage::Database& db, const QString& prefix, int year) {
    // A range on the unique index instead of LIKE; the numeric MAX stays right past 9999.
    const QString start = QStringLiteral("%1-%2-").arg(prefix).arg(year);
    const QString end = QStringLiteral("%1-%2.").arg(prefix).arg(year); // '.' follows '-'
    auto st = db.prepare(QStringLiteral("SELECT MAX(CAST(substr(case_code, ?1) AS INTEGER)) FROM clients "
                                        "WHERE case_code >= ?2 AND case_code < ?3"));
    st.bind(1, static_cast<int>(start.size() + 1)).bind(2, start).bind(3, end);
    if (!st.step() || st.isNull(0)) {
        return 0;
    }
    return st.integer(0);
}

int64_t requireWritableCase(storage::Database& db, const Clock& clock, int64_t caseId) {
    auto st = db.prepare(QStringLiteral("SELECT client_id, phase FROM cases WHERE id = ?1"));
    st.bind(1, caseId);
    if (!st.step()) {
        throw Error(ErrorCode::NotFound, QCoreApplication::translate("CaseRules", "Der Fall wurde nicht gefunden."));
    }
    const int64_t clientId = st.int64(0);
    if (st.integer(1) == static_cast<int>(Phase::Closing)) {
        throw Error(ErrorCode::RuleViolation,
                    QCoreApplication::translate("CaseRules", "Der Fall ist abgeschlossen. In einem abgeschlossenen "
                                                             "Fall kann nichts mehr eingetragen werden."));
    }
    ConsentRepository(db, clock).requireActiveConsent(clientId);
    return clientId;
}

} // namespace kim::core::CaseRules
