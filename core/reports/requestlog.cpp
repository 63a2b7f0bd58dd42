#include "requestlog.h"

#include "storage/sqlrun.h"
#include "time/timestamps.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace RequestLog {

namespace {

const struct
{
    const char *filter;
    QStringList categories;
} refusalFilters[] = {
    {"refused-signature", {QStringLiteral("signature")}},
    {"refused-token", {QStringLiteral("token")}},
    {"refused-size", {QStringLiteral("size"), QStringLiteral("headers")}},
    {"refused-malformed",
        {QStringLiteral("malformed"), QStringLiteral("framing"), QStringLiteral("method")}},
};

QStringList allListedCategories()
{
    QStringList out;
    for (const auto &f : refusalFilters)
        out += f.categories;
    return out;
}

// The two sources as one list. `src` orders the inbox after the log at the same millisecond
// (any fixed order will do: it only has to be the same on every page). %1 and %2 are the
// inbox's and the log's header and body columns: the bytes are read only where a search or
// the detail needs them (unionSql()).
const char *const UnionTemplate = R"(
SELECT 0 AS src, i.id AS id, i.received_at AS received_at, i.peer AS peer,
       i.endpoint_id AS endpoint_id, i.method AS method, i.target AS target,
       length(i.body) AS size, 200 AS http_status,
       CASE i.state
           WHEN 'dead' THEN 'dead'
           WHEN 'ignored' THEN 'ignored'
           WHEN 'pending' THEN 'pending'
           ELSE CASE WHEN EXISTS (SELECT 1 FROM donation_events de WHERE de.inbox_id = i.id)
                      AND NOT EXISTS (SELECT 1 FROM donation_events de
                                      WHERE de.inbox_id = i.id AND de.duplicate = 0)
                     THEN 'duplicate' ELSE 'accepted' END
       END AS result,
       '' AS category, ifnull(i.error, '') AS reason, i.erased_at AS erased_at,
       ifnull(i.erased_why, '') AS erased_why, %1
FROM inbox i
UNION ALL
SELECT 1, r.id, r.received_at, r.peer, ifnull(r.endpoint_id, 0), r.method, r.target,
       r.body_size, r.http_status, 'refused', r.category, r.reason, r.erased_at,
       ifnull(r.erased_why, ''), %2
FROM request_log r
)";

QString unionSql(bool withBytes)
{
    return QString::fromLatin1(UnionTemplate)
        .arg(withBytes ? QStringLiteral("i.headers AS headers, i.body AS body")
                       : QStringLiteral("NULL AS headers, NULL AS body"),
            withBytes ? QStringLiteral("r.headers, r.body") : QStringLiteral("NULL, NULL"));
}

Entry entryFrom(const QSqlQuery &q)
{
    Entry e;
    e.refused = q.value(0).toInt() == 1;
    e.id = q.value(1).toLongLong();
    e.receivedAt = Timestamps::fromMs(q.value(2).toLongLong());
    e.peer = q.value(3).toString();
    e.endpointId = q.value(4).toLongLong();
    e.method = q.value(5).toString();
    e.target = q.value(6).toString();
    e.size = q.value(7).toLongLong();
    e.httpStatus = q.value(8).toInt();
    const QString result = q.value(9).toString();
    for (Result r : {Result::Accepted, Result::Duplicate, Result::Ignored, Result::Dead,
             Result::Refused, Result::Pending}) {
        if (resultName(r) == result)
            e.result = r;
    }
    e.category = q.value(10).toString();
    e.reason = q.value(11).toString();
    e.endpointName = q.value(12).toString();
    e.provider = q.value(13).toString();
    e.donations = q.value(14).toInt();
    if (!q.value(15).isNull())
        e.erasedAt = Timestamps::fromMs(q.value(15).toLongLong());
    e.erasedWhy = q.value(16).toString();
    return e;
}

