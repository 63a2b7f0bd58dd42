#include "changeupadapter.h"

#include "adapterutil.h"
#include "nativedonation.h"
#include "signatures.h"

using namespace AdapterUtil;

QString ChangeUpAdapter::displayName() const
{
    return tr("ChangeUp-style checkout webhook");
}

QString ChangeUpAdapter::setupHint() const
{
    return tr("Give this URL to the checkout server that completes donations for this widget; "
              "the URL itself is the secret, so keep it server-side. Optionally set a signing "
              "secret (whsec_...) and sign each request with Standard Webhooks headers.");
}

Verdict ChangeUpAdapter::verify(
    const WebhookRequest &request, const EndpointConfig &endpoint, const QDateTime &now) const
{
    if (!endpoint.secret.isEmpty()) {
        const QString why = Signatures::StandardWebhooks::verify(request, endpoint.secret, now);
        if (!why.isEmpty())
            return Verdict::unauthorized(why);
    }
    return requireJson(request, true);
}

NormalizeResult ChangeUpAdapter::normalize(
    const WebhookRequest &request, const EndpointConfig &endpoint) const
{
    QString why;
    const QJsonDocument doc = JsonFields::parseLossless(request.body, &why);
    if (doc.isNull())
        return NormalizeResult::failure(why);

    const QJsonArray items = doc.isArray() ? doc.array() : QJsonArray {doc.object()};
    NormalizeResult result;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        if (o.isEmpty())
            return NormalizeResult::failure(tr("item %1 is not a donation object").arg(i));
        const auto version = JsonFields::integer(o.value(QLatin1String("version")));
        if (version && *version > NativeDonation::FormatVersion) {
            return NormalizeResult::failure(
                tr("format version %1 is newer than this Donation Desk reads (%2)")
                    .arg(*version)
                    .arg(NativeDonation::FormatVersion));
        }
        DonationEvent e;
        if (QString error = NativeDonation::read(o, endpoint, {}, e); !error.isEmpty())
            return NormalizeResult::failure(
                items.size() > 1 ? tr("item %1: %2").arg(i).arg(error) : error);
        e.eventName = QStringLiteral("donation.") + e.providerStatus.toLower();
        e.dedupeKey =
            QStringLiteral("changeup:%1:%2").arg(e.externalId, e.providerStatus.toLower());
        result.events << e;
    }
    if (result.events.isEmpty())
        return NormalizeResult::nothing(tr("empty donation batch"));
    return result;
}

SignedRequest ChangeUpAdapter::sign(const QByteArray &body, const EndpointConfig &endpoint,
    const QDateTime &now, const QByteArray &messageId) const
{
    SignedRequest r = jsonRequest(body);
    if (!endpoint.secret.isEmpty())
        r.headers << Signatures::StandardWebhooks::sign(endpoint.secret, messageId, now, body);
    return r;
}
