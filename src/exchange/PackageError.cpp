// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/PackageError.h"

#include <QCoreApplication>

namespace kim::exchange {

namespace {

ErrorCode codeOf(PackageFailure failure) {
    switch (failure) {
    case PackageFailure::UnsupportedVersion:
        return ErrorCode::UnsupportedVersion;
    case PackageFailure::Damaged:
        return ErrorCode::DamagedHeader;
    case PackageFailure::NotForThisWorkspace:
    case PackageFailure::RecipientMismatch:
        return ErrorCode::KeyMismatch;
    case PackageFailure::WrongPassphrase:
        return ErrorCode::WrongPassword;
    case PackageFailure::SignatureInvalid:
    case PackageFailure::SignerUnknown:
    case PackageFailure::AlreadyImported:
        return ErrorCode::RuleViolation;
    case PackageFailure::NotAgeFile:
    case PackageFailure::TooLarge:
    case PackageFailure::InvalidContactCard:
    case PackageFailure::InvalidKey:
        break;
    }
    return ErrorCode::InvalidInput;
}

QString messageOf(PackageFailure failure) {
    switch (failure) {
    case PackageFailure::NotAgeFile:
        return QCoreApplication::translate(
            "PackageError", "Die Datei ist kein Austauschpaket (sie ist nicht im age-Format verschlüsselt).");
    case PackageFailure::UnsupportedVersion:
        return QCoreApplication::translate(
            "PackageError", "Das Paket hat ein Format oder eine Version, die dieses Programm nicht kennt. Bitte "
                            "aktualisieren Sie KIM Fallakte.");
    case PackageFailure::Damaged:
        return QCoreApplication::translate(
            "PackageError", "Das Paket ist beschädigt oder wurde verändert. Bitte lassen Sie es sich erneut schicken.");
    case PackageFailure::NotForThisWorkspace:
        return QCoreApplication::translate("PackageError", "Das Paket ist nicht für diese Arbeitsmappe verschlüsselt.");
    case PackageFailure::WrongPassphrase:
        return QCoreApplication::translate("PackageError", "Das Passwort für diese Datei ist falsch.");
    case PackageFailure::SignatureInvalid:
        return QCoreApplication::translate(
            "PackageError",
            "Die Signatur des Pakets ist ungültig: Es wurde verändert oder nicht vom angegebenen Absender "
            "signiert.");
    case PackageFailure::SignerUnknown:
        return QCoreApplication::translate(
            "PackageError",
            "Das Paket ist von einem Absender signiert, der nicht zu Ihren bestätigten Kontakten gehört "
            "oder dessen Kontakt widerrufen wurde.");
    case PackageFailure::RecipientMismatch:
        return QCoreApplication::translate(
            "PackageError", "Das Paket ist laut seinem signierten Inhalt nicht an diese Arbeitsmappe gerichtet.");
    case PackageFailure::AlreadyImported:
        return QCoreApplication::translate("PackageError", "Dieses Paket wurde bereits eingelesen.");
    case PackageFailure::TooLarge:
        return QCoreApplication::translate("PackageError", "Die Datei ist zu groß für ein Austauschpaket.");
    case PackageFailure::InvalidContactCard:
        return QCoreApplication::translate("PackageError", "Die Kontaktkarte ist ungültig oder beschädigt.");
    case PackageFailure::InvalidKey:
        break;
    }
    return QCoreApplication::translate("PackageError", "Der Schlüssel ist ungültig oder beschädigt.");
}

} // namespace

PackageError::PackageError(PackageFailure failure)
    : Error(codeOf(failure), messageOf(failure))
    , m_failure(failure) {}

} // namespace kim::exchange
