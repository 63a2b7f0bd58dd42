#include "alarmevaluation.h"

#include "time/timestamps.h"

#include <QCoreApplication>

namespace {

// lupdate reads the context from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AlarmEvaluation)
};

// "2024-05-25 21:00" in the alarm's zone, with the zone's abbreviation when that is not this
// computer's zone.
QString timeText(const QDateTime &t, const QTimeZone &zone)
{
    const QString text = t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (zone == QTimeZone::systemTimeZone())
        return text;
    return text + u' ' + zone.abbreviation(t);
}

// "alarm after 6 h" or "alarm after 6 h, counted between 08:00 and 22:00".
QString thresholdText(const SilenceAlarm &alarm)
{
    if (!alarm.hasWindow())
        return Text::tr("alarm after %1").arg(AlarmEvaluation::humanDuration(alarm.quietMinutes));
    return Text::tr("alarm after %1, counted between %2 and %3")
        .arg(AlarmEvaluation::humanDuration(alarm.quietMinutes),
            alarm.windowFrom.toString(QStringLiteral("HH:mm")),
            alarm.windowTo.toString(QStringLiteral("HH:mm")));
}

QString quietText(const SilenceAlarm &alarm, const QTimeZone &zone, const AlarmState &s)
{
    const QString counted = AlarmEvaluation::humanDuration(s.quietMinutes);
    const QString since = timeText(s.quietSince, zone);
    if (s.kind == AlarmState::Kind::Quiet) {
        if (s.neverDonated)
            return Text::tr("No donation since the endpoint was created on %1: %2 of quiet (%3).")
                .arg(since, counted, thresholdText(alarm));
        return Text::tr("No donation for %1 (%2). The last one was on %3.")
            .arg(counted, thresholdText(alarm), since);
    }
    if (s.neverDonated)
        return Text::tr(
            "No donation yet since the endpoint was created on %1; %2 of quiet so far (%3).")
            .arg(since, counted, thresholdText(alarm));
    return Text::tr("Last donation on %1; %2 of quiet so far (%3).")
        .arg(since, counted, thresholdText(alarm));
}

QString failureText(
    const SilenceAlarm &alarm, const QTimeZone &zone, const AlarmFacts &facts, bool raised)
{
    const QString threshold = Text::tr("alarm after %n", nullptr, alarm.signatureFailures);
    if (!raised)
        return Text::tr(
            "%n request(s) refused for their signature or token since the last accepted "
            "one (%1).",
            nullptr, facts.refusals)
            .arg(threshold);
    QString text = facts.refusals >= AlarmFacts::RefusalCountLimit
        ? Text::tr("At least %1 requests in a row refused for their signature or token")
              .arg(AlarmFacts::RefusalCountLimit)
        : Text::tr(
            "%n request(s) in a row refused for their signature or token", nullptr, facts.refusals);
    text += facts.lastAccepted.isValid()
        ? Text::tr(" since the last accepted one on %1 (%2).")
              .arg(timeText(facts.lastAccepted, zone), threshold)
        : Text::tr(", and none ever accepted (%1).").arg(threshold);
    if (facts.lastRefusalAt.isValid())
        text += u' '
            + Text::tr("The last, on %1: %2")
                  .arg(timeText(facts.lastRefusalAt, zone), facts.lastRefusalReason);
    return text;
}

} // namespace

QString AlarmState::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Off:
        break;
    case Kind::Ok:
        return QStringLiteral("ok");
    case Kind::Quiet:
        return QStringLiteral("quiet");
    case Kind::FailingSignatures:
        return QStringLiteral("failing");
    }
    return QStringLiteral("off");
}

