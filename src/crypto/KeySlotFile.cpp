// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/KeySlotFile.h"

#include "crypto/Aead.h"
#include "base/Error.h"
#include "crypto/SecureRandom.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

namespace kim::crypto {

namespace {

constexpr auto FormatTag = "kim-fallakte-keyslots";
constexpr int FormatVersion = 1;

[[noreturn]] void damaged() {
    throw Error(ErrorCode::DamagedHeader,
                QCoreApplication::translate(
                    "KeySlotFile",
                    "Die Schlüsseldatei der Arbeitsmappe ist beschädigt. Bitte stellen Sie sie aus einer "
                    "Sicherung wieder her."));
}

QByteArray toByteArray(const Botan::secure_vector<uint8_t>& bytes) {
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

std::vector<uint8_t> toVector(const QByteArray& bytes) {
    return std::vector<uint8_t>(bytes.begin(), bytes.end());
}

QByteArray decodeBase64(const QJsonValue& value) {
    const auto result =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result || result.decoded.isEmpty()) {
        damaged();
    }
    return result.decoded;
}

QJsonObject slotToJson(const KeySlot& slot) {
    return QJsonObject{
        {QStringLiteral("id"), slot.id},
        {QStringLiteral("label"), slot.label},
        {QStringLiteral("kdf"), QStringLiteral("argon2id")},
        {QStringLiteral("memoryKiB"), static_cast<qint64>(slot.kdf.memoryKiB)},
        {QStringLiteral("iterations"), static_cast<qint64>(slot.kdf.iterations)},
        {QStringLiteral("parallelism"), static_cast<qint64>(slot.kdf.parallelism)},
        {QStringLiteral("salt"), QString::fromLatin1(slot.salt.toBase64())},
        {QStringLiteral("wrappedKey"), QString::fromLatin1(slot.wrappedKey.toBase64())},
    };
}

KeySlot slotFromJson(const QJsonObject& json) {
    if (json.value(QStringLiteral("kdf")).toString() != QStringLiteral("argon2id")) {
        damaged();
    }
    KeySlot slot;
    slot.id = json.value(QStringLiteral("id")).toString();
    slot.label = json.value(QStringLiteral("label")).toString();
    slot.kdf.memoryKiB = static_cast<uint32_t>(json.value(QStringLiteral("memoryKiB")).toInteger());
    slot.kdf.iterations = static_cast<uint32_t>(json.value(QStringLiteral("iterations")).toInteger());
    slot.kdf.parallelism = static_cast<uint32_t>(json.value(QStringLiteral("parallelism")).toInteger());
    slot.salt = decodeBase64(json.value(QStringLiteral("salt")));
    slot.wrappedKey = decodeBase64(json.value(QStringLiteral("wrappedKey")));
    // Bounds stop a hostile header from asking for absurd memory or time.
    if (slot.id.isEmpty() || !slot.kdf.meetsMinimum() || slot.kdf.memoryKiB > 4 * 1024 * 1024 ||
        slot.kdf.iterations > 1000 || slot.kdf.parallelism > 16) {
        damaged();
    }
    return slot;
}

} // namespace

KeySlotFile KeySlotFile::create(const QString& password, const QString& label, const KdfParams& params,
                                Botan::secure_vector<uint8_t>& dataKeyOut) {
    KeySlotFile file;
    file.m_vaultId = toByteArray(randomBytes(16));
    dataKeyOut = randomBytes(32);
    file.addSlot(dataKeyOut, password, label, params);
    return file;
}

KeySlotFile KeySlotFile::load(const QString& path) {
    QFile input(path);
    if (!input.exists()) {
        throw Error(
            ErrorCode::FileMissing,
            QCoreApplication::translate(
                "KeySlotFile", "Die Schlüsseldatei %1 fehlt. Ohne sie lässt sich die Arbeitsmappe nicht öffnen.")
                .arg(QFileInfo(path).fileName()));
    }
    if (input.size() > 1024 * 1024 || !input.open(QIODevice::ReadOnly)) {
        damaged();
    }
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(input.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        damaged();
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(FormatTag)) {
        damaged();
    }
    if (root.value(QStringLiteral("version")).toInt() != FormatVersion) {
        throw Error(ErrorCode::UnsupportedVersion,
                    QCoreApplication::translate(
                        "KeySlotFile",
                        "Die Schlüsseldatei stammt aus einer neueren Programmversion. Bitte aktualisieren Sie "
                        "KIM Fallakte."));
    }
    const QJsonObject body = root.value(QStringLiteral("body")).toObject();
    const QByteArray checksum =
        QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
    if (checksum.toHex() != root.value(QStringLiteral("sha256")).toString().toLatin1()) {
        damaged();
    }
    KeySlotFile file;
    file.m_vaultId = decodeBase64(body.value(QStringLiteral("vaultId")));
    for (const auto& value : body.value(QStringLiteral("slots")).toArray()) {
        file.m_slots.push_back(slotFromJson(value.toObject()));
    }
    if (file.m_vaultId.size() != 16 || file.m_slots.empty()) {
        damaged();
    }
    return file;
}

QByteArray KeySlotFile::serialise() const {
    QJsonArray slots;
    for (const auto& slot : m_slots) {
        slots.append(slotToJson(slot));
    }
    const QJsonObject body{{QStringLiteral("vaultId"), QString::fromLatin1(m_vaultId.toBase64())},
                           {QStringLiteral("slots"), slots}};
    const QByteArray checksum =
        QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(FormatTag)},
                           {QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("body"), body},
                           {QStringLiteral("sha256"), QString::fromLatin1(checksum.toHex())}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void KeySlotFile::save(const QString& path) const {
    QSaveFile output(path);
    const bool opened = output.open(QIODevice::WriteOnly);
    if (!opened) {
        throw Error(ErrorCode::NotWritable,
                    QCoreApplication::translate("KeySlotFile", "In den Ordner %1 kann nicht geschrieben werden.")
                        .arg(QFileInfo(path).absolutePath()));
    }
    output.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray data = serialise();
    if (output.write(data) != data.size() || !output.commit()) {
        throw Error(ErrorCode::DiskFull,
                    QCoreApplication::translate("KeySlotFile",
                                                "Die Schlüsseldatei konnte nicht gespeichert werden (Datenträger voll "
                                                "oder nicht beschreibbar). Die bisherige Datei ist unverändert."));
    }
}

Botan::secure_vector<uint8_t> KeySlotFile::unlock(const QString& password, QString* slotIdOut) const {
    for (const auto& slot : m_slots) {
        const auto salt = Botan::secure_vector<uint8_t>(slot.salt.begin(), slot.salt.end());
        const auto kek = deriveKey(password, salt, slot.kdf);
        auto dataKey = open(kek, toVector(slot.wrappedKey), associatedData(slot));
        if (dataKey && dataKey->size() == 32) {
            if (slotIdOut) {
                *slotIdOut = slot.id;
            }
            return *dataKey;
        }
    }
    throw Error(ErrorCode::WrongPassword, QCoreApplication::translate("KeySlotFile", "Das Passwort ist falsch."));
}

void KeySlotFile::addSlot(const Botan::secure_vector<uint8_t>& dataKey, const QString& password, const QString& label,
                          const KdfParams& params) {
    m_slots.push_back(wrap(QUuid::createUuid().toString(QUuid::WithoutBraces), label, dataKey, password, params));
}

void KeySlotFile::rewrapSlot(const QString& slotId, const Botan::secure_vector<uint8_t>& dataKey,
                             const QString& newPassword, const KdfParams& params) {
    for (auto& slot : m_slots) {
        if (slot.id == slotId) {
            slot = wrap(slot.id, slot.label, dataKey, newPassword, params);
            return;
        }
    }
    throw Error(ErrorCode::NotFound,
                QCoreApplication::translate("KeySlotFile", "Der Schlüsselplatz wurde nicht gefunden."));
}

KeySlot KeySlotFile::wrap(const QString& slotId, const QString& label, const Botan::secure_vector<uint8_t>& dataKey,
                          const QString& password, const KdfParams& params) const {
    KeySlot slot;
    slot.id = slotId;
    slot.label = label;
    slot.kdf = params;
    slot.salt = toByteArray(randomBytes(16));
    const auto kek = deriveKey(password, Botan::secure_vector<uint8_t>(slot.salt.begin(), slot.salt.end()), params);
    slot.wrappedKey = toByteArray(seal(kek, dataKey, associatedData(slot)));
    return slot;
}

std::vector<uint8_t> KeySlotFile::associatedData(const KeySlot& slot) const {
    // Binding the vault id, slot id and KDF parameters means none can be swapped or
    // downgraded without the unwrap failing.
    const QByteArray ad = QByteArrayLiteral("kim-fallakte-keyslot-v1|") + m_vaultId.toHex() + '|' + slot.id.toUtf8() +
                          '|' + QByteArray::number(slot.kdf.memoryKiB) + '|' + QByteArray::number(slot.kdf.iterations) +
                          '|' + QByteArray::number(slot.kdf.parallelism) + '|' + slot.salt.toHex();
    return toVector(ad);
}

} // namespace kim::crypto
