// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

struct ClientListWorld;

// The client register at scale: the real ClientListPanel and its sparse model on a
// real vault of a few thousand clients, offscreen.
class ClientListGuiTest final : public QObject {
    Q_OBJECT

public:
    ClientListGuiTest();
    ~ClientListGuiTest() override;

private Q_SLOTS:
    void initTestCase();
    void theRowCountIsTheCountShownBelowTheList();
    void selectingAClientFarDownSelectsItsRowAndScrollsToIt();
    void scrollingToTheEndShowsTheLastClientInNameOrder();
    void everyRowShowsTheClientOfItsPlaceInNameOrder();
    void theFilterTextAndTheCombosNarrowTheListAndKeepTheSelection();
    void umlautsTypedInEitherCaseFindLastAndFirstNames();
    void enterOnAClientOpensIt();
    void aRefreshKeepsTheSelectionAndShowsChangedNames();

private:
    std::unique_ptr<ClientListWorld> m_world;
};