const char *const EntryColumns =
    "u.src, u.id, u.received_at, u.peer, u.endpoint_id, u.method, u.target, u.size, "
    "u.http_status, u.result, u.category, u.reason, ifnull(e.name, ''), ifnull(e.provider, ''), "
    "CASE WHEN u.src = 0 THEN (SELECT count(DISTINCT de.donation_id) FROM donation_events de "
    "WHERE de.inbox_id = u.id AND de.duplicate = 0) ELSE 0 END, u.erased_at, u.erased_why";

QString shellQuote(const QString &text)
{
    QString out = text;
    out.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + out + u'\'';
}

} // namespace

QString resultName(Result r)
{
    switch (r) {
    case Result::Accepted:
        return QStringLiteral("accepted");
    case Result::Duplicate:
        return QStringLiteral("duplicate");
    case Result::Ignored:
        return QStringLiteral("ignored");
    case Result::Dead:
        return QStringLiteral("dead");
    case Result::Refused:
        return QStringLiteral("refused");
    case Result::Pending:
        return QStringLiteral("pending");
    }
    return {};
}

QStringList filterNames()
{
    QStringList out {QStringLiteral("accepted"), QStringLiteral("duplicate"),
        QStringLiteral("ignored"), QStringLiteral("dead")};
    for (const auto &f : refusalFilters)
        out << QString::fromLatin1(f.filter);
    out << QStringLiteral("refused-other");
    return out;
}

QStringList categoriesOf(const QString &filterName)
{
    for (const auto &f : refusalFilters) {
        if (filterName == QLatin1String(f.filter))
            return f.categories;
    }
    return {};
}

Cursor Cursor::after(const Entry &e)
{
    return {e.receivedAt.toMSecsSinceEpoch(), e.refused, e.id};
}

