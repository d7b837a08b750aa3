// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/PackageSealer.h"

#include "exchange/AgeFile.h"
#include "exchange/Identity.h"
#include "exchange/MinisignSignature.h"
#include "exchange/PackageBundle.h"
#include "exchange/PackageError.h"

namespace kim::exchange {

std::vector<uint8_t> PackageSealer::seal(PackagePayload& payload, const Identity& sender,
                                         const std::vector<ContactCard>& recipients) {
    if (recipients.empty() || recipients.size() > MaxRecipients) {
        throw PackageError(PackageFailure::TooLarge);
    }
    payload.senderKeyId = sender.keyIdText();
    payload.recipientKeyIds.clear();
    std::vector<std::vector<uint8_t>> ageRecipients;
    for (const auto& card : recipients) {
        payload.recipientKeyIds << card.keyIdText();
        ageRecipients.push_back(card.agePublicKey());
    }
    const QByteArray json = payload.toJson();
    if (json.size() > PackagePayload::MaxSize) {
        throw PackageError(PackageFailure::TooLarge);
    }
    const std::span<const uint8_t> bytes(reinterpret_cast<const uint8_t*>(json.constData()),
                                         static_cast<size_t>(json.size()));
    const QString comment = QStringLiteral("timestamp:%1\tfile:payload.json\thashed\tkind:%2\tid:%3")
                                .arg(payload.created.toSecsSinceEpoch())
                                .arg(payload.kind, payload.id.toString(QUuid::WithoutBraces));
    const auto signature = MinisignSignature::sign(sender.signingKey(), bytes, comment);
    return AgeFile::encrypt(PackageBundle::join(signature, bytes), ageRecipients);
}

} // namespace kim::exchange
