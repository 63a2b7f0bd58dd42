#include "adaptertest.h"

#include "providers/signatures.h"

using namespace AdapterTest;

namespace {

// Standard Webhooks' published test vector.
const QByteArray VectorSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const QByteArray VectorId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
const qint64 VectorTimestamp = 1614265330;
const QByteArray VectorBody = R"({"test": 2432232314})";
const QByteArray VectorSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

QByteArray fixture(const char *name)
{
    return TestData::read(QStringLiteral("providers/standard/") + QLatin1String(name));
}

EndpointConfig signedEndpoint(const QByteArray &secret = VectorSecret)
{
    return endpoint(QStringLiteral("standard"), secret);
}

QDateTime vectorTime(qint64 offset = 0)
{
    return QDateTime::fromSecsSinceEpoch(VectorTimestamp + offset, QTimeZone::utc());
}

HeaderList vectorHeaders(const QByteArray &signature = VectorSignature,
    const QByteArray &timestamp = QByteArray::number(VectorTimestamp))
{
    return {{"content-type", "application/json"}, {"webhook-id", VectorId},
        {"webhook-timestamp", timestamp}, {"webhook-signature", signature}};
}

// An envelope of the given type around a small native donation.
QByteArray envelope(const QByteArray &type, const QByteArray &extra = {})
{
    QByteArray data = R"({"transactionId": "std-9", "amount": "5.00", "currency": "EUR",)"
                      R"( "transactionOrderDate": "2024-05-25T10:00:00Z")";
    if (!extra.isEmpty())
        data += ", " + extra;
    return "{\"type\": \"" + type + "\", \"timestamp\": \"2024-05-25T10:00:01Z\", \"data\": " + data
        + "}}";
}

} // namespace

class StandardAdapterTest : public QObject
{
    Q_OBJECT

private:
    const ProviderAdapter &standard = adapter("standard");

private slots:
    void identity();
    void verifyTestVector_data();
    void verifyTestVector();
    void verifyEnvelope_data();
    void verifyEnvelope();
    void verifyWithoutSecret();
    void signRoundTrip();
    void donationCompleted();
    void types_data();
    void types();
    void schedulesAndPledges_data();
    void schedulesAndPledges();
    void dedupeKeys();
    void failures_data();
    void failures();
};

void StandardAdapterTest::identity()
{
    QCOMPARE(standard.id(), QStringLiteral("standard"));
    QVERIFY(standard.acceptsSecret());
    const QByteArray secret = standard.generateSecret();
    QVERIFY(secret.startsWith("whsec_"));
    QCOMPARE(Signatures::StandardWebhooks::keyFromSecret(secret).size(), 24);
    QVERIFY(secret != standard.generateSecret());
    QVERIFY(standard.setupHint().contains(u"webhook-signature"));
}

void StandardAdapterTest::verifyTestVector_data()
{
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QByteArray>("timestamp");
    QTest::addColumn<qint64>("clock"); // seconds after the vector's timestamp
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("reason");

    const QByteArray ts = QByteArray::number(VectorTimestamp);
    const QByteArray other = "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=";
    // The vector's signature checks out; its body is not an envelope, so it is refused as such.
    QTest::newRow("vector") << VectorSignature << ts << qint64(0) << "badrequest"
                            << "expected {\"type\": ..., \"data\": {...}}";
    QTest::newRow("rotation: second entry matches")
        << other + ' ' + VectorSignature << ts << qint64(0) << "badrequest"
        << "";
    QTest::newRow("rotation: first entry matches")
        << VectorSignature + ' ' + other << ts << qint64(0) << "badrequest"
        << "";
    QTest::newRow("300 s late") << VectorSignature << ts << qint64(300) << "badrequest"
                                << "";
    QTest::newRow("300 s early") << VectorSignature << ts << qint64(-300) << "badrequest"
                                 << "";
    QTest::newRow("301 s late")
        << VectorSignature << ts << qint64(301) << "unauthorized"
        << "stale timestamp: webhook-timestamp is -301 seconds from our clock";
    QTest::newRow("301 s early") << VectorSignature << ts << qint64(-301) << "unauthorized"
                                 << "stale timestamp: webhook-timestamp is 301 seconds";
    QTest::newRow("non-numeric timestamp")
        << VectorSignature << QByteArray("2021-02-25T15:02:10Z") << qint64(0) << "unauthorized"
        << "webhook-timestamp \"2021-02-25T15:02:10Z\" is not a Unix time in seconds";
    QTest::newRow("no matching entry") << other << ts << qint64(0) << "unauthorized"
                                       << "signature mismatch";
    QTest::newRow("entries without version")
        << VectorSignature.mid(3) << ts << qint64(0) << "unauthorized"
        << "no entry matched";
}

