// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/PackageError.h"

#include <QString>

#include <exception>

namespace kim::reporting::ImportReason {

// Thrown inside an inbox's import to reject a genuine package with a reason; the inbox catches
// it, so the transaction rolls back and the reason reaches the user.
struct Rejection {
    QString reason;
};

// Why an inbox rejected a file, in words the user can act on: one reason per check, shared by
// the coordinating office's and the case manager's inbox.
QString forFailure(exchange::PackageFailure failure);
// The content of a genuine package breaks the documented format.
QString invalidContent();
// The reason for whatever an import threw: a Rejection's own reason, a PackageError's check,
// or any other error (e.g. the vault could not be written) with its message.
QString of(const std::exception_ptr& error);

} // namespace kim::reporting::ImportReason
