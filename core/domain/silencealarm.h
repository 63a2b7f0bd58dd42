#pragma once

#include <QString>
#include <QTime>

#include <optional>

// An endpoint's silence alarm: raised when its provider goes quiet (no real donation for
// `quietMinutes`, counted only inside the daily window) or when its requests keep being refused
// for their signature or token (`signatureFailures` in a row since the last accepted one).
// Both parts are optional: 0 turns a part off. How an alarm is evaluated is in
// monitoring/alarmevaluation.h.
struct SilenceAlarm
{
    static constexpr int MaxQuietMinutes = 30 * 24 * 60;
    static constexpr int MaxSignatureFailures = 1000;

    int quietMinutes = 0;
    // The daily window quiet time is counted in, in the endpoint's time zone. Both invalid: all
    // day. An end before the start wraps past midnight ("22:00-06:00").
    QTime windowFrom;
    QTime windowTo;
    int signatureFailures = 0;

    bool isSet() const { return quietMinutes > 0 || signatureFailures > 0; }
    bool hasWindow() const { return windowFrom.isValid() && windowTo.isValid(); }
    bool operator==(const SilenceAlarm &) const = default;

    // As stored and printed: "08:00-22:00"; empty for all day.
    QString windowText() const;

    struct Window
    {
        QTime from; // both invalid: all day
        QTime to;
    };
    // "HH:MM-HH:MM" (also "H:MM", spaces around the dash, an en dash, and "24:00" as the end,
    // read as midnight); empty text is all day. nullopt when unreadable. A window whose start
    // and end are the same is read, and refused by the rules that apply changes.
    static std::optional<Window> parseWindow(QStringView text);

    // A duration as people write it: "90m", "6h", "1h30m", "2d", "45min"; "", "0", "off" or
    // "none" are 0 (off). A bare number other than 0 is refused (minutes or hours?). nullopt
    // when unreadable; the range is checked by the rules that apply changes.
    static std::optional<int> parseDuration(QStringView text);
    // Minutes in the form parseDuration() reads: "6h", "1h30m", "90" -> "1h30m", "1d12h"; empty
    // for 0.
    static QString durationText(int minutes);
};
