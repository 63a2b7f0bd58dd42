#include "providers/signatures.h"

#include <QtTest>

using namespace Signatures;

namespace {

// Standard Webhooks' published test vector.
const QByteArray VectorSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const QByteArray VectorId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
const qint64 VectorTimestamp = 1614265330;
const QByteArray VectorBody = R"({"test": 2432232314})";
const QByteArray VectorSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

// Inqud's published test vector (HMAC-SHA1, lowercase hex).
const QByteArray InqudSecret = "secret_value";
const QByteArray InqudBody = R"({"field":"value"})";
const QByteArray InqudDigest = "7e36242a10fd65cbaacd7ff288df9fd3f9e75a46";

QDateTime secs(qint64 s)
{
    return QDateTime::fromSecsSinceEpoch(s, QTimeZone::utc());
}

WebhookRequest standardRequest(const QByteArray &id, const QByteArray &timestamp,
    const QByteArray &signature, const QByteArray &body)
{
    WebhookRequest r;
    if (!id.isNull())
        r.headers << qMakePair(QByteArray("webhook-id"), id);
    if (!timestamp.isNull())
        r.headers << qMakePair(QByteArray("webhook-timestamp"), timestamp);
    if (!signature.isNull())
        r.headers << qMakePair(QByteArray("webhook-signature"), signature);
    r.body = body;
    return r;
}

} // namespace

class SignaturesTest : public QObject
{
    Q_OBJECT

private slots:
    void constantTimeEquals_data();
    void constantTimeEquals();
    void hmacHexKnownVectors();
    void checkHexHmac_data();
    void checkHexHmac();
    void checkHexHmacReasons();
    void keyFromSecret_data();
    void keyFromSecret();
    void standardSignatureVector();
    void standardVerify_data();
    void standardVerify();
    void standardSignRoundTrip();
    void newSecret();
};

void SignaturesTest::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");

    QTest::newRow("equal") << QByteArray(InqudDigest) << QByteArray(InqudDigest) << true;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("null and empty") << QByteArray() << QByteArray("") << true;
    QTest::newRow("last byte differs") << QByteArray("abcdef") << QByteArray("abcdeg") << false;
    QTest::newRow("first byte differs") << QByteArray("abcdef") << QByteArray("bbcdef") << false;
    QTest::newRow("prefix") << QByteArray("abc") << QByteArray("abcdef") << false;
    QTest::newRow("prefix, reversed") << QByteArray("abcdef") << QByteArray("abc") << false;
    QTest::newRow("one empty") << QByteArray() << QByteArray("a") << false;
    // A shorter input padded with NULs must not equal the longer one.
    QTest::newRow("trailing NUL") << QByteArray("abc", 3) << QByteArray("abc\0", 4) << false;
    QTest::newRow("embedded NUL equal") << QByteArray("a\0b", 3) << QByteArray("a\0b", 3) << true;
    QTest::newRow("embedded NUL differs")
        << QByteArray("a\0b", 3) << QByteArray("a\0c", 3) << false;
    QTest::newRow("high bytes") << QByteArray("\xff\xfe") << QByteArray("\xff\xff") << false;
    QTest::newRow("case differs") << QByteArray("ABC") << QByteArray("abc") << false;
    QTest::newRow("long equal") << QByteArray(4096, 'x') << QByteArray(4096, 'x') << true;
    QTest::newRow("long, differs at the end")
        << QByteArray(4096, 'x') << QByteArray(4095, 'x') + 'y' << false;
}

void SignaturesTest::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(Signatures::constantTimeEquals(a, b), equal);
    QCOMPARE(Signatures::constantTimeEquals(b, a), equal);
}

