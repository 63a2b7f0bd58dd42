#include "chartqueries.h"

#include "domain/donationrecord.h"
#include "storage/sqlrun.h"
#include "time/timestamps.h"

#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace ChartQueries {

namespace {

const QString &holdsMoney()
{
    static const QString sql = statusCondition(Status::holdsMoney);
    return sql;
}

const QString &reversal()
{
    static const QString sql = statusCondition(Status::isReversal);
    return sql;
}

// The money columns every grouped query reads, in this order: count, gross amount and refunds
// of donations holding money, full amounts of paid donations taken back.
QString moneyColumns()
{
    return QStringLiteral("count(*), dd_sum(CASE WHEN %1 THEN d.amount_units END), "
                          "dd_sum(CASE WHEN %1 THEN d.refunded_units END), "
                          "dd_sum(CASE WHEN %2 AND d.paid_at IS NOT NULL THEN d.amount_units END)")
        .arg(holdsMoney(), reversal());
}

Int128 units(const QVariant &v)
{
    return unitsFromSql(v).value_or(0);
}

// Reads moneyColumns() starting at `column`.
BucketTotals money(const QSqlQuery &q, int column)
{
    BucketTotals t;
    t.count = q.value(column).toLongLong();
    const Int128 held = units(q.value(column + 1));
    const Int128 refunded = units(q.value(column + 2));
    t.kept = held - refunded;
    t.returned = refunded + units(q.value(column + 3));
    return t;
}

void add(BucketTotals &to, const BucketTotals &t)
{
    to.count += t.count;
    to.kept += t.kept;
    to.returned += t.returned;
}

qint64 ms(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

struct Source
{
    QString from = QStringLiteral("FROM donations d JOIN endpoints e ON e.id = d.endpoint_id");
    QString where;
    QVariantList binds;
};

bool finished(const QSqlQuery &q, QString *error)
{
    if (q.lastError().isValid()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

// The local start of the bucket holding `t`.
QDateTime floorTo(const QDateTime &t, Bucket bucket)
{
    const QDateTime local = t.toLocalTime();
    switch (bucket) {
    case Bucket::Hour: {
        // Whole hours of elapsed time from the local hour's start, so the two 01:00 hours of a
        // DST change stay two buckets.
        const QDateTime start(local.date(), QTime(local.time().hour(), 0));
        return start.isValid() && start <= t ? start : t.addMSecs(-(ms(t) % 3600000));
    }
    case Bucket::Day:
        return local.date().startOfDay();
    case Bucket::Month:
        return QDate(local.date().year(), local.date().month(), 1).startOfDay();
    }
    return local;
}

QDateTime next(const QDateTime &t, Bucket bucket)
{
    switch (bucket) {
    case Bucket::Hour:
        return t.addSecs(3600);
    case Bucket::Day:
        return t.toLocalTime().date().addDays(1).startOfDay();
    case Bucket::Month:
        return t.toLocalTime().date().addMonths(1).startOfDay();
    }
    return t;
}

QList<Slice> slices(const QMap<QString, Slice> &byKey, int maxSlices, const QString &otherLabel)
{
    QList<Slice> list = byKey.values();
    std::stable_sort(
        list.begin(), list.end(), [](const Slice &a, const Slice &b) { return a.count > b.count; });
    if (maxSlices > 1 && list.size() > maxSlices) {
        Slice other;
        other.label = otherLabel;
        QMap<QString, Int128> kept;
        for (qsizetype i = maxSlices - 1; i < list.size(); ++i) {
            other.count += list[i].count;
            for (const auto &[currency, units] : list[i].kept)
                kept[currency] += units;
        }
        for (auto it = kept.begin(); it != kept.end(); ++it)
            other.kept.append({it.key(), it.value()});
        list.resize(maxSlices - 1);
        list << other;
    }
    return list;
}

} // namespace

QString slotExpression(const QString &column)
{
    // SQLite's % truncates toward zero: ((t % n) + n) % n is the remainder of the floor.
    return QStringLiteral("(%1 - ((%1 % %2) + %2) % %2)").arg(column, QString::number(SlotMs));
}

QString statusCondition(bool (*predicate)(DonationStatus))
{
    QStringList names;
    for (const QString &name : Status::allNames()) {
        if (const auto s = Status::fromString(name); s && predicate(*s))
            names << u'\'' + name + u'\'';
    }
    return QStringLiteral("d.status IN (%1)").arg(names.join(QStringLiteral(", ")));
}

QString bucketName(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Hour:
        return QStringLiteral("hour");
    case Bucket::Day:
        return QStringLiteral("day");
    case Bucket::Month:
        return QStringLiteral("month");
    }
    return {};
}

Bucket bucketFor(const QDateTime &from, const QDateTime &to)
{
    const qint64 span = ms(to) - ms(from);
    if (span <= MaxHourSpanMs)
        return Bucket::Hour;
    // Calendar days, so that a range of 400 local days with a DST change is still "days".
    if (from.toLocalTime().date().daysTo(to.toLocalTime().date()) <= MaxDayBuckets)
        return Bucket::Day;
    return Bucket::Month;
}

QList<QDateTime> bucketBounds(const QDateTime &from, const QDateTime &to, Bucket bucket)
{
    QList<QDateTime> bounds;
    if (!from.isValid() || !to.isValid() || to <= from)
        return bounds;
    QDateTime start = floorTo(from, bucket);
    // The latest buckets are kept when the range would need more than MaxBuckets.
    if (bucket == Bucket::Month) {
        const QDate last = to.toLocalTime().date();
        const QDate earliest = QDate(last.year(), last.month(), 1).addMonths(-(MaxBuckets - 1));
        if (start.toLocalTime().date() < earliest)
            start = earliest.startOfDay();
    }
    bounds << start;
    while (bounds.last() < to && bounds.size() <= MaxBuckets)
        bounds << next(bounds.last(), bucket);
    return bounds;
}

int bucketIndex(const QList<QDateTime> &bounds, qint64 at)
{
    if (bounds.size() < 2 || at < ms(bounds.first()) || at >= ms(bounds.last()))
        return -1;
    const auto it = std::upper_bound(bounds.begin(), bounds.end(), at,
        [](qint64 value, const QDateTime &bound) { return value < bound.toMSecsSinceEpoch(); });
    return int(it - bounds.begin()) - 1;
}

Charts compute(QSqlDatabase db, const DonationFilter &filter, const QDateTime &now, int maxSlices)
{
    Charts charts;
    const DonationQuery::Where where = DonationQuery::where(filter, now);
    Source src;
    src.where = where.sql;
    src.binds = where.binds;

    // The range: the filter's, or where it is open the span of the matching donations.
    QDateTime from = filter.fromTime;
    QDateTime to = filter.toTime;
    if (filter.from.isValid())
        from = qMax(from, QDateTime(filter.from, QTime(0, 0), QTimeZone::utc()));
    if (filter.to.isValid()) {
        const QDateTime end(filter.to.addDays(1), QTime(0, 0), QTimeZone::utc());
        to = to.isValid() ? qMin(to, end) : end;
    }
    {
        QSqlQuery q(db);
        if (!Sql::run(q,
                QStringLiteral("SELECT count(*), min(d.donated_at), max(d.donated_at) %1 WHERE %2")
                    .arg(src.from, src.where),
                src.binds, &charts.error))
            return charts;
        if (!q.next())
            return charts;
        charts.count = q.value(0).toLongLong();
        if (charts.count == 0)
            return charts;
        if (!from.isValid())
            from = Timestamps::fromMs(q.value(1).toLongLong());
        if (!to.isValid())
            to = Timestamps::fromMs(q.value(2).toLongLong()).addMSecs(1);
    }
    charts.bucket = bucketFor(from, to);
    charts.bounds = bucketBounds(from, to, charts.bucket);
    const qint64 start = ms(charts.bounds.first());
    const qint64 end = ms(charts.bounds.last());
    const int n = int(charts.bounds.size()) - 1;

    // Money per bucket and currency.
    QHash<QString, CurrencySeries> series;
    {
        QSqlQuery q(db);
        QVariantList binds = src.binds;
        binds << start << end;
        if (!Sql::run(q,
                QStringLiteral("SELECT %1 AS slot, d.currency, %2 %3 WHERE %4 AND "
                               "d.donated_at >= ? AND d.donated_at < ? AND d.currency <> '' "
                               "GROUP BY slot, d.currency")
                    .arg(slotExpression(QStringLiteral("d.donated_at")), moneyColumns(), src.from,
                        src.where),
                binds, &charts.error))
            return charts;
        while (q.next()) {
            const int i = bucketIndex(charts.bounds, q.value(0).toLongLong());
            if (i < 0)
                continue;
            const QString currency = q.value(1).toString();
            CurrencySeries &s = series[currency];
            if (s.buckets.isEmpty()) {
                s.currency = currency;
                s.buckets.resize(n);
            }
            const BucketTotals t = money(q, 2);
            add(s.buckets[i], t);
            add(s.total, t);
        }
        if (!finished(q, &charts.error))
            return charts;
    }
    charts.totals = series.values();
    std::sort(charts.totals.begin(), charts.totals.end(),
        [](const CurrencySeries &a, const CurrencySeries &b) {
            return a.total.count != b.total.count ? a.total.count > b.total.count
                                                  : a.currency < b.currency;
        });

    // Pre- vs post-record: the moments donations enter and leave each state, by slot. A
    // donation is pre-record from `enter` (made and paid) until `preEnd` (its record date, or
    // its reversal when that came first) and post-record from `postStart` on (never when it was
    // reversed before its record date). See Record::stateAsOf.
    {
        const qint64 until = qMin(end, ms(now) + 1);
        const QString rows = QStringLiteral(
            "SELECT d.currency AS cur, d.amount_units AS amt, "
            "max(d.donated_at, coalesce(d.paid_at, d.donated_at)) AS enter, "
            "CASE WHEN %1 AND coalesce(d.reversed_at, d.record_date) < d.record_date "
            "THEN d.reversed_at END AS rev, d.record_date AS rd %2 WHERE %3 AND "
            "(%4 OR (%1 AND d.paid_at IS NOT NULL)) AND d.currency <> ''")
                                 .arg(reversal(), src.from, src.where, holdsMoney());
        const QString sql =
            QStringLiteral("WITH r AS (%1) "
                           "SELECT 0, cur, %2 AS slot, dd_sum(amt) FROM r WHERE enter < "
                           "coalesce(rev, rd) AND enter < ? GROUP BY cur, slot "
                           "UNION ALL SELECT 1, cur, %3 AS slot, dd_sum(amt) FROM r WHERE enter < "
                           "coalesce(rev, rd) AND coalesce(rev, rd) < ? GROUP BY cur, slot "
                           "UNION ALL SELECT 2, cur, %4 AS slot, dd_sum(amt) FROM r WHERE rev IS "
                           "NULL AND max(enter, rd) < ? GROUP BY cur, slot")
                .arg(rows, slotExpression(QStringLiteral("enter")),
                    slotExpression(QStringLiteral("coalesce(rev, rd)")),
                    slotExpression(QStringLiteral("max(enter, rd)")));
        QVariantList binds = src.binds;
        binds << until << until << until;
        QSqlQuery q(db);
        if (!Sql::run(q, sql, binds, &charts.error))
            return charts;
        struct Event
        {
            qint64 slot;
            int kind;
            Int128 amount;
        };
        QHash<QString, QList<Event>> events;
        while (q.next())
            events[q.value(1).toString()].append(
                {q.value(2).toLongLong(), q.value(0).toInt(), units(q.value(3))});
        if (!finished(q, &charts.error))
            return charts;

        // The points: as of the last moment of each bucket that has begun by now.
        QList<qint64> moments;
        for (int i = 0; i < n && ms(charts.bounds[i]) <= ms(now); ++i)
            moments << qMin(ms(charts.bounds[i + 1]), ms(now) + 1);
        for (const CurrencySeries &s : std::as_const(charts.totals)) {
            QList<Event> list = events.value(s.currency);
            std::sort(list.begin(), list.end(),
                [](const Event &a, const Event &b) { return a.slot < b.slot; });
            CurrencyStates states;
            states.currency = s.currency;
            Int128 pre = 0;
            Int128 post = 0;
            qsizetype e = 0;
            for (qint64 moment : std::as_const(moments)) {
                // Slots start on bucket boundaries and at now's slot: an event's slot before
                // the moment means the event is before it (the last point, at now, is as of
                // the end of now's slot at the latest).
                for (; e < list.size() && list[e].slot < moment; ++e) {
                    if (list[e].kind == 0)
                        pre += list[e].amount;
                    else if (list[e].kind == 1)
                        pre -= list[e].amount;
                    else
                        post += list[e].amount;
                }
                states.points << StatePoint {Timestamps::fromMs(moment - 1), pre, post};
            }
            charts.recordStates << states;
        }
    }

    // Breakdowns by provider, endpoint and status: one pass grouped by all three (and the
    // currency), folded here; there are few such groups.
    QMap<QString, Slice> providers, endpoints, statuses;
    {
        QSqlQuery q(db);
        if (!Sql::run(q,
                QStringLiteral(
                    "SELECT d.provider, d.endpoint_id, max(e.name), d.status, d.currency, %1 "
                    "%2 WHERE %3 GROUP BY d.provider, d.endpoint_id, d.status, d.currency")
                    .arg(moneyColumns(), src.from, src.where),
                src.binds, &charts.error))
            return charts;
        QHash<QString, QMap<QString, Int128>> kept[3];
        while (q.next()) {
            const BucketTotals t = money(q, 5);
            const QString currency = q.value(4).toString();
            const std::pair<QMap<QString, Slice> *, std::pair<QString, QString>> groups[] = {
                {&providers, {q.value(0).toString(), q.value(0).toString()}},
                {&endpoints, {q.value(1).toString(), q.value(2).toString()}},
                {&statuses, {q.value(3).toString(), q.value(3).toString()}},
            };
            for (int g = 0; g < 3; ++g) {
                const auto &[map, keyLabel] = groups[g];
                Slice &slice = (*map)[keyLabel.first];
                slice.key = keyLabel.first;
                slice.label = keyLabel.second;
                slice.count += t.count;
                if (!currency.isEmpty() && t.kept != 0)
                    kept[g][keyLabel.first][currency] += t.kept;
            }
        }
        if (!finished(q, &charts.error))
            return charts;
        QMap<QString, Slice> *maps[] = {&providers, &endpoints, &statuses};
        for (int g = 0; g < 3; ++g) {
            for (auto it = maps[g]->begin(); it != maps[g]->end(); ++it) {
                const QMap<QString, Int128> k = kept[g].value(it.key());
                for (auto c = k.begin(); c != k.end(); ++c) {
                    if (c.value() != 0)
                        it->kept.append({c.key(), c.value()});
                }
            }
        }
    }
    charts.providers = slices(providers, 0, {});
    charts.endpoints = slices(endpoints, maxSlices, {});
    charts.statuses = slices(statuses, 0, {});
    return charts;
}

} // namespace ChartQueries
