#include "rawrequestretention.h"

#include "sqlrun.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace RawRequestRetention {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RawRequestRetention", text);
}

const QString SettingKey = QStringLiteral("raw_retention_days");

// The rows of one step: received before the cutoff, after the keyset position and, when the
// step does not reach the end, up to and including the last row of the step.
const char *const InboxRange = "received_at < ? AND (received_at, id) > (?, ?)%1";

} // namespace

std::optional<int> days(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    if (!Sql::run(
            q, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {SettingKey}, error))
        return std::nullopt;
    if (!q.next())
        return 0; // never set: keep for ever
    const QString text = q.value(0).toString().trimmed();
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > MaxDays) {
        *error = tr("the setting raw_retention_days is '%1', not a number of days from 0 to %2; "
                    "nothing is purged until it is set again")
                     .arg(text)
                     .arg(MaxDays);
        return std::nullopt;
    }
    return value;
}

bool setDays(QSqlDatabase db, int days, QString *error)
{
    if (days < 0 || days > MaxDays) {
        *error = tr("expected a number of days from 0 (keep for ever) to %1, got %2")
                     .arg(MaxDays)
                     .arg(days);
        return false;
    }
    QSqlQuery q(db);
    return Sql::run(q,
        QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        {SettingKey, QString::number(days)}, error);
}

QDateTime cutoff(const QDateTime &now, int days)
{
    return now.addMSecs(-qint64(days) * DayMs);
}

Counts count(QSqlDatabase db, const QDateTime &now, int days)
{
    Counts c;
    if (days <= 0)
        return c;
    const qint64 before = cutoff(now, days).toMSecsSinceEpoch();
    QSqlQuery q(db);
    if (!Sql::run(q,
            QStringLiteral("SELECT ifnull(sum(state IN ('processed', 'ignored')), 0), "
                           "ifnull(sum(state IN ('pending', 'dead')), 0) FROM inbox "
                           "WHERE received_at < ? AND erased_at IS NULL"),
            {before}, &c.error)
        || !q.next())
        return c;
    c.requestsErased = q.value(0).toLongLong();
    c.unfinishedKept = q.value(1).toLongLong();
    q.finish();
    if (Sql::run(q, QStringLiteral("SELECT count(*) FROM request_log WHERE received_at < ?"),
            {before}, &c.error)
        && q.next())
        c.refusalsDeleted = q.value(0).toLongLong();
    return c;
}

Purge::Purge(const QDateTime &now, int days, int batch)
    : m_nowMs(now.toMSecsSinceEpoch())
    , m_cutoffMs(cutoff(now, days).toMSecsSinceEpoch())
    , m_batch(qMax(1, batch))
    , m_inboxDone(days <= 0)
    , m_logDone(days <= 0)
{ }

bool Purge::step(QSqlDatabase db)
{
    if (isDone() || !m_counts.error.isEmpty())
        return false;
    QString error;
    QSqlQuery q(db);
    // IMMEDIATE: the write lock up front, so that no other writer can make this step fail
    // half-way (SQLITE_BUSY_SNAPSHOT).
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_counts.error = q.lastError().text();
        return false;
    }
    auto fail = [&](const QString &why) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        m_counts.error = why;
        return false;
    };

    qint64 erased = 0;
    qint64 kept = 0;
    qint64 deleted = 0;
    bool inboxDone = m_inboxDone;
    bool logDone = m_logDone;
    qint64 nextReceived = m_afterReceivedMs;
    qint64 nextId = m_afterId;
    if (!m_inboxDone) {
        // Where this step ends: the batch-th row from the position (none: the end is reached).
        if (!Sql::run(q,
                QStringLiteral("SELECT received_at, id FROM inbox WHERE %1 "
                               "ORDER BY received_at, id LIMIT 1 OFFSET ?")
                    .arg(QString::fromLatin1(InboxRange).arg(QString())),
                {m_cutoffMs, m_afterReceivedMs, m_afterId, m_batch - 1}, &error))
            return fail(error);
        QString range = QString::fromLatin1(InboxRange);
        QVariantList binds {m_cutoffMs, m_afterReceivedMs, m_afterId};
        if (q.next()) {
            nextReceived = q.value(0).toLongLong();
            nextId = q.value(1).toLongLong();
            range = range.arg(QStringLiteral(" AND (received_at, id) <= (?, ?)"));
            binds << nextReceived << nextId;
        } else {
            range = range.arg(QString());
            inboxDone = true;
        }
        q.finish();
        if (!Sql::run(q,
                QStringLiteral("UPDATE inbox SET headers = X'', body = X'', erased_at = ?, "
                               "erased_why = ? WHERE %1 AND state IN ('processed', 'ignored') "
                               "AND erased_at IS NULL")
                    .arg(range),
                QVariantList {m_nowMs, WhyRetention} + binds, &error))
            return fail(error);
        erased = q.numRowsAffected();
        if (!Sql::run(q,
                QStringLiteral("SELECT count(*) FROM inbox WHERE %1 AND state IN ('pending', "
                               "'dead') AND erased_at IS NULL")
                    .arg(range),
                binds, &error))
            return fail(error);
        if (q.next())
            kept = q.value(0).toLongLong();
        q.finish();
    }
    if (!m_logDone) {
        if (!Sql::run(q,
                QStringLiteral("DELETE FROM request_log WHERE id IN (SELECT id FROM request_log "
                               "WHERE received_at < ? ORDER BY received_at LIMIT ?)"),
                {m_cutoffMs, m_batch}, &error))
            return fail(error);
        deleted = q.numRowsAffected();
        logDone = deleted < m_batch;
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(q.lastError().text());

    m_inboxDone = inboxDone;
    m_logDone = logDone;
    m_afterReceivedMs = nextReceived;
    m_afterId = nextId;
    m_counts.requestsErased += erased;
    m_counts.unfinishedKept += kept;
    m_counts.refusalsDeleted += deleted;
    ++m_counts.transactions;
    return !isDone();
}

Counts purge(QSqlDatabase db, const QDateTime &now, int days, int batch)
{
    Purge purge(now, days, batch);
    while (purge.step(db)) { }
    return purge.counts();
}

} // namespace RawRequestRetention
