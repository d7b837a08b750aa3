// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace kim::gui {

// What the main window shows while no workspace is open: recently used workspaces and the
// three ways in (open, create, demo).
class StartPage final : public QWidget {
    Q_OBJECT

public:
    explicit StartPage(QWidget* parent = nullptr);

    void refreshRecent();
    void focusDefault();

Q_SIGNALS:
    void recentChosen(const QString& path);
    void openRequested();
    void createRequested();
    void demoRequested();

private:
    QWidget* createCard();
    QPushButton* createButton(const QString& text, const QString& objectName);

    QListWidget* m_recent = nullptr;
    QLabel* m_emptyHint = nullptr;
};

} // namespace kim::gui