Page page(QSqlDatabase db, const Filter &filter, const std::optional<Cursor> &after, int limit)
{
    Page out;
    QStringList where;
    QVariantList binds;
    if (!filter.endpointIds.isEmpty()) {
        QStringList marks;
        for (qint64 id : filter.endpointIds) {
            marks << QStringLiteral("?");
            binds << id;
        }
        where << QStringLiteral("u.endpoint_id IN (%1)").arg(marks.join(u','));
    }
    if (!filter.results.isEmpty()) {
        QStringList any;
        for (const QString &name : filter.results) {
            if (name == u"refused-other") {
                QStringList marks;
                for (const QString &c : allListedCategories()) {
                    marks << QStringLiteral("?");
                    binds << c;
                }
                any << QStringLiteral("(u.result = 'refused' AND u.category NOT IN (%1))")
                           .arg(marks.join(u','));
            } else if (name.startsWith(QLatin1String("refused-"))) {
                QStringList marks;
                for (const QString &c : categoriesOf(name)) {
                    marks << QStringLiteral("?");
                    binds << c;
                }
                if (!marks.isEmpty())
                    any << QStringLiteral("(u.result = 'refused' AND u.category IN (%1))")
                               .arg(marks.join(u','));
            } else if (name == u"accepted") {
                // Waiting for the processor is accepted too.
                any << QStringLiteral("u.result IN ('accepted', 'pending')");
            } else {
                any << QStringLiteral("u.result = ?");
                binds << name;
            }
        }
        where << (any.isEmpty() ? QStringLiteral("0")
                                : u'(' + any.join(QStringLiteral(" OR ")) + u')');
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        where << QStringLiteral(
            "(dd_contains(CAST(u.headers AS TEXT), ?) OR dd_contains(CAST(u.body AS TEXT), ?))");
        binds << search << search;
    }
    if (after) {
        where << QStringLiteral("(u.received_at, u.src, u.id) < (?, ?, ?)");
        binds << after->receivedAtMs << (after->refused ? 1 : 0) << after->id;
    }
    const QString sql =
        QStringLiteral("SELECT %1 FROM (%2) u LEFT JOIN endpoints e ON e.id = u.endpoint_id "
                       "%3 ORDER BY u.received_at DESC, u.src DESC, u.id DESC LIMIT ?")
            .arg(QLatin1String(EntryColumns), unionSql(!search.isEmpty()),
                where.isEmpty() ? QString()
                                : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")));
    binds << limit + 1;
    QSqlQuery q(db);
    if (!Sql::run(q, sql, binds, &out.error))
        return out;
    while (q.next()) {
        if (out.entries.size() == limit) {
            out.more = true;
            break;
        }
        out.entries << entryFrom(q);
    }
    if (q.lastError().isValid())
        out.error = q.lastError().text();
    return out;
}

Detail detail(QSqlDatabase db, bool refused, qint64 id)
{
    Detail d;
    {
        const QString sql =
            QStringLiteral("SELECT %1, u.headers, u.body FROM (%2) u LEFT JOIN endpoints e ON "
                           "e.id = u.endpoint_id WHERE u.src = ? AND u.id = ?")
                .arg(QLatin1String(EntryColumns), unionSql(true));
        QSqlQuery q(db);
        if (!Sql::run(q, sql, {refused ? 1 : 0, id}, &d.error))
            return d;
        if (!q.next()) {
            d.error = QCoreApplication::translate("RequestLog", "the request is no longer stored");
            return d;
        }
        d.entry = entryFrom(q);
        d.headers = HeaderBlock::parse(q.value(17).toByteArray());
        d.body = q.value(18).toByteArray();
        d.bodyCut = refused && !d.entry.isErased() && d.entry.size > d.body.size();
    }
    if (refused) {
        QSqlQuery q(db);
        if (Sql::run(q, QStringLiteral("SELECT suppressed_before FROM request_log WHERE id = ?"),
                {id}, &d.error)
            && q.next())
            d.suppressedBefore = q.value(0).toInt();
        return d;
    }
    QSqlQuery q(db);
    if (!Sql::run(q,
            QStringLiteral(
                "SELECT de.donation_id, d.external_id, d.kind, ifnull(de.status_before, ''), "
                "de.status_after, de.duplicate, d.amount_text, d.currency, d.donor_name "
                "FROM donation_events de JOIN donations d ON d.id = de.donation_id "
                "WHERE de.inbox_id = ? ORDER BY de.id"),
            {id}, &d.error))
        return d;
    while (q.next()) {
        Touched t;
        t.donationId = q.value(0).toLongLong();
        t.externalId = q.value(1).toString();
        t.kind = q.value(2).toString();
        t.statusBefore = q.value(3).toString();
        t.statusAfter = q.value(4).toString();
        t.duplicate = q.value(5).toBool();
        t.amount = q.value(6).toString();
        t.currency = q.value(7).toString();
        t.donorName = q.value(8).toString();
        d.touched << t;
    }
    return d;
}

QString curlCommand(const Detail &detail, const QString &baseUrl, const QByteArray &path)
{
    if (detail.entry.isErased())
        return {};
    const QString target = path.isEmpty() ? detail.entry.target : QString::fromLatin1(path);
    QString out =
        QStringLiteral("curl -X %1 %2")
            .arg(detail.entry.method.isEmpty() ? QStringLiteral("POST") : detail.entry.method,
                shellQuote(baseUrl + target));
    for (const auto &h : detail.headers) {
        // curl sets these from where it sends and what it sends.
        const QByteArray name = h.first.toLower();
        if (name == "host" || name == "content-length" || name == "connection"
            || name == "transfer-encoding" || name == "expect")
            continue;
        out += QStringLiteral(" \\\n  -H %1")
                   .arg(shellQuote(QString::fromUtf8(h.first + ": " + h.second)));
    }
    if (!detail.body.isEmpty() || detail.entry.method == u"POST")
        out += QStringLiteral(" \\\n  --data-binary %1")
                   .arg(shellQuote(QString::fromUtf8(detail.body)));
    return out;
}

} // namespace RequestLog
