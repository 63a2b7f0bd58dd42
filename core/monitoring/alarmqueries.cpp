#include "alarmqueries.h"

#include "storage/endpointstore.h"
#include "time/timestamps.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const char *const CreatedSql = "SELECT created_at FROM endpoints WHERE id = ?";
// Backwards along donations_endpoint_time, skipping test donations.
const char *const LastDonationSql =
    "SELECT donated_at FROM donations WHERE endpoint_id = ? AND is_test = 0 "
    "ORDER BY donated_at DESC, id DESC LIMIT 1";
// The top of inbox_endpoint_time for the endpoint.
const char *const LastAcceptedSql = "SELECT max(received_at) FROM inbox WHERE endpoint_id = ?";
// A range of request_log_time (there is no per-endpoint index on the log): from the last
// accepted request on, stopped after the limit.
const char *const RefusalCountSql =
    "SELECT count(*) FROM (SELECT 1 FROM request_log WHERE received_at > ? AND endpoint_id = ? "
    "AND category IN ('signature', 'token') LIMIT %1)";
const char *const LastRefusalSql =
    "SELECT received_at, reason FROM request_log WHERE received_at > ? AND endpoint_id = ? "
    "AND category IN ('signature', 'token') ORDER BY received_at DESC, id DESC LIMIT 1";

QString refusalCountSql()
{
    return QString::fromLatin1(RefusalCountSql).arg(AlarmFacts::RefusalCountLimit);
}

// Runs `sql` with `binds`; the first row, or false (with the error kept) when there is none.
bool first(QSqlQuery &q, const QString &sql, const QVariantList &binds, QString *error)
{
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        if (error && error->isEmpty())
            *error = q.lastError().text();
        return false;
    }
    return q.next();
}

QDateTime time(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : Timestamps::fromMs(ms.toLongLong());
}

} // namespace

namespace AlarmQueries {

AlarmFacts gather(QSqlDatabase &db, const EndpointConfig &endpoint, QString *error)
{
    AlarmFacts f;
    if (!endpoint.alarm.isSet())
        return f;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (first(q, QLatin1String(CreatedSql), {endpoint.id}, error))
        f.createdAt = time(q.value(0));
    if (endpoint.alarm.quietMinutes > 0
        && first(q, QLatin1String(LastDonationSql), {endpoint.id}, error))
        f.lastDonation = time(q.value(0));
    if (endpoint.alarm.signatureFailures > 0) {
        if (first(q, QLatin1String(LastAcceptedSql), {endpoint.id}, error))
            f.lastAccepted = time(q.value(0));
        // Refusals are of this endpoint, so none is older than the endpoint itself.
        const qint64 after = f.lastAccepted.isValid()
            ? Timestamps::toMs(f.lastAccepted)
            : (f.createdAt.isValid() ? Timestamps::toMs(f.createdAt) - 1 : 0);
        if (first(q, refusalCountSql(), {after, endpoint.id}, error))
            f.refusals = q.value(0).toInt();
        if (f.refusals > 0
            && first(q, QLatin1String(LastRefusalSql), {after, endpoint.id}, error)) {
            f.lastRefusalAt = time(q.value(0));
            f.lastRefusalReason = q.value(1).toString();
        }
    }
    return f;
}

QList<EndpointAlarm> checkAll(QSqlDatabase &db, const QDateTime &now, QString *error)
{
    QList<EndpointAlarm> out;
    QString why;
    const QList<EndpointConfig> endpoints = EndpointStore(db).list(&why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return out;
    }
    for (const EndpointConfig &e : endpoints) {
        const AlarmFacts facts = e.enabled ? gather(db, e, &why) : AlarmFacts();
        out << EndpointAlarm {e.id, e.name, e.alarm, AlarmEvaluation::evaluate(e, facts, now)};
    }
    if (error)
        *error = why;
    return out;
}

QStringList statements()
{
    return {QLatin1String(CreatedSql), QLatin1String(LastDonationSql),
        QLatin1String(LastAcceptedSql), refusalCountSql(), QLatin1String(LastRefusalSql)};
}

} // namespace AlarmQueries