namespace AlarmEvaluation {

QTimeZone zoneFor(const QString &endpointTimezone)
{
    if (!endpointTimezone.isEmpty()) {
        const QTimeZone zone = Timestamps::zoneFromName(endpointTimezone);
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

qint64 msInWindow(
    const SilenceAlarm &alarm, const QTimeZone &zone, const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || from >= to)
        return 0;
    const qint64 begin = from.toMSecsSinceEpoch();
    const qint64 end = to.toMSecsSinceEpoch();
    if (!alarm.hasWindow() || alarm.windowFrom == alarm.windowTo)
        return end - begin;
    // Each local day's window as real instants: the zone's own dates and times, so that a day
    // the clocks change is as long (or short) as it really is. A window wrapping past midnight
    // belongs to the day it starts on, so the day before `from` is looked at too.
    const bool wraps = alarm.windowTo < alarm.windowFrom;
    const QDate first = from.toTimeZone(zone).date().addDays(-1);
    const QDate last = to.toTimeZone(zone).date();
    qint64 total = 0;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        const qint64 start = QDateTime(day, alarm.windowFrom, zone).toMSecsSinceEpoch();
        const qint64 stop =
            QDateTime(wraps ? day.addDays(1) : day, alarm.windowTo, zone).toMSecsSinceEpoch();
        const qint64 overlap = qMin(stop, end) - qMax(start, begin);
        if (overlap > 0)
            total += overlap;
    }
    return total;
}

AlarmState evaluate(
    const SilenceAlarm &alarm, const QTimeZone &zone, const AlarmFacts &facts, const QDateTime &now)
{
    AlarmState s;
    if (!alarm.isSet()) {
        s.text = Text::tr("No silence alarm set.");
        return s;
    }
    s.kind = AlarmState::Kind::Ok;
    QStringList parts;
    bool quiet = false;
    bool failing = false;
    if (alarm.quietMinutes > 0) {
        s.neverDonated = !facts.lastDonation.isValid();
        s.quietSince = s.neverDonated ? facts.createdAt : facts.lastDonation;
        s.quietMinutes = msInWindow(alarm, zone, s.quietSince, now) / 60000;
        quiet = s.quietSince.isValid() && s.quietMinutes >= alarm.quietMinutes;
    }
    if (alarm.signatureFailures > 0) {
        s.refusals = facts.refusals;
        s.lastRefusalReason = facts.lastRefusalReason;
        s.lastRefusalAt = facts.lastRefusalAt;
        failing = facts.refusals >= alarm.signatureFailures;
    }
    if (failing)
        s.kind = AlarmState::Kind::FailingSignatures;
    else if (quiet)
        s.kind = AlarmState::Kind::Quiet;

    // The raised part first; the other only when it says something.
    if (failing)
        parts << failureText(alarm, zone, facts, true);
    if (alarm.quietMinutes > 0 && s.quietSince.isValid()) {
        AlarmState quietPart = s;
        quietPart.kind = quiet ? AlarmState::Kind::Quiet : AlarmState::Kind::Ok;
        parts << quietText(alarm, zone, quietPart);
    }
    if (!failing && alarm.signatureFailures > 0 && facts.refusals > 0)
        parts << failureText(alarm, zone, facts, false);
    if (parts.isEmpty())
        parts << (facts.lastAccepted.isValid()
                ? Text::tr(
                    "No requests refused for their signature or token since the last accepted "
                    "one.")
                : Text::tr("No requests refused for their signature or token."));
    s.text = parts.join(u' ');
    return s;
}

AlarmState evaluate(const EndpointConfig &endpoint, const AlarmFacts &facts, const QDateTime &now)
{
    if (!endpoint.enabled && endpoint.alarm.isSet()) {
        AlarmState s;
        s.text = Text::tr("Silence alarm paused: the endpoint is disabled.");
        return s;
    }
    return evaluate(endpoint.alarm, zoneFor(endpoint.timezone), facts, now);
}

QString describeSettings(const SilenceAlarm &alarm)
{
    if (!alarm.isSet())
        return Text::tr("off");
    QStringList parts;
    if (alarm.quietMinutes > 0) {
        parts << (alarm.hasWindow()
                ? Text::tr("no donation for %1 (counted %2)")
                      .arg(humanDuration(alarm.quietMinutes), alarm.windowText())
                : Text::tr("no donation for %1").arg(humanDuration(alarm.quietMinutes)));
    }
    if (alarm.signatureFailures > 0)
        parts << Text::tr(
            "%n signature or token refusal(s) in a row", nullptr, alarm.signatureFailures);
    return parts.join(QStringLiteral("; "));
}

QString humanDuration(qint64 minutes)
{
    if (minutes < 60)
        return Text::tr("%1 min").arg(qMax<qint64>(minutes, 0));
    if (minutes < 48 * 60) {
        const qint64 rest = minutes % 60;
        return rest == 0 ? Text::tr("%1 h").arg(minutes / 60)
                         : Text::tr("%1 h %2 min").arg(minutes / 60).arg(rest);
    }
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = minutes % (24 * 60) / 60;
    return hours == 0 ? Text::tr("%1 d").arg(days) : Text::tr("%1 d %2 h").arg(days).arg(hours);
}

} // namespace AlarmEvaluation
