#pragma once

#include "provideradapter.h"

// Inqud crypto widget "Checkout webhook": the checkout object on every status change, signed
// (when a secret is set) with a lowercase hex HMAC-SHA1 of the raw body in X-Payload-Digest.
class InqudAdapter final : public ProviderAdapter
{
public:
    QString id() const override { return QStringLiteral("inqud"); }
    QString displayName() const override { return QStringLiteral("Inqud"); }
    QString setupHint() const override;
    Verdict verify(const WebhookRequest &request, const EndpointConfig &endpoint,
        const QDateTime &now) const override;
    NormalizeResult normalize(
        const WebhookRequest &request, const EndpointConfig &endpoint) const override;
    SignedRequest sign(const QByteArray &body, const EndpointConfig &endpoint, const QDateTime &now,
        const QByteArray &messageId) const override;

    static DonationStatus statusFromInqud(QStringView status);
};
