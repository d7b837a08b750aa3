// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/OfficeInbox.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace kim::storage {
class Database;
}
namespace kim {
class Clock;
}
namespace kim::exchange {
class Identity;
}

namespace kim::gui {

class Session;

// "Austausch → Paket einlesen…" in a case manager's workspace: reads packages from the
// coordinating office (a new problem taxonomy or conference feedback) and shows per file
// whether it was accepted or why it was rejected. A rejected package changes nothing.
class PackageImportDialog final : public QDialog {
    Q_OBJECT

public:
    // Packages larger than this are refused before reading (docs/formats.md).
    static constexpr qint64 MaxPackageSize = qint64(256) * 1024 * 1024;

    PackageImportDialog(Session& session, QWidget* parent);

    // Imports each file and lists the outcome; returns how many were accepted.
    int importFiles(const QStringList& paths);
    // One row per file; a rejected file has the reason as a child row.
    QTreeWidget* results() const { return m_results; }
    const QList<reporting::ImportOutcome>& outcomes() const { return m_outcomes; }

Q_SIGNALS:
    // At least one package was accepted: feedback and taxonomy views should refresh.
    void packagesImported();

private:
    reporting::ImportOutcome importFile(const QString& path);
    void addRow(const reporting::ImportOutcome& outcome);

    storage::Database& m_db;
    const exchange::Identity& m_identity;
    const kim::Clock& m_clock;
    QList<reporting::ImportOutcome> m_outcomes;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_results = nullptr;
};

} // namespace kim::gui
