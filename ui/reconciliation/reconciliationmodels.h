#pragma once

#include "reports/reconciliation.h"

#include <QAbstractListModel>
#include <QQmlEngine>

// The reconciliation's figures, one row per currency. Totals are canonical decimal text in
// major units ("1234.50"), exact; the view formats them with Format.money().
class ReconciliationFiguresModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by ReconciliationReport")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        CurrencyRole = Qt::UserRole + 1,
        PreRecordCountRole,
        PreRecordTotalRole,
        PreRecordRefundedRole,
        PostRecordCountRole,
        PostRecordTotalRole,
        ReversedCountRole,
        ReversedTotalRole,
        AdjustmentCountRole,
        AdjustmentTotalRole,
        NetActualisedRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Same currencies in the same order: rows change in place; else the model is reset.
    void setFigures(const QList<Reconciliation::CurrencyFigures> &figures);
    const QList<Reconciliation::CurrencyFigures> &figures() const { return m_figures; }

    Q_INVOKABLE QVariantMap get(int row) const;
    Q_INVOKABLE int indexOf(const QString &currency) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<Reconciliation::CurrencyFigures> m_figures;
};

// What will be actualised when: pre-record donations by local day of their record date.
class ReconciliationScheduleModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by ReconciliationReport")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        DayRole = Qt::UserRole + 1, // ISO date, "2024-06-03"
        DayStartRole, // the local start of that day (for Format.date)
        CurrencyRole,
        CountRole,
        TotalRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setEntries(const QList<Reconciliation::ScheduleEntry> &entries);
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<Reconciliation::ScheduleEntry> m_entries;
};

// The donations behind one figure.
class ReconciliationRowsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by ReconciliationReport")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        DonationIdRole = Qt::UserRole + 1,
        EndpointNameRole,
        ExternalIdRole,
        DonorNameRole,
        DonorEmailRole,
        StatusRole,
        CurrencyRole,
        AmountRole, // canonical decimal text
        RefundedRole,
        CountedRole, // the row's part of the figure
        DonatedAtRole,
        RecordDateRole,
        ReversedAtRole,
        RecordStateRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<Reconciliation::Row> &rows);
    void clear() { setRows({}); }
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<Reconciliation::Row> m_rows;
};