void StandardAdapterTest::verifyTestVector()
{
    QFETCH(QByteArray, signature);
    QFETCH(QByteArray, timestamp);
    QFETCH(qint64, clock);
    QFETCH(QString, verdict);
    QFETCH(QString, reason);

    const Verdict v = standard.verify(request(VectorBody, vectorHeaders(signature, timestamp)),
        signedEndpoint(), vectorTime(clock));
    QCOMPARE(kind(v), verdict);
    QVERIFY2(v.reason.contains(reason), qPrintable(v.reason));
}

void StandardAdapterTest::verifyEnvelope_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>(
        "tamper"); // 0 none, 1 drop signature, 2 drop id, 3 drop timestamp, 4 other secret
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("reason");

    const QByteArray good = fixture("donation-completed.json");
    QTest::newRow("signed envelope") << good << 0 << "accept"
                                     << "";
    QTest::newRow("signed schedule") << fixture("schedule-created.json") << 0 << "accept"
                                     << "";
    QTest::newRow("no webhook-signature") << good << 1 << "unauthorized"
                                          << "signature missing";
    QTest::newRow("no webhook-id") << good << 2 << "unauthorized"
                                   << "signature missing";
    QTest::newRow("no webhook-timestamp") << good << 3 << "unauthorized"
                                          << "signature missing";
    QTest::newRow("signed with another secret") << good << 4 << "unauthorized"
                                                << "signature mismatch";
    QTest::newRow("malformed JSON")
        << QByteArray(R"({"type": "donation.completed", "data": {)") << 0 << "badrequest"
        << "malformed body";
    QTest::newRow("array") << QByteArray(R"([{"type": "donation.completed", "data": {}}])") << 0
                           << "badrequest"
                           << "expected a JSON object";
    QTest::newRow("data is an array")
        << QByteArray(R"({"type": "donation.completed", "data": [{}]})") << 0 << "badrequest"
        << "\"data\"";
    QTest::newRow("data is a string")
        << QByteArray(R"({"type": "donation.completed", "data": "{}"})") << 0 << "badrequest"
        << "\"data\"";
    QTest::newRow("no data") << QByteArray(R"({"type": "donation.completed"})") << 0 << "badrequest"
                             << "\"data\"";
}

void StandardAdapterTest::verifyEnvelope()
{
    QFETCH(QByteArray, body);
    QFETCH(int, tamper);
    QFETCH(QString, verdict);
    QFETCH(QString, reason);

    const EndpointConfig ep = signedEndpoint();
    const QByteArray secret = tamper == 4 ? Signatures::StandardWebhooks::newSecret() : ep.secret;
    SignedRequest s = standard.sign(
        body, endpoint(QStringLiteral("standard"), secret), receivedAt(), "msg_2Lq9Xc8v");
    if (tamper == 1)
        s.headers = without(s.headers, "webhook-signature");
    else if (tamper == 2)
        s.headers = without(s.headers, "webhook-id");
    else if (tamper == 3)
        s.headers = without(s.headers, "webhook-timestamp");
    const Verdict v = standard.verify(request(s), ep, receivedAt());
    QCOMPARE(kind(v), verdict);
    QVERIFY2(v.reason.contains(reason), qPrintable(v.reason));
}

void StandardAdapterTest::verifyWithoutSecret()
{
    // Nothing to check the signature with: refused, with what to do.
    const SignedRequest s =
        standard.sign(fixture("donation-completed.json"), signedEndpoint(), receivedAt(), "msg_1");
    const Verdict v = standard.verify(request(s), signedEndpoint({}), receivedAt());
    QCOMPARE(kind(v), QStringLiteral("unauthorized"));
    QCOMPARE(v.httpStatus(), 401);
    QVERIFY2(v.reason.contains(u"no signing secret"), qPrintable(v.reason));
}

