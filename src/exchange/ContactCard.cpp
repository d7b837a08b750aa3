// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/ContactCard.h"

#include "exchange/AgeX25519.h"
#include "exchange/PackageError.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace kim::exchange {

namespace {

constexpr auto FormatTag = "kim-fallakte-contact";
constexpr int FormatVersion = 1;
constexpr qsizetype MaxTextLength = 200;

[[noreturn]] void invalid() {
    throw PackageError(PackageFailure::InvalidContactCard);
}

QString boundedText(const QJsonObject& json, const char* key) {
    const QJsonValue value = json.value(QLatin1String(key));
    if (!value.isUndefined() && !value.isString()) {
        invalid();
    }
    const QString text = value.toString().trimmed();
    if (text.size() > MaxTextLength) {
        invalid();
    }
    return text;
}

} // namespace

ContactCard::ContactCard(QString name, QString role, QString organisation, std::vector<uint8_t> agePublicKey,
                         MinisignPublicKey signingKey)
    : m_name(std::move(name))
    , m_role(std::move(role))
    , m_organisation(std::move(organisation))
    , m_agePublicKey(std::move(agePublicKey))
    , m_signingKey(std::move(signingKey)) {}

ContactCard ContactCard::parse(const QByteArray& fileText) {
    if (fileText.size() > MaxFileSize) {
        throw PackageError(PackageFailure::TooLarge);
    }
    QJsonParseError error;
    const auto document = QJsonDocument::fromJson(fileText, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        invalid();
    }
    const QJsonObject json = document.object();
    if (json.value(QStringLiteral("format")).toString() != QLatin1String(FormatTag)) {
        invalid();
    }
    if (json.value(QStringLiteral("version")).toInt(-1) != FormatVersion) {
        throw PackageError(PackageFailure::UnsupportedVersion);
    }
    const auto agePublicKey = AgeX25519::decodeRecipient(json.value(QStringLiteral("age")).toString().toStdString());
    const auto signingKey = MinisignPublicKey::parse(json.value(QStringLiteral("minisign")).toString().toStdString());
    if (!agePublicKey || !signingKey) {
        invalid();
    }
    return ContactCard(boundedText(json, "name"), boundedText(json, "role"), boundedText(json, "organisation"),
                       *agePublicKey, *signingKey);
}

QByteArray ContactCard::fileText() const {
    const QJsonObject json{
        {QStringLiteral("format"), QLatin1String(FormatTag)},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("name"), m_name},
        {QStringLiteral("role"), m_role},
        {QStringLiteral("organisation"), m_organisation},
        {QStringLiteral("age"), ageRecipient()},
        {QStringLiteral("minisign"), m_signingKey.base64()},
        {QStringLiteral("minisignKeyId"), keyIdText()},
        {QStringLiteral("fingerprint"), fingerprint()},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

QString ContactCard::fingerprint() const {
    const QByteArray input = QByteArrayLiteral("kim-fallakte-contact-v1\n") + ageRecipient().toLatin1() + '\n' +
                             m_signingKey.base64().toLatin1() + '\n';
    const QByteArray hex = QCryptographicHash::hash(input, QCryptographicHash::Sha256).left(16).toHex().toUpper();
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        groups << QString::fromLatin1(hex.mid(i, 4));
    }
    return groups.join(QLatin1Char(' '));
}

QString ContactCard::ageRecipient() const {
    return QString::fromStdString(AgeX25519::encodeRecipient(m_agePublicKey));
}

} // namespace kim::exchange
