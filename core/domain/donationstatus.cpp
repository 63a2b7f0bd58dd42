#include "donationstatus.h"

#include <array>

namespace {

struct Entry
{
    DonationStatus status;
    const char16_t *name;
    int rank;
};

constexpr std::array<Entry, 12> entries {{
    {DonationStatus::Pending, u"pending", 1},
    {DonationStatus::Paid, u"paid", 5},
    {DonationStatus::PartiallyPaid, u"partially_paid", 4},
    {DonationStatus::Failed, u"failed", 3},
    {DonationStatus::Canceled, u"canceled", 7},
    {DonationStatus::Expired, u"expired", 3},
    {DonationStatus::Refunded, u"refunded", 7},
    {DonationStatus::PartiallyRefunded, u"partially_refunded", 6},
    {DonationStatus::Voided, u"voided", 7},
    {DonationStatus::Scheduled, u"scheduled", 2},
    {DonationStatus::Pledged, u"pledged", 2},
    {DonationStatus::Unknown, u"unknown", 0},
}};

const Entry &entry(DonationStatus s)
{
    for (const Entry &e : entries) {
        if (e.status == s)
            return e;
    }
    Q_UNREACHABLE();
}

} // namespace

namespace Status {

QString toString(DonationStatus s)
{
    return QString::fromUtf16(entry(s).name);
}

std::optional<DonationStatus> fromString(QStringView s)
{
    for (const Entry &e : entries) {
        if (s == QStringView(e.name))
            return e.status;
    }
    return std::nullopt;
}

QStringList allNames()
{
    QStringList names;
    for (const Entry &e : entries)
        names << QString::fromUtf16(e.name);
    return names;
}

int rank(DonationStatus s)
{
    return entry(s).rank;
}

bool canMove(DonationStatus from, DonationStatus to)
{
    return rank(to) >= rank(from);
}

bool holdsMoney(DonationStatus s)
{
    return s == DonationStatus::Paid || s == DonationStatus::PartiallyPaid
        || s == DonationStatus::PartiallyRefunded;
}

bool isReversal(DonationStatus s)
{
    return s == DonationStatus::Refunded || s == DonationStatus::Canceled
        || s == DonationStatus::Voided;
}

} // namespace Status
