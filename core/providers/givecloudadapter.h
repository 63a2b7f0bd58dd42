#pragma once

#include "provideradapter.h"

// Givecloud contribution webhooks: the event in X-Givecloud-Event, the contribution object bare
// (or an array of them for a recurring batch), an optional lowercase hex HMAC-SHA1 of the body
// in X-Givecloud-Signature.
class GivecloudAdapter final : public ProviderAdapter
{
public:
    QString id() const override { return QStringLiteral("givecloud"); }
    QString displayName() const override { return QStringLiteral("Givecloud"); }
    QString setupHint() const override;
    QStringList events() const override;
    Verdict verify(const WebhookRequest &request, const EndpointConfig &endpoint,
        const QDateTime &now) const override;
    NormalizeResult normalize(
        const WebhookRequest &request, const EndpointConfig &endpoint) const override;
    SignedRequest sign(const QByteArray &body, const EndpointConfig &endpoint, const QDateTime &now,
        const QByteArray &messageId) const override;
};
