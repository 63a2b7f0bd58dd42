#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// How long raw requests (the exact headers and body of each webhook) are kept. Donations are
// kept for ever; the raw bytes behind them only for `raw_retention_days` (in the database's
// settings table, so the desktop app, `serve` and the command line share one setting).
//
// Purging an accepted request blanks its headers and body and marks it erased (erased_at,
// erased_why = 'retention'): the row stays, since donation histories and dedupe keys point at
// it, and the inspector still lists it. Only requests done with are purged (processed or
// ignored); a pending request or a dead letter still needs its bytes. Refused requests (the
// request log) carry no donation and are deleted. Work goes in bounded steps, one short
// transaction each, so that the listener's commits never wait long for the write lock.
namespace RawRequestRetention {

constexpr int MaxDays = 36500;
constexpr int DefaultBatch = 5000;
constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;
inline const QString WhyRetention = QStringLiteral("retention");

// The setting: days to keep raw requests, 0 = for ever. nullopt (with `error`) when it cannot
// be read or is not a number of days (nothing should then be purged).
std::optional<int> days(QSqlDatabase db, QString *error);
bool setDays(QSqlDatabase db, int days, QString *error);

// Requests received before this moment are older than `days` at `now`.
QDateTime cutoff(const QDateTime &now, int days);

struct Counts
{
    qint64 requestsErased = 0; // accepted requests whose raw bytes were blanked
    qint64 refusalsDeleted = 0; // request log entries deleted
    qint64 unfinishedKept = 0; // pending or dead requests older than the cutoff, left whole
    int transactions = 0;
    QString error; // a database failure; the steps before it stay done
};

// What a purge at `now` would do, changing nothing.
Counts count(QSqlDatabase db, const QDateTime &now, int days);

// One purge, in steps: each step() examines at most `batch` accepted requests and deletes at
// most `batch` refusals in one transaction, and returns whether there is more to do.
class Purge
{
public:
    Purge(const QDateTime &now, int days, int batch = DefaultBatch);

    bool step(QSqlDatabase db);
    bool isDone() const { return m_inboxDone && m_logDone; }
    const Counts &counts() const { return m_counts; }
    qint64 cutoffMs() const { return m_cutoffMs; }

private:
    qint64 m_nowMs = 0;
    qint64 m_cutoffMs = 0;
    int m_batch = DefaultBatch;
    // Keyset position in the inbox's time order: rows before it were examined already.
    qint64 m_afterReceivedMs = -1;
    qint64 m_afterId = -1;
    bool m_inboxDone = false;
    bool m_logDone = false;
    Counts m_counts;
};

// The whole purge at once (the command line, "Purge now"). `days` 0 purges nothing.
Counts purge(QSqlDatabase db, const QDateTime &now, int days, int batch = DefaultBatch);

} // namespace RawRequestRetention
