#pragma once

#include "donationfilter.h"
#include "money/decimal.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The aggregates behind the charts, for the donations a DonationFilter selects (the Donations
// view's filter). SQL does the aggregation: no query returns a row per donation.
//
// Time buckets are in local time: hours when the range is at most 72 hours long, days up to
// 400 days, months beyond. The range is the filter's date range; where the filter leaves it
// open, the days (or hours) the matching donations span. SQL groups by 15-minute UTC slots
// (every time zone in use today starts its hours and days on one); the slots are then folded
// into the local buckets, so a 23- or 25-hour day at a DST change is one bucket, exactly.
//
// Money, exact per currency (never one currency added to another):
//   kept      amount − refunded_units of donations that hold money (paid, partially paid,
//             partially refunded);
//   returned  refunded_units of those, plus the full amount of donations refunded, canceled
//             or voided after having been paid.
// Donations that never held money (pending, failed, expired, scheduled, pledged, unknown)
// are counted but have no money.
//
// Pre- vs post-record over time: at the end of each bucket (up to now: the last point is now),
// the amounts of the filter's donations that were pre-record and post-record as of that moment
// (Record::stateAsOf, with the facts known now: a refund known today shows from its own time
// on). Full donation amounts: the chart shows how money moves from waiting to actualised, not
// refunds (see kept/returned for those).
namespace ChartQueries {

constexpr qint64 SlotMs = 15 * 60 * 1000;
constexpr qint64 MaxHourSpanMs = 72LL * 3600 * 1000;
constexpr int MaxDayBuckets = 400;
constexpr int MaxBuckets = 1200; // months: a century

// SQL: the start, in ms since the epoch, of the 15-minute UTC slot of an INTEGER ms column
// (floored, also before 1970).
QString slotExpression(const QString &column);

// SQL: "d.status IN (...)" with the statuses `predicate` accepts (Status::holdsMoney,
// Status::isReversal), so SQL and the record-state rules cannot drift apart.
QString statusCondition(bool (*predicate)(DonationStatus));

enum class Bucket { Hour, Day, Month };
QString bucketName(Bucket bucket); // "hour", "day", "month"

Bucket bucketFor(const QDateTime &from, const QDateTime &to);
// The local-time bucket boundaries covering [from, to): first <= from, last >= to; at most
// MaxBuckets + 1 entries (the latest buckets are kept).
QList<QDateTime> bucketBounds(const QDateTime &from, const QDateTime &to, Bucket bucket);
// The bucket [bounds[i], bounds[i + 1]) holding `ms`, or -1.
int bucketIndex(const QList<QDateTime> &bounds, qint64 ms);

struct BucketTotals
{
    qint64 count = 0;
    Int128 kept = 0;
    Int128 returned = 0;
    bool operator==(const BucketTotals &) const = default;
};

struct CurrencySeries
{
    QString currency;
    QList<BucketTotals> buckets; // one per bucket
    BucketTotals total;
};

struct StatePoint
{
    QDateTime at; // the moment the states are as of
    Int128 preRecord = 0;
    Int128 postRecord = 0;
    bool operator==(const StatePoint &) const = default;
};

struct CurrencyStates
{
    QString currency;
    QList<StatePoint> points;
};

// A group of donations (a provider, an endpoint, a status).
struct Slice
{
    QString key; // provider name, endpoint id, status; empty for "everything else"
    QString label; // endpoint name for endpoints; else the key
    qint64 count = 0;
    QList<std::pair<QString, Int128>> kept; // per currency, by code
};

struct Charts
{
    Bucket bucket = Bucket::Day;
    QList<QDateTime> bounds; // bucket boundaries; empty when nothing matched
    qint64 count = 0; // donations matched
    QList<CurrencySeries> totals; // currencies with money, most donations first
    QList<CurrencyStates> recordStates; // same currencies and order
    QList<Slice> providers; // most donations first
    QList<Slice> endpoints; // most donations first; beyond maxSlices - 1, one "other" slice
    QList<Slice> statuses; // most donations first
    QString error;
};

// `now` is the moment "pre- vs post-record" ends at, and the moment of the filter's record
// states.
Charts compute(
    QSqlDatabase db, const DonationFilter &filter, const QDateTime &now, int maxSlices = 10);

} // namespace ChartQueries
