// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// The page check after unlock, in the real main window: an intact workspace is checked in the
// background and says so; a damaged page is reported while the workspace stays open; locking
// during the check stops it.
class IntegrityWatchGuiTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anIntactWorkspaceIsCheckedInTheBackgroundAfterUnlock();
    void aDamagedPageIsReportedAndTheWorkspaceStaysOpen();
    void lockingWhileTheCheckRunsStopsIt();
};
