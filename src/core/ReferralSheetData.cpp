#include "core/ReferralSheetData.h"

#include "core/ClientRepository.h"
#include "core/Clock.h"
#include "core/InstitutionRepository.h"
#include "core/ReferralReleaseRepository.h"
#include "core/ReferralRepository.h"
#include "crypto/Error.h"

#include <QCoreApplication>
#include <QLocale>

namespace kim::core {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ReferralSheetData", text);
}

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
        if (used.isActiveOn(today))
            return used;
    }
    if (const auto release = releases.activeFor(referral.clientId, referral.institutionId, today))
        return *release;
    throw Error(ErrorCode::RuleViolation, tr("Für diese Einrichtung liegt heute keine gültige "
                                             "Schweigepflichtentbindung vor. Der Überleitungsbogen kann nicht "
                                             "erstellt werden."));
}

void addClientFields(ReferralSheetData& sheet, const Client& c, ReleaseItemSet items) {
    auto add = [&sheet](const QString& label, const QString& value) {
        if (!value.trimmed().isEmpty())
            sheet.client.append({label, value.trimmed()});
    };
    if (contains(items, ReleaseItem::MasterData)) {
        add(tr("Name"), c.displayName());
        add(tr("Geburtsdatum"), dateText(c.birthDate));
        add(tr("Aktenzeichen"), c.caseCode);
    }
    if (contains(items, ReleaseItem::ContactData)) {
        add(tr("Anschrift"), c.address);
        add(tr("Telefon"), c.phone);
        add(tr("E-Mail"), c.email);
    }
    if (contains(items, ReleaseItem::ResidenceStatus))
        add(tr("Aufenthaltsstatus"), label(c.residenceStatus));
    if (contains(items, ReleaseItem::Languages)) {
        add(tr("Sprachen"), c.languages);
        add(tr("Dolmetschbedarf"), c.interpreterNeeded ? tr("ja") : tr("nein"));
    }
    if (contains(items, ReleaseItem::Household)) {
        QStringList members;
        for (const HouseholdMember& m : c.household) {
            members.append(m.birthYear ? QStringLiteral("%1 (%2, %3)").arg(m.name, m.relation).arg(*m.birthYear)
                                       : QStringLiteral("%1 (%2)").arg(m.name, m.relation));
        }
        add(tr("Haushalt"), members.join(QStringLiteral("; ")));
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
