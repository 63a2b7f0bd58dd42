#include "adaptertest.h"

#include "providers/inqudadapter.h"
#include "providers/signatures.h"

using namespace AdapterTest;

namespace {

// Inqud's published test vector.
const QByteArray VectorSecret = "secret_value";
const QByteArray VectorBody = R"({"field":"value"})";
const QByteArray VectorDigest = "7e36242a10fd65cbaacd7ff288df9fd3f9e75a46";

QByteArray fixture(const char *name)
{
    return TestData::read(QStringLiteral("providers/inqud/") + QLatin1String(name));
}

HeaderList digestHeader(const QByteArray &digest)
{
    return {{"Content-Type", "application/json"}, {"X-Payload-Digest", digest}};
}

EndpointConfig inqudEndpoint(const QByteArray &secret = {}, const QString &currency = {})
{
    return endpoint(QStringLiteral("inqud"), secret, currency);
}

// A checkout with the given fields after the id and status.
QByteArray checkout(const QByteArray &status, const QByteArray &fields = {})
{
    QByteArray body =
        "{\"id\": \"CCO-11111111-2222-4333-8444-555555555555\", \"status\": \"" + status + '"';
    if (!fields.isEmpty())
        body += ", " + fields;
    return body + '}';
}

} // namespace

class InqudAdapterTest : public QObject
{
    Q_OBJECT

private:
    const ProviderAdapter &inqud = adapter("inqud");

private slots:
    void identity();
    void verify_data();
    void verify();
    void verifyReasons();
    void signRoundTrip();
    void statusFromInqud_data();
    void statusFromInqud();
    void completedFixedPrice();
    void fixtures_data();
    void fixtures();
    void unknownStatusKeptVerbatim_data();
    void unknownStatusKeptVerbatim();
    void cryptoAmounts_data();
    void cryptoAmounts();
    void amountFailuresNameTheField_data();
    void amountFailuresNameTheField();
    void envelopes_data();
    void envelopes();
    void dedupeKeys();
    void missingFields_data();
    void missingFields();
    void times();
};

void InqudAdapterTest::identity()
{
    QCOMPARE(inqud.id(), QStringLiteral("inqud"));
    QCOMPARE(inqud.displayName(), QStringLiteral("Inqud"));
    QVERIFY(inqud.acceptsSecret());
    QVERIFY(inqud.setupHint().contains(u"X-Payload-Digest"));
    QVERIFY(inqud.events().isEmpty());
}

void InqudAdapterTest::verify_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("digest"); // null: header absent
    QTest::addColumn<QString>("verdict");

    const QByteArray completed = fixture("checkout-completed.json");
    QTest::newRow("test vector") << VectorSecret << VectorBody << VectorDigest << "accept";
    QTest::newRow("test vector, upper-case hex")
        << VectorSecret << VectorBody << VectorDigest.toUpper() << "accept";
    QTest::newRow("fixture signed")
        << VectorSecret << completed
        << Signatures::hmacHex(QCryptographicHash::Sha1, VectorSecret, completed) << "accept";
    QTest::newRow("wrong digest") << VectorSecret << VectorBody
                                  << QByteArray("7e36242a10fd65cbaacd7ff288df9fd3f9e75a47")
                                  << "unauthorized";
    QTest::newRow("digest of a re-spaced body")
        << VectorSecret << QByteArray(R"({"field": "value"})") << VectorDigest << "unauthorized";
    QTest::newRow("wrong secret") << QByteArray("secret_value2") << VectorBody << VectorDigest
                                  << "unauthorized";
    QTest::newRow("missing digest") << VectorSecret << VectorBody << QByteArray() << "unauthorized";
    QTest::newRow("empty digest") << VectorSecret << VectorBody << QByteArray("") << "unauthorized";
    // No secret configured: Inqud sends no digest, and none is required.
    QTest::newRow("no secret") << QByteArray() << VectorBody << QByteArray() << "accept";
    QTest::newRow("no secret, digest ignored")
        << QByteArray() << VectorBody << QByteArray("junk") << "accept";
    QTest::newRow("malformed JSON, signed")
        << VectorSecret << QByteArray("{\"field\":")
        << Signatures::hmacHex(QCryptographicHash::Sha1, VectorSecret, "{\"field\":")
        << "badrequest";
    QTest::newRow("array body") << QByteArray() << QByteArray("[]") << QByteArray() << "badrequest";
    QTest::newRow("malformed number")
        << QByteArray() << QByteArray(R"({"paidAmount": 0.000.1})") << QByteArray() << "badrequest";
}

