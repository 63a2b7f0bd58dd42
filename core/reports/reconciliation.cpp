#include "reconciliation.h"

#include "chartqueries.h"
#include "domain/donationrecord.h"
#include "storage/sqlrun.h"
#include "time/timestamps.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace Reconciliation {

namespace {

const QString &holdsMoney()
{
    static const QString sql = ChartQueries::statusCondition(Status::holdsMoney);
    return sql;
}

const QString &reversal()
{
    static const QString sql = ChartQueries::statusCondition(Status::isReversal);
    return sql;
}

// A partial refund of a donation that still holds money, made by the moment bound to '?'.
QString partialRefundBy()
{
    return QStringLiteral("(%1 AND d.refunded_units <> 0 AND d.status_at <= ?)").arg(holdsMoney());
}

// For a post-record donation: its refund after the record date has happened by the moment
// bound to both '?'. Refunded, canceled or voided: reversed_at is on or after the record date
// (else the donation would be "reversed"); partially refunded: status_at.
QString adjustmentBy()
{
    return QStringLiteral(
        "((%1 AND coalesce(d.reversed_at, d.record_date) <= ?) OR (%2 AND "
        "d.refunded_units <> 0 AND d.status_at >= d.record_date AND d.status_at <= ?))")
        .arg(reversal(), holdsMoney());
}

QString adjustmentAmount()
{
    return QStringLiteral("CASE WHEN %1 THEN d.amount_units ELSE d.refunded_units END")
        .arg(reversal());
}

Int128 units(const QVariant &v)
{
    return unitsFromSql(v).value_or(0);
}

qint64 ms(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

QDateTime time(const QVariant &v)
{
    return v.isNull() ? QDateTime() : Timestamps::fromMs(v.toLongLong());
}

// What a figure's rows are: a condition (with its binds) added to the query's filter.
struct Selection
{
    QString sql;
    QVariantList binds;
};

Selection selection(const Query &query, Figure figure, const QString &currency, const QDate &day)
{
    const qint64 asOf = ms(query.asOf);
    Selection s;
    s.sql = DonationQuery::recordStateExpression() + QStringLiteral(" = ? AND d.currency = ?");
    s.binds << asOf;
    switch (figure) {
    case Figure::PreRecord:
        s.binds << Record::toString(RecordState::PreRecord);
        break;
    case Figure::PostRecord:
        s.binds << Record::toString(RecordState::PostRecord);
        break;
    case Figure::Reversed:
        s.binds << Record::toString(RecordState::Reversed);
        break;
    case Figure::Adjustments:
        s.binds << Record::toString(RecordState::PostRecord);
        break;
    }
    s.binds << currency;
    if (figure == Figure::Adjustments) {
        s.sql += QStringLiteral(" AND ") + adjustmentBy();
        s.binds << asOf << asOf;
    }
    if (day.isValid()) {
        s.sql += QStringLiteral(" AND d.record_date >= ? AND d.record_date < ?");
        s.binds << ms(day.startOfDay()) << ms(day.addDays(1).startOfDay());
    }
    return s;
}

// A row's part of its figure, by the same rules as the SQL of compute().
Int128 counted(const Row &row, Figure figure, const QDateTime &statusAt, const QDateTime &asOf)
{
    const auto status = Status::fromString(row.status).value_or(DonationStatus::Unknown);
    const Int128 amount = row.amount.value_or(0);
    const bool partial =
        Status::holdsMoney(status) && row.refunded != 0 && statusAt.isValid() && statusAt <= asOf;
    switch (figure) {
    case Figure::PreRecord:
        return amount - (partial ? row.refunded : 0);
    case Figure::PostRecord:
        return amount - (partial && statusAt < row.recordDate ? row.refunded : 0);
    case Figure::Reversed:
        return amount;
    case Figure::Adjustments:
        return Status::isReversal(status) ? amount : row.refunded;
    }
    return 0;
}

} // namespace

DonationFilter filter(const Query &query, bool counted)
{
    DonationFilter f;
    f.endpointIds = query.endpointIds;
    f.fromTime = query.from;
    f.toTime = query.to;
    f.kinds = {QStringLiteral("donation")};
    f.includeTests = query.includeTests;
    if (counted)
        f.recordStates = {RecordState::PreRecord, RecordState::PostRecord, RecordState::Reversed};
    return f;
}

Report compute(QSqlDatabase db, const Query &query)
{
    Report report;
    const qint64 asOf = ms(query.asOf);
    const DonationQuery::Where where = DonationQuery::where(filter(query, false), query.asOf);

    // One pass, grouped by currency and record state. The adjustment columns are computed for
    // every group and read for the post-record group only.
    const QString sql = QStringLiteral(
        "SELECT d.currency, %1 AS state, count(*), dd_sum(d.amount_units), "
        "dd_sum(CASE WHEN %2 THEN d.refunded_units END), "
        "dd_sum(CASE WHEN %2 AND d.status_at < d.record_date THEN d.refunded_units END), "
        "sum(CASE WHEN %3 THEN 1 ELSE 0 END), "
        "dd_sum(CASE WHEN %3 THEN %4 END) "
        "FROM donations d JOIN endpoints e ON e.id = d.endpoint_id WHERE %5 "
        "GROUP BY d.currency, state ORDER BY d.currency")
                            .arg(DonationQuery::recordStateExpression(), partialRefundBy(),
                                adjustmentBy(), adjustmentAmount(), where.sql);
    QVariantList binds {asOf, asOf, asOf, asOf, asOf, asOf, asOf};
    binds += where.binds;

    QSqlQuery q(db);
    if (!Sql::run(q, sql, binds, &report.error))
        return report;
    QMap<QString, CurrencyFigures> byCurrency;
    while (q.next()) {
        const auto state = Record::fromString(q.value(1).toString()).value_or(RecordState::None);
        if (state == RecordState::None)
            continue;
        const QString currency = q.value(0).toString();
        CurrencyFigures &f = byCurrency[currency];
        f.currency = currency;
        const qint64 count = q.value(2).toLongLong();
        const Int128 amount = units(q.value(3));
        switch (state) {
        case RecordState::PreRecord:
            f.preRecordCount = count;
            f.preRecordRefunded = units(q.value(4));
            f.preRecordTotal = amount - f.preRecordRefunded;
            break;
        case RecordState::PostRecord:
            f.postRecordCount = count;
            f.postRecordTotal = amount - units(q.value(5));
            f.adjustmentCount = q.value(6).toLongLong();
            f.adjustmentTotal = units(q.value(7));
            break;
        case RecordState::Reversed:
            f.reversedCount = count;
            f.reversedTotal = amount;
            break;
        case RecordState::None:
            break;
        }
    }
    if (q.lastError().isValid()) {
        report.error = q.lastError().text();
        return report;
    }
    report.currencies = byCurrency.values();

    // The schedule: pre-record donations by the 15-minute slot of their record date, folded
    // into local days here (each local day starts on a slot boundary).
    const QString scheduleSql =
        QStringLiteral(
            "SELECT d.currency, %1 AS slot, count(*), dd_sum(d.amount_units), "
            "dd_sum(CASE WHEN %2 THEN d.refunded_units END) "
            "FROM donations d JOIN endpoints e ON e.id = d.endpoint_id WHERE %3 AND %4 = ? "
            "GROUP BY d.currency, slot")
            .arg(ChartQueries::slotExpression(QStringLiteral("d.record_date")), partialRefundBy(),
                where.sql, DonationQuery::recordStateExpression());
    QVariantList scheduleBinds {asOf};
    scheduleBinds += where.binds;
    scheduleBinds << asOf << Record::toString(RecordState::PreRecord);
    QSqlQuery s(db);
    if (!Sql::run(s, scheduleSql, scheduleBinds, &report.error)) {
        report.currencies.clear();
        return report;
    }
    QMap<std::pair<QDate, QString>, ScheduleEntry> days;
    while (s.next()) {
        const QDate day = Timestamps::fromMs(s.value(1).toLongLong()).toLocalTime().date();
        const QString currency = s.value(0).toString();
        ScheduleEntry &e = days[{day, currency}];
        e.day = day;
        e.currency = currency;
        e.count += s.value(2).toLongLong();
        e.total += units(s.value(3)) - units(s.value(4));
    }
    if (s.lastError().isValid()) {
        report.error = s.lastError().text();
        report.currencies.clear();
        return report;
    }
    report.schedule = days.values();
    return report;
}

Rows rows(QSqlDatabase db, const Query &query, Figure figure, const QString &currency,
    const QDate &scheduleDay, int limit)
{
    Rows out;
    const DonationQuery::Where where = DonationQuery::where(filter(query, false), query.asOf);
    const Selection sel = selection(query, figure, currency, scheduleDay);
    const QString sql = QStringLiteral(
        "SELECT d.id, e.name, d.external_id, d.donor_name, d.donor_email, d.status, d.currency, "
        "d.amount_units, d.refunded_units, d.donated_at, d.record_date, d.reversed_at, "
        "d.status_at, %1, count(*) OVER () "
        "FROM donations d JOIN endpoints e ON e.id = d.endpoint_id WHERE %2 AND %3 "
        "ORDER BY d.donated_at, d.id LIMIT ?")
                            .arg(DonationQuery::recordStateExpression(), where.sql, sel.sql);
    QVariantList binds {ms(query.asOf)};
    binds += where.binds;
    binds += sel.binds;
    binds << qMax(0, limit);
    QSqlQuery q(db);
    if (!Sql::run(q, sql, binds, &out.error))
        return out;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.endpointName = q.value(1).toString();
        r.externalId = q.value(2).toString();
        r.donorName = q.value(3).toString();
        r.donorEmail = q.value(4).toString();
        r.status = q.value(5).toString();
        r.currency = q.value(6).toString();
        r.amount = unitsFromSql(q.value(7));
        r.refunded = units(q.value(8));
        r.donatedAt = time(q.value(9));
        r.recordDate = time(q.value(10));
        r.reversedAt = time(q.value(11));
        r.recordState = q.value(13).toString();
        r.counted = counted(r, figure, time(q.value(12)), query.asOf);
        out.total = q.value(14).toLongLong();
        out.rows << r;
    }
    if (q.lastError().isValid()) {
        out.error = q.lastError().text();
        out.rows.clear();
        return out;
    }
    if (out.rows.isEmpty() && limit <= 0) {
        // LIMIT 0 returns no row to carry the count.
        QSqlQuery c(db);
        QVariantList countBinds = where.binds;
        countBinds += sel.binds;
        if (!Sql::run(c,
                QStringLiteral("SELECT count(*) FROM donations d JOIN endpoints e ON e.id = "
                               "d.endpoint_id WHERE %1 AND %2")
                    .arg(where.sql, sel.sql),
                countBinds, &out.error))
            return out;
        if (c.next())
            out.total = c.value(0).toLongLong();
    }
    return out;
}

