// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/DisclosureControl.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace kim::gui {

// The disclosure parameters of one year: which municipalities are merged into which region
// (one row per municipality, the region chosen or typed), and below how many cases a problem
// type joins "sonstige". Read-only once the year has a publication: regions are fixed per year.
class DisclosureParametersWidget final : public QWidget {
    Q_OBJECT

public:
    explicit DisclosureParametersWidget(QWidget* parent = nullptr);

    void setParameters(int year, const reporting::DisclosureParameters& parameters, bool frozen);
    // The form as parameters; regions keep their codes, new ones get the next free "R<n>".
    reporting::DisclosureParameters parameters() const;
    int year() const { return m_year; }
    bool isFrozen() const { return m_frozen; }
    QTableWidget* regionTable() const { return m_table; }
    QSpinBox* thresholdBox() const { return m_threshold; }
    // Sets the region of a municipality as the user would pick it ("" = stands alone).
    void assign(core::Municipality municipality, const QString& regionName);

Q_SIGNALS:
    void saveRequested();

private:
    void fillRegionChoices();
    QString standaloneText() const;

    int m_year = 0;
    bool m_frozen = false;
    reporting::DisclosureParameters m_loaded;
    QHash<QString, QString> m_codeOfName; // codes of the loaded regions, kept on save
    QLabel* m_title = nullptr;
    QLabel* m_frozenNote = nullptr;
    QTableWidget* m_table = nullptr;
    QSpinBox* m_threshold = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_defaults = nullptr;
};

} // namespace kim::gui