void InqudAdapterTest::verify()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, digest);
    QFETCH(QString, verdict);

    const HeaderList headers =
        digest.isNull() ? HeaderList {{"Content-Type", "application/json"}} : digestHeader(digest);
    const Verdict v = inqud.verify(request(body, headers), inqudEndpoint(secret), receivedAt());
    QCOMPARE(kind(v), verdict);
    QCOMPARE(v.httpStatus(), verdict == u"accept" ? 200 : verdict == u"unauthorized" ? 401 : 400);
}

void InqudAdapterTest::verifyReasons()
{
    const Verdict mismatch = inqud.verify(
        request(VectorBody, digestHeader("00")), inqudEndpoint(VectorSecret), receivedAt());
    QVERIFY2(mismatch.reason.contains(u"signature mismatch"), qPrintable(mismatch.reason));
    QVERIFY2(mismatch.reason.contains(u"X-Payload-Digest"), qPrintable(mismatch.reason));
    QVERIFY2(mismatch.reason.contains(u"HMAC-SHA1"), qPrintable(mismatch.reason));
    const Verdict missing =
        inqud.verify(request(VectorBody), inqudEndpoint(VectorSecret), receivedAt());
    QVERIFY2(missing.reason.contains(u"signature missing"), qPrintable(missing.reason));
    QVERIFY2(missing.reason.contains(u"Inqud"), qPrintable(missing.reason));
    const Verdict array = inqud.verify(request("[1]"), inqudEndpoint(), receivedAt());
    QVERIFY2(array.reason.contains(u"expected a JSON object"), qPrintable(array.reason));
}

void InqudAdapterTest::signRoundTrip()
{
    const SignedRequest vector =
        inqud.sign(VectorBody, inqudEndpoint(VectorSecret), receivedAt(), "m");
    QCOMPARE(vector.body, VectorBody);
    QCOMPARE(headerValue(vector.headers, "X-Payload-Digest"), VectorDigest);

    const QByteArray body = fixture("checkout-eth.json");
    for (const QByteArray &secret : {QByteArray("whatever-\xe2\x82\xac"), QByteArray()}) {
        const EndpointConfig ep = inqudEndpoint(secret);
        const SignedRequest s = inqud.sign(body, ep, receivedAt(), "msg");
        QCOMPARE(s.body, body);
        QCOMPARE(headerValue(s.headers, "X-Payload-Digest").isEmpty(), secret.isEmpty());
        const Verdict v = inqud.verify(request(s), ep, receivedAt());
        QVERIFY2(v.accepted(), qPrintable(v.reason));
    }
}

void InqudAdapterTest::statusFromInqud_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("status");

    QTest::newRow("NEW") << "NEW"
                         << "pending";
    QTest::newRow("WAITING_PAYMENT") << "WAITING_PAYMENT"
                                     << "pending";
    QTest::newRow("PENDING_PAYMENT") << "PENDING_PAYMENT"
                                     << "pending";
    QTest::newRow("PROCESSING") << "PROCESSING"
                                << "pending";
    QTest::newRow("PARTIALLY_PAID") << "PARTIALLY_PAID"
                                    << "partially_paid";
    QTest::newRow("UNDERPAID") << "UNDERPAID"
                               << "partially_paid";
    QTest::newRow("COMPLETED") << "COMPLETED"
                               << "paid";
    QTest::newRow("PAID") << "PAID"
                          << "paid";
    QTest::newRow("OVERPAID") << "OVERPAID"
                              << "paid";
    QTest::newRow("lower-case completed") << "completed"
                                          << "paid";
    QTest::newRow("EXPIRED") << "EXPIRED"
                             << "expired";
    QTest::newRow("CANCELLED") << "CANCELLED"
                               << "canceled";
    QTest::newRow("CANCELED") << "CANCELED"
                              << "canceled";
    QTest::newRow("FAILED") << "FAILED"
                            << "failed";
    QTest::newRow("REFUNDED") << "REFUNDED"
                              << "refunded";
    QTest::newRow("CONFLICT") << "CONFLICT"
                              << "unknown";
    QTest::newRow("new word") << "AWAITING_CONFIRMATIONS"
                              << "unknown";
}

