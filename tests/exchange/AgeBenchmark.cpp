// SPDX-License-Identifier: GPL-3.0-or-later
// Prints the throughput of encrypting and decrypting a 10 MiB package with our age
// implementation and with the age command-line tool on the same data and key.
#include "exchange/AgeFile.h"
#include "exchange/AgeX25519.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace kim::exchange;

namespace {

constexpr qsizetype Size = 10 * 1024 * 1024;
constexpr int Rounds = 5;

double mibPerSecond(const std::function<void()>& action) {
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Rounds; ++i) {
        action();
    }
    return Rounds * (Size / 1048576.0) / (static_cast<double>(timer.nsecsElapsed()) / 1e9);
}

void writeFile(const QString& path, const QByteArray& data) {
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(data);
    }
}

bool runAge(const QStringList& arguments) {
    return QProcess::execute(QStringLiteral("age"), arguments) == 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QByteArray plain(Size, 'k');
    for (qsizetype i = 0; i < Size; ++i) {
        plain[i] = static_cast<char>(i * 7919 % 251);
    }
    const auto secret = AgeX25519::generateSecret();
    const auto recipient = AgeX25519::publicKey(secret);
    const QString plainPath = dir.filePath(QStringLiteral("plain.bin"));
    const QString keyPath = dir.filePath(QStringLiteral("key.txt"));
    const QString cipherPath = dir.filePath(QStringLiteral("cipher.age"));
    const QString outPath = dir.filePath(QStringLiteral("out.bin"));
    writeFile(plainPath, plain);
    const auto identity = AgeX25519::encodeIdentity(secret);
    writeFile(keyPath, QByteArray(identity.data(), static_cast<qsizetype>(identity.size())) + "\n");
    const std::span<const uint8_t> bytes(reinterpret_cast<const uint8_t*>(plain.constData()), Size);

    std::vector<uint8_t> cipher;
    const double oursEncrypt = mibPerSecond([&] { cipher = AgeFile::encrypt(bytes, {recipient}); });
    const double oursDecrypt = mibPerSecond([&] { AgeFile::decrypt(cipher, secret); });
    const QString recipientText = QString::fromStdString(AgeX25519::encodeRecipient(recipient));
    const double ageEncrypt = mibPerSecond([&] {
        runAge(
            {QStringLiteral("-e"), QStringLiteral("-r"), recipientText, QStringLiteral("-o"), cipherPath, plainPath});
    });
    const double ageDecrypt = mibPerSecond([&] {
        runAge({QStringLiteral("-d"), QStringLiteral("-i"), keyPath, QStringLiteral("-o"), outPath, cipherPath});
    });
    std::printf("10 MiB, %d rounds each (age CLI figures include process start and file I/O)\n", Rounds);
    std::printf("%-22s %8.1f MiB/s\n", "ours encrypt", oursEncrypt);
    std::printf("%-22s %8.1f MiB/s\n", "ours decrypt", oursDecrypt);
    std::printf("%-22s %8.1f MiB/s\n", "age CLI encrypt", ageEncrypt);
    std::printf("%-22s %8.1f MiB/s\n", "age CLI decrypt", ageDecrypt);
    return 0;
}