void SignaturesTest::hmacHexKnownVectors()
{
    QCOMPARE(hmacHex(QCryptographicHash::Sha1, InqudSecret, InqudBody), InqudDigest);
    // RFC 2202 and RFC 4231, test case 2.
    QCOMPARE(hmacHex(QCryptographicHash::Sha1, "Jefe", "what do ya want for nothing?"),
        QByteArray("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"));
    QCOMPARE(hmacHex(QCryptographicHash::Sha256, "Jefe", "what do ya want for nothing?"),
        QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
}

void SignaturesTest::checkHexHmac_data()
{
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue"); // null: header absent
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("valid");

    QTest::newRow("vector") << QByteArray("X-Payload-Digest") << InqudDigest << InqudBody << true;
    QTest::newRow("header name in another case")
        << QByteArray("x-payload-digest") << InqudDigest << InqudBody << true;
    QTest::newRow("upper-case hex")
        << QByteArray("X-Payload-Digest") << InqudDigest.toUpper() << InqudBody << true;
    QTest::newRow("padded value") << QByteArray("X-Payload-Digest") << " " + InqudDigest + " "
                                  << InqudBody << true;
    QTest::newRow("absent") << QByteArray("X-Payload-Digest") << QByteArray() << InqudBody << false;
    QTest::newRow("empty value") << QByteArray("X-Payload-Digest") << QByteArray("") << InqudBody
                                 << false;
    QTest::newRow("other header") << QByteArray("X-Signature") << InqudDigest << InqudBody << false;
    QTest::newRow("body changed by a space") << QByteArray("X-Payload-Digest") << InqudDigest
                                             << QByteArray(R"({"field": "value"})") << false;
    QTest::newRow("truncated digest")
        << QByteArray("X-Payload-Digest") << InqudDigest.left(39) << InqudBody << false;
    QTest::newRow("prefixed digest")
        << QByteArray("X-Payload-Digest") << "sha1=" + InqudDigest << InqudBody << false;
    QTest::newRow("base64 instead of hex")
        << QByteArray("X-Payload-Digest") << QByteArray::fromHex(InqudDigest).toBase64()
        << InqudBody << false;
}

void SignaturesTest::checkHexHmac()
{
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);
    QFETCH(QByteArray, body);
    QFETCH(bool, valid);

    WebhookRequest r;
    if (!headerValue.isNull())
        r.headers << qMakePair(headerName, headerValue);
    r.body = body;
    const QString why = Signatures::checkHexHmac(
        r, "X-Payload-Digest", QCryptographicHash::Sha1, InqudSecret, QStringLiteral("Inqud"));
    QCOMPARE(why.isEmpty(), valid);
}

void SignaturesTest::checkHexHmacReasons()
{
    WebhookRequest r;
    r.body = InqudBody;
    // Missing: names the provider, algorithm and header, and what to do.
    QString why = Signatures::checkHexHmac(
        r, "X-Givecloud-Signature", QCryptographicHash::Sha1, "k", QStringLiteral("Givecloud"));
    QVERIFY2(why.startsWith(u"signature missing"), qPrintable(why));
    for (const char *fragment : {"Givecloud", "HMAC-SHA1", "X-Givecloud-Signature", "secret"})
        QVERIFY2(why.contains(QLatin1String(fragment)), qPrintable(why));

    // Mismatch: names the algorithm and the header.
    r.headers << qMakePair(QByteArray("X-Givecloud-Signature"), QByteArray("00"));
    why = Signatures::checkHexHmac(
        r, "X-Givecloud-Signature", QCryptographicHash::Sha1, "k", QStringLiteral("Givecloud"));
    QVERIFY2(why.startsWith(u"signature mismatch"), qPrintable(why));
    QVERIFY2(why.contains(u"HMAC-SHA1"), qPrintable(why));
    QVERIFY2(why.contains(u"X-Givecloud-Signature"), qPrintable(why));

    why = Signatures::checkHexHmac(
        r, "X-Givecloud-Signature", QCryptographicHash::Sha256, "k", QStringLiteral("Givecloud"));
    QVERIFY2(why.contains(u"HMAC-SHA256"), qPrintable(why));
}

