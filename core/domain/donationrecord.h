#pragma once

#include "donationstatus.h"
#include "money/decimal.h"
#include "recordpolicy.h"

#include <QDateTime>
#include <QJsonObject>
#include <QVariant>

#include <optional>

// A donation (or schedule, or pledge) as stored: the merge of every event that named it.
struct DonationRecord
{
    qint64 id = 0;
    qint64 endpointId = 0;
    QString provider;
    QString kind = QStringLiteral("donation");
    QString externalId;
    DonationStatus status = DonationStatus::Pending;
    QString providerStatus;
    QString currency;
    std::optional<Int128> amountUnits; // in 10^-Currency::scale(currency); absent until known
    QString amountText;
    Int128 refundedUnits = 0;
    QString donorName;
    QString donorEmail;
    QString campaign;
    bool recurring = false;
    qint64 parentId = 0;
    QDateTime donatedAt;
    QString recordRule;
    QDateTime recordDate;
    QDateTime paidAt;
    QDateTime reversedAt;
    QDateTime statusAt; // time of the event that set the current status
    QJsonObject details;
    bool isTest = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    RecordState recordStateAsOf(const QDateTime &asOf) const
    {
        return Record::stateAsOf({status, donatedAt, recordDate, paidAt, reversedAt}, asOf);
    }
};

// Amounts go to SQLite as 64-bit integers when they fit, as decimal text beyond that.
QVariant unitsToSql(Int128 units);
std::optional<Int128> unitsFromSql(const QVariant &value);
