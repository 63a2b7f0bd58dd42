#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The normalized status of a donation, schedule or pledge.
enum class DonationStatus {
    Pending,
    Paid,
    PartiallyPaid,
    Failed,
    Canceled,
    Expired,
    Refunded,
    PartiallyRefunded,
    Voided,
    Scheduled,
    Pledged,
    Unknown, // the provider's own status is kept verbatim beside it
};

namespace Status {

QString toString(DonationStatus s); // "partially_refunded"
std::optional<DonationStatus> fromString(QStringView s);
QStringList allNames();

// Statuses move one way only, whatever order the provider's events arrive in: a status can
// replace another only when its rank is at least as high. Unknown < pending < commitments
// (scheduled, pledged) < failed/expired < partially paid < paid < partially refunded <
// refunded/canceled/voided. So a late "pending" never overwrites "paid", and a refund that
// overtakes its payment is not undone when the payment arrives.
int rank(DonationStatus s);
bool canMove(DonationStatus from, DonationStatus to);

// Money was received (and not all of it returned).
bool holdsMoney(DonationStatus s);
// The donation was taken back: refunded, canceled or voided.
bool isReversal(DonationStatus s);

} // namespace Status