void StandardAdapterTest::signRoundTrip()
{
    const QByteArray secret = standard.generateSecret();
    const EndpointConfig ep = signedEndpoint(secret);
    for (const char *name : {"donation-completed.json", "schedule-created.json",
             "schedule-canceled.json", "pledge-created.json"}) {
        const QByteArray body = fixture(name);
        const QByteArray id = "msg_" + QByteArray(name);
        const SignedRequest s = standard.sign(body, ep, receivedAt(), id);
        QCOMPARE(s.body, body);
        QCOMPARE(headerValue(s.headers, "webhook-id"), id);
        const Verdict v = standard.verify(request(s), ep, receivedAt());
        QVERIFY2(v.accepted(), qPrintable(QLatin1String(name) + u": " + v.reason));
        const NormalizeResult r = standard.normalize(request(s), ep);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.events.size(), 1);
    }
    // The vector, reproduced by sign().
    const SignedRequest vector =
        standard.sign(VectorBody, signedEndpoint(), vectorTime(), VectorId);
    QCOMPARE(headerValue(vector.headers, "webhook-signature"), VectorSignature);
    QCOMPARE(headerValue(vector.headers, "webhook-timestamp"), QByteArray::number(VectorTimestamp));
}

void StandardAdapterTest::donationCompleted()
{
    const SignedRequest s = standard.sign(
        fixture("donation-completed.json"), signedEndpoint(), receivedAt(), "msg_2Lq9Xc8v");
    DD_NORMALIZE_ONE(e, standard, request(s), signedEndpoint());
    QCOMPARE(e.kind, QStringLiteral("donation"));
    QCOMPARE(e.externalId, QStringLiteral("std-001"));
    QCOMPARE(e.eventName, QStringLiteral("donation.completed"));
    QCOMPARE(status(e.status), QStringLiteral("paid"));
    QCOMPARE(e.providerStatus, QStringLiteral("completed"));
    QCOMPARE(money(e.amount), QStringLiteral("USD 9999"));
    QCOMPARE(utc(e.donatedAt), QStringLiteral("2024-05-25T11:59:00Z"));
    QCOMPARE(utc(e.paidAt), QStringLiteral("2024-05-25T11:59:00Z"));
    QCOMPARE(e.donorName, QStringLiteral("Ngozi Adichie-\u1ecckaf\u1ecd"));
    QCOMPARE(e.donorEmail, QStringLiteral("ngozi@example.ng"));
    QCOMPARE(e.campaign, QStringLiteral("Clean water"));
    // webhook-id is the idempotency key.
    QCOMPARE(e.dedupeKey, QStringLiteral("standard:msg_2Lq9Xc8v"));
}

void StandardAdapterTest::types_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("providerStatus");

    QTest::newRow("completed") << QByteArray("donation.completed") << QByteArray() << "paid"
                               << "completed";
    QTest::newRow("type beats data status")
        << QByteArray("donation.refunded") << QByteArray(R"("status": "completed")") << "refunded"
        << "refunded";
    QTest::newRow("partial refund")
        << QByteArray("donation.refunded") << QByteArray(R"("refundedAmount": "1.25")")
        << "partially_refunded"
        << "refunded";
    QTest::newRow("cancelled") << QByteArray("donation.cancelled") << QByteArray() << "canceled"
                               << "cancelled";
    QTest::newRow("failed") << QByteArray("donation.failed") << QByteArray() << "failed"
                            << "failed";
    // "updated" says nothing: the donation's own status is used.
    QTest::newRow("updated, pending")
        << QByteArray("donation.updated") << QByteArray(R"("status": "pending")") << "pending"
        << "pending";
    QTest::newRow("updated, no status: completed")
        << QByteArray("donation.updated") << QByteArray() << "paid"
        << "completed";
    QTest::newRow("no dot") << QByteArray("refunded") << QByteArray() << "refunded"
                            << "refunded";
    QTest::newRow("upper case") << QByteArray("Donation.Completed") << QByteArray() << "paid"
                                << "completed";
    // Unknown: kept verbatim (the whole type, which is what was sent).
    QTest::newRow("unknown action") << QByteArray("donation.disputed") << QByteArray() << "unknown"
                                    << "donation.disputed";
    QTest::newRow("unknown object and action")
        << QByteArray("gift.wrapped") << QByteArray() << "unknown"
        << "gift.wrapped";
}

void StandardAdapterTest::types()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, extra);
    QFETCH(QString, status);
    QFETCH(QString, providerStatus);

    DD_NORMALIZE_ONE(e, standard, request(envelope(type, extra)), signedEndpoint());
    QCOMPARE(e.kind, QStringLiteral("donation"));
    QCOMPARE(AdapterTest::status(e.status), status);
    QCOMPARE(e.providerStatus, providerStatus);
    QCOMPARE(e.eventName, QString::fromLatin1(type));
    QCOMPARE(money(e.amount), QStringLiteral("EUR 500"));
}

