// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/PasswordKdf.h"

#include <QByteArray>
#include <QString>

#include <botan/secmem.h>

#include <vector>

namespace kim::crypto {

// One password's way to the vault's data key: the data key wrapped with
// ChaCha20-Poly1305 under an Argon2id key derived from that password.
struct KeySlot {
    QString id;
    QString label;
    KdfParams kdf;
    QByteArray salt;
    QByteArray wrappedKey;
};

// The sidecar header next to a vault: its id and the key slots. A password change only
// rewraps the data key, so the database itself never needs re-encrypting. Saved
// atomically with mode 0600.
class KeySlotFile {
public:
    // Creates a header with one slot and a fresh random 256-bit data key.
    static KeySlotFile create(const QString& password, const QString& label, const KdfParams& params,
                              Botan::secure_vector<uint8_t>& dataKeyOut);

    // Throws Error(FileMissing | DamagedHeader | UnsupportedVersion).
    static KeySlotFile load(const QString& path);
    // Throws Error(NotWritable | DiskFull); the previous file stays intact on failure.
    void save(const QString& path) const;

    // Tries every slot; throws Error(WrongPassword) when none opens. Reports the slot used.
    Botan::secure_vector<uint8_t> unlock(const QString& password, QString* slotIdOut = nullptr) const;

    void addSlot(const Botan::secure_vector<uint8_t>& dataKey, const QString& password, const QString& label,
                 const KdfParams& params);
    void rewrapSlot(const QString& slotId, const Botan::secure_vector<uint8_t>& dataKey, const QString& newPassword,
                    const KdfParams& params);

    const QByteArray& vaultId() const { return m_vaultId; }
    const std::vector<KeySlot>& slots() const { return m_slots; }

private:
    KeySlot wrap(const QString& slotId, const QString& label, const Botan::secure_vector<uint8_t>& dataKey,
                 const QString& password, const KdfParams& params) const;
    std::vector<uint8_t> associatedData(const KeySlot& slot) const;
    QByteArray serialise() const;

    QByteArray m_vaultId;
    std::vector<KeySlot> m_slots;
};

} // namespace kim::crypto