void SignaturesTest::keyFromSecret_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("key");

    const QByteArray vectorKey = QByteArray::fromBase64("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    QTest::newRow("whsec_ prefix") << VectorSecret << vectorKey;
    QTest::newRow("no prefix, base64")
        << QByteArray("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") << vectorKey;
    QTest::newRow("padded") << " " + VectorSecret + "\n" << vectorKey;
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("prefix only") << QByteArray("whsec_") << QByteArray();
    QTest::newRow("not base64: raw bytes")
        << QByteArray("not base64!") << QByteArray("not base64!");
    QTest::newRow("prefix, not base64") << QByteArray("whsec_p@ss word") << QByteArray("p@ss word");
}

void SignaturesTest::keyFromSecret()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, key);
    QCOMPARE(StandardWebhooks::keyFromSecret(secret), key);
}

void SignaturesTest::standardSignatureVector()
{
    const QByteArray key = StandardWebhooks::keyFromSecret(VectorSecret);
    QCOMPARE(
        StandardWebhooks::signature(key, VectorId, VectorTimestamp, VectorBody), VectorSignature);
}

void SignaturesTest::standardVerify_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<QByteArray>("timestamp");
    QTest::addColumn<QByteArray>("signatures");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QString>("reason"); // empty: valid; else a fragment of the reason

    const QByteArray ts = QByteArray::number(VectorTimestamp);
    const qint64 now = VectorTimestamp;
    const QByteArray other = "v1,Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmE=";

    QTest::newRow("vector") << VectorId << ts << VectorSignature << VectorBody << VectorSecret
                            << now << "";
    // Any entry may match: secret rotation sends old and new side by side.
    QTest::newRow("rotation, match second") << VectorId << ts << other + ' ' + VectorSignature
                                            << VectorBody << VectorSecret << now << "";
    QTest::newRow("rotation, match first") << VectorId << ts << VectorSignature + ' ' + other
                                           << VectorBody << VectorSecret << now << "";
    QTest::newRow("rotation, extra spaces") << VectorId << ts << other + "   " + VectorSignature
                                            << VectorBody << VectorSecret << now << "";
    QTest::newRow("tolerance edge, old")
        << VectorId << ts << VectorSignature << VectorBody << VectorSecret << now + 300 << "";
    QTest::newRow("tolerance edge, future")
        << VectorId << ts << VectorSignature << VectorBody << VectorSecret << now - 300 << "";
    QTest::newRow("stale") << VectorId << ts << VectorSignature << VectorBody << VectorSecret
                           << now + 301 << "stale timestamp";
    QTest::newRow("from the future") << VectorId << ts << VectorSignature << VectorBody
                                     << VectorSecret << now - 301 << "stale timestamp";
    QTest::newRow("a day old") << VectorId << ts << VectorSignature << VectorBody << VectorSecret
                               << now + 86400 << "86400 seconds";
    QTest::newRow("non-numeric timestamp")
        << VectorId << QByteArray("yesterday") << VectorSignature << VectorBody << VectorSecret
        << now << "is not a Unix time in seconds";
    QTest::newRow("timestamp in milliseconds: stale")
        << VectorId << ts + "000" << VectorSignature << VectorBody << VectorSecret << now
        << "stale timestamp";
    QTest::newRow("fractional timestamp") << VectorId << ts + ".5" << VectorSignature << VectorBody
                                          << VectorSecret << now << "is not a Unix time";
    // Extreme values must be refused without overflowing.
    QTest::newRow("minimum timestamp")
        << VectorId << QByteArray("-9223372036854775808") << VectorSignature << VectorBody
        << VectorSecret << now << "stale timestamp";
    QTest::newRow("maximum timestamp")
        << VectorId << QByteArray("9223372036854775807") << VectorSignature << VectorBody
        << VectorSecret << now << "stale timestamp";
    QTest::newRow("missing id") << QByteArray() << ts << VectorSignature << VectorBody
                                << VectorSecret << now << "signature missing";
    QTest::newRow("missing timestamp") << VectorId << QByteArray() << VectorSignature << VectorBody
                                       << VectorSecret << now << "signature missing";
    QTest::newRow("missing signature") << VectorId << ts << QByteArray() << VectorBody
                                       << VectorSecret << now << "signature missing";
    QTest::newRow("empty signature") << VectorId << ts << QByteArray("") << VectorBody
                                     << VectorSecret << now << "signature missing";
    QTest::newRow("wrong secret") << VectorId << ts << VectorSignature << VectorBody
                                  << QByteArray("whsec_c2VjcmV0") << now << "signature mismatch";
    QTest::newRow("body re-serialised")
        << VectorId << ts << VectorSignature << QByteArray(R"({"test":2432232314})") << VectorSecret
        << now << "signature mismatch";
    QTest::newRow("other id") << QByteArray("msg_other") << ts << VectorSignature << VectorBody
                              << VectorSecret << now << "signature mismatch";
    QTest::newRow("other timestamp, within tolerance")
        << VectorId << QByteArray::number(VectorTimestamp + 1) << VectorSignature << VectorBody
        << VectorSecret << now << "signature mismatch";
    QTest::newRow("v2 prefix") << VectorId << ts << "v2," + VectorSignature.mid(3) << VectorBody
                               << VectorSecret << now << "signature mismatch";
    QTest::newRow("only bad entries") << VectorId << ts << other + ' ' + other << VectorBody
                                      << VectorSecret << now << "signature mismatch";
    QTest::newRow("signature without version")
        << VectorId << ts << VectorSignature.mid(3) << VectorBody << VectorSecret << now
        << "signature mismatch";
}

