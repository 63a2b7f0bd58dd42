#pragma once

#include "provideradapter.h"

// A generic signed endpoint: Standard Webhooks v1 signatures over Donation Desk's event
// envelope {"type": "donation.completed", "timestamp": ..., "data": {native donation}}.
class StandardAdapter final : public ProviderAdapter
{
public:
    QString id() const override { return QStringLiteral("standard"); }
    QString displayName() const override;
    QString shortName() const override { return QStringLiteral("Standard Webhooks"); }
    QString setupHint() const override;
    QByteArray generateSecret() const override;
    bool requiresSecret() const override { return true; }
    Verdict verify(const WebhookRequest &request, const EndpointConfig &endpoint,
        const QDateTime &now) const override;
    NormalizeResult normalize(
        const WebhookRequest &request, const EndpointConfig &endpoint) const override;
    SignedRequest sign(const QByteArray &body, const EndpointConfig &endpoint, const QDateTime &now,
        const QByteArray &messageId) const override;
};
