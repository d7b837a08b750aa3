// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProblemGuiSupport.h"

// The journey of a structural problem from a case file to the coordinating office and back.
class ProblemGuiTest final : public QObject {
    Q_OBJECT

private:
    // The stages of the journey; each fails the running test on its own.
    void addClientWithCanaries(kim::gui::MainWindow& window);
    void recordConsentCaseAndNote(kim::gui::MainWindow& window);
    void flagProblemThroughDialog(kim::gui::MainWindow& window);
    void proposeProblemType(kim::gui::MainWindow& window);
    void exchangeContactCards(kim::gui::MainWindow& window, problemgui::OfficeVault& office,
                              const QString& ownCardPath);
    void exportThroughWizard(kim::gui::MainWindow& window, const QString& path);
    void checkPackageAtTheOffice(problemgui::OfficeVault& office, const QString& path);
    void importFeedback(kim::gui::MainWindow& window, problemgui::OfficeVault& office, const QString& folder);

    QString m_problemCode;
    QString m_problemTitle;
    QString m_caseCode;

private Q_SLOTS:
    void initTestCase();
    void journeyFromFlagToExportAndFeedback();
};