void SignaturesTest::standardVerify()
{
    QFETCH(QByteArray, id);
    QFETCH(QByteArray, timestamp);
    QFETCH(QByteArray, signatures);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, secret);
    QFETCH(qint64, now);
    QFETCH(QString, reason);

    const WebhookRequest r = standardRequest(id, timestamp, signatures, body);
    const QString why = StandardWebhooks::verify(r, secret, secs(now));
    if (reason.isEmpty())
        QVERIFY2(why.isEmpty(), qPrintable(why));
    else
        QVERIFY2(why.contains(reason), qPrintable(why));
}

void SignaturesTest::standardSignRoundTrip()
{
    const QDateTime now = secs(1733054400);
    const QByteArray body =
        R"({"type":"donation.completed","data":{"amount":"12.345678901234567891"}})";
    const HeaderList headers = StandardWebhooks::sign(VectorSecret, "msg_round_trip", now, body);
    QCOMPARE(headers.size(), 3);
    QCOMPARE(headers.at(0), qMakePair(QByteArray("webhook-id"), QByteArray("msg_round_trip")));
    QCOMPARE(headers.at(1), qMakePair(QByteArray("webhook-timestamp"), QByteArray("1733054400")));
    QVERIFY(headers.at(2).second.startsWith("v1,"));

    WebhookRequest r;
    r.headers = headers;
    r.body = body;
    QCOMPARE(StandardWebhooks::verify(r, VectorSecret, now), QString());
    // The published vector, produced by sign() too.
    const HeaderList vector =
        StandardWebhooks::sign(VectorSecret, VectorId, secs(VectorTimestamp), VectorBody);
    QCOMPARE(vector.at(2).second, VectorSignature);
}

void SignaturesTest::newSecret()
{
    const QByteArray a = StandardWebhooks::newSecret();
    const QByteArray b = StandardWebhooks::newSecret();
    QVERIFY(a.startsWith("whsec_"));
    QVERIFY(a != b);
    const auto decoded =
        QByteArray::fromBase64Encoding(a.mid(6), QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QCOMPARE(decoded.decoded.size(), 24);
    QCOMPARE(StandardWebhooks::keyFromSecret(a), decoded.decoded);
}

QTEST_APPLESS_MAIN(SignaturesTest)
#include "tst_signatures.moc"
