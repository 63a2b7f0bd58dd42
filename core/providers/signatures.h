#pragma once

#include "webhookrequest.h"

#include <QCryptographicHash>

// Signature schemes shared by several providers.
namespace Signatures {

// Compares in time that depends only on the lengths, never on where the first difference is.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

QByteArray hmacHex(
    QCryptographicHash::Algorithm algorithm, const QByteArray &key, const QByteArray &message);

// Checks a lowercase-hex HMAC of the raw body carried in `headerName` (Givecloud, Inqud).
// An empty reason means it matched.
QString checkHexHmac(const WebhookRequest &request, QByteArrayView headerName,
    QCryptographicHash::Algorithm algorithm, const QByteArray &secret, const QString &providerName);

// Standard Webhooks v1 (https://www.standardwebhooks.com).
namespace StandardWebhooks {

constexpr qint64 ToleranceSeconds = 300;

// "whsec_<base64>" -> key bytes; a secret without the prefix is used as base64 if it decodes,
// as raw bytes otherwise. Empty when the secret is empty.
QByteArray keyFromSecret(const QByteArray &secret);
QByteArray newSecret();
QByteArray signature(const QByteArray &key, const QByteArray &id, qint64 timestamp,
    const QByteArray &body); // "v1,<base64>"
// Empty reason: valid.
QString verify(const WebhookRequest &request, const QByteArray &secret, const QDateTime &now);
HeaderList sign(
    const QByteArray &secret, const QByteArray &id, const QDateTime &now, const QByteArray &body);

} // namespace StandardWebhooks

} // namespace Signatures