void InqudAdapterTest::statusFromInqud()
{
    QFETCH(QString, word);
    QFETCH(QString, status);
    QCOMPARE(AdapterTest::status(InqudAdapter::statusFromInqud(word)), status);
}

void InqudAdapterTest::completedFixedPrice()
{
    DD_NORMALIZE_ONE(e, inqud, request(fixture("checkout-completed.json")), inqudEndpoint());
    QCOMPARE(e.kind, QStringLiteral("donation"));
    QCOMPARE(e.externalId, QStringLiteral("CCO-3f9a2c1e-7b4d-4e8a-9c0f-1a2b3c4d5e6f"));
    QCOMPARE(status(e.status), QStringLiteral("paid"));
    QCOMPARE(e.providerStatus, QStringLiteral("COMPLETED"));
    QCOMPARE(e.eventName, QStringLiteral("checkout.COMPLETED"));
    // The checkout's fiat price wins over the crypto amounts.
    QCOMPARE(money(e.amount), QStringLiteral("USD 2020"));
    QCOMPARE(e.amountText, QStringLiteral("20.20"));
    QCOMPARE(e.campaign,
        QStringLiteral(
            "\u0428\u043a\u043e\u043b\u0430 \u043d\u0430\u0434\u0435\u0436\u0434\u044b"));
    // Nanoseconds are cut to milliseconds.
    QCOMPARE(utc(e.donatedAt), QStringLiteral("2023-12-22T09:17:26.081Z"));
    QCOMPARE(utc(e.statusAt), QStringLiteral("2023-12-22T09:21:03.500Z"));
    QCOMPARE(utc(e.paidAt), QStringLiteral("2023-12-22T09:21:03.500Z"));
    QCOMPARE(recurring(e.recurring), QStringLiteral("false"));
    QCOMPARE(
        e.dedupeKey, QStringLiteral("inqud:CCO-3f9a2c1e-7b4d-4e8a-9c0f-1a2b3c4d5e6f:COMPLETED"));
    QCOMPARE(e.details.value(u"currency").toString(), QStringLiteral("USDT"));
    QCOMPARE(e.details.value(u"blockchain").toString(), QStringLiteral("TRON"));
    QCOMPARE(e.details.value(u"paidAmount").toString(), QStringLiteral("20.200000"));
    QCOMPARE(e.details.value(u"clientOrderId").toString(), QStringLiteral("order-2023-12-22-0042"));
    QCOMPARE(e.details.value(u"type").toString(), QStringLiteral("FIXED_PRICE"));
    QCOMPARE(e.details.value(u"overpaid").toString(), QStringLiteral("false"));
    QCOMPARE(e.details.value(u"txHash").toString().size(), 64);
    QVERIFY(e.details.contains(u"expiresAt"));
    QVERIFY2(e.note.isEmpty(), qPrintable(e.note));
}

void InqudAdapterTest::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("providerStatus");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("campaign");
    QTest::addColumn<QString>("donatedAt");
    QTest::addColumn<QString>("paidAt");

    QTest::newRow("NEW without a price: no amount yet")
        << "checkout-new-noprice.json"
        << "pending"
        << "NEW"
        << "none" << QStringLiteral("\u0645\u062f\u0631\u0633\u0629 \u0627\u0644\u0623\u0645\u0644")
        << "2024-02-29T12:00:00Z"
        << "null";
    QTest::newRow("ETH, 18 places, paid amount as a JSON number") << "checkout-eth.json"
                                                                  << "paid"
                                                                  << "PAID"
                                                                  << "ETH 12345678901234567891"
                                                                  << "Open Source Fund"
                                                                  << "2024-11-25T21:01:09Z"
                                                                  << "2024-11-25T21:14:44.999Z";
    QTest::newRow("BTC, one satoshi paid so far") << "checkout-btc-partial.json"
                                                  << "partially_paid"
                                                  << "PARTIALLY_PAID"
                                                  << "BTC 1"
                                                  << "Satoshi Soup Kitchen"
                                                  << "2024-02-29T23:59:59.123Z"
                                                  << "2024-03-01T00:10:00Z";
    QTest::newRow("BTC, nothing paid: the requested amount") << "checkout-btc-waiting.json"
                                                             << "pending"
                                                             << "WAITING_PAYMENT"
                                                             << "BTC 12345"
                                                             << "Satoshi Soup Kitchen"
                                                             << "2024-02-29T23:59:59Z"
                                                             << "null";
    QTest::newRow("expired, enveloped, fixedAmount as an array") << "checkout-enveloped.json"
                                                                 << "expired"
                                                                 << "EXPIRED"
                                                                 << "GBP 500"
                                                                 << ""
                                                                 << "2024-01-01T00:00:00Z"
                                                                 << "null";
}

