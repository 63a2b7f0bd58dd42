#pragma once

#include "provideradapter.h"

// NationBuilder donation succeeded / changed / canceled webhooks, current (v4) and legacy (v2)
// payloads. The nation's shared secret arrives as "token" in the JSON; there is no event name
// and no currency in the body, so both can be endpoint settings.
class NationBuilderAdapter final : public ProviderAdapter
{
public:
    QString id() const override { return QStringLiteral("nationbuilder"); }
    QString displayName() const override { return QStringLiteral("NationBuilder"); }
    QString setupHint() const override;
    QStringList events() const override;
    bool needsCurrency() const override { return true; }
    // The token is NationBuilder's to choose: it is copied from there, never generated here.
    QByteArray generateSecret() const override { return {}; }
    Verdict verify(const WebhookRequest &request, const EndpointConfig &endpoint,
        const QDateTime &now) const override;
    NormalizeResult normalize(
        const WebhookRequest &request, const EndpointConfig &endpoint) const override;
    SignedRequest sign(const QByteArray &body, const EndpointConfig &endpoint, const QDateTime &now,
        const QByteArray &messageId) const override;
};
