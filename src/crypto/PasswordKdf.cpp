// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/PasswordKdf.h"

#include <botan/pwdhash.h>

#include <QElapsedTimer>

#include <algorithm>

namespace kim::crypto {

bool KdfParams::meetsMinimum() const {
    return memoryKiB >= MinimumMemoryKiB && iterations >= MinimumIterations && parallelism >= 1;
}

Botan::secure_vector<uint8_t> deriveKey(const QString& password, const Botan::secure_vector<uint8_t>& salt,
                                        const KdfParams& params) {
    const auto family = Botan::PasswordHashFamily::create_or_throw("Argon2id");
    const auto hash = family->from_params(params.memoryKiB, params.iterations, params.parallelism);
    QByteArray utf8 = password.toUtf8();
    Botan::secure_vector<uint8_t> key(32);
    hash->derive_key(key.data(), key.size(), utf8.constData(), static_cast<size_t>(utf8.size()), salt.data(),
                     salt.size());
    std::fill(utf8.begin(), utf8.end(), '\0');
    return key;
}

KdfParams calibrateKdf(std::chrono::milliseconds target) {
    KdfParams probe;
    probe.iterations = 1;
    const Botan::secure_vector<uint8_t> salt(16, 0x5a);
    QElapsedTimer timer;
    timer.start();
    deriveKey(QStringLiteral("calibration"), salt, probe);
    const qint64 perPass = std::max<qint64>(1, timer.elapsed());

    KdfParams tuned;
    tuned.iterations =
        static_cast<uint32_t>(std::clamp<qint64>(target.count() / perPass, KdfParams::MinimumIterations, 64));
    return tuned;
}

} // namespace kim::crypto
