#pragma once

#include "providers/webhookrequest.h"

// A refused request, as the request log keeps it: refused by the connection guard (framing,
// limits, timeouts) or by the listener (token, signature, method, malformed body).
struct RefusalItem
{
    qint64 endpointId = 0; // 0: not known (bad token, refused before routing)
    int httpStatus = 0;
    QString category; // token, signature, malformed, method, size, headers, framing, ...
    QString reason;
    WebhookRequest request; // body cut to what is worth keeping
    qint64 bodySize = 0; // as sent, or as declared when the body was never read
    int suppressedBefore = 0; // refusals not logged since the previous one (rate limit)
};

// A request target as stored and logged: the endpoint token is a secret, so only its first
// characters remain ("/hooks/3q2Y...").
QByteArray maskTarget(const QByteArray &target);
