// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// The case manager's and the office's workspaces around structural problems, each test on its
// own vault: family links, a withdrawn office contact, the office's view.
class ProblemWorkspaceGuiTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void familyLinkShowsTheHeadsCaseCode();
    void revokedContactIsNoLongerOffered();
    void officeWorkspaceShowsTheOfficeView();
};
