// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Error.h"

namespace kim::exchange {

// Why reading a package, an age file or a contact card failed. Each reason has its own
// translated message, so the user learns precisely what went wrong.
enum class PackageFailure {
    NotAgeFile,
    UnsupportedVersion,
    Damaged,
    NotForThisWorkspace,
    WrongPassphrase,
    SignatureInvalid,
    SignerUnknown,
    RecipientMismatch,
    AlreadyImported,
    TooLarge,
    InvalidContactCard,
    InvalidKey,
};

// A kim::Error that also says which check failed; thrown by everything in src/exchange.
class PackageError : public Error {
public:
    explicit PackageError(PackageFailure failure);

    PackageFailure failure() const { return m_failure; }

private:
    PackageFailure m_failure;
};

} // namespace kim::exchange