void StandardAdapterTest::schedulesAndPledges_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("donatedAt");
    QTest::addColumn<QString>("statusAt");

    QTest::newRow("schedule created") << "schedule-created.json"
                                      << "schedule"
                                      << "scheduled"
                                      << "USD 60000"
                                      << "2024-06-01T00:00:00Z"
                                      << "null";
    QTest::newRow("schedule canceled") << "schedule-canceled.json"
                                       << "schedule"
                                       << "canceled"
                                       << "USD 60000"
                                       << "2024-06-01T00:00:00Z"
                                       << "2024-07-01T00:00:00Z";
    QTest::newRow("pledge created") << "pledge-created.json"
                                    << "pledge"
                                    << "pledged"
                                    << "ILS 1000000"
                                    << "2024-06-01T06:00:00Z"
                                    << "null";
}

void StandardAdapterTest::schedulesAndPledges()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(QString, status);
    QFETCH(QString, amount);
    QFETCH(QString, donatedAt);
    QFETCH(QString, statusAt);

    DD_NORMALIZE_ONE(e, standard,
        request(TestData::read(QStringLiteral("providers/standard/") + file)), signedEndpoint());
    QCOMPARE(e.kind, kind);
    QCOMPARE(AdapterTest::status(e.status), status);
    QCOMPARE(money(e.amount), amount);
    QCOMPARE(utc(e.donatedAt), donatedAt);
    QCOMPARE(utc(e.statusAt), statusAt);
    // A schedule or pledge, even canceled, never received money itself.
    QCOMPARE(utc(e.paidAt), QStringLiteral("null"));
}

void StandardAdapterTest::dedupeKeys()
{
    const EndpointConfig ep = signedEndpoint();
    auto key = [&](const QByteArray &body, const QByteArray &id) -> QString {
        HeaderList headers {{"content-type", "application/json"}};
        if (!id.isEmpty())
            headers << qMakePair(QByteArray("webhook-id"), id);
        const NormalizeResult r = standard.normalize(request(body, headers), ep);
        return r.events.size() == 1 ? r.events.first().dedupeKey
                                    : QStringLiteral("error: ") + r.error;
    };
    const QByteArray completed = envelope("donation.completed");
    const QByteArray refunded = envelope("donation.refunded");
    // The same message delivered twice.
    QCOMPARE(key(completed, "msg_a"), key(completed, "msg_a"));
    QCOMPARE(key(completed, "msg_a"), QStringLiteral("standard:msg_a"));
    QVERIFY(key(completed, "msg_a") != key(refunded, "msg_b"));
    // Without webhook-id: the donation and the event type.
    QCOMPARE(key(completed, {}), QStringLiteral("standard:std-9:donation.completed"));
    QCOMPARE(key(completed, {}), key(completed, {}));
    QVERIFY(key(completed, {}) != key(refunded, {}));
}

void StandardAdapterTest::failures_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");

    QTest::newRow("no type") << QByteArray(R"({"data": {"transactionId": "x"}})")
                             << "\"type\" missing";
    QTest::newRow("empty type") << QByteArray(R"({"type": "", "data": {"transactionId": "x"}})")
                                << "\"type\" missing";
    QTest::newRow("no data") << QByteArray(R"({"type": "donation.completed"})")
                             << "\"data\" object missing";
    QTest::newRow("empty data") << QByteArray(R"({"type": "donation.completed", "data": {}})")
                                << "\"data\" object missing";
    QTest::newRow("data fields missing")
        << QByteArray(R"({"type": "donation.completed", "data": {"amount": 5}})")
        << "required field(s) missing: transactionId, currency, transactionOrderDate";
    QTest::newRow("amount too precise")
        << envelope("donation.completed").replace("\"5.00\"", "\"5.001\"") << "amount: 5.001 EUR";
    QTest::newRow("array") << QByteArray("[]") << "expected a JSON object";
    QTest::newRow("not JSON") << QByteArray("type=donation.completed") << "invalid JSON at byte";
}

void StandardAdapterTest::failures()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const QByteArray expected = error.toUtf8();
    DD_EXPECT_FAILURE(standard, request(body), signedEndpoint(), expected.constData());
}

QTEST_GUILESS_MAIN(StandardAdapterTest)
#include "tst_standardadapter.moc"