void InqudAdapterTest::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, status);
    QFETCH(QString, providerStatus);
    QFETCH(QString, amount);
    QFETCH(QString, campaign);
    QFETCH(QString, donatedAt);
    QFETCH(QString, paidAt);

    DD_NORMALIZE_ONE(e, inqud, request(TestData::read(QStringLiteral("providers/inqud/") + file)),
        inqudEndpoint());
    QCOMPARE(AdapterTest::status(e.status), status);
    QCOMPARE(e.providerStatus, providerStatus);
    QCOMPARE(money(e.amount), amount);
    QCOMPARE(e.campaign, campaign);
    QCOMPARE(utc(e.donatedAt), donatedAt);
    QCOMPARE(utc(e.paidAt), paidAt);
    QVERIFY2(e.note.isEmpty(), qPrintable(e.note));
}

void InqudAdapterTest::unknownStatusKeptVerbatim_data()
{
    QTest::addColumn<QByteArray>("word");
    QTest::newRow("CONFLICT") << QByteArray("CONFLICT");
    QTest::newRow("future status") << QByteArray("AWAITING_CONFIRMATIONS");
    QTest::newRow("mixed case") << QByteArray("Held_For_Review");
}

void InqudAdapterTest::unknownStatusKeptVerbatim()
{
    QFETCH(QByteArray, word);
    QByteArray body = fixture("checkout-conflict.json");
    body.replace(QByteArray("\"CONFLICT\""), QByteArray('"' + word + '"'));
    DD_NORMALIZE_ONE(e, inqud, request(body), inqudEndpoint());
    QCOMPARE(status(e.status), QStringLiteral("unknown"));
    QCOMPARE(e.providerStatus, QString::fromLatin1(word)); // never dropped, never rewritten
    QCOMPARE(e.eventName, QStringLiteral("checkout.") + QString::fromLatin1(word));
    QCOMPARE(money(e.amount), QStringLiteral("EUR 5000"));
    QCOMPARE(utc(e.paidAt), QStringLiteral("null"));
    QCOMPARE(e.details.value(u"paidAmount").toString(), QStringLiteral("49.1"));
}

void InqudAdapterTest::cryptoAmounts_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QString>("amount");

    QTest::newRow("USDT six places")
        << QByteArray(R"("currency": "USDT", "paidAmount": "20.200001")") << "USDT 20200001";
    QTest::newRow("USDC as a number")
        << QByteArray(R"("currency": "usdc", "paidAmount": 0.000001)") << "USDC 1";
    QTest::newRow("SOL nine places")
        << QByteArray(R"("currency": "SOL", "paidAmount": "1.000000001")") << "SOL 1000000001";
    QTest::newRow("ETH trailing zeros beyond 18 places")
        << QByteArray(R"("currency": "ETH", "paidAmount": "0.000123450000000000000")")
        << "ETH 123450000000000";
    QTest::newRow("ETH large") << QByteArray(
        R"("currency": "ETH", "paidAmount": "99999999999999999999")")
                               << "ETH 99999999999999999999000000000000000000";
    QTest::newRow("BTC exponent") << QByteArray(R"("currency": "BTC", "paidAmount": 1.2345e-4)")
                                  << "BTC 12345";
    QTest::newRow("paid zero: requested")
        << QByteArray(R"("currency": "BTC", "paidAmount": 0, "requestAmount": "0.5")")
        << "BTC 50000000";
    QTest::newRow("paid absent: requested")
        << QByteArray(R"("currency": "LTC", "requestAmount": "2.5")") << "LTC 250000000";
    QTest::newRow("paid empty, request empty: pay amount") << QByteArray(
        R"("currency": "DOGE", "paidAmount": "", "requestAmount": "", "payAmount": "42")")
                                                           << "DOGE 4200000000";
    QTest::newRow("unknown token: 8 places")
        << QByteArray(R"("currency": "NEWCOIN", "paidAmount": "1.5")") << "NEWCOIN 150000000";
    QTest::newRow("fixed fiat price beats the crypto") << QByteArray(
        R"("fixedAmount": {"amount": 250000, "currency": "JPY"},)"
        R"( "currency": "BTC", "paidAmount": "0.01")") << "JPY 250000";
    QTest::newRow("fixed crypto price")
        << QByteArray(R"("fixedAmount": {"amount": "0.00000001", "currency": "btc"})") << "BTC 1";
    QTest::newRow("fixed price with empty amount: crypto") << QByteArray(
        R"("fixedAmount": {"amount": "", "currency": "USD"}, "currency": "ETH", "paidAmount": "1")")
                                                           << "ETH 1000000000000000000";
    QTest::newRow("fixed KWD three places")
        << QByteArray(R"("fixedAmount": {"amount": "1.234", "currency": "KWD"})") << "KWD 1234";
}

