// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/reports/ReportTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace kim::gui {

// Writes a dashboard as a PDF (charts and tables, as the conference report) or as CSV for
// German Excel (long form: one line per figure), asking where through FileDialogs.
class DashboardExport final {
    Q_DECLARE_TR_FUNCTIONS(kim::gui::DashboardExport)

public:
    DashboardExport(QString title, QString subtitle, QList<ReportTable> tables);

    QByteArray csv() const;
    bool writePdf(const QString& path) const;
    bool writeCsv(const QString& path) const;

    // Ask for a file name (suggested from `baseName`), write, report errors through Messages.
    void savePdf(QWidget* parent, const QString& baseName) const;
    void saveCsv(QWidget* parent, const QString& baseName) const;

    static QString notice();

private:
    QString m_title;
    QString m_subtitle;
    QList<ReportTable> m_tables;
};

} // namespace kim::gui
