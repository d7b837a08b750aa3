// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/ImportReason.h"

#include <QCoreApplication>

namespace kim::reporting::ImportReason {

QString forFailure(exchange::PackageFailure failure) {
    switch (failure) {
    case exchange::PackageFailure::NotAgeFile:
        return QCoreApplication::translate("ImportReason", "Die Datei ist kein Austauschpaket von KIM Fallakte.");
    case exchange::PackageFailure::UnsupportedVersion:
        return QCoreApplication::translate(
            "ImportReason",
            "Das Paket stammt aus einer neueren Programmversion. Bitte aktualisieren Sie KIM Fallakte.");
    case exchange::PackageFailure::Damaged:
        return QCoreApplication::translate(
            "ImportReason",
            "Das Paket ist beschädigt oder wurde unterwegs verändert. Bitte lassen Sie es sich erneut schicken.");
    case exchange::PackageFailure::NotForThisWorkspace:
        return QCoreApplication::translate(
            "ImportReason", "Das Paket ist für eine andere Arbeitsmappe verschlüsselt und kann hier nicht geöffnet "
                            "werden.");
    case exchange::PackageFailure::WrongPassphrase:
        return QCoreApplication::translate("ImportReason", "Das Paket ist mit einem Passwort verschlüsselt, nicht für "
                                                           "diese Arbeitsmappe.");
    case exchange::PackageFailure::SignatureInvalid:
        return QCoreApplication::translate(
            "ImportReason", "Die Signatur ist ungültig: Das Paket wurde verändert oder nicht vom angegebenen Absender "
                            "signiert.");
    case exchange::PackageFailure::SignerUnknown:
        return QCoreApplication::translate(
            "ImportReason", "Der Absender gehört nicht zu Ihren bestätigten Kontakten oder sein Kontakt wurde "
                            "widerrufen. Bestätigen Sie zuerst seine Kontaktkarte.");
    case exchange::PackageFailure::RecipientMismatch:
        return QCoreApplication::translate("ImportReason",
                                           "Das Paket ist laut seinem signierten Inhalt an jemand anderen gerichtet.");
    case exchange::PackageFailure::AlreadyImported:
        return QCoreApplication::translate("ImportReason", "Dieses Paket wurde bereits eingelesen.");
    case exchange::PackageFailure::TooLarge:
        return QCoreApplication::translate("ImportReason", "Die Datei ist zu groß für ein Austauschpaket.");
    case exchange::PackageFailure::InvalidContactCard:
    case exchange::PackageFailure::InvalidKey:
        break;
    }
    return QCoreApplication::translate("ImportReason", "Die Datei enthält einen ungültigen Schlüssel.");
}

QString invalidContent() {
    return QCoreApplication::translate(
        "ImportReason", "Der Inhalt des Pakets entspricht nicht dem vereinbarten Format und wurde nicht übernommen.");
}

QString of(const std::exception_ptr& error) {
    try {
        std::rethrow_exception(error);
    } catch (const Rejection& rejection) {
        return rejection.reason;
    } catch (const exchange::PackageError& packageError) {
        return forFailure(packageError.failure());
    } catch (const Error& other) {
        return QCoreApplication::translate("ImportReason", "Das Paket konnte nicht übernommen werden: %1")
            .arg(other.message());
    } catch (...) {
        return QCoreApplication::translate("ImportReason",
                                           "Das Paket konnte wegen eines internen Fehlers nicht übernommen werden.");
    }
}

} // namespace kim::reporting::ImportReason
