// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/overview/SnippetDelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace kim::gui {

SnippetDelegate::SnippetDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {}

QString SnippetDelegate::toHtml(const QString& snippet) {
    QString html;
    QString plain;
    for (const QChar ch : snippet) {
        if (ch == QLatin1Char('[')) {
            html += plain.toHtmlEscaped() + QStringLiteral("<b>");
            plain.clear();
        } else if (ch == QLatin1Char(']')) {
            html += plain.toHtmlEscaped() + QStringLiteral("</b>");
            plain.clear();
        } else {
            plain += ch;
        }
    }
    return html + plain.toHtmlEscaped();
}

void SnippetDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString html = toHtml(opt.text);
    opt.text.clear();
    QStyle* style = opt.widget != nullptr ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument doc;
    doc.setDefaultFont(opt.font);
    doc.setDocumentMargin(2);
    doc.setHtml(html);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text, opt.state & QStyle::State_Selected
                                                 ? opt.palette.color(QPalette::HighlightedText)
                                                 : opt.palette.color(QPalette::Text));
    painter->save();
    painter->translate(textRect.topLeft());
    painter->setClipRect(textRect.translated(-textRect.topLeft()));
    doc.setTextWidth(textRect.width());
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() * 3 + 10));
    return size;
}

} // namespace kim::gui
