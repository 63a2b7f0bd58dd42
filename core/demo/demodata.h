#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

// Demo data for screenshots, UI tests and benchmarks: endpoints of every provider, and webhook
// requests built byte for byte as each provider sends them, stored in the inbox like committed
// requests and run through DonationProcessor. Donations, histories, dedupe keys, redeliveries and
// dead letters are therefore exactly what live traffic would have left behind.
namespace DemoData {

struct Options
{
    // Donations to add. Approximate: a story of several events (paid, then refunded) is one
    // donation; a schedule or a pledge counts as one; a batch counts each donation in it.
    int count = 1000;
    // Same seed, same `now` and same starting database: the same donations.
    quint32 seed = 1;
    // The moment the data leads up to (about 13 months of history before it). Required: the
    // generator never reads the clock.
    QDateTime now;
};

struct Summary
{
    qint64 donations = 0; // rows added to `donations` (schedules and pledges included)
    qint64 requests = 0; // inbox rows added
    qint64 processed = 0;
    qint64 ignored = 0; // valid requests without a donation (Givecloud supporter events)
    qint64 deadLetters = 0;
    qint64 refusals = 0; // request_log entries added (bad signatures, unknown tokens, ...)
    int endpointsCreated = 0;
    int endpointsReused = 0;
};

// Called after each batch with the donations stored so far and the total planned; returning
// false stops early (what was stored until then stays, fully processed).
using Progress = std::function<bool(qint64 done, qint64 total)>;

constexpr int MaxCount = 10'000'000;

// Fills `db` (an open, migrated Donation Desk database). Adds endpoints that do not exist yet
// (by name) and reuses those that do, so running it again adds more donations. Turns
// `synchronous` off and enlarges the page cache on this connection while it runs (the data can
// always be made again) and restores both. Returns false with *error set when the arguments or
// the database fail.
bool generate(QSqlDatabase db, const Options &options, QString *error,
    const Progress &progress = {}, Summary *summary = nullptr);

// The names of the endpoints generate() uses for `now` (one of them names the year).
QStringList endpointNames(const QDateTime &now);

} // namespace DemoData
