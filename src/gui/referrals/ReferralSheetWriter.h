// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ReferralSheetData.h"

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace kim::gui {

// Lays out the referral sheet (Überleitungsbogen) as a letter and writes it as PDF or to a
// printer. It only ever gets a core::ReferralSheetData, which holds what the release covers.
class ReferralSheetWriter final {
public:
    ReferralSheetWriter(core::ReferralSheetData data, QString senderOrganisation);

    // The sender line from the settings, or a placeholder asking to fill it in.
    static QString senderFromSettings();
    // The organisation as entered in the settings, empty when none was entered.
    static QString storedSender();
    static void setSenderInSettings(const QString& organisation);

    QString html() const;
    // Throws nothing; returns false if the file could not be written.
    bool writePdf(const QString& path) const;
    void print(QPagedPaintDevice& device) const;

private:
    void render(QPagedPaintDevice& device) const;

    core::ReferralSheetData m_data;
    QString m_sender;
};

} // namespace kim::gui
