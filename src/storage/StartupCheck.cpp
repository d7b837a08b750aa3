// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/StartupCheck.h"

#include "crypto/SelfTest.h"
#include "storage/Database.h"

#include <QVersionNumber>

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

bool isSupportedSqlcipher(const QString& version, const QString& provider) {
    // "4.14.0 community": at least the pinned release (src/sqlcipher sets the minimum; a system
    // SQLCipher, where the build uses one, from 4.5 on).
    const QVersionNumber number = QVersionNumber::fromString(version.section(QLatin1Char(' '), 0, 0));
    const QVersionNumber minimum = QVersionNumber::fromString(QStringLiteral(KIM_SQLCIPHER_MINIMUM));
    return number >= minimum && number.majorVersion() == 4 && provider == QLatin1String("openssl");
}

QStringList startupSelfTestFailures() {
    QStringList failures = crypto::runKnownAnswerTests();
    const auto probe = Database::probeCipher();
    if (!isSupportedSqlcipher(probe.version, probe.provider)) {
        failures << QStringLiteral("SQLCipher");
    }
    return failures;
}

} // namespace kim::storage
