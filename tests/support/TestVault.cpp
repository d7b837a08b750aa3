// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestVault.h"

namespace kim::test {

crypto::KdfParams fastKdf() {
    return crypto::KdfParams{}; // the minimum: 64 MiB, 3 passes
}

const Clock& wallClock() {
    static const SystemClock clock;
    return clock;
}

TestVault::TestVault()
    : vault(storage::Vault::create(path(), QString::fromUtf8(Password), storage::WorkspaceKind::CaseManager, fastKdf(),
                                   wallClock())) {}

QString TestVault::path() const {
    return dir.filePath(QStringLiteral("test.kimvault"));
}

} // namespace kim::test
