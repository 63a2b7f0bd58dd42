#pragma once

#include "provideradapter.h"

#include <QJsonObject>

// Donation Desk's own donation object, format version 1: the body of a `changeup` webhook and
// the `data` of a `standard` one. Documented in docs/FORMATS.md.
namespace NativeDonation {

constexpr int FormatVersion = 1;

// Maps a status word ("completed", "cancelled", "refunded", ...) to ours; unknown words give
// DonationStatus::Unknown.
DonationStatus statusFromWord(QStringView word);

// Reads one donation object. `statusWord` overrides the object's own status when not empty.
// Returns an error message when a required field is missing or unreadable.
QString read(const QJsonObject &object, const EndpointConfig &endpoint, const QString &statusWord,
    DonationEvent &event);

} // namespace NativeDonation
