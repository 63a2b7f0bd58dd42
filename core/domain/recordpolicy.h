#pragma once

#include "donationstatus.h"

#include <QDateTime>
#include <QTimeZone>

#include <optional>

// When a donation is "actualised". Each endpoint (widget) has a policy: a delay in days after
// the donation, or a fixed record date (the later of that date and the donation time). A
// ChangeUp-style `delayReportBy` (0..90 days) on a donation overrides the endpoint's policy.
struct RecordPolicy
{
    enum class Kind { Delay, FixedDate, ReportDelay };

    Kind kind = Kind::Delay;
    int days = 0; // Delay, ReportDelay
    QDate fixedDate; // FixedDate: the start of that day in UTC

    static constexpr int MaxDelayDays = 3650;
    static constexpr int MaxDelayReportBy = 90;

    static RecordPolicy delay(int days) { return {Kind::Delay, days, {}}; }
    static RecordPolicy fixed(QDate date) { return {Kind::FixedDate, 0, date}; }
    static RecordPolicy reportDelay(int days) { return {Kind::ReportDelay, days, {}}; }

    // Stored form: "delay:7", "date:2024-06-01", "report:30".
    QString toRule() const;
    static std::optional<RecordPolicy> fromRule(QStringView rule);

    QDateTime recordDate(const QDateTime &donatedAt) const;
    bool operator==(const RecordPolicy &) const = default;
};

enum class RecordState { None, PreRecord, PostRecord, Reversed };

namespace Record {

QString toString(RecordState s); // "pre-record", "post-record", "reversed", "none"
std::optional<RecordState> fromString(QStringView s);

struct Facts
{
    DonationStatus status = DonationStatus::Pending;
    QDateTime donatedAt;
    QDateTime recordDate;
    QDateTime paidAt; // first time money was received; null if never
    QDateTime reversedAt; // when it was refunded, canceled or voided
};

// The record state as of `asOf`:
//  none        never counted (pending, failed, expired, scheduled, pledged, unknown), not yet
//              made at `asOf`, or reversed without ever having been paid;
//  pre-record  paid, before its record date;
//  post-record paid, on or after its record date (also when refunded after the record date:
//              that refund is an adjustment against an actualised donation);
//  reversed    refunded, canceled or voided before its record date.
RecordState stateAsOf(const Facts &f, const QDateTime &asOf);

} // namespace Record
