// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/MinisignPublicKey.h"

#include "exchange/AgePrimitives.h"

#include <QByteArray>

#include <algorithm>

namespace kim::exchange {

namespace {

constexpr size_t EncodedSize = 2 + 8 + 32;

std::string_view lastNonEmptyLine(std::string_view text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) {
        text.remove_suffix(1);
    }
    const size_t newline = text.rfind('\n');
    return newline == std::string_view::npos ? text : text.substr(newline + 1);
}

} // namespace

MinisignPublicKey::MinisignPublicKey(const KeyId& keyId, const Key& key)
    : m_keyId(keyId)
    , m_key(key) {}

std::optional<MinisignPublicKey> MinisignPublicKey::parse(std::string_view text) {
    if (text.size() > 4096) {
        return std::nullopt;
    }
    std::string_view line = lastNonEmptyLine(text);
    if (line.ends_with('\r')) {
        line.remove_suffix(1);
    }
    const QByteArray input(line.data(), static_cast<qsizetype>(line.size()));
    const auto decoded = QByteArray::fromBase64Encoding(input, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != static_cast<qsizetype>(EncodedSize) ||
        !decoded.decoded.startsWith("Ed")) {
        return std::nullopt;
    }
    KeyId keyId;
    Key key;
    std::copy_n(decoded.decoded.constData() + 2, keyId.size(), keyId.begin());
    std::copy_n(decoded.decoded.constData() + 10, key.size(), key.begin());
    return MinisignPublicKey(keyId, key);
}

QString MinisignPublicKey::keyIdText(const KeyId& keyId) {
    QString text;
    for (auto it = keyId.rbegin(); it != keyId.rend(); ++it) {
        text += QStringLiteral("%1").arg(*it, 2, 16, QLatin1Char('0')).toUpper();
    }
    return text;
}

QString MinisignPublicKey::base64() const {
    QByteArray raw("Ed");
    raw.append(reinterpret_cast<const char*>(m_keyId.data()), static_cast<qsizetype>(m_keyId.size()));
    raw.append(reinterpret_cast<const char*>(m_key.data()), static_cast<qsizetype>(m_key.size()));
    return QString::fromLatin1(raw.toBase64());
}

QString MinisignPublicKey::fileText() const {
    return QStringLiteral("untrusted comment: minisign public key %1\n%2\n").arg(keyIdText(), base64());
}

} // namespace kim::exchange
