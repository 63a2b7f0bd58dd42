#pragma once

#include "domain/donationstatus.h"
#include "money/currency.h"
#include "webhookrequest.h"

#include <QJsonObject>

#include <optional>

// The answer to "may this request be stored?", given before anything is committed.
struct Verdict
{
    enum class Kind { Accept, Unauthorized, BadRequest };
    Kind kind = Kind::Accept;
    QString reason; // for the sender and the request inspector: what was wrong and what to do

    static Verdict accept() { return {}; }
    static Verdict unauthorized(const QString &why) { return {Kind::Unauthorized, why}; }
    static Verdict badRequest(const QString &why) { return {Kind::BadRequest, why}; }
    bool accepted() const { return kind == Kind::Accept; }
    int httpStatus() const
    {
        return kind == Kind::Accept ? 200 : kind == Kind::Unauthorized ? 401 : 400;
    }
};

// One thing a webhook says about one donation, schedule or pledge.
struct DonationEvent
{
    QString kind = QStringLiteral("donation"); // donation | schedule | pledge
    QString externalId; // the provider's id for it
    QString dedupeKey; // same key = same event delivered again
    QString eventName; // provider's event, for the history
    DonationStatus status = DonationStatus::Pending;
    QString providerStatus; // verbatim
    std::optional<Money> amount; // absent when the event carries none (a void)
    QString amountText; // the amount as the provider wrote it
    std::optional<Int128> refundedUnits; // in the amount's currency
    QString donorName;
    QString donorEmail;
    QString campaign;
    std::optional<bool> recurring;
    QDateTime donatedAt; // null when this event does not say
    QDateTime statusAt; // when this status happened; null: when received
    QDateTime paidAt; // when money was received, if this event says
    std::optional<int> delayReportBy; // days, already limited to 0..90
    QString parentKind; // links a schedule's first payment to it
    QString parentExternalId;
    QJsonObject details; // provider-specific facts worth keeping
    QString note; // anything adjusted while reading
};

struct NormalizeResult
{
    QList<DonationEvent> events;
    QString error; // non-empty: the request stays a dead letter with this message
    QString ignored; // non-empty: a valid event that carries no donation (supporter_updated)

    static NormalizeResult failure(const QString &why) { return {{}, why, {}}; }
    static NormalizeResult nothing(const QString &why) { return {{}, {}, why}; }
};

// Headers and body that sign a request the way the provider does.
struct SignedRequest
{
    HeaderList headers;
    QByteArray body;
};

// One webhook format. Pure functions of (request, endpoint settings): no I/O, no state, safe to
// call from any thread.
class ProviderAdapter
{
public:
    virtual ~ProviderAdapter() = default;

    virtual QString id() const = 0; // "givecloud"
    virtual QString displayName() const = 0; // "Givecloud"
    // For narrow places such as a table column: "ChangeUp" rather than the full description.
    virtual QString shortName() const { return displayName(); }
    // Where the provider's admin takes our URL and secret; shown when setting up an endpoint.
    virtual QString setupHint() const = 0;
    // Whether endpoints of this provider have a secret, and whether one is generated.
    virtual bool acceptsSecret() const { return true; }
    // Whether every request is checked against the secret, so an endpoint without one would
    // refuse everything.
    virtual bool requiresSecret() const { return false; }
    virtual QByteArray generateSecret() const;
    // Values the endpoint's `event` setting may take (empty: the setting does not apply).
    virtual QStringList events() const { return {}; }
    virtual bool needsCurrency() const { return false; }

    // Authentication and well-formedness, before the request is stored.
    virtual Verdict verify(const WebhookRequest &request, const EndpointConfig &endpoint,
        const QDateTime &now) const = 0;
    // What a stored request says about donations.
    virtual NormalizeResult normalize(
        const WebhookRequest &request, const EndpointConfig &endpoint) const = 0;
    // Signs `body` as the provider would (for test events and tests).
    virtual SignedRequest sign(const QByteArray &body, const EndpointConfig &endpoint,
        const QDateTime &now, const QByteArray &messageId) const = 0;
};

namespace Providers {

const ProviderAdapter *find(QStringView id);
QList<const ProviderAdapter *> all();
QStringList ids();

} // namespace Providers
