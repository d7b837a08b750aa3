// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/supervision/AlertsModel.h"

#include "base/Clock.h"
#include "base/Error.h"
#include "gui/common/Messages.h"
#include "gui/supervision/CaseloadDashboard.h"
#include "gui/supervision/TeamReports.h"

#include <QHash>

namespace kim::gui {

namespace {
constexpr int MaxNoteLength = 500;

QString reviewKey(const QString& sender, const QString& pseudonym) {
    return sender + QLatin1Char('|') + pseudonym;
}
} // namespace

AlertsModel::AlertsModel(storage::Database& db, const kim::Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_clock(clock) {}

void AlertsModel::setPeriod(const TeamReports& reports, const core::ReportingPeriod& period) {
    // Read first: a failed read must not leave the model between begin and end of a reset.
    QHash<QString, reporting::AlertReview> reviews;
    for (const reporting::AlertReview& review : reporting::SupervisorReports(m_db).reviews()) {
        if (review.period == period) {
            reviews.insert(reviewKey(review.senderKeyId, review.pseudonym), review);
        }
    }
    beginResetModel();
    m_period = period;
    m_rows.clear();
    for (const reporting::ReceivedCaseloadReport* report : reports.ofPeriod(period)) {
        for (const reporting::CaseloadReportAlert& alert : report->content.alerts) {
            Row row{report->senderKeyId, report->senderName, alert, false, {}};
            const auto review = reviews.constFind(reviewKey(report->senderKeyId, alert.pseudonym));
            if (review != reviews.cend()) {
                row.discussed = review->discussed;
                row.note = review->note;
            }
            m_rows.push_back(row);
        }
    }
    endResetModel();
}

int AlertsModel::discussedCount() const {
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row& row) { return row.discussed; }));
}

int AlertsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertsModel::value(const Row& row, int column) const {
    switch (column) {
    case Member:
        return row.member;
    case Pseudonym:
        return row.alert.pseudonym;
    case Phase:
        return core::label(row.alert.phase);
    case Reasons:
        return CaseloadDashboard::alertReasons(row.alert.reasons);
    case WeeksSinceContact:
        return reporting::CaseloadReportAlert::weeksText(row.alert.weeksSinceContact);
    case WeeksInPhase:
        return reporting::CaseloadReportAlert::weeksText(row.alert.weeksInPhase);
    case OverdueFollowUps:
        return row.alert.overdueFollowUps;
    case OverdueReferrals:
        return row.alert.overdueReferrals;
    case Note:
        return row.note;
    default:
        return {};
    }
}

QVariant AlertsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const Row& row = m_rows[size_t(index.row())];
    const int column = index.column();
    if (column == Discussed) {
        if (role == Qt::CheckStateRole) {
            return row.discussed ? Qt::Checked : Qt::Unchecked;
        }
        if (role == SortRole) {
            return row.discussed;
        }
        if (role == Qt::DisplayRole) {
            return row.discussed ? tr("besprochen") : QString();
        }
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        if (role == SortRole && column == Phase) {
            return int(row.alert.phase);
        }
        if (role == SortRole && column == WeeksSinceContact) {
            return row.alert.weeksSinceContact;
        }
        if (role == SortRole && column == WeeksInPhase) {
            return row.alert.weeksInPhase;
        }
        return value(row, column);
    case Qt::TextAlignmentRole:
        return column >= WeeksSinceContact && column <= OverdueReferrals ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                         : QVariant();
    case Qt::ToolTipRole:
        if (column == Note && !row.note.isEmpty()) {
            return row.note;
        }
        return column == Note
                   ? tr("Ihre Notiz (höchstens %1 Zeichen); bleibt in Ihrer Arbeitsmappe.").arg(MaxNoteLength)
                   : value(row, column);
    default:
        return {};
    }
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    // Two lines for the number columns, so the note keeps room on a normal screen.
    static const char* const headers[] = {QT_TR_NOOP("Teammitglied"),
                                          QT_TR_NOOP("Pseudonym"),
                                          QT_TR_NOOP("Phase"),
                                          QT_TR_NOOP("Gründe"),
                                          QT_TR_NOOP("Wochen seit\nKontakt"),
                                          QT_TR_NOOP("Wochen in\nder Phase"),
                                          QT_TR_NOOP("Wiedervorlagen\nüberfällig"),
                                          QT_TR_NOOP("Vermittlungen\nüberfällig"),
                                          QT_TR_NOOP("Besprochen"),
                                          QT_TR_NOOP("Notiz")};
    return section >= 0 && section < ColumnCount ? tr(headers[section]) : QVariant();
}

Qt::ItemFlags AlertsModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Discussed) {
        flags |= Qt::ItemIsUserCheckable;
    } else if (index.column() == Note) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool AlertsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return false;
    }
    Row& row = m_rows[size_t(index.row())];
    bool saved = false;
    if (index.column() == Discussed && role == Qt::CheckStateRole) {
        saved = save(row, value.toInt() == Qt::Checked, row.note);
    } else if (index.column() == Note && role == Qt::EditRole) {
        saved = save(row, row.discussed, value.toString().trimmed());
    }
    if (saved) {
        Q_EMIT dataChanged(index.siblingAtColumn(Discussed), index.siblingAtColumn(Note));
    }
    return saved;
}

bool AlertsModel::save(Row& row, bool discussed, const QString& note) {
    try {
        reporting::SupervisorReports(m_db).saveReview(
            {row.senderKeyId, m_period, row.alert.pseudonym, discussed, note, m_clock.now()});
    } catch (const Error& error) {
        Q_EMIT saveFailed(error.message());
        return false;
    } catch (const std::exception&) {
        Q_EMIT saveFailed(Messages::unexpectedErrorText());
        return false;
    }
    row.discussed = discussed;
    row.note = note;
    return true;
}

} // namespace kim::gui
