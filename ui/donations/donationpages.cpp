#include "donationpages.h"

#include "domain/donationrecord.h"
#include "money/currency.h"
#include "storage/sqlrun.h"
#include "time/timestamps.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace DonationPages {

namespace {

QString unreadable()
{
    return QCoreApplication::translate("DonationPages", "the database cannot be read");
}

enum class Segmentation { None, EndpointByName, EndpointByProvider, Currency, Status, RecordState };

struct SortDef
{
    QStringList expressions; // the order within a segment, before d.id
    Segmentation segmentation = Segmentation::None;
    QString index; // the index that delivers this order
    bool timeOrdered = false; // the order within a segment is donated_at
};

// The amount's sort value: units as REAL (amounts beyond 64 bits, stored as digit text, still
// compare by size; REAL only merges amounts that differ beyond 15 digits, and the id keeps
// those in a fixed order), unknown amounts first. Written exactly as in the
// donations_currency_amount index so that SQLite uses it.
const QLatin1String AmountExpression("ifnull(CAST(d.amount_units AS REAL), -1.0)");

SortDef sortDef(int column)
{
    const QString time = QStringLiteral("d.donated_at");
    const QString timeIndex = QStringLiteral("donations_time");
    switch (column) {
    case Endpoint:
        return {
            {time}, Segmentation::EndpointByName, QStringLiteral("donations_endpoint_time"), true};
    case Provider:
        return {{time}, Segmentation::EndpointByProvider, QStringLiteral("donations_endpoint_time"),
            true};
    case Donor:
        return {{QStringLiteral("d.donor_name COLLATE NOCASE")}, Segmentation::None,
            QStringLiteral("donations_donor"), false};
    case Email:
        return {{QStringLiteral("d.donor_email COLLATE NOCASE")}, Segmentation::None,
            QStringLiteral("donations_email"), false};
    case Amount:
        return {{AmountExpression}, Segmentation::Currency,
            QStringLiteral("donations_currency_amount"), false};
    case Currency:
        return {{time}, Segmentation::Currency, timeIndex, true};
    case Status:
        return {{time}, Segmentation::Status, timeIndex, true};
    case RecordState:
        return {{time}, Segmentation::RecordState, timeIndex, true};
    case Campaign:
        return {{QStringLiteral("d.campaign COLLATE NOCASE")}, Segmentation::None,
            QStringLiteral("donations_campaign"), false};
    default:
        return {{time}, Segmentation::None, timeIndex, true};
    }
}

// Which index to name in the query. SQLite has no statistics here and takes any equality or
// IN constraint for a selective one: with "endpoint in (1, 2)" or "currency = 'USD'" it would
// read every such row through that index and sort them all, for every page. Naming the index
// that delivers the order keeps each page to the rows it skips and shows. Exceptions: one
// endpoint, whose own index delivers time order too; and a date range under another order,
// where reading the range and sorting it is the cheaper plan and SQLite finds it.
QString indexHint(const SortDef &def, const DonationFilter &filter)
{
    if (def.segmentation == Segmentation::None && def.timeOrdered && filter.endpointIds.size() == 1)
        return {};
    const bool dateRange = filter.from.isValid() || filter.to.isValid() || filter.fromTime.isValid()
        || filter.toTime.isValid();
    if (!def.timeOrdered && def.segmentation == Segmentation::None && dateRange)
        return {};
    return def.index;
}

const QLatin1String RowColumns(
    "d.id, d.endpoint_id, e.name, d.provider, d.kind, d.external_id, d.status, "
    "d.provider_status, d.currency, d.amount_units, d.refunded_units, d.donor_name, "
    "d.donor_email, d.campaign, d.recurring, d.is_test, d.donated_at, d.record_date, d.paid_at, "
    "d.reversed_at");
constexpr int RowColumnCount = 20;

QDateTime timeAt(const QSqlQuery &q, int column)
{
    const QVariant v = q.value(column);
    return v.isNull() ? QDateTime() : Timestamps::fromMs(v.toLongLong());
}

Row readRow(const QSqlQuery &q, const QDateTime &asOf)
{
    Row r;
    r.id = q.value(0).toLongLong();
    r.endpointId = q.value(1).toLongLong();
    r.endpointName = q.value(2).toString();
    r.provider = q.value(3).toString();
    r.kind = q.value(4).toString();
    r.externalId = q.value(5).toString();
    r.status = q.value(6).toString();
    r.providerStatus = q.value(7).toString();
    r.currency = q.value(8).toString();
    const int scale = Currency::scale(r.currency);
    if (const auto units = unitsFromSql(q.value(9)))
        r.amount = formatUnits(*units, scale);
    if (!r.currency.isEmpty())
        r.refunded = formatUnits(unitsFromSql(q.value(10)).value_or(0), scale);
    r.donorName = q.value(11).toString();
    r.donorEmail = q.value(12).toString();
    r.campaign = q.value(13).toString();
    r.recurring = q.value(14).toBool();
    r.isTest = q.value(15).toBool();
    r.donatedAt = timeAt(q, 16);
    r.recordDate = timeAt(q, 17);
    const auto status = Status::fromString(r.status).value_or(DonationStatus::Unknown);
    r.recordState = Record::toString(
        Record::stateAsOf({status, r.donatedAt, r.recordDate, timeAt(q, 18), timeAt(q, 19)}, asOf));
    return r;
}

// Record states sort by name like every other text column (none, post-record, pre-record,
// reversed). This also keeps the first page quick both ways: walked oldest first the first
// segment is "none", found among old rows; walked newest first it is "reversed", found among
// recent ones. ("pre-record" first would scan nearly the whole table to reach recent rows.)
QStringList recordStateOrder()
{
    QStringList states {Record::toString(RecordState::PreRecord),
        Record::toString(RecordState::PostRecord), Record::toString(RecordState::Reversed),
        Record::toString(RecordState::None)};
    std::sort(states.begin(), states.end());
    return states;
}

QString fromClause(const QString &index)
{
    // donations first: with endpoints as the outer loop SQLite would sort every donation to
    // find a page. CROSS JOIN fixes the loop order; endpoints are looked up by primary key.
    return QStringLiteral(" FROM donations d%1 CROSS JOIN endpoints e ON e.id = d.endpoint_id ")
        .arg(index.isEmpty() ? QString() : QStringLiteral(" INDEXED BY ") + index);
}

// The segments of a segmented order, ascending, leaving out those the filter excludes.
QList<Segment> makeSegments(QSqlDatabase &db, Segmentation segmentation, const Request &request,
    qint64 maxId, QString *error)
{
    QList<Segment> segments;
    const DonationFilter &f = request.filter;
    switch (segmentation) {
    case Segmentation::None:
        break;
    case Segmentation::RecordState:
        for (const QString &state : recordStateOrder()) {
            if (!f.recordStates.isEmpty() && !f.recordStates.contains(*Record::fromString(state)))
                continue;
            segments << Segment {DonationQuery::recordStateExpression() + QStringLiteral(" = ?"),
                {request.asOf.toMSecsSinceEpoch(), state}};
        }
        break;
    case Segmentation::EndpointByName:
    case Segmentation::EndpointByProvider: {
        // Every endpoint, removed ones too (their donations stay). An endpoint without matching
        // donations costs one index probe.
        const QString order = segmentation == Segmentation::EndpointByProvider
            ? QStringLiteral("provider, name COLLATE NOCASE, name, id")
            : QStringLiteral("name COLLATE NOCASE, name, id");
        QSqlQuery q(db);
        if (!Sql::run(q, QStringLiteral("SELECT id, provider FROM endpoints ORDER BY ") + order, {},
                error))
            return {};
        while (q.next()) {
            if (!f.endpointIds.isEmpty() && !f.endpointIds.contains(q.value(0).toLongLong()))
                continue;
            if (!f.providers.isEmpty() && !f.providers.contains(q.value(1).toString()))
                continue;
            segments << Segment {QStringLiteral("d.endpoint_id = ?"), {q.value(0)}};
        }
        break;
    }
    case Segmentation::Currency:
    case Segmentation::Status: {
        // Only values that occur under the filter: walking an empty value would read the whole
        // index. One pass over the matching rows, once per order.
        const QString column = segmentation == Segmentation::Currency ? QStringLiteral("d.currency")
                                                                      : QStringLiteral("d.status");
        // The filter names the values: those are the segments. Finding which occur would read
        // every row (a fifth of a second for a million), and a named value must be walked
        // anyway; one that does not occur costs a single index probe.
        QStringList named;
        if (segmentation == Segmentation::Currency) {
            named = f.currencies;
        } else {
            for (const DonationStatus s : f.statuses)
                named << Status::toString(s);
        }
        if (!named.isEmpty()) {
            named.removeDuplicates();
            std::sort(named.begin(), named.end(),
                [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
            for (const QString &v : named)
                segments << Segment {column + QStringLiteral(" = ?"), {v}};
            break;
        }
        const DonationQuery::Where where = DonationQuery::where(f, request.asOf);
        QSqlQuery q(db);
        QVariantList binds = where.binds;
        binds << maxId;
        // Unless an endpoint or a date range narrows it down, reading the table straight
        // through is the quick way: through the currency index SQLite would visit every row
        // in currency order (seconds for a million rows instead of a fifth of one).
        const bool narrowed = !f.endpointIds.isEmpty() || f.from.isValid() || f.to.isValid()
            || f.fromTime.isValid() || f.toTime.isValid();
        const QString sql =
            QStringLiteral("SELECT DISTINCT %1 FROM donations d%2%3 WHERE %4 AND +d.id <= ?")
                .arg(column, narrowed ? QString() : QStringLiteral(" NOT INDEXED"),
                    f.endpointNames.isEmpty()
                        ? QString()
                        : QStringLiteral(" JOIN endpoints e ON e.id = d.endpoint_id"),
                    where.sql);
        if (!Sql::run(q, sql, binds, error))
            return {};
        QStringList values;
        while (q.next())
            values << q.value(0).toString();
        // SQLite's default (binary) order, which is also what the index orders by.
        std::sort(values.begin(), values.end(),
            [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
        for (const QString &v : values)
            segments << Segment {column + QStringLiteral(" = ?"), {v}};
        break;
    }
    }
    return segments;
}

} // namespace

Page fetchPage(QSqlDatabase &db, const Request &request)
{
    Page page;
    if (!db.isValid() || !db.isOpen()) {
        page.error = unreadable();
        page.atEnd = true;
        return page;
    }
    const SortDef def = sortDef(request.column);
    const bool segmented = def.segmentation != Segmentation::None;
    const QString dir = request.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString beyond = request.descending ? QStringLiteral(" < ") : QStringLiteral(" > ");
    const QString from = request.descending ? QStringLiteral(" <= ") : QStringLiteral(" >= ");

    page.maxId = request.maxId;
    if (page.maxId < 0) {
        QSqlQuery q(db);
        if (!Sql::run(
                q, QStringLiteral("SELECT ifnull(max(id), 0) FROM donations"), {}, &page.error))
            return page;
        page.maxId = q.next() ? q.value(0).toLongLong() : 0;
    }

    page.segments = request.segments;
    if (segmented && page.segments.isEmpty() && !request.after) {
        page.segments = makeSegments(db, def.segmentation, request, page.maxId, &page.error);
        if (!page.error.isEmpty())
            return page;
        if (request.descending)
            std::reverse(page.segments.begin(), page.segments.end());
    }
    const qsizetype segmentCount = segmented ? page.segments.size() : 1;

    QStringList orderBy;
    for (const QString &e : def.expressions)
        orderBy << e + dir;
    orderBy << QStringLiteral("d.id") + dir;
    const QString keyTuple =
        QStringLiteral("(%1, d.id)").arg(def.expressions.join(QStringLiteral(", ")));
    const QString keyMarks =
        QStringLiteral("(%1?)").arg(QStringLiteral("?, ").repeated(def.expressions.size()));
    QString index = indexHint(def, request.filter);

    const DonationQuery::Where where = DonationQuery::where(request.filter, request.asOf);
    std::optional<Key> key = request.after;
    int segment = key ? key->segment : 0;
    page.last = key.value_or(Key {});
    while (page.rows.size() < request.limit && segment < segmentCount) {
        const qsizetype wanted = request.limit - page.rows.size();
        QVariantList binds = where.binds;
        binds << page.maxId;
        QString conditions = where.sql + QStringLiteral(" AND +d.id <= ?");
        if (segmented) {
            const Segment &s = page.segments.at(segment);
            conditions += QStringLiteral(" AND ") + s.sql;
            binds += s.binds;
        }
        if (key) {
            // The row value is the exact condition; the bound on its first part lets SQLite seek
            // in the index (it does not seek on a row value that ends in the rowid or includes an
            // expression).
            conditions += QStringLiteral(" AND ") + def.expressions.constFirst() + from + u'?';
            binds << key->values.value(0);
            conditions += QStringLiteral(" AND ") + keyTuple + beyond + keyMarks;
            binds += key->values;
            binds << key->id;
        }
        binds << wanted;

        QSqlQuery q(db);
        auto sql = [&](const QString &hint) -> QString {
            return QStringLiteral("SELECT ") + RowColumns + u", "
                + def.expressions.join(QStringLiteral(", ")) + fromClause(hint)
                + QStringLiteral("WHERE ") + conditions + QStringLiteral(" ORDER BY ")
                + orderBy.join(QStringLiteral(", ")) + QStringLiteral(" LIMIT ?");
        };
        if (!Sql::run(q, sql(index), binds, &page.error)) {
            // A database whose indexes are not all there yet (opened read-only, not migrated):
            // the same query without the hint, slower but right.
            if (index.isEmpty() || !page.error.contains(QLatin1String("no such index")))
                return page;
            page.error.clear();
            index.clear();
            if (!Sql::run(q, sql(index), binds, &page.error))
                return page;
        }
        qsizetype got = 0;
        while (q.next()) {
            page.rows << readRow(q, request.asOf);
            Key last {segment, {}, page.rows.constLast().id};
            for (int i = 0; i < def.expressions.size(); ++i)
                last.values << q.value(RowColumnCount + i);
            page.last = last;
            ++got;
        }
        if (q.lastError().isValid()) {
            page.error = q.lastError().text();
            return page;
        }
        if (got < wanted) {
            // This segment is exhausted: the next one starts from its beginning.
            ++segment;
            key.reset();
        } else {
            key = page.last;
        }
    }
    page.atEnd = segment >= segmentCount;
    return page;
}

QList<Row> fetchRows(
    QSqlDatabase &db, const QList<qint64> &ids, const QDateTime &asOf, QString *error)
{
    QList<Row> rows;
    if (ids.isEmpty())
        return rows;
    if (!db.isValid() || !db.isOpen()) {
        *error = unreadable();
        return rows;
    }
    QVariantList binds;
    binds.reserve(ids.size());
    for (qint64 id : ids)
        binds << id;
    const QString marks = QStringLiteral("?, ").repeated(ids.size() - 1) + u'?';
    QSqlQuery q(db);
    if (!Sql::run(q,
            QStringLiteral("SELECT ") + RowColumns + fromClause({})
                + QStringLiteral("WHERE d.id IN (%1)").arg(marks),
            binds, error))
        return rows;
    while (q.next())
        rows << readRow(q, asOf);
    return rows;
}

qint64 count(QSqlDatabase &db, const DonationFilter &filter, const QDateTime &asOf, qint64 afterId,
    qint64 maxId, QString *error)
{
    if (!db.isValid() || !db.isOpen()) {
        *error = unreadable();
        return -1;
    }
    const DonationQuery::Where where = DonationQuery::where(filter, asOf);
    // The endpoint is only needed to filter by endpoint name; counting a million rows without
    // the join is noticeably faster.
    QString sql = QStringLiteral("SELECT count(*) FROM donations d ")
        + (filter.endpointNames.isEmpty()
                ? QString()
                : QStringLiteral("JOIN endpoints e ON e.id = d.endpoint_id "))
        + QStringLiteral("WHERE ") + where.sql;
    QVariantList binds = where.binds;
    if (afterId > 0) {
        sql += QStringLiteral(" AND d.id > ?");
        binds << afterId;
    }
    if (maxId >= 0) {
        sql += QStringLiteral(" AND +d.id <= ?");
        binds << maxId;
    }
    QSqlQuery q(db);
    if (!Sql::run(q, sql, binds, error))
        return -1;
    return q.next() ? q.value(0).toLongLong() : 0;
}

QStringList currencies(QSqlDatabase &db)
{
    QStringList out;
    if (!db.isValid() || !db.isOpen())
        return out;
    QSqlQuery q(db);
    QString error;
    if (!Sql::run(q,
            QStringLiteral(
                "SELECT DISTINCT currency FROM donations WHERE currency <> '' ORDER BY currency"),
            {}, &error))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace DonationPages
