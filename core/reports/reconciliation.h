#pragma once

#include "donationfilter.h"
#include "money/decimal.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The reconciliation of one widget (endpoint), or all of them, for a period of donation times,
// as of a moment: per currency, what is waiting for its record date, what has been actualised,
// what was taken back before it could be, and what was refunded after it was.
//
// Which donations: kind "donation" (schedules and pledges are commitments, not money), not
// test events, of the endpoints asked for, made (donated_at) in [from, to). Each is in the
// record state Record::stateAsOf gives it as of `asOf` (dd_record_state in SQL). Definitions,
// per currency, exact in the currency's units:
//
//   pre-record   count, and total = amount − partial refund, of the donations before their
//                record date: what will be actualised on it.
//   post-record  count, and total = amount − partial refund made before the record date, of
//                the donations on or after their record date: what was actualised.
//   reversed     count, and total of the full amounts, of the donations refunded, canceled or
//                voided before their record date: never actualised.
//   adjustments  count, and total, of the refunds after the record date of post-record
//                donations that have happened by `asOf`: the full amount when it was
//                refunded, canceled or voided (reversed_at on or after the record date), the
//                refunded amount when it was partially refunded (see below).
//   net actualised = post-record total − adjustments total.
//
// Partial refunds: a donation that still holds money (paid, partially paid, partially
// refunded) with refunded_units > 0 keeps its record state. The refund is taken to have
// happened when the donation's current status was set (status_at, the time of the event that
// reported it); it counts only from that moment on. Made before the record date it reduces
// what is (or will be) actualised; made on or after it, it is an adjustment. A donation later
// refunded in full is a full reversal at reversed_at (the earlier partial refund's time is no
// longer known; it counts as part of that reversal).
namespace Reconciliation {

struct Query
{
    QList<qint64> endpointIds; // empty: all endpoints
    QDateTime from; // [from, to) on donated_at; invalid: open
    QDateTime to;
    QDateTime asOf;
    bool includeTests = false;
};

enum class Figure {
    PreRecord,
    PostRecord,
    Reversed,
    Adjustments,
};

struct CurrencyFigures
{
    QString currency;
    qint64 preRecordCount = 0;
    Int128 preRecordTotal = 0; // net of partial refunds made by asOf
    Int128 preRecordRefunded = 0; // those partial refunds
    qint64 postRecordCount = 0;
    Int128 postRecordTotal = 0; // actualised: net of partial refunds made before the record date
    qint64 reversedCount = 0;
    Int128 reversedTotal = 0;
    qint64 adjustmentCount = 0;
    Int128 adjustmentTotal = 0;

    Int128 netActualised() const { return postRecordTotal - adjustmentTotal; }
    bool operator==(const CurrencyFigures &) const = default;
};

// Pre-record donations grouped by the local day of their record date: what will be actualised
// when.
struct ScheduleEntry
{
    QDate day; // in local time
    QString currency;
    qint64 count = 0;
    Int128 total = 0; // as in the pre-record total
    bool operator==(const ScheduleEntry &) const = default;
};

struct Report
{
    QList<CurrencyFigures> currencies; // by currency code; only currencies with a figure
    QList<ScheduleEntry> schedule; // by day, then currency
    QString error; // a database failure; the figures are then empty
};

// One donation behind a figure, with what it contributes to that figure.
struct Row
{
    qint64 id = 0;
    QString endpointName;
    QString externalId;
    QString donorName;
    QString donorEmail;
    QString status;
    QString currency;
    std::optional<Int128> amount;
    Int128 refunded = 0;
    QDateTime donatedAt;
    QDateTime recordDate;
    QDateTime reversedAt;
    QString recordState; // as of the query's moment
    Int128 counted = 0; // its part of the figure's total
};

struct Rows
{
    QList<Row> rows; // oldest donation first
    qint64 total = 0; // rows behind the figure (more than `rows` when limited)
    QString error;
};

// The donation filter of a query: the same rows the view counts, for the CSV export. With
// `counted` only the donations in a figure (record state other than none as of the query's
// moment) are kept.
DonationFilter filter(const Query &query, bool counted);

Report compute(QSqlDatabase db, const Query &query);

// The donations behind one figure in one currency (net actualised: the post-record rows);
// with `scheduleDay` valid, the pre-record donations whose record date falls on that local
// day. At most `limit` rows are listed (`total` says how many there are).
Rows rows(QSqlDatabase db, const Query &query, Figure figure, const QString &currency,
    const QDate &scheduleDay = {}, int limit = 1000);

// Every donation id behind a figure, oldest first; nullopt on a database failure.
std::optional<QList<qint64>> donationIds(QSqlDatabase db, const Query &query, Figure figure,
    const QString &currency, const QDate &scheduleDay = {});

QString figureName(Figure figure); // "pre-record", "post-record", "reversed", "adjustments"
std::optional<Figure> figureFromName(QStringView name);

} // namespace Reconciliation
