#pragma once

#include "providers/webhookrequest.h" // HeaderList, EndpointConfig

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// Sample webhook events for every provider and event kind, for testing a webhook set-up:
// realistic, varied bodies built as the provider writes them (unsigned; the adapter's sign()
// adds signatures).
//
// To send one: build() it, sign() its body with the provider's adapter for the endpoint (secret
// set where the provider has one, the endpoint's event set to Sample::endpointEvent), and send
// the headers of Built followed by those of the SignedRequest whose names Built does not have.
//
// Variant n of every sample of one provider tells the same gift at different moments (the same
// ids, donor, amount and currency): send "completed" and then "refunded" of one variant and that
// donation is refunded; a Donary void voids the charge of its variant. Ids differ between
// variants (for any variant), so two variants are never deduplicated as one event.
//
// NationBuilder's current payload names no currency: its amount_in_cents is read in the
// endpoint's currency, so the endpoint's currency must be the sample's (USD, or the override).
namespace SampleEvents {

struct Sample
{
    // "<provider>.<event>", e.g. "givecloud.contribution_paid"
    QString id;
    // adapter id: changeup, standard, inqud, givecloud, nationbuilder, donary
    QString provider;
    // the provider's event name as the listener sees it
    QString event;
    // short English title for a menu, e.g. "Contribution paid" (wrapped in
    // QCoreApplication::translate("SampleEvents", ...))
    QString title;
    // one sentence: what it is and what Donation Desk makes of it (translate too)
    QString description;
    // value for the endpoint's fixed `event` setting when the provider needs one for this sample
    // (nationbuilder: succeeded/changed/canceled/failed; donary: schedule/charge/void/pledge),
    // else empty
    QString endpointEvent;
};

QList<Sample> all(); // every sample, grouped by provider in Providers::ids() order
QList<Sample> forProvider(QStringView provider);
std::optional<Sample> find(QStringView id);

// What a sample should carry instead of its variant's data. In a batch (an array of donations)
// they apply to the first item; for a Donary schedule the amount is the schedule's total.
// An override the sample cannot carry is an error, never silently dropped: a status where the
// event decides the status (Givecloud, NationBuilder, most Standard types), a donor on a Donary
// void, an amount on a Givecloud supporter event, crypto for providers of fiat money.
struct Overrides
{
    // decimal in major units ("25.00", "0.00012345"); empty: the variant's
    QString amount;
    // code ("USD", "BTC"); empty: the variant's
    QString currency;
    // full name
    QString donorName;
    QString donorEmail;
    // the provider's own status word where the sample has a status field
    QString status;
    // the provider's id of the donation/checkout/contribution/schedule
    QString externalId;
    // raw JSON edits "path=value": dotted path, array index as number ("payments.0.amount");
    // value parsed as JSON when it is valid JSON (number, true, null, object...), else used as a
    // string. Every step of the path but the last must exist; the last may add a key. Applied
    // after the other overrides, in order; Donary's keys match without regard to case.
    QList<QPair<QString, QString>> set;
};

struct Built
{
    // the JSON body exactly as the provider writes it (unsigned)
    QByteArray body;
    // provider headers that are NOT signatures, e.g. X-Givecloud-Event; Content-Type too
    HeaderList headers;
    // non-empty: an override that does not fit (bad amount, unknown path, currency that the
    // provider cannot carry); body empty then
    QString error;
};

// `variant` chooses deterministic, varied data: donor names from several scripts (Latin with
// accents, Cyrillic, Greek, Arabic, Hebrew, CJK, Devanagari), several currencies including crypto
// for Inqud (BTC, ETH, USDT with their real precision), amounts from cents to large gifts
// (0.50 .. 25,000), and ids unique per variant (so two variants are never deduplicated as one
// event). `now` sets the event's times. The same arguments always give the same body.
Built build(
    const Sample &sample, quint64 variant, const Overrides &overrides, const QDateTime &now);

} // namespace SampleEvents
