#include "reconciliationmodels.h"

#include "money/currency.h"

namespace {

QString money(Int128 units, const QString &currency)
{
    return formatUnits(units, Currency::scale(currency));
}

template<typename Model> QVariantMap rowAsMap(const Model *model, int row)
{
    QVariantMap out;
    if (row < 0 || row >= model->rowCount())
        return out;
    const QModelIndex index = model->index(row, 0);
    const QHash<int, QByteArray> roles = model->roleNames();
    for (auto it = roles.begin(); it != roles.end(); ++it)
        out.insert(QString::fromLatin1(it.value()), model->data(index, it.key()));
    return out;
}

} // namespace

// Figures

int ReconciliationFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

QVariant ReconciliationFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Reconciliation::CurrencyFigures &f = m_figures.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case CurrencyRole:
        return f.currency;
    case PreRecordCountRole:
        return f.preRecordCount;
    case PreRecordTotalRole:
        return money(f.preRecordTotal, f.currency);
    case PreRecordRefundedRole:
        return money(f.preRecordRefunded, f.currency);
    case PostRecordCountRole:
        return f.postRecordCount;
    case PostRecordTotalRole:
        return money(f.postRecordTotal, f.currency);
    case ReversedCountRole:
        return f.reversedCount;
    case ReversedTotalRole:
        return money(f.reversedTotal, f.currency);
    case AdjustmentCountRole:
        return f.adjustmentCount;
    case AdjustmentTotalRole:
        return money(f.adjustmentTotal, f.currency);
    case NetActualisedRole:
        return money(f.netActualised(), f.currency);
    default:
        return {};
    }
}

QHash<int, QByteArray> ReconciliationFiguresModel::roleNames() const
{
    return {{CurrencyRole, "currency"}, {PreRecordCountRole, "preRecordCount"},
        {PreRecordTotalRole, "preRecordTotal"}, {PreRecordRefundedRole, "preRecordRefunded"},
        {PostRecordCountRole, "postRecordCount"}, {PostRecordTotalRole, "postRecordTotal"},
        {ReversedCountRole, "reversedCount"}, {ReversedTotalRole, "reversedTotal"},
        {AdjustmentCountRole, "adjustmentCount"}, {AdjustmentTotalRole, "adjustmentTotal"},
        {NetActualisedRole, "netActualised"}};
}

void ReconciliationFiguresModel::setFigures(const QList<Reconciliation::CurrencyFigures> &figures)
{
    bool sameKeys = figures.size() == m_figures.size();
    for (qsizetype i = 0; sameKeys && i < figures.size(); ++i)
        sameKeys = figures[i].currency == m_figures[i].currency;
    if (sameKeys) {
        // In place, so that a refresh does not reset the view's scroll position or selection.
        for (qsizetype i = 0; i < figures.size(); ++i) {
            if (figures[i] == m_figures[i])
                continue;
            m_figures[i] = figures[i];
            emit dataChanged(index(int(i)), index(int(i)));
        }
        return;
    }
    beginResetModel();
    m_figures = figures;
    endResetModel();
    emit countChanged();
}

QVariantMap ReconciliationFiguresModel::get(int row) const
{
    return rowAsMap(this, row);
}

int ReconciliationFiguresModel::indexOf(const QString &currency) const
{
    for (qsizetype i = 0; i < m_figures.size(); ++i) {
        if (m_figures[i].currency == currency)
            return int(i);
    }
    return -1;
}

// Schedule

int ReconciliationScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ReconciliationScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Reconciliation::ScheduleEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DayRole:
        return e.day.toString(Qt::ISODate);
    case DayStartRole:
        return e.day.startOfDay();
    case CurrencyRole:
        return e.currency;
    case CountRole:
        return e.count;
    case TotalRole:
        return money(e.total, e.currency);
    default:
        return {};
    }
}

QHash<int, QByteArray> ReconciliationScheduleModel::roleNames() const
{
    return {{DayRole, "day"}, {DayStartRole, "dayStart"}, {CurrencyRole, "currency"},
        {CountRole, "count"}, {TotalRole, "total"}};
}

void ReconciliationScheduleModel::setEntries(const QList<Reconciliation::ScheduleEntry> &entries)
{
    if (entries == m_entries)
        return;
    const bool countChanges = entries.size() != m_entries.size();
    beginResetModel();
    m_entries = entries;
    endResetModel();
    if (countChanges)
        emit countChanged();
}

QVariantMap ReconciliationScheduleModel::get(int row) const
{
    return rowAsMap(this, row);
}

// Rows

int ReconciliationRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReconciliationRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Reconciliation::Row &r = m_rows.at(index.row());
    switch (role) {
    case DonationIdRole:
        return r.id;
    case EndpointNameRole:
        return r.endpointName;
    case ExternalIdRole:
        return r.externalId;
    case Qt::DisplayRole:
    case DonorNameRole:
        return r.donorName;
    case DonorEmailRole:
        return r.donorEmail;
    case StatusRole:
        return r.status;
    case CurrencyRole:
        return r.currency;
    case AmountRole:
        return r.amount ? money(*r.amount, r.currency) : QString();
    case RefundedRole:
        return money(r.refunded, r.currency);
    case CountedRole:
        return money(r.counted, r.currency);
    case DonatedAtRole:
        return r.donatedAt;
    case RecordDateRole:
        return r.recordDate;
    case ReversedAtRole:
        return r.reversedAt;
    case RecordStateRole:
        return r.recordState;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReconciliationRowsModel::roleNames() const
{
    return {{DonationIdRole, "donationId"}, {EndpointNameRole, "endpointName"},
        {ExternalIdRole, "externalId"}, {DonorNameRole, "donorName"},
        {DonorEmailRole, "donorEmail"}, {StatusRole, "status"}, {CurrencyRole, "currency"},
        {AmountRole, "amount"}, {RefundedRole, "refunded"}, {CountedRole, "counted"},
        {DonatedAtRole, "donatedAt"}, {RecordDateRole, "recordDate"},
        {ReversedAtRole, "reversedAt"}, {RecordStateRole, "recordState"}};
}

void ReconciliationRowsModel::setRows(const QList<Reconciliation::Row> &rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countChanges)
        emit countChanged();
}

QVariantMap ReconciliationRowsModel::get(int row) const
{
    return rowAsMap(this, row);
}
