#pragma once

#include "provideradapter.h"
#include "time/timestamps.h"
#include "json/jsonfields.h"

#include <QCoreApplication>

// Small pieces every adapter needs when turning provider JSON into DonationEvents.
namespace AdapterUtil {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("Providers", text);
}

// Reads an amount in major units. Sets event.amount and event.amountText; returns an error
// message, or an empty string when the amount was read or is absent.
QString readAmount(
    DonationEvent &event, const QJsonValue &amount, const QString &currency, const char *fieldName);

// Same for an amount already in minor units (NationBuilder's amount_in_cents).
QString readMinorUnits(
    DonationEvent &event, const QJsonValue &units, const QString &currency, const char *fieldName);

// Reads a refunded amount into event.refundedUnits in the event amount's currency.
QString readRefund(DonationEvent &event, const QJsonValue &refunded, const char *fieldName);

// Parses a provider time; records a note (not an error) when it cannot be read.
QDateTime readTime(
    DonationEvent &event, const QJsonValue &value, const QTimeZone &zone, const char *fieldName);

// The currency a payload names, or the endpoint's when it names none. A currency that is given
// but cannot be read is an error, never silently replaced by the endpoint's.
QString readCurrency(
    const QJsonValue &value, const EndpointConfig &endpoint, const char *fieldName, QString *error);

QString joinName(const QString &first, const QString &last);

// The endpoint's zone for times without an offset.
QTimeZone endpointZone(const EndpointConfig &endpoint);

// Verdict for a body that must be a JSON object (or, if allowed, an array).
Verdict requireJson(const WebhookRequest &request, bool allowArray, QJsonDocument *doc = nullptr);

void addNote(DonationEvent &event, const QString &note);

// Keeps the listed fields of `source` that have a value in event.details, as text.
void keepDetails(
    DonationEvent &event, const QJsonObject &source, std::initializer_list<const char *> keys);

// An unsigned JSON request: the body and a Content-Type header; sign() adds the rest.
SignedRequest jsonRequest(const QByteArray &body);

} // namespace AdapterUtil
