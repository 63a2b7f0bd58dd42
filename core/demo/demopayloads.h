#pragma once

#include "demoplan.h"
#include "ingest/refusal.h"
#include "providers/webhookrequest.h"

#include <QTimeZone>

// Webhook requests built as each provider really sends them: the body's shape, field names,
// number and time formats, escaping (Givecloud's PHP encoder writes "\/" and "\u05e7"), and the
// headers with their signatures.
namespace DemoData {

// An endpoint of the demo organisation as stored, with what signing needs.
struct LiveEndpoint
{
    EndpointSpec spec;
    EndpointConfig config;
    QByteArray signingKey; // Standard Webhooks key bytes, from the whsec_ secret
};

// A request as the listener would have stored it.
struct BuiltRequest
{
    QByteArray target; // masked, as stored
    QString peer;
    HeaderList headers;
    QByteArray body;
};

class PayloadBuilder
{
public:
    PayloadBuilder(const Planner &planner, const QList<LiveEndpoint> &endpoints);

    // The request that carries `event` of `gift`. `serial` numbers the gift among all the demo
    // gifts ever stored in this database, so that ids never repeat across runs.
    BuiltRequest build(const Gift &gift, const Event &event, quint64 serial) const;

private:
    struct Context;
    QByteArray changeUp(const Context &c) const;
    QByteArray standard(const Context &c) const;
    QByteArray inqud(const Context &c) const;
    QByteArray givecloud(const Context &c) const;
    QByteArray nationBuilder(const Context &c) const;
    QByteArray donary(const Context &c) const;

    const Planner &m_planner;
    const QList<LiveEndpoint> &m_endpoints;
    QTimeZone m_eastern;
    QTimeZone m_toronto;
};

// Requests the listener refused, as its request log keeps them: a signature made with an old
// secret, a stale Standard Webhooks timestamp, a forgotten Inqud secret, a NationBuilder token
// that was rotated, an unknown token, a truncated body, a browser's GET. The reasons are the
// adapters' own. Gifts for the bodies are planned from `firstIndex` on, past the real ones.
QList<RefusalItem> buildRefusals(const Planner &planner, const PayloadBuilder &builder,
    const QList<LiveEndpoint> &endpoints, int count, qint64 firstIndex);

} // namespace DemoData
