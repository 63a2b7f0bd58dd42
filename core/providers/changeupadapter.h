#pragma once

#include "provideradapter.h"

// Per-widget post-checkout webhook in the style of ChangeUp DMS, Donation Desk's native format.
// The URL is the secret; with a signing secret the request must also carry a Standard Webhooks
// signature.
class ChangeUpAdapter final : public ProviderAdapter
{
public:
    QString id() const override { return QStringLiteral("changeup"); }
    QString displayName() const override;
    QString shortName() const override { return QStringLiteral("ChangeUp"); }
    QString setupHint() const override;
    QByteArray generateSecret() const override { return {}; }
    Verdict verify(const WebhookRequest &request, const EndpointConfig &endpoint,
        const QDateTime &now) const override;
    NormalizeResult normalize(
        const WebhookRequest &request, const EndpointConfig &endpoint) const override;
    SignedRequest sign(const QByteArray &body, const EndpointConfig &endpoint, const QDateTime &now,
        const QByteArray &messageId) const override;
};
