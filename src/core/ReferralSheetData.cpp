// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ReferralSheetData.h"

#include "core/ClientRepository.h"
#include "base/Clock.h"
#include "core/InstitutionRepository.h"
#include "core/ReferralReleaseRepository.h"
#include "core/ReferralRepository.h"
#include "base/Error.h"

#include <QCoreApplication>
#include <QLocale>

namespace kim::core {

namespace {

QString dateText(const QDate& date) {
    return date.isValid() ? QLocale(QLocale::German).toString(date, QStringLiteral("dd.MM.yyyy")) : QString();
}

// The release the sheet may be printed under: the one the data went out with, if it still
// stands, otherwise any standing release for the institution.
ReferralRelease requireRelease(storage::Database& db, const Clock& clock, const Referral& referral) {
    ReferralReleaseRepository releases(db, clock);
    const QDate today = clock.today();
    if (referral.releaseId) {
        const ReferralRelease used = releases.load(*referral.releaseId);
        if (used.isActiveOn(today)) {
            return used;
        }
    }
    if (const auto release = releases.activeFor(referral.clientId, referral.institutionId, today)) {
        return *release;
    }
    throw Error(ErrorCode::RuleViolation,
                QCoreApplication::translate("ReferralSheetData",
                                            "Für diese Einrichtung liegt heute keine gültige "
                                            "Schweigepflichtentbindung vor. Der Überleitungsbogen kann nicht "
                                            "erstellt werden."));
}

void addClientFields(ReferralSheetData& sheet, const Client& c, ReleaseItemSet items) {
    auto add = [&sheet](const QString& label, const QString& value) {
        if (!value.trimmed().isEmpty()) {
            sheet.client.append({label, value.trimmed()});
        }
    };
    if (contains(items, ReleaseItem::MasterData)) {
        add(QCoreApplication::translate("ReferralSheetData", "Name"), c.displayName());
        add(QCoreApplication::translate("ReferralSheetData", "Geburtsdatum"), dateText(c.birthDate));
        add(QCoreApplication::translate("ReferralSheetData", "Aktenzeichen"), c.caseCode);
    }
    if (contains(items, ReleaseItem::ContactData)) {
        add(QCoreApplication::translate("ReferralSheetData", "Anschrift"), c.address);
        add(QCoreApplication::translate("ReferralSheetData", "Telefon"), c.phone);
        add(QCoreApplication::translate("ReferralSheetData", "E-Mail"), c.email);
    }
    if (contains(items, ReleaseItem::ResidenceStatus)) {
        add(QCoreApplication::translate("ReferralSheetData", "Aufenthaltsstatus"), label(c.residenceStatus));
    }
    if (contains(items, ReleaseItem::Languages)) {
        add(QCoreApplication::translate("ReferralSheetData", "Sprachen"), c.languages);
        add(QCoreApplication::translate("ReferralSheetData", "Dolmetschbedarf"),
            c.interpreterNeeded ? QCoreApplication::translate("ReferralSheetData", "ja")
                                : QCoreApplication::translate("ReferralSheetData", "nein"));
    }
    if (contains(items, ReleaseItem::Household)) {
        QStringList members;
        for (const HouseholdMember& m : c.household) {
            members.append(m.birthYear ? QStringLiteral("%1 (%2, %3)").arg(m.name, m.relation).arg(*m.birthYear)
                                       : QStringLiteral("%1 (%2)").arg(m.name, m.relation));
        }
        add(QCoreApplication::translate("ReferralSheetData", "Haushalt"), members.join(QStringLiteral("; ")));
    }
}

} // namespace

ReferralSheetData ReferralSheetData::build(storage::Database& db, const Clock& clock, int64_t referralId) {
    const Referral referral = ReferralRepository(db, clock).load(referralId);
    const ReferralRelease release = requireRelease(db, clock, referral);
    ReferralSheetData sheet;
    sheet.date = clock.today();
    sheet.recipient = InstitutionRepository(db).load(referral.institutionId);
    sheet.releaseGivenOn = release.givenOn;
    sheet.purpose = release.purpose;
    sheet.releasedItems = releaseLabels(release.items);
    sheet.expectedBy = referral.expectedBy;
    addClientFields(sheet, ClientRepository(db, clock).load(referral.clientId), release.items);
    if (contains(release.items, ReleaseItem::Concern)) {
        sheet.field = label(referral.field);
        sheet.reason = referral.reason;
    }
    return sheet;
}

} // namespace kim::core
