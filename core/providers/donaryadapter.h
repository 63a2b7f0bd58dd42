#pragma once

#include "provideradapter.h"

// Donary enterprise webhooks: schedule created, payment (charge), payment status update (void)
// and pledge. Anonymous POSTs: the secret URL (and an optional address allow-list) is the only
// protection. Told apart by their fields; keys are matched without regard to case.
class DonaryAdapter final : public ProviderAdapter
{
public:
    QString id() const override { return QStringLiteral("donary"); }
    QString displayName() const override { return QStringLiteral("Donary"); }
    QString setupHint() const override;
    bool acceptsSecret() const override { return false; }
    QByteArray generateSecret() const override { return {}; }
    QStringList events() const override;
    Verdict verify(const WebhookRequest &request, const EndpointConfig &endpoint,
        const QDateTime &now) const override;
    NormalizeResult normalize(
        const WebhookRequest &request, const EndpointConfig &endpoint) const override;
    SignedRequest sign(const QByteArray &body, const EndpointConfig &endpoint, const QDateTime &now,
        const QByteArray &messageId) const override;

    static DonationStatus statusFromDonary(QStringView paymentStatus);
};