void InqudAdapterTest::cryptoAmounts()
{
    QFETCH(QByteArray, fields);
    QFETCH(QString, amount);

    DD_NORMALIZE_ONE(e, inqud, request(checkout("COMPLETED", fields)), inqudEndpoint());
    QCOMPARE(money(e.amount), amount);
}

void InqudAdapterTest::amountFailuresNameTheField_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QString>("message");

    QTest::newRow("BTC nine places paid")
        << QByteArray(R"("currency": "BTC", "paidAmount": "0.123456789")")
        << "paidAmount: 0.123456789 BTC: 0.123456789 has more than 8 decimal places";
    QTest::newRow("BTC nine places requested")
        << QByteArray(R"("currency": "BTC", "paidAmount": "0", "requestAmount": "0.123456789")")
        << "requestAmount: 0.123456789 BTC";
    QTest::newRow("USDT seven places to pay")
        << QByteArray(R"("currency": "USDT", "payAmount": "20.2000001")")
        << "payAmount: 20.2000001 USDT: 20.2000001 has more than 6 decimal places";
    QTest::newRow("ETH 19 places")
        << QByteArray(R"("currency": "ETH", "paidAmount": "0.1234567890123456789")")
        << "paidAmount: 0.1234567890123456789 ETH";
    QTest::newRow("fixed USD three places")
        << QByteArray(R"("fixedAmount": {"amount": "20.201", "currency": "USD"})")
        << "fixedAmount.amount: 20.201 USD";
    QTest::newRow("fixed price without currency")
        << QByteArray(R"("fixedAmount": {"amount": "20"})")
        << "fixedAmount.amount is given but the currency is not";
    QTest::newRow("crypto amount without currency")
        << QByteArray(R"("paidAmount": "1")") << "paidAmount is given but the currency is not";
    // Present but unreadable: an error, not a silent fall-back to the requested amount.
    QTest::newRow("paid amount not a number")
        << QByteArray(R"("currency": "BTC", "paidAmount": {"value": 1}, "requestAmount": "1")")
        << "paidAmount: expected a number";
    QTest::newRow("paid amount formatted")
        << QByteArray(R"("currency": "BTC", "paidAmount": "0.5 BTC", "requestAmount": "1")")
        << "paidAmount: \"0.5 BTC\" is not a decimal number";
}

void InqudAdapterTest::amountFailuresNameTheField()
{
    QFETCH(QByteArray, fields);
    QFETCH(QString, message);
    const NormalizeResult r =
        inqud.normalize(request(checkout("COMPLETED", fields)), inqudEndpoint());
    QVERIFY(r.events.isEmpty());
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
}

void InqudAdapterTest::envelopes_data()
{
    QTest::addColumn<QByteArray>("body");

    const QByteArray inner =
        R"({"id": "CCO-ENV", "status": "PAID", "fixedAmount": {"amount": "5", "currency": "EUR"}})";
    QTest::newRow("bare") << inner;
    QTest::newRow("data") << R"({"data": )" + inner + "}";
    QTest::newRow("checkout") << R"({"event": "checkout.updated", "checkout": )" + inner + "}";
    QTest::newRow("payload") << R"({"payload": )" + inner + "}";
}

void InqudAdapterTest::envelopes()
{
    QFETCH(QByteArray, body);
    DD_NORMALIZE_ONE(e, inqud, request(body), inqudEndpoint());
    QCOMPARE(e.externalId, QStringLiteral("CCO-ENV"));
    QCOMPARE(money(e.amount), QStringLiteral("EUR 500"));
    QCOMPARE(status(e.status), QStringLiteral("paid"));
}

