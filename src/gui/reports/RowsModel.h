// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace kim::gui {

// A small read-only table for the office's lists (outcomes, submissions, revisions, report
// tables): each tab fills it with rows of plain values. Numbers are shown right-aligned and
// sort as numbers through SortRole; a row can carry a tag (an id) and a text colour.
class RowsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int TagRole = Qt::UserRole + 2;

    struct Row {
        QList<QVariant> cells;
        QVariant tag;
        QColor color; // invalid: the default text colour
        QString toolTip;
        QList<QVariant> sortKeys; // per column, where the shown text does not sort right
    };

    explicit RowsModel(QStringList headers, QObject* parent = nullptr);

    void setHeaders(const QStringList& headers);
    void setRows(QList<Row> rows);
    const QList<Row>& rows() const { return m_rows; }
    QVariant tagAt(int row) const;
    QString textAt(int row, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // How a cell value reads: numbers in German grouping, dates as dd.MM.yyyy.
    static QString displayText(const QVariant& value);

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace kim::gui
