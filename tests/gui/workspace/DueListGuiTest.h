// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// The due follow-ups and the open referrals in the workspace at a few thousand rows: counts,
// lazy pages, overdue rows in red, Enter opens the client, and reloading only when shown.
class DueListGuiTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsCountsAndLoadsPagesAsTheListScrolls();
    void enterOpensTheClientOfTheCurrentRow();
    void hiddenListsKeepTheirCountCurrentAndReloadWhenShown();
};
