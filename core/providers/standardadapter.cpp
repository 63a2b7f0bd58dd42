#include "standardadapter.h"

#include "adapterutil.h"
#include "nativedonation.h"
#include "signatures.h"

using namespace AdapterUtil;

QString StandardAdapter::displayName() const
{
    return tr("Standard Webhooks (signed)");
}

QString StandardAdapter::setupHint() const
{
    return tr("Configure the sender with this URL and the whsec_ signing secret. Each request "
              "carries webhook-id, webhook-timestamp and webhook-signature headers "
              "(HMAC-SHA256 of \"id.timestamp.body\"); timestamps more than 5 minutes off are "
              "refused.");
}

QByteArray StandardAdapter::generateSecret() const
{
    return Signatures::StandardWebhooks::newSecret();
}

Verdict StandardAdapter::verify(
    const WebhookRequest &request, const EndpointConfig &endpoint, const QDateTime &now) const
{
    if (endpoint.secret.isEmpty()) {
        return Verdict::unauthorized(tr("this endpoint has no signing secret, so no signature "
                                        "can be checked; set one with endpoint update"));
    }
    const QString why = Signatures::StandardWebhooks::verify(request, endpoint.secret, now);
    if (!why.isEmpty())
        return Verdict::unauthorized(why);
    QJsonDocument doc;
    if (Verdict v = requireJson(request, false, &doc); !v.accepted())
        return v;
    if (!doc.object().value(QLatin1String("data")).isObject())
        return Verdict::badRequest(tr("malformed body: expected {\"type\": ..., \"data\": {...}}"));
    return Verdict::accept();
}

NormalizeResult StandardAdapter::normalize(
    const WebhookRequest &request, const EndpointConfig &endpoint) const
{
    QString why;
    const QJsonDocument doc = JsonFields::parseLossless(request.body, &why);
    if (!doc.isObject())
        return NormalizeResult::failure(why.isEmpty() ? tr("expected a JSON object") : why);
    const QJsonObject envelope = doc.object();
    const QJsonObject data = envelope.value(QLatin1String("data")).toObject();
    if (data.isEmpty())
        return NormalizeResult::failure(tr("\"data\" object missing"));

    const QString type = JsonFields::text(envelope.value(QLatin1String("type")));
    if (type.isEmpty())
        return NormalizeResult::failure(tr("\"type\" missing"));
    const qsizetype dot = type.indexOf(u'.');
    const QString object = dot < 0 ? QStringLiteral("donation") : type.left(dot).toLower();
    const QString action = dot < 0 ? type.toLower() : type.mid(dot + 1).toLower();

    DonationEvent e;
    QString statusWord;
    if (object == u"schedule") {
        e.kind = QStringLiteral("schedule");
        statusWord = action == u"created" ? QStringLiteral("scheduled") : action;
    } else if (object == u"pledge") {
        e.kind = QStringLiteral("pledge");
        statusWord = action == u"created" ? QStringLiteral("pledged") : action;
    } else if (action != u"updated") {
        statusWord = action;
    }
    if (QString error = NativeDonation::read(data, endpoint, statusWord, e); !error.isEmpty())
        return NormalizeResult::failure(error);
    e.eventName = type;
    if (e.status == DonationStatus::Unknown)
        e.providerStatus = type;
    // Standard Webhooks names the idempotency key; fall back to the event's own fields.
    const QByteArray messageId = request.header("webhook-id");
    e.dedupeKey = messageId.isEmpty()
        ? QStringLiteral("standard:%1:%2").arg(e.externalId, type)
        : QStringLiteral("standard:") + QString::fromLatin1(messageId);
    NormalizeResult result;
    result.events << e;
    return result;
}

SignedRequest StandardAdapter::sign(const QByteArray &body, const EndpointConfig &endpoint,
    const QDateTime &now, const QByteArray &messageId) const
{
    SignedRequest r = jsonRequest(body);
    r.headers << Signatures::StandardWebhooks::sign(endpoint.secret, messageId, now, body);
    return r;
}
