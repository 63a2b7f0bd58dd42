#include "signatures.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QtNumeric>

#include <limits>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Signatures", text);
}
} // namespace

namespace Signatures {

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    // Walk the longer input in full; the length check goes into the same accumulator.
    const qsizetype n = qMax(a.size(), b.size());
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
        const unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
        diff |= x ^ y;
    }
    return diff == 0;
}

QByteArray hmacHex(
    QCryptographicHash::Algorithm algorithm, const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, algorithm).toHex();
}

QString checkHexHmac(const WebhookRequest &request, QByteArrayView headerName,
    QCryptographicHash::Algorithm algorithm, const QByteArray &secret, const QString &providerName)
{
    const QString header = QString::fromLatin1(headerName);
    const QString algo = algorithm == QCryptographicHash::Sha1 ? QStringLiteral("HMAC-SHA1")
                                                               : QStringLiteral("HMAC-SHA256");
    if (!request.hasHeader(headerName)) {
        return tr("signature missing: %1 signs with %2 hex of the raw body in %3, and this "
                  "endpoint has a secret, but the header was absent. Set the same secret in %1, "
                  "or clear it here.")
            .arg(providerName, algo, header);
    }
    const QByteArray given = request.header(headerName).toLower();
    const QByteArray expected = hmacHex(algorithm, secret, request.body);
    if (!constantTimeEquals(given, expected)) {
        return tr("signature mismatch: expected %1 hex of the raw body in %2; the header was "
                  "present but did not match the endpoint's secret")
            .arg(algo, header);
    }
    return {};
}

namespace StandardWebhooks {

QByteArray keyFromSecret(const QByteArray &secret)
{
    QByteArray s = secret.trimmed();
    if (s.startsWith("whsec_"))
        s = s.mid(6);
    if (s.isEmpty())
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(s, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded && !decoded.decoded.isEmpty())
        return decoded.decoded;
    return s;
}

QByteArray newSecret()
{
    QByteArray key(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
    return "whsec_" + key.toBase64();
}

QByteArray signature(
    const QByteArray &key, const QByteArray &id, qint64 timestamp, const QByteArray &body)
{
    const QByteArray signedContent = id + '.' + QByteArray::number(timestamp) + '.' + body;
    return "v1,"
        + QMessageAuthenticationCode::hash(signedContent, key, QCryptographicHash::Sha256)
              .toBase64();
}

QString verify(const WebhookRequest &request, const QByteArray &secret, const QDateTime &now)
{
    const QByteArray id = request.header("webhook-id");
    const QByteArray ts = request.header("webhook-timestamp");
    const QByteArray sigs = request.header("webhook-signature");
    if (id.isEmpty() || ts.isEmpty() || sigs.isEmpty()) {
        return tr("signature missing: this endpoint has a signing secret, so requests must carry "
                  "the Standard Webhooks headers webhook-id, webhook-timestamp and "
                  "webhook-signature");
    }
    bool ok = false;
    const qint64 timestamp = ts.toLongLong(&ok);
    if (!ok)
        return tr("webhook-timestamp \"%1\" is not a Unix time in seconds")
            .arg(QString::fromLatin1(ts));
    // The timestamp is the sender's: an extreme value must not overflow the subtraction.
    qint64 skew = 0;
    if (qSubOverflow(timestamp, now.toSecsSinceEpoch(), &skew))
        skew =
            timestamp < 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
    if (skew > ToleranceSeconds || skew < -ToleranceSeconds) {
        return tr("stale timestamp: webhook-timestamp is %1 seconds from our clock; the limit "
                  "is %2. Check the sender's clock, or that it is not replaying an old request.")
            .arg(skew)
            .arg(ToleranceSeconds);
    }
    const QByteArray expected = signature(keyFromSecret(secret), id, timestamp, request.body);
    bool matched = false;
    for (const QByteArray &candidate : sigs.split(' ')) {
        // Check every entry so the time taken does not say which one matched.
        if (constantTimeEquals(candidate.trimmed(), expected))
            matched = true;
    }
    if (!matched) {
        return tr("signature mismatch: expected HMAC-SHA256 base64 of "
                  "\"webhook-id.webhook-timestamp.body\" in webhook-signature (v1,...), keyed "
                  "with the endpoint's whsec_ secret; no entry matched");
    }
    return {};
}

HeaderList sign(
    const QByteArray &secret, const QByteArray &id, const QDateTime &now, const QByteArray &body)
{
    const qint64 ts = now.toSecsSinceEpoch();
    return {{"webhook-id", id}, {"webhook-timestamp", QByteArray::number(ts)},
        {"webhook-signature", signature(keyFromSecret(secret), id, ts, body)}};
}

} // namespace StandardWebhooks

} // namespace Signatures
