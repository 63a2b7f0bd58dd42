#include "recordpolicy.h"

QString RecordPolicy::toRule() const
{
    switch (kind) {
    case Kind::Delay:
        return QStringLiteral("delay:%1").arg(days);
    case Kind::ReportDelay:
        return QStringLiteral("report:%1").arg(days);
    case Kind::FixedDate:
        return QStringLiteral("date:") + fixedDate.toString(Qt::ISODate);
    }
    return {};
}

std::optional<RecordPolicy> RecordPolicy::fromRule(QStringView rule)
{
    const qsizetype colon = rule.indexOf(u':');
    if (colon < 0)
        return std::nullopt;
    const QStringView kind = rule.left(colon);
    const QStringView value = rule.mid(colon + 1);
    if (kind == u"date") {
        // QDate's ISO reader also takes "2024/06/01" and "2024-06-01T12:00": insist on the
        // exact form toRule() writes, so a mistyped rule is refused rather than guessed at.
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        if (!d.isValid() || d.toString(Qt::ISODate) != value)
            return std::nullopt;
        return fixed(d);
    }
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    if (kind == u"delay" && n <= MaxDelayDays)
        return delay(n);
    if (kind == u"report" && n <= MaxDelayReportBy)
        return reportDelay(n);
    return std::nullopt;
}

QDateTime RecordPolicy::recordDate(const QDateTime &donatedAt) const
{
    const QDateTime at = donatedAt.toUTC();
    switch (kind) {
    case Kind::Delay:
    case Kind::ReportDelay:
        return at.addDays(days);
    case Kind::FixedDate: {
        const QDateTime fixedAt(fixedDate, QTime(0, 0), QTimeZone::utc());
        return fixedAt > at ? fixedAt : at;
    }
    }
    return at;
}

namespace Record {

QString toString(RecordState s)
{
    switch (s) {
    case RecordState::PreRecord:
        return QStringLiteral("pre-record");
    case RecordState::PostRecord:
        return QStringLiteral("post-record");
    case RecordState::Reversed:
        return QStringLiteral("reversed");
    case RecordState::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<RecordState> fromString(QStringView s)
{
    for (RecordState r : {RecordState::None, RecordState::PreRecord, RecordState::PostRecord,
             RecordState::Reversed}) {
        if (s == toString(r))
            return r;
    }
    return std::nullopt;
}

RecordState stateAsOf(const Facts &f, const QDateTime &asOf)
{
    if (!f.donatedAt.isValid() || asOf < f.donatedAt)
        return RecordState::None;
    const bool beforeRecord = asOf < f.recordDate;
    if (Status::holdsMoney(f.status)) {
        if (f.paidAt.isValid() && asOf < f.paidAt)
            return RecordState::None; // not paid yet at that moment
        return beforeRecord ? RecordState::PreRecord : RecordState::PostRecord;
    }
    if (!Status::isReversal(f.status) || !f.paidAt.isValid() || asOf < f.paidAt)
        return RecordState::None;

    // Refunded, canceled or voided after having been paid.
    const QDateTime reversedAt = f.reversedAt.isValid() ? f.reversedAt : f.recordDate;
    if (reversedAt < f.recordDate) {
        if (asOf >= reversedAt)
            return RecordState::Reversed;
        return RecordState::PreRecord;
    }
    return beforeRecord ? RecordState::PreRecord : RecordState::PostRecord;
}

} // namespace Record
