#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <optional>

// Every timestamp format the providers send, parsed to UTC (millisecond precision).
namespace Timestamps {

// Accepted forms:
//   2023-12-22T09:17:26.081523507Z, 2014-02-11T10:21:43-05:00, 2021-03-29T23:12:35.000000Z
//   2020-06-01 12:00:00 UTC, 2024-05-25 00:00:00, 2024-11-25T21:01:09.827, 2024-05-25
//   05/30/2013 12:51 AM, 05/28/2013  3:37 PM, 1614265330 (Unix seconds), 1614265330123 (ms)
// Times without an offset are read in `zone` (UTC unless the caller knows better).
// Returns nullopt for empty text (error left empty) and for text it cannot read (error set).
std::optional<QDateTime> parse(
    QStringView text, const QTimeZone &zone = QTimeZone::utc(), QString *error = nullptr);

// IANA ("America/New_York") or Windows ("Eastern Standard Time") zone name; invalid if unknown.
QTimeZone zoneFromName(QStringView name);

// ISO 8601 in UTC: "2024-05-25T00:00:00Z", with ".mmm" only when the milliseconds are not zero.
QString toIsoUtc(const QDateTime &t);
// toIsoUtc(fromMs(ms)) appended to `out` as UTF-8, without making a QDateTime: the CSV export
// writes two a row, a million rows.
void appendIsoUtc(QByteArray &out, qint64 ms);

// Milliseconds since the epoch, as stored.
inline qint64 toMs(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}
inline QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

} // namespace Timestamps
