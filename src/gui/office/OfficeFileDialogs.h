#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace kim::gui {

// File choosers of the office screens that ExchangeFileDialogs does not offer: a folder of
// packages and where to save a report. Tests queue the next answers so no dialog ever blocks.
class OfficeFileDialogs final {
public:
    OfficeFileDialogs() = delete;

    static QString packageFolder(QWidget* parent);
    // `filter` like "PDF-Dateien (*.pdf)"; the suffix is added when the user typed none.
    static QString fileToSave(QWidget* parent, const QString& title, const QString& suggestedName,
                              const QString& filter, const QString& suffix);

    // Test seam: the next call returns these names without a dialog (empty = cancelled).
    static void setNextFileName(const QString& fileName);
};

} // namespace kim::gui
