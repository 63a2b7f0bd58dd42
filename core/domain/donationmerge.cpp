#include "donationmerge.h"

namespace {

QDateTime earliest(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return qMin(a, b);
}

template<typename T> void fill(T &field, const T &value, bool overwrite)
{
    if (value.isEmpty())
        return;
    if (overwrite || field.isEmpty())
        field = value;
}

bool eventWins(const DonationRecord &r, const DonationEvent &e, const QDateTime &eventAt)
{
    const int have = Status::rank(r.status);
    const int incoming = Status::rank(e.status);
    if (incoming != have)
        return incoming > have;
    if (eventAt != r.statusAt)
        return eventAt > r.statusAt;
    return Status::toString(e.status) >= Status::toString(r.status);
}

} // namespace

namespace DonationMerge {

Outcome apply(DonationRecord &r, bool isNew, const DonationEvent &e, const EndpointConfig &endpoint,
    const QDateTime &receivedAt)
{
    Outcome out;
    out.before = r.status;
    out.created = isNew;
    const QDateTime eventAt = e.statusAt.isValid() ? e.statusAt : receivedAt;

    bool wins = true;
    if (isNew) {
        r.endpointId = endpoint.id;
        r.provider = endpoint.provider;
        r.kind = e.kind;
        r.externalId = e.externalId;
        r.createdAt = receivedAt;
        r.recordRule = endpoint.recordPolicy.toRule();
    } else {
        wins = eventWins(r, e, eventAt);
    }

    if (wins) {
        out.statusChanged = isNew || r.status != e.status;
        r.status = e.status;
        r.providerStatus = e.providerStatus;
        r.statusAt = eventAt;
    }

    // Amount and currency travel together.
    if (e.amount && (wins || !r.amountUnits)) {
        if (r.currency != e.amount->currency)
            r.refundedUnits = 0;
        r.currency = e.amount->currency;
        r.amountUnits = e.amount->units;
        r.amountText = e.amountText;
    }
    fill(r.donorName, e.donorName, wins);
    fill(r.donorEmail, e.donorEmail, wins);
    fill(r.campaign, e.campaign, wins);
    if (e.recurring && (wins || !r.recurring))
        r.recurring = r.recurring || *e.recurring;
    for (auto it = e.details.begin(); it != e.details.end(); ++it) {
        if (wins || !r.details.contains(it.key()))
            r.details.insert(it.key(), it.value());
    }

    // Refunds only grow; a full refund without a figure returns everything.
    if (e.refundedUnits && *e.refundedUnits > r.refundedUnits)
        r.refundedUnits = *e.refundedUnits;
    if (r.status == DonationStatus::Refunded && r.amountUnits && r.refundedUnits < *r.amountUnits)
        r.refundedUnits = *r.amountUnits;

    r.donatedAt = earliest(
        r.donatedAt, e.donatedAt.isValid() ? e.donatedAt : (isNew ? eventAt : QDateTime()));
    QDateTime paidAt = e.paidAt;
    if (!paidAt.isValid() && Status::holdsMoney(e.status))
        paidAt = eventAt;
    r.paidAt = earliest(r.paidAt, paidAt);
    if (Status::isReversal(e.status))
        r.reversedAt = earliest(r.reversedAt, eventAt);

    // Like the other descriptive fields: the winning event sets it, others only fill it in
    // while the endpoint's policy still stands.
    if (e.delayReportBy && (wins || !r.recordRule.startsWith(u"report:")))
        r.recordRule = RecordPolicy::reportDelay(*e.delayReportBy).toRule();
    const RecordPolicy policy = RecordPolicy::fromRule(r.recordRule).value_or(RecordPolicy());
    r.recordDate = policy.recordDate(r.donatedAt);
    r.updatedAt = receivedAt;
    return out;
}

} // namespace DonationMerge

QVariant unitsToSql(Int128 units)
{
    if (units <= std::numeric_limits<qint64>::max() && units >= std::numeric_limits<qint64>::min())
        return QVariant(qlonglong(units));
    return QVariant(int128ToString(units));
}

std::optional<Int128> unitsFromSql(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return Int128(value.toLongLong());
    return int128FromString(value.toString());
}
