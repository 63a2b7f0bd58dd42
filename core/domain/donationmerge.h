#pragma once

#include "donationrecord.h"
#include "providers/provideradapter.h"

// How one event changes a donation. Pure, so that it can be checked in every arrival order.
//
// The status moves only up its rank (Status::canMove); between equal ranks the later event time
// wins, then the greater status name, so the outcome does not depend on delivery order. The
// event that sets the status also sets the descriptive fields it carries; other events only
// fill fields still empty. Dates that have a natural order merge by it: the donation time and
// the first payment are the earliest seen, the reversal the earliest reversal. Applying the
// same event twice changes nothing.
namespace DonationMerge {

struct Outcome
{
    DonationStatus before = DonationStatus::Pending;
    bool created = false;
    bool statusChanged = false;
};

// `record` is a new, default-constructed record (created = true) or the stored one.
Outcome apply(DonationRecord &record, bool isNew, const DonationEvent &event,
    const EndpointConfig &endpoint, const QDateTime &receivedAt);

} // namespace DonationMerge