void InqudAdapterTest::dedupeKeys()
{
    // No event id: the checkout id and its status identify an event.
    auto key = [&](const QByteArray &status, const QByteArray &fields = {}) -> QString {
        const NormalizeResult r = inqud.normalize(
            request(checkout(status, fields)), inqudEndpoint(QByteArray(), QStringLiteral("USD")));
        return r.events.size() == 1 ? r.events.first().dedupeKey
                                    : QStringLiteral("error: ") + r.error;
    };
    QCOMPARE(key("NEW"), QStringLiteral("inqud:CCO-11111111-2222-4333-8444-555555555555:NEW"));
    // Retried deliveries of one status change, even if a field moved, are the same event.
    const QByteArray moved = R"("lastUpdatedAt": "2024-01-01T00:00:05Z")";
    QCOMPARE(key("NEW"), key("NEW", moved));
    QCOMPARE(key("COMPLETED"), key("completed"));
    QVERIFY(key("NEW") != key("WAITING_PAYMENT"));
    QVERIFY(key("PARTIALLY_PAID") != key("COMPLETED"));
    QVERIFY(key("COMPLETED") != key("EXPIRED"));
}

void InqudAdapterTest::missingFields_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    QTest::newRow("no id") << QByteArray(R"({"status": "NEW"})") << "checkout \"id\" missing";
    QTest::newRow("empty id") << QByteArray(R"({"id": "", "status": "NEW"})")
                              << "checkout \"id\" missing";
    QTest::newRow("no status") << QByteArray(R"({"id": "CCO-1"})") << "checkout \"status\" missing";
    QTest::newRow("null status") << QByteArray(R"({"id": "CCO-1", "status": null})")
                                 << "checkout \"status\" missing";
    QTest::newRow("array") << QByteArray(R"([{"id": "CCO-1", "status": "NEW"}])")
                           << "expected a JSON object";
    QTest::newRow("not JSON") << QByteArray("id=CCO-1") << "invalid JSON at byte";
}

void InqudAdapterTest::missingFields()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const NormalizeResult r = inqud.normalize(request(body), inqudEndpoint());
    QVERIFY(r.events.isEmpty());
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
}

void InqudAdapterTest::times()
{
    // An unreadable time is a note, never a failure: the event still counts.
    const QByteArray unreadable =
        checkout("COMPLETED", R"("createdAt": "22.12.2023 09:17", "lastUpdatedAt": "")");
    DD_NORMALIZE_ONE(e, inqud, request(unreadable), inqudEndpoint());
    QCOMPARE(utc(e.donatedAt), QStringLiteral("null"));
    QCOMPARE(utc(e.statusAt), QStringLiteral("null"));
    QCOMPARE(utc(e.paidAt), QStringLiteral("null"));
    QVERIFY2(e.note.contains(u"createdAt ignored"), qPrintable(e.note));
    QVERIFY2(!e.note.contains(u"lastUpdatedAt"), qPrintable(e.note)); // "" is just absent

    // Paid without a status time: paid when created.
    const QByteArray paid =
        checkout("PAID", R"("createdAt": "2024-02-29T23:59:59.999999999+05:45")");
    DD_NORMALIZE_ONE(p, inqud, request(paid), inqudEndpoint());
    QCOMPARE(utc(p.donatedAt), QStringLiteral("2024-02-29T18:14:59.999Z"));
    QCOMPARE(utc(p.paidAt), QStringLiteral("2024-02-29T18:14:59.999Z"));
    // Not paid: no paidAt even with a status time.
    const QByteArray expired = checkout("EXPIRED",
        R"("createdAt": "2024-01-01T00:00:00Z", "lastUpdatedAt": "2024-01-01T01:00:00Z")");
    DD_NORMALIZE_ONE(x, inqud, request(expired), inqudEndpoint());
    QCOMPARE(utc(x.statusAt), QStringLiteral("2024-01-01T01:00:00Z"));
    QCOMPARE(utc(x.paidAt), QStringLiteral("null"));
    // The endpoint's currency fills in for a price without one, normalized.
    const QByteArray noCurrency = checkout("NEW", R"("fixedAmount": {"amount": "9.99"})");
    DD_NORMALIZE_ONE(c, inqud, request(noCurrency), inqudEndpoint({}, QStringLiteral(" eur")));
    QCOMPARE(money(c.amount), QStringLiteral("EUR 999"));
}

QTEST_GUILESS_MAIN(InqudAdapterTest)
#include "tst_inqudadapter.moc"
