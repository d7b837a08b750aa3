// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/StartupCheck.h"

#include "crypto/SelfTest.h"
#include "storage/Database.h"

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace kim::storage {

void hardenProcess() {
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    umask(0077);
}

QStringList startupSelfTestFailures() {
    QStringList failures = crypto::runKnownAnswerTests();
    if (Database::probeCipherVersion().isEmpty()) {
        failures << QStringLiteral("SQLCipher");
    }
    return failures;
}

} // namespace kim::storage
