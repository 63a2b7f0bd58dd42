#pragma once

#include "providers/webhookrequest.h"

#include <QDateTime>
#include <QTimeZone>

// Silence alarms evaluated: pure functions from an endpoint's alarm settings, its time zone and
// what the database says about it (AlarmFacts, gathered by monitoring/alarmqueries.h) to its
// alarm state with a sentence for people. No I/O; `now` is always given.
//
// Quiet time is counted only inside the daily window, minute by minute of real time, day by
// day in the zone's own calendar: a window of 08:00-22:00 is 14 hours even on the day the
// clocks change, and 00:00-06:00 is 5 hours on the spring day and 7 on the autumn day in
// Europe/Berlin. An endpoint that never received a real donation counts from its creation, so
// an alarm set on an endpoint no provider ever reached is raised once the time has passed.

// What the database says about one endpoint.
struct AlarmFacts
{
    // The newest real donation's time (test donations do not count); invalid: none yet.
    QDateTime lastDonation;
    // When the endpoint was made: quiet time counts from here until a first donation.
    QDateTime createdAt;
    // Requests refused for their signature or token since the endpoint's last accepted request
    // (refusals of other kinds neither count nor reset), at most RefusalCountLimit.
    int refusals = 0;
    QString lastRefusalReason;
    QDateTime lastRefusalAt;
    QDateTime lastAccepted; // invalid: never

    static constexpr int RefusalCountLimit = 10000;
};

struct AlarmState
{
    enum class Kind {
        Off, // no alarm set, or the endpoint is disabled
        Ok,
        Quiet, // no real donation for the quiet time (inside the window)
        FailingSignatures, // too many requests in a row refused for their signature or token
    };

    Kind kind = Kind::Off;
    // Quiet part (when set): counted from the last donation or, never donated, the creation.
    QDateTime quietSince;
    bool neverDonated = false;
    qint64 quietMinutes = 0; // counted inside the window up to `now`
    // Failure part (when set).
    int refusals = 0;
    QString lastRefusalReason;
    QDateTime lastRefusalAt;
    // For people: what the state is and why, one or two sentences.
    QString text;

    bool isRaised() const { return kind == Kind::Quiet || kind == Kind::FailingSignatures; }
    // "off", "ok", "quiet", "failing": the command line's and QML's names.
    QString kindName() const { return kindName(kind); }
    static QString kindName(Kind kind);
};

namespace AlarmEvaluation {

// The zone an alarm window is read in: the endpoint's time zone, or the system's when it has
// none (or names one unknown here).
QTimeZone zoneFor(const QString &endpointTimezone);

// Milliseconds of [from, to) inside the alarm's daily window in `zone` (all of it without a
// window).
qint64 msInWindow(
    const SilenceAlarm &alarm, const QTimeZone &zone, const QDateTime &from, const QDateTime &to);

// The state of `alarm`. When both parts are raised, failing signatures wins: it is the likely
// cause of the quiet, and the thing to fix.
AlarmState evaluate(const SilenceAlarm &alarm, const QTimeZone &zone, const AlarmFacts &facts,
    const QDateTime &now);

// The same for an endpoint: its zone, and Off while it is disabled (it refuses everything, so
// silence is expected).
AlarmState evaluate(const EndpointConfig &endpoint, const AlarmFacts &facts, const QDateTime &now);

// The settings in words: "no donation for 6 h (08:00-22:00); 3 refusals in a row"; "off".
QString describeSettings(const SilenceAlarm &alarm);

// "45 min", "7 h 10 min", "2 d 3 h".
QString humanDuration(qint64 minutes);

} // namespace AlarmEvaluation
