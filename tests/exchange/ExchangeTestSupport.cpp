// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeTestSupport.h"

#include "exchange/AgeX25519.h"
#include "exchange/MinisignSecretKey.h"
#include "support/FileBytes.h"

#include <QDir>
#include <QProcess>

#include <catch2/catch.hpp>

namespace kim::test {

ToolRun runTool(const QString& program, const QStringList& arguments, const QByteArray& input, int timeoutMs) {
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(timeoutMs));
    return ToolRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   process.readAllStandardOutput(), process.readAllStandardError()};
}

ToolRun runInTerminal(const QString& commandLine, const QByteArray& keystrokes) {
    // The pause lets the tool switch the terminal to no-echo before the password arrives.
    const QString feeder = QStringLiteral("sleep 1; printf '%s' \"$KEYS\"; sleep 1; printf '%s' \"$KEYS\"; sleep 2");
    QProcess process;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KEYS"), QString::fromUtf8(keystrokes));
    environment.insert(QStringLiteral("CMD"), commandLine);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("sh"),
                  {QStringLiteral("-c"), QStringLiteral("(%1) | script -q -e -c \"$CMD\" /dev/null").arg(feeder)});
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(120000));
    return ToolRun{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QString exchangeDataDir() {
    return QStringLiteral(KIM_EXCHANGE_TEST_DATA);
}

QString exchangeDataPath(const QString& name) {
    return QDir(exchangeDataDir()).filePath(name);
}

exchange::Identity loadFixtureIdentity(const QString& name) {
    const QByteArray ageFile = fileBytes(exchangeDataPath(name + QStringLiteral(".agekey")));
    std::optional<Botan::secure_vector<uint8_t>> ageSecret;
    for (const QByteArray& line : ageFile.split('\n')) {
        if (line.startsWith("AGE-SECRET-KEY-1")) {
            ageSecret = exchange::AgeX25519::decodeIdentity(line.toStdString());
        }
    }
    REQUIRE(ageSecret);
    const QByteArray signingFile = fileBytes(exchangeDataPath(name + QStringLiteral(".minisign.key")));
    exchange::Identity identity(*ageSecret, exchange::MinisignSecretKey::parseFile(signingFile.toStdString()));
    identity.setProfile(name, QStringLiteral("Fallmanagement"), QStringLiteral("Testkreis"));
    return identity;
}

void saveFixtureIdentity(const exchange::Identity& identity, const QString& directory, const QString& name) {
    const auto ageLine = exchange::AgeX25519::encodeIdentity(identity.ageSecret());
    QByteArray ageFile =
        "# public key: " + QByteArray::fromStdString(exchange::AgeX25519::encodeRecipient(identity.agePublicKey())) +
        "\n" + QByteArray(ageLine.data(), static_cast<qsizetype>(ageLine.size())) + "\n";
    writeBytes(QDir(directory).filePath(name + QStringLiteral(".agekey")), ageFile);
    const auto signing = identity.signingKey().fileText();
    writeBytes(QDir(directory).filePath(name + QStringLiteral(".minisign.key")),
               QByteArray(signing.data(), static_cast<qsizetype>(signing.size())));
    writeBytes(QDir(directory).filePath(name + QStringLiteral(".minisign.pub")),
               identity.signingPublicKey().fileText().toUtf8());
}

std::span<const uint8_t> bytesOf(const QByteArray& data) {
    return std::span(reinterpret_cast<const uint8_t*>(data.constData()), static_cast<size_t>(data.size()));
}

QByteArray toQByteArray(std::span<const uint8_t> data) {
    return QByteArray(reinterpret_cast<const char*>(data.data()), static_cast<qsizetype>(data.size()));
}

} // namespace kim::test
