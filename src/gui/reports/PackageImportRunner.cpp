// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/reports/PackageImportRunner.h"

#include "reporting/ImportReason.h"

#include <QFile>
#include <QFileInfo>
#include <QProgressDialog>

namespace kim::gui {

namespace {
constexpr qint64 SliceMs = 30;
// The largest file PackageReader accepts; bigger ones are refused before they are read.
constexpr qint64 MaxPackageBytes = qint64(256) * 1024 * 1024;
} // namespace

PackageImportRunner::PackageImportRunner(Import import, QWidget* parent)
    : QObject(parent)
    , m_import(std::move(import))
    , m_parent(parent) {
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &PackageImportRunner::runSlice);
}

PackageImportRunner::~PackageImportRunner() {
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->deleteLater();
    }
}

void PackageImportRunner::start(const QStringList& files) {
    if (isRunning()) {
        return;
    }
    m_files = files;
    m_next = 0;
    m_outcomes.clear();
    m_progress = new QProgressDialog(tr("Pakete werden geprüft und eingelesen …"), tr("Abbrechen"), 0,
                                     int(files.size()), m_parent);
    m_progress->setWindowTitle(tr("Pakete einlesen"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumWidth(420);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, [this] { finish(true); });
    m_timer.start();
}

void PackageImportRunner::runSlice() {
    QElapsedTimer slice;
    slice.start();
    while (m_next < m_files.size() && slice.elapsed() < SliceMs) {
        m_outcomes << importFile(m_files[m_next]);
        ++m_next;
    }
    if (m_progress) {
        m_progress->setValue(m_next);
        m_progress->setLabelText(tr("Paket %1 von %2 eingelesen …").arg(m_next).arg(m_files.size()));
    }
    if (m_next >= m_files.size()) {
        finish(false);
    }
}

reporting::ImportOutcome PackageImportRunner::importFile(const QString& path) {
    const QString source = QFileInfo(path).fileName();
    QFile file(path);
    if (file.size() > MaxPackageBytes) {
        return {source,
                reporting::ImportResult::Rejected,
                {},
                {},
                reporting::ImportReason::forFailure(exchange::PackageFailure::TooLarge)};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return {source, reporting::ImportResult::Rejected, {}, {}, tr("Die Datei konnte nicht gelesen werden.")};
    }
    const QByteArray bytes = file.readAll();
    const auto* data = reinterpret_cast<const uint8_t*>(bytes.constData());
    return m_import(std::span<const uint8_t>(data, size_t(bytes.size())), source);
}

void PackageImportRunner::finish(bool cancelled) {
    m_timer.stop();
    if (m_progress) {
        m_progress->disconnect(this); // closing the dialog emits canceled()
        m_progress->close();
        m_progress->deleteLater();
    }
    Q_EMIT finished(m_outcomes, cancelled);
}

} // namespace kim::gui
