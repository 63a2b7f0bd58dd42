#pragma once

#include "domain/donationstatus.h"
#include "domain/recordpolicy.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QVariantList>

// Which donations a view, report or export covers. The same filter drives the command-line
// export and every desktop view, so "what the view shows" and "what is exported" agree.
struct DonationFilter
{
    QList<qint64> endpointIds;       // empty: all
    QStringList endpointNames;       // by name: live and removed endpoints of that name
    QStringList providers;
    QList<DonationStatus> statuses;
    QList<RecordState> recordStates; // as of the query's moment
    QStringList currencies;
    QStringList kinds;               // donation, schedule, pledge
    QDate from;                      // inclusive UTC days on donated_at (command line)
    QDate to;
    QDateTime fromTime;              // [fromTime, toTime) on donated_at (desktop: local days)
    QDateTime toTime;
    QString search;                  // donor name, email or external id; case-insensitive
    bool includeTests = false;

    bool operator==(const DonationFilter &) const = default;
};

namespace DonationQuery {

struct Where
{
    QString sql; // a condition over "donations d JOIN endpoints e ON e.id = d.endpoint_id"
    QVariantList binds;
};

// The filter as SQL; record states are computed as of `asOf`.
Where where(const DonationFilter &filter, const QDateTime &asOf);

// The SQL expression of a donation's record state as of a bound moment (one '?').
QString recordStateExpression();

} // namespace DonationQuery
