// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace kim::gui {

// Paints a search snippet with the matched words (between [ and ] from the repository) in bold.
class SnippetDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit SnippetDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // "a [b] c" -> "a <b>b</b> c", everything else escaped.
    static QString toHtml(const QString& snippet);
};

} // namespace kim::gui