std::optional<QList<qint64>> donationIds(QSqlDatabase db, const Query &query, Figure figure,
    const QString &currency, const QDate &scheduleDay)
{
    const DonationQuery::Where where = DonationQuery::where(filter(query, false), query.asOf);
    const Selection sel = selection(query, figure, currency, scheduleDay);
    QVariantList binds = where.binds;
    binds += sel.binds;
    QSqlQuery q(db);
    QString error;
    if (!Sql::run(q,
            QStringLiteral("SELECT d.id FROM donations d JOIN endpoints e ON e.id = d.endpoint_id "
                           "WHERE %1 AND %2 ORDER BY d.donated_at, d.id")
                .arg(where.sql, sel.sql),
            binds, &error))
        return std::nullopt;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    if (q.lastError().isValid())
        return std::nullopt;
    return ids;
}

QString figureName(Figure figure)
{
    switch (figure) {
    case Figure::PreRecord:
        return QStringLiteral("pre-record");
    case Figure::PostRecord:
        return QStringLiteral("post-record");
    case Figure::Reversed:
        return QStringLiteral("reversed");
    case Figure::Adjustments:
        return QStringLiteral("adjustments");
    }
    return {};
}

std::optional<Figure> figureFromName(QStringView name)
{
    for (Figure f :
        {Figure::PreRecord, Figure::PostRecord, Figure::Reversed, Figure::Adjustments}) {
        if (name == figureName(f))
            return f;
    }
    return std::nullopt;
}

} // namespace Reconciliation
