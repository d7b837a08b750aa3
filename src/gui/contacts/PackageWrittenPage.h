// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWizardPage>

#include <functional>

class QLabel;

namespace kim::gui {

class PackageRecipientPage;

// The last page of every export wizard: where the package was saved, who can open it and what
// to do with the file, in the words `summary` finds for the written file and its recipients.
class PackageWrittenPage final : public QWizardPage {
    Q_OBJECT

public:
    using Summary = std::function<QString(const QString& path, const QStringList& recipients)>;

    PackageWrittenPage(const PackageRecipientPage& recipients, const QString& title, Summary summary, QWidget* parent);

    QLabel* summary() const { return m_summary; }
    void initializePage() override;

    // "„A“", "„A“ und „B“", "„A“, „B“ und „C“".
    static QString namesText(const QStringList& names);

private:
    const PackageRecipientPage& m_recipients;
    Summary m_text;
    QLabel* m_summary = nullptr;
};

} // namespace kim::gui
