// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/PackageImport.h"

#include <QWidget>

#include <functional>

class QLabel;
class QMimeData;
class QTableView;
class QVBoxLayout;

namespace kim::gui {

class PackageImportRunner;
class RowsModel;

// "Eingang" of a receiving workspace (the coordinating office, the supervisor): reads packages
// from chosen files, a folder or a drop through an inbox, shows what became of each file with
// the reason of every rejection, and below it the list of what the workspace holds, which the
// subclass fills in refresh().
class PackageIntakeTab : public QWidget {
    Q_OBJECT

public:
    // The words that differ between the kinds of package.
    struct Texts {
        QString importButton; // "&Pakete einlesen …"
        QString dropHint;
        QString nothingFound;
        QString periodColumn; // "Quartal", "Zeitraum"
        QString replaced;     // result of a package that replaced an earlier one
        QString summary;      // "%1 angenommen, %2 … ersetzt, %3 abgelehnt."
        QString heldTitle;    // title of the list below
    };
    using Inbox = std::function<reporting::ImportOutcome(std::span<const uint8_t>, const QString&)>;
    using PeriodLabel = std::function<QString(const QString&)>;

    PackageIntakeTab(const Texts& texts, Inbox inbox, PeriodLabel periodLabel, QWidget* parent = nullptr);

    RowsModel* outcomes() const { return m_outcomes; }
    bool isImporting() const;
    // Files and folders dragged onto the workspace's view: whether they can be taken now, and
    // taking them (false when they cannot).
    bool acceptsDrop(const QMimeData* mime) const;
    bool importDrop(const QMimeData* mime);

public Q_SLOTS:
    virtual void refresh() = 0;
    void chooseFiles();
    void chooseFolder();
    // Files and folders (e.g. dropped on the view); folders are searched for packages.
    void importPaths(const QStringList& paths);

Q_SIGNALS:
    // Packages were accepted: what the workspace shows changed.
    void imported();

protected:
    // Puts the list of held packages below the outcomes; called once by the subclass.
    void setHeldList(QTableView* view, QLabel* summary);

private:
    void showOutcomes(const QList<reporting::ImportOutcome>& outcomes, bool cancelled);

    Texts m_texts;
    PeriodLabel m_periodLabel;
    PackageImportRunner* m_runner = nullptr;
    RowsModel* m_outcomes = nullptr;
    QTableView* m_outcomeView = nullptr;
    QLabel* m_summary = nullptr;
    QVBoxLayout* m_heldLayout = nullptr;
};

} // namespace kim::gui
