#include "inqudadapter.h"

#include "adapterutil.h"
#include "signatures.h"

using namespace AdapterUtil;
using JsonFields::first;
using JsonFields::text;

QString InqudAdapter::setupHint() const
{
    return tr("In Inqud: Crypto widgets > your widget > Webhooks > Checkout webhook > Add. Paste "
              "this URL as the webhook link and this endpoint's secret as the webhook secret; "
              "Inqud then signs each request with X-Payload-Digest (HMAC-SHA1 of the body).");
}

DonationStatus InqudAdapter::statusFromInqud(QStringView status)
{
    const QString s = status.toString().toUpper();
    if (s == u"NEW" || s == u"WAITING_PAYMENT" || s == u"PENDING_PAYMENT" || s == u"PENDING"
        || s == u"PROCESSING")
        return DonationStatus::Pending;
    if (s == u"COMPLETED" || s == u"PAID" || s == u"SUCCESS" || s == u"OVERPAID")
        return DonationStatus::Paid;
    if (s == u"PARTIALLY_PAID" || s == u"UNDERPAID")
        return DonationStatus::PartiallyPaid;
    if (s == u"EXPIRED")
        return DonationStatus::Expired;
    if (s == u"CANCELLED" || s == u"CANCELED")
        return DonationStatus::Canceled;
    if (s == u"FAILED" || s == u"DECLINED")
        return DonationStatus::Failed;
    if (s == u"REFUNDED")
        return DonationStatus::Refunded;
    return DonationStatus::Unknown; // CONFLICT and anything new: kept verbatim
}

Verdict InqudAdapter::verify(
    const WebhookRequest &request, const EndpointConfig &endpoint, const QDateTime &) const
{
    if (!endpoint.secret.isEmpty()) {
        const QString why = Signatures::checkHexHmac(request, "X-Payload-Digest",
            QCryptographicHash::Sha1, endpoint.secret, QStringLiteral("Inqud"));
        if (!why.isEmpty())
            return Verdict::unauthorized(why);
    }
    return requireJson(request, false);
}

NormalizeResult InqudAdapter::normalize(
    const WebhookRequest &request, const EndpointConfig &endpoint) const
{
    QString why;
    const QJsonDocument doc = JsonFields::parseLossless(request.body, &why);
    if (!doc.isObject())
        return NormalizeResult::failure(why.isEmpty() ? tr("expected a JSON object") : why);
    QJsonObject o = doc.object();
    // Tolerate an envelope around the checkout object.
    for (const char *wrapper : {"data", "checkout", "payload"}) {
        if (!o.contains(QLatin1String("id")) && o.value(QLatin1String(wrapper)).isObject())
            o = o.value(QLatin1String(wrapper)).toObject();
    }

    DonationEvent e;
    e.externalId = text(o.value(QLatin1String("id")));
    if (e.externalId.isEmpty())
        return NormalizeResult::failure(tr("checkout \"id\" missing"));
    e.providerStatus = text(o.value(QLatin1String("status")));
    if (e.providerStatus.isEmpty())
        return NormalizeResult::failure(tr("checkout \"status\" missing"));
    e.status = statusFromInqud(e.providerStatus);
    e.eventName = QStringLiteral("checkout.") + e.providerStatus;
    e.dedupeKey = QStringLiteral("inqud:%1:%2").arg(e.externalId, e.providerStatus.toUpper());

    // The checkout's price when it has one (often fiat); otherwise what was paid or asked, in
    // the crypto currency of the request.
    const QJsonObject fixed = JsonFields::object(o.value(QLatin1String("fixedAmount")));
    QString currencyError;
    const QString cryptoCurrency = readCurrency(
        o.value(QLatin1String("currency")), EndpointConfig(), "currency", &currencyError);
    if (!currencyError.isEmpty())
        return NormalizeResult::failure(currencyError);
    QString error;
    if (!JsonFields::isAbsent(fixed.value(QLatin1String("amount")))) {
        const QString currency = readCurrency(fixed.value(QLatin1String("currency")), endpoint,
            "fixedAmount.currency", &currencyError);
        if (!currencyError.isEmpty())
            return NormalizeResult::failure(currencyError);
        error = readAmount(e, fixed.value(QLatin1String("amount")), currency, "fixedAmount.amount");
    } else {
        QString currency =
            cryptoCurrency.isEmpty() ? Currency::normalize(endpoint.currency) : cryptoCurrency;
        // Name the field actually read in any error. Only an absent or zero paid amount falls
        // back to the requested one; an unreadable one is an error.
        const char *field = "paidAmount";
        const QJsonValue paidValue = o.value(QLatin1String(field));
        const auto paid = JsonFields::decimal(paidValue);
        if (JsonFields::isAbsent(paidValue) || (paid && paid->isZero()))
            field = JsonFields::isAbsent(o.value(QLatin1String("requestAmount"))) ? "payAmount"
                                                                                  : "requestAmount";
        error = readAmount(e, o.value(QLatin1String(field)), currency, field);
    }
    if (!error.isEmpty())
        return NormalizeResult::failure(error);

    const QTimeZone utc = QTimeZone::utc();
    e.donatedAt = readTime(e, o.value(QLatin1String("createdAt")), utc, "createdAt");
    e.statusAt = readTime(e, o.value(QLatin1String("lastUpdatedAt")), utc, "lastUpdatedAt");
    if (Status::holdsMoney(e.status))
        e.paidAt = e.statusAt.isValid() ? e.statusAt : e.donatedAt;
    e.campaign = text(first(o, {"projectName", "name"}));
    e.donorEmail = text(first(o, {"email", "customerEmail", "payerEmail"}));
    e.donorName = text(first(o, {"customerName", "payerName"}));
    e.recurring = false;

    keepDetails(e, o,
        {"projectId", "projectName", "clientOrderId", "name", "type", "currency", "blockchain",
            "requestAmount", "payAmount", "paidAmount", "overpaid", "txHash", "expiresAt"});
    NormalizeResult result;
    result.events << e;
    return result;
}

SignedRequest InqudAdapter::sign(const QByteArray &body, const EndpointConfig &endpoint,
    const QDateTime &, const QByteArray &) const
{
    SignedRequest r = jsonRequest(body);
    if (!endpoint.secret.isEmpty())
        r.headers << qMakePair(QByteArray("X-Payload-Digest"),
            Signatures::hmacHex(QCryptographicHash::Sha1, endpoint.secret, body));
    return r;
}
