// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "storage/Vault.h"

#include <QTemporaryDir>

#include <memory>

namespace kim::test {

// A fresh vault in its own temporary folder, with the cheapest KDF the design allows.
struct TestVault {
    TestVault();
    QString path() const;

    QTemporaryDir dir;
    std::unique_ptr<storage::Vault> vault;
    static constexpr auto Password = "richtiges Passwort";
};

crypto::KdfParams fastKdf();
// The real clock, for tests that do not care which day the vault's bookkeeping records.
const Clock& wallClock();

} // namespace kim::test
