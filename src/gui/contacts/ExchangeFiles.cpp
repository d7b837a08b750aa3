// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/contacts/ExchangeFiles.h"

#include "base/Error.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace kim::gui {

QByteArray ExchangeFiles::read(const QString& path, qint64 maxSize) {
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        throw Error(ErrorCode::FileMissing,
                    QCoreApplication::translate("kim::gui::ExchangeFiles", "Die Datei „%1“ kann nicht gelesen werden.")
                        .arg(QDir::toNativeSeparators(path)));
    }
    if (file.size() > maxSize) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("kim::gui::ExchangeFiles",
                                                "Die Datei „%1“ ist zu groß für diese Art von Datei.")
                        .arg(QFileInfo(path).fileName()));
    }
    return file.read(maxSize + 1);
}

void ExchangeFiles::save(const QString& path, const std::function<QByteArray()>& produce) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw Error(
            ErrorCode::NotWritable,
            QCoreApplication::translate("kim::gui::ExchangeFiles", "In den Ordner „%1“ kann nicht geschrieben werden.")
                .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray data = produce();
    if (file.write(data) != data.size() || !file.commit()) {
        throw Error(ErrorCode::NotWritable,
                    QCoreApplication::translate("kim::gui::ExchangeFiles",
                                                "Die Datei „%1“ konnte nicht gespeichert werden (Datenträger voll "
                                                "oder nicht beschreibbar).")
                        .arg(QFileInfo(path).fileName()));
    }
}

void ExchangeFiles::save(storage::Database& db, const QString& path, const std::function<QByteArray()>& produce) {
    storage::Transaction transaction(db);
    save(path, produce);
    transaction.commit();
}

void ExchangeFiles::save(const QString& path, const QByteArray& data) {
    save(path, [&data] { return data; });
}

} // namespace kim::gui
