#include "adaptertest.h"

#include "providers/nativedonation.h"

using namespace AdapterTest;

namespace {

const QByteArray SigningSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

QByteArray fixture(const char *name)
{
    return TestData::read(QStringLiteral("providers/changeup/") + QLatin1String(name));
}

EndpointConfig widget(const QByteArray &secret = {}, const QString &currency = {})
{
    return endpoint(QStringLiteral("changeup"), secret, currency);
}

// A minimal valid donation with `extra` fields spliced in; the required fields can be replaced
// (as JSON text) rather than repeated, since which of two equal keys wins is not specified.
QByteArray donation(const QByteArray &extra = {}, const QByteArray &amount = "\"10.00\"",
    const QByteArray &currency = "\"USD\"", const QByteArray &date = "\"2024-05-25T10:00:00Z\"")
{
    QByteArray body = R"({"transactionId": "T-1", "amount": )" + amount + R"(, "currency": )"
        + currency + R"(, "transactionOrderDate": )" + date;
    if (!extra.isEmpty())
        body += ", " + extra;
    return body + '}';
}

} // namespace

class ChangeUpAdapterTest : public QObject
{
    Q_OBJECT

private:
    const ProviderAdapter &changeup = adapter("changeup");

private slots:
    void identity();
    void verifyWithoutSigningSecret_data();
    void verifyWithoutSigningSecret();
    void verifyWithSigningSecret_data();
    void verifyWithSigningSecret();
    void signRoundTrip();
    void completedDonation();
    void restFieldNames();
    void refunds_data();
    void refunds();
    void batch();
    void emptyBatchIgnored();
    void statusWords_data();
    void statusWords();
    void delayReportBy_data();
    void delayReportBy();
    void delayCappedFixture();
    void formatVersion_data();
    void formatVersion();
    void missingFields_data();
    void missingFields();
    void unreadableFields_data();
    void unreadableFields();
    void donorAndCampaignSources_data();
    void donorAndCampaignSources();
    void recurringValues_data();
    void recurringValues();
    void endpointCurrencyAndZone();
    void dedupeKeys();
};

void ChangeUpAdapterTest::identity()
{
    QCOMPARE(changeup.id(), QStringLiteral("changeup"));
    QVERIFY(changeup.acceptsSecret());
    // The URL is the secret; a signing secret is optional, so none is generated.
    QVERIFY(changeup.generateSecret().isEmpty());
    QVERIFY(changeup.events().isEmpty());
    QCOMPARE(NativeDonation::FormatVersion, 1);
}

void ChangeUpAdapterTest::verifyWithoutSigningSecret_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("verdict");

    QTest::newRow("object") << fixture("donation-completed.json") << "accept";
    QTest::newRow("array") << fixture("donation-batch.json") << "accept";
    QTest::newRow("empty array") << QByteArray("[]") << "accept";
    QTest::newRow("truncated") << fixture("donation-completed.json").left(40) << "badrequest";
    QTest::newRow("scalar") << QByteArray("20.20") << "badrequest";
    QTest::newRow("empty") << QByteArray() << "badrequest";
    QTest::newRow("leading-zero amount") << QByteArray(R"({"amount": 020.20})") << "badrequest";
}

void ChangeUpAdapterTest::verifyWithoutSigningSecret()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, verdict);
    // Unsigned requests are fine: the secret URL is the authentication.
    const Verdict v = changeup.verify(request(body), widget(), receivedAt());
    QCOMPARE(kind(v), verdict);
    if (verdict == u"badrequest")
        QCOMPARE(v.httpStatus(), 400);
}

void ChangeUpAdapterTest::verifyWithSigningSecret_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("headerCase"); // 0 signed, 1 no headers, 2 tampered body, 3 other id,
                                         // 4 rotation, 5 bad timestamp
    QTest::addColumn<qint64>("skew"); // seconds between signing and checking
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("reason");

    const QByteArray body = fixture("donation-completed.json");
    QTest::newRow("signed") << body << 0 << qint64(0) << "accept"
                            << "";
    QTest::newRow("signed 5 minutes ago") << body << 0 << qint64(300) << "accept"
                                          << "";
    QTest::newRow("signed 5 minutes ahead") << body << 0 << qint64(-300) << "accept"
                                            << "";
    QTest::newRow("stale") << body << 0 << qint64(301) << "unauthorized"
                           << "stale timestamp";
    QTest::newRow("from the future") << body << 0 << qint64(-301) << "unauthorized"
                                     << "stale timestamp";
    QTest::newRow("unsigned") << body << 1 << qint64(0) << "unauthorized"
                              << "signature missing";
    QTest::newRow("tampered body") << body << 2 << qint64(0) << "unauthorized"
                                   << "signature mismatch";
    QTest::newRow("other message id") << body << 3 << qint64(0) << "unauthorized"
                                      << "signature mismatch";
    QTest::newRow("rotated secret, one entry matches") << body << 4 << qint64(0) << "accept"
                                                       << "";
    QTest::newRow("non-numeric timestamp") << body << 5 << qint64(0) << "unauthorized"
                                           << "webhook-timestamp";
    QTest::newRow("signed but malformed")
        << QByteArray("{\"transactionId\": ") << 0 << qint64(0) << "badrequest"
        << "malformed body";
}

void ChangeUpAdapterTest::verifyWithSigningSecret()
{
    QFETCH(QByteArray, body);
    QFETCH(int, headerCase);
    QFETCH(qint64, skew);
    QFETCH(QString, verdict);
    QFETCH(QString, reason);

    const EndpointConfig ep = widget(SigningSecret);
    const SignedRequest s = changeup.sign(body, ep, receivedAt(), "msg_2zXk");
    WebhookRequest r = request(s);
    switch (headerCase) {
    case 1:
        r.headers = {{"Content-Type", "application/json"}};
        break;
    case 2:
        r.body.replace("20.20", "2020.00");
        break;
    case 3:
        r.headers = with(r.headers, "webhook-id", "msg_other");
        break;
    case 4:
        r.headers = with(r.headers, "webhook-signature",
            "v1,bm90IHRoZSByaWdodCBzaWduYXR1cmUgYXQgYWxsIQ== "
                + headerValue(s.headers, "webhook-signature"));
        break;
    case 5:
        r.headers = with(r.headers, "webhook-timestamp", "1733054400abc");
        break;
    default:
        break;
    }
    const Verdict v = changeup.verify(r, ep, receivedAt().addSecs(skew));
    QCOMPARE(kind(v), verdict);
    QVERIFY2(v.reason.contains(reason), qPrintable(v.reason));
}

void ChangeUpAdapterTest::signRoundTrip()
{
    const QByteArray body = fixture("donation-batch.json");
    // Without a signing secret: just the body.
    const SignedRequest plain = changeup.sign(body, widget(), receivedAt(), "msg_1");
    QCOMPARE(plain.body, body);
    QCOMPARE(plain.headers.size(), 1);
    QVERIFY(changeup.verify(request(plain), widget(), receivedAt()).accepted());
    // With one: Standard Webhooks headers over the exact bytes.
    const SignedRequest s = changeup.sign(body, widget(SigningSecret), receivedAt(), "msg_2");
    QCOMPARE(s.body, body);
    QCOMPARE(headerValue(s.headers, "webhook-id"), QByteArray("msg_2"));
    QCOMPARE(headerValue(s.headers, "webhook-timestamp"),
        QByteArray::number(receivedAt().toSecsSinceEpoch()));
    QVERIFY(headerValue(s.headers, "webhook-signature").startsWith("v1,"));
    const Verdict v = changeup.verify(request(s), widget(SigningSecret), receivedAt());
    QVERIFY2(v.accepted(), qPrintable(v.reason));
    // And the signed request normalizes like the unsigned one.
    const NormalizeResult r = changeup.normalize(request(s), widget(SigningSecret));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.events.size(), 4);
}

void ChangeUpAdapterTest::completedDonation()
{
    DD_NORMALIZE_ONE(e, changeup, request(fixture("donation-completed.json")), widget());
    QCOMPARE(e.kind, QStringLiteral("donation"));
    QCOMPARE(e.externalId, QStringLiteral("txn_01HV8Z6Q2K"));
    QCOMPARE(status(e.status), QStringLiteral("paid"));
    QCOMPARE(e.providerStatus, QStringLiteral("completed"));
    QCOMPARE(e.eventName, QStringLiteral("donation.completed"));
    QCOMPARE(money(e.amount), QStringLiteral("USD 2020"));
    QCOMPARE(e.amountText, QStringLiteral("20.20"));
    QCOMPARE(utc(e.donatedAt), QStringLiteral("2024-02-29T23:59:59Z"));
    QCOMPARE(utc(e.paidAt), QStringLiteral("2024-02-29T23:59:59Z"));
    QCOMPARE(utc(e.statusAt), QStringLiteral("null"));
    QCOMPARE(e.donorName,
        QStringLiteral("\u05e9\u05c1\u05b8\u05dc\u05d5\u05b9\u05dd "
                       "\u05e2\u05b7\u05dc\u05b5\u05d9\u05db\u05b6\u05dd"));
    QCOMPARE(e.donorEmail, QStringLiteral("shalom@example.org.il"));
    QCOMPARE(e.campaign, QStringLiteral("Hanukkah 5785"));
    QCOMPARE(recurring(e.recurring), QStringLiteral("false"));
    QCOMPARE(days(e.delayReportBy), QStringLiteral("14"));
    QCOMPARE(e.dedupeKey, QStringLiteral("changeup:txn_01HV8Z6Q2K:completed"));
    QCOMPARE(units(e.refundedUnits), QStringLiteral("none"));
    QCOMPARE(e.details.value(u"partnerId").toString(), QStringLiteral("partner-17"));
    QCOMPARE(e.details.value(u"charityId").toString(), QStringLiteral("4242"));
    QCOMPARE(e.details.value(u"country").toString(), QStringLiteral("IL"));
    const QJsonObject metadata = e.details.value(u"metadata").toObject();
    QCOMPARE(metadata.value(u"widget").toString(), QStringLiteral("footer"));
    QCOMPARE(metadata.value(u"utm").toArray().size(), 2);
    QVERIFY2(e.note.isEmpty(), qPrintable(e.note));
}

void ChangeUpAdapterTest::restFieldNames()
{
    // Field names of ChangeUp's REST donation object.
    DD_NORMALIZE_ONE(e, changeup, request(fixture("donation-rest.json")), widget());
    QCOMPARE(e.externalId, QStringLiteral("ord-9000")); // transactionId before id
    QCOMPARE(money(e.amount), QStringLiteral("CAD 123456789012"));
    QCOMPARE(e.amountText, QStringLiteral("1234567890.12")); // a JSON number, kept exactly
    QCOMPARE(utc(e.donatedAt), QStringLiteral("2024-07-01T03:29:59.999Z"));
    QCOMPARE(status(e.status), QStringLiteral("paid")); // no status: completed
    QCOMPARE(e.campaign, QStringLiteral("cause-children"));
    QCOMPARE(e.details.value(u"id").toString(), QStringLiteral("5550001"));
    QCOMPARE(e.details.value(u"partnerId").toString(), QStringLiteral("17"));
    QCOMPARE(e.details.value(u"type").toString(), QStringLiteral("donation"));
    QCOMPARE(e.details.value(u"reason").toString(), QStringLiteral("In memory of Zo\u00eb"));
    QCOMPARE(e.details.value(u"country").toString(), QStringLiteral("CA"));
    QCOMPARE(days(e.delayReportBy), QStringLiteral("unset"));
}

void ChangeUpAdapterTest::refunds_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("refunded");
    QTest::addColumn<QString>("donatedAt");
    QTest::addColumn<QString>("statusAt");

    QTest::newRow("partial, combining accents")
        << fixture("donation-refund-partial.json") << "partially_refunded"
        << "EUR 2000"
        << "500"
        << "2024-01-10T10:00:00Z"
        << "2024-01-12T07:00:00Z";
    QTest::newRow("full by REST type") << fixture("donation-refund-rest.json") << "refunded"
                                       << "GBP 10000"
                                       << "10000"
                                       << "2024-02-29T23:59:59Z"
                                       << "null";
    QTest::newRow("full, amount equal")
        << donation(R"("status": "refunded", "refundedAmount": 10)") << "refunded"
        << "USD 1000"
        << "1000"
        << "2024-05-25T10:00:00Z"
        << "null";
    QTest::newRow("full, no amount")
        << donation(R"("status": "Refunded", "refundedAt": "2024-05-26 08:00:00")") << "refunded"
        << "USD 1000"
        << "1000"
        << "2024-05-25T10:00:00Z"
        << "2024-05-26T08:00:00Z";
    QTest::newRow("partial, one cent")
        << donation(R"("status": "refunded", "refunded_amount": "0.01")") << "partially_refunded"
        << "USD 1000"
        << "1"
        << "2024-05-25T10:00:00Z"
        << "null";
    QTest::newRow("explicit partial status")
        << donation(R"("status": "partially_refunded", "amountRefunded": 2.5)")
        << "partially_refunded"
        << "USD 1000"
        << "250"
        << "2024-05-25T10:00:00Z"
        << "null";
    QTest::newRow("cancelled") << donation(
        R"("status": "cancelled", "cancelledAt": "2024-05-25T11:00:00+01:00")")
                               << "canceled"
                               << "USD 1000"
                               << "none"
                               << "2024-05-25T10:00:00Z"
                               << "2024-05-25T10:00:00Z";
}

void ChangeUpAdapterTest::refunds()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, status);
    QFETCH(QString, amount);
    QFETCH(QString, refunded);
    QFETCH(QString, donatedAt);
    QFETCH(QString, statusAt);

    DD_NORMALIZE_ONE(e, changeup, request(body), widget());
    QCOMPARE(AdapterTest::status(e.status), status);
    QCOMPARE(money(e.amount), amount);
    QCOMPARE(units(e.refundedUnits), refunded);
    QCOMPARE(utc(e.donatedAt), donatedAt);
    QCOMPARE(utc(e.statusAt), statusAt);
    // Reversals of this format are of completed donations: paid when made.
    QCOMPARE(utc(e.paidAt), donatedAt);
}

void ChangeUpAdapterTest::batch()
{
    const NormalizeResult r = changeup.normalize(request(fixture("donation-batch.json")), widget());
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.events.size(), 4);

    const DonationEvent &kwd = r.events.at(0);
    QCOMPARE(money(kwd.amount), QStringLiteral("KWD 1234"));
    QCOMPARE(kwd.amount->toString(), QStringLiteral("1.234"));
    QCOMPARE(utc(kwd.donatedAt), QStringLiteral("2024-03-01T07:00:00Z"));
    QCOMPARE(kwd.donorName,
        QStringLiteral("\u0641\u0627\u0637\u0645\u0629 \u0627\u0644\u0635\u0628\u0627\u062d"));
    QCOMPARE(kwd.campaign, QStringLiteral("Zakat"));

    const DonationEvent &jpy = r.events.at(1);
    QCOMPARE(money(jpy.amount), QStringLiteral("JPY 500"));
    QCOMPARE(utc(jpy.donatedAt), QStringLiteral("2024-03-01T10:00:00Z"));
    QCOMPARE(jpy.donorName, QStringLiteral("\u5c71\u7530 \u82b1\u5b50")); // donor.name
    QCOMPARE(jpy.campaign, QStringLiteral("\u5b50\u3069\u3082\u98df\u5802")); // cause.name

    const DonationEvent &btc = r.events.at(2);
    QCOMPARE(money(btc.amount), QStringLiteral("BTC 1"));
    QCOMPARE(btc.amount->toString(), QStringLiteral("0.00000001"));
    QCOMPARE(utc(btc.donatedAt), QStringLiteral("2024-03-01T10:00:00Z")); // Unix seconds
    QCOMPARE(btc.donorName, QStringLiteral("\U0001F680 Satoshi"));

    const DonationEvent &eth = r.events.at(3);
    QCOMPARE(money(eth.amount), QStringLiteral("ETH 12345678901234567891"));
    QCOMPARE(eth.amount->toString(), QStringLiteral("12.345678901234567891"));
    QCOMPARE(utc(eth.donatedAt), QStringLiteral("2024-03-01T10:00:00Z")); // Unix milliseconds
    QCOMPARE(eth.donorName,
        QStringLiteral(
            "\u0410\u043d\u043d\u0430 \u041a\u0430\u0440\u0435\u043d\u0438\u043d\u0430"));
    QCOMPARE(recurring(eth.recurring), QStringLiteral("true"));

    QSet<QString> keys;
    for (const DonationEvent &e : r.events)
        keys.insert(e.dedupeKey);
    QCOMPARE(keys.size(), 4);

    // One bad item fails the batch and is named.
    const QByteArray incomplete = "[" + donation() + R"(, {"transactionId": "T-2"}])";
    DD_EXPECT_FAILURE(changeup, request(incomplete), widget(),
        "item 1: required field(s) missing: currency, amount, transactionOrderDate");
    const QByteArray withScalar = "[" + donation() + ", " + donation() + ", 42]";
    DD_EXPECT_FAILURE(changeup, request(withScalar), widget(), "item 2 is not a donation object");
}

void ChangeUpAdapterTest::emptyBatchIgnored()
{
    const NormalizeResult r = changeup.normalize(request("[]"), widget());
    QVERIFY(r.error.isEmpty());
    QVERIFY(r.events.isEmpty());
    QVERIFY2(r.ignored.contains(u"empty"), qPrintable(r.ignored));
}

void ChangeUpAdapterTest::statusWords_data()
{
    QTest::addColumn<QByteArray>("word");
    QTest::addColumn<QString>("status");

    QTest::newRow("completed") << QByteArray("completed") << "paid";
    QTest::newRow("COMPLETE") << QByteArray("COMPLETE") << "paid";
    QTest::newRow("succeeded") << QByteArray("succeeded") << "paid";
    QTest::newRow("success") << QByteArray("success") << "paid";
    QTest::newRow("paid") << QByteArray("paid") << "paid";
    QTest::newRow("captured") << QByteArray("captured") << "paid";
    QTest::newRow("cancelled") << QByteArray("cancelled") << "canceled";
    QTest::newRow("canceled") << QByteArray("canceled") << "canceled";
    QTest::newRow("refunded") << QByteArray("refunded") << "refunded";
    QTest::newRow("Partially Refunded") << QByteArray("Partially Refunded") << "partially_refunded";
    QTest::newRow("partially-refunded") << QByteArray("partially-refunded") << "partially_refunded";
    QTest::newRow("partially_paid") << QByteArray("partially_paid") << "partially_paid";
    QTest::newRow("pending") << QByteArray("pending") << "pending";
    QTest::newRow("processing") << QByteArray("processing") << "pending";
    QTest::newRow("failed") << QByteArray("failed") << "failed";
    QTest::newRow("declined") << QByteArray("declined") << "failed";
    QTest::newRow("void") << QByteArray("void") << "voided";
    QTest::newRow("voided") << QByteArray("voided") << "voided";
    QTest::newRow("expired") << QByteArray("expired") << "expired";
    QTest::newRow("scheduled") << QByteArray("scheduled") << "scheduled";
    QTest::newRow("pledged") << QByteArray("pledged") << "pledged";
    QTest::newRow("on-hold") << QByteArray("on-hold") << "unknown";
    QTest::newRow("Disputed") << QByteArray("Disputed") << "unknown";
}

void ChangeUpAdapterTest::statusWords()
{
    QFETCH(QByteArray, word);
    QFETCH(QString, status);

    const QByteArray body = donation("\"status\": \"" + word + '"');
    DD_NORMALIZE_ONE(e, changeup, request(body), widget());
    QCOMPARE(AdapterTest::status(e.status), status);
    QCOMPARE(
        AdapterTest::status(NativeDonation::statusFromWord(QString::fromLatin1(word))), status);
    // The provider's own word is kept verbatim, known or not.
    QCOMPARE(e.providerStatus, QString::fromLatin1(word));
    QCOMPARE(e.eventName, QStringLiteral("donation.") + QString::fromLatin1(word).toLower());
    const bool paid = Status::holdsMoney(e.status) || Status::isReversal(e.status);
    QCOMPARE(utc(e.paidAt), paid ? QStringLiteral("2024-05-25T10:00:00Z") : QStringLiteral("null"));
}

void ChangeUpAdapterTest::delayReportBy_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("days"); // -1: unset
    QTest::addColumn<QString>("note");

    QTest::newRow("14") << QByteArray("14") << 14 << "";
    QTest::newRow("0") << QByteArray("0") << 0 << "";
    QTest::newRow("90, the limit") << QByteArray("90") << 90 << "";
    QTest::newRow("91 capped") << QByteArray("91") << 90 << "delayReportBy 91 capped at 90 days";
    QTest::newRow("365 capped") << QByteArray("365") << 90 << "delayReportBy 365 capped at 90 days";
    QTest::newRow("string") << QByteArray("\"30\"") << 30 << "";
    QTest::newRow("exponent") << QByteArray("1e1") << 10 << "";
    QTest::newRow("whole with zero fraction") << QByteArray("\"7.0\"") << 7 << "";
    QTest::newRow("negative") << QByteArray("-3") << 0 << "negative delayReportBy -3 read as 0";
    QTest::newRow("fraction") << QByteArray("12.5") << -1
                              << "delayReportBy \"12.5\" is not a whole number of days";
    QTest::newRow("word") << QByteArray("\"two weeks\"") << -1 << "is not a whole number of days";
    QTest::newRow("empty") << QByteArray("\"\"") << -1 << "";
    QTest::newRow("null") << QByteArray("null") << -1 << "";
}

void ChangeUpAdapterTest::delayReportBy()
{
    QFETCH(QByteArray, value);
    QFETCH(int, days);
    QFETCH(QString, note);

    const QByteArray body = donation(R"("delayReportBy": )" + value);
    DD_NORMALIZE_ONE(e, changeup, request(body), widget());
    QCOMPARE(AdapterTest::days(e.delayReportBy),
        days < 0 ? QStringLiteral("unset") : QString::number(days));
    if (note.isEmpty())
        QVERIFY2(e.note.isEmpty(), qPrintable(e.note));
    else
        QVERIFY2(e.note.contains(note), qPrintable(e.note));
}

void ChangeUpAdapterTest::delayCappedFixture()
{
    // A year's delay on a one-cent donation made on a date-only day: capped, with a note.
    DD_NORMALIZE_ONE(e, changeup, request(fixture("donation-delay-capped.json")), widget());
    QCOMPARE(days(e.delayReportBy), QStringLiteral("90"));
    QCOMPARE(e.note, QStringLiteral("delayReportBy 365 capped at 90 days"));
    QCOMPARE(money(e.amount), QStringLiteral("USD 1"));
    QCOMPARE(e.amount->toString(), QStringLiteral("0.01"));
    QCOMPARE(utc(e.donatedAt), QStringLiteral("2024-05-25T00:00:00Z"));
}

void ChangeUpAdapterTest::formatVersion_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error"); // empty: accepted

    QTest::newRow("absent") << donation() << "";
    QTest::newRow("1") << donation(R"("version": 1)") << "";
    QTest::newRow("\"1\"") << donation(R"("version": "1")") << "";
    QTest::newRow("2 (fixture)") << fixture("donation-v2.json")
                                 << "format version 2 is newer than this Donation Desk reads (1)";
    QTest::newRow("\"3\"") << donation(R"("version": "3")") << "format version 3 is newer";
    QTest::newRow("2 in the second item")
        << "[" + donation() + ", " + donation(R"("version": 2)") + "]"
        << "format version 2 is newer";
}

void ChangeUpAdapterTest::formatVersion()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const NormalizeResult r = changeup.normalize(request(body), widget());
    if (error.isEmpty()) {
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.events.size(), 1);
    } else {
        QVERIFY(r.events.isEmpty());
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
    }
}

void ChangeUpAdapterTest::missingFields_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");

    QTest::newRow("only a name")
        << QByteArray(R"({"donorName": "Jane"})")
        << "required field(s) missing: transactionId, currency, amount, transactionOrderDate";
    QTest::newRow("no amount") << QByteArray(
        R"({"transactionId": "T", "currency": "USD", "transactionOrderDate": "2024-01-01"})")
                               << "required field(s) missing: amount";
    QTest::newRow("empty strings are missing")
        << QByteArray(
               R"({"transactionId": "", "amount": "", "currency": "", "transactionOrderDate": ""})")
        << "required field(s) missing: transactionId, currency, amount, transactionOrderDate";
    QTest::newRow("nulls are missing") << QByteArray(
        R"({"transactionId": null, "amount": 5, "currency": "USD", "transactionOrderDate": null})")
                                       << "required field(s) missing: transactionId, "
                                          "transactionOrderDate";
    // Never replaced by the endpoint's currency: that could book the wrong money.
    QTest::newRow("unusable currency is an error")
        << QByteArray(R"({"transactionId": "T", "amount": 5, "currency": "US$",)"
                      R"( "transactionOrderDate": "2024-01-01"})")
        << "currency: \"US$\" is not a currency code";
    QTest::newRow("empty object") << QByteArray("{}") << "item 0 is not a donation object";
}

void ChangeUpAdapterTest::missingFields()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const QByteArray expected = error.toUtf8();
    DD_EXPECT_FAILURE(changeup, request(body), widget(), expected.constData());
}

void ChangeUpAdapterTest::unreadableFields_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");

    QTest::newRow("too many places") << donation({}, R"("10.999")")
                                     << "amount: 10.999 USD: 10.999 has more than 2 decimal places";
    QTest::newRow("JPY with fraction") << donation({}, "500.5", R"("JPY")") << "amount: 500.5 JPY";
    QTest::newRow("BTC nine places")
        << donation({}, "0.000000001", R"("BTC")") << "more than 8 decimal places";
    QTest::newRow("decimal comma")
        << donation({}, R"("12,50")") << "amount: \"12,50\" is not a decimal number";
    QTest::newRow("currency symbol")
        << donation({}, R"("$12.50")") << "amount: \"$12.50\" is not a decimal number";
    QTest::newRow("amount object")
        << donation({}, R"({"value": "12.50"})") << "amount: expected a number";
    QTest::newRow("amount array") << donation({}, R"(["12.50"])") << "amount: expected a number";
    QTest::newRow("amount bool") << donation({}, "true") << "amount: expected a number";
    QTest::newRow("unreadable date") << donation({}, R"("1")", R"("USD")",
        R"("yesterday")") << "transactionOrderDate: unrecognised date or time \"yesterday\"";
    QTest::newRow("impossible date") << donation({}, R"("1")", R"("USD")",
        R"("2023-02-29T10:00:00Z")") << "transactionOrderDate: unrecognised date or time";
    QTest::newRow("refund too precise")
        << donation(R"("status": "refunded", "refundedAmount": "1.001")")
        << "refundedAmount: 1.001 has more than 2 decimal places";
}

void ChangeUpAdapterTest::unreadableFields()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const QByteArray expected = error.toUtf8();
    DD_EXPECT_FAILURE(changeup, request(body), widget(), expected.constData());
}

void ChangeUpAdapterTest::donorAndCampaignSources_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QString>("donor");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("campaign");

    QTest::newRow("flat") << QByteArray(R"("donorName": "  Mar\u00eda Jos\u00e9 ",)"
                                        R"( "donorEmail": "mj@example.es", "campaign": "Agua")")
                          << QStringLiteral("Mar\u00eda Jos\u00e9") << "mj@example.es"
                          << "Agua";
    QTest::newRow("snake case") << QByteArray(
        R"("donor_name": "Ola Nordmann", "donor_email": "ola@example.no", "campaignName": "Fjord")")
                                << "Ola Nordmann"
                                << "ola@example.no"
                                << "Fjord";
    QTest::newRow("donor object with name") << QByteArray(
        R"("donor": {"name": "\u674e\u96f7", "email": "li@example.cn"}, "causeName": "Books")")
                                            << QStringLiteral("\u674e\u96f7") << "li@example.cn"
                                            << "Books";
    QTest::newRow("donor object with parts") << QByteArray(
        R"("donor": {"first_name": "\u05d3\u05d5\u05d3", "last_name": "\u05dc\u05d5\u05d9"},)"
        R"( "cause": {"name": "Torah"})") << QStringLiteral("\u05d3\u05d5\u05d3 \u05dc\u05d5\u05d9")
                                             << ""
                                             << "Torah";
    QTest::newRow("donor as an array")
        << QByteArray(R"("donor": [{"firstName": "Ada", "lastName": "Lovelace"}])")
        << "Ada Lovelace"
        << ""
        << "";
    QTest::newRow("top-level parts, first name only")
        << QByteArray(R"("firstName": "Cher", "email": "cher@example.com")") << "Cher"
        << "cher@example.com"
        << "";
    QTest::newRow("ids as campaign") << QByteArray(R"("charityId": 4242)") << ""
                                     << ""
                                     << "4242";
    QTest::newRow("empty name falls through")
        << QByteArray(R"("donorName": "", "donor": {"name": "Bob"})") << "Bob"
        << ""
        << "";
}

void ChangeUpAdapterTest::donorAndCampaignSources()
{
    QFETCH(QByteArray, extra);
    QFETCH(QString, donor);
    QFETCH(QString, email);
    QFETCH(QString, campaign);

    DD_NORMALIZE_ONE(e, changeup, request(donation(extra)), widget());
    QCOMPARE(e.donorName, donor);
    QCOMPARE(e.donorEmail, email);
    QCOMPARE(e.campaign, campaign);
}

void ChangeUpAdapterTest::recurringValues_data()
{
    QTest::addColumn<QByteArray>("value"); // empty: absent
    QTest::addColumn<QString>("recurring");

    QTest::newRow("absent") << QByteArray() << "unset";
    QTest::newRow("true") << QByteArray("true") << "true";
    QTest::newRow("\"yes\"") << QByteArray("\"yes\"") << "true";
    QTest::newRow("1") << QByteArray("1") << "true";
    QTest::newRow("false") << QByteArray("false") << "false";
    QTest::newRow("\"0\"") << QByteArray("\"0\"") << "false";
    QTest::newRow("\"\"") << QByteArray("\"\"") << "unset";
    QTest::newRow("null") << QByteArray("null") << "unset";
}

void ChangeUpAdapterTest::recurringValues()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, recurring);
    const QByteArray body = value.isEmpty() ? donation() : donation(R"("isRecurring": )" + value);
    DD_NORMALIZE_ONE(e, changeup, request(body), widget());
    QCOMPARE(AdapterTest::recurring(e.recurring), recurring);
}

void ChangeUpAdapterTest::endpointCurrencyAndZone()
{
    const QByteArray body =
        R"({"transactionId": "T-9", "amount": "5", "transactionOrderDate": "2024-01-10 10:00:00"})";
    EndpointConfig ep = widget({}, QStringLiteral(" eur"));
    ep.timezone = QStringLiteral("Asia/Jerusalem");
    DD_NORMALIZE_ONE(e, changeup, request(body), ep);
    QCOMPARE(money(e.amount), QStringLiteral("EUR 500"));
    QCOMPARE(utc(e.donatedAt), QStringLiteral("2024-01-10T08:00:00Z"));
    // The payload's currency and an explicit offset win.
    DD_NORMALIZE_ONE(f, changeup, request(donation()), ep);
    QCOMPARE(money(f.amount), QStringLiteral("USD 1000"));
    QCOMPARE(utc(f.donatedAt), QStringLiteral("2024-05-25T10:00:00Z"));
}

void ChangeUpAdapterTest::dedupeKeys()
{
    auto key = [&](const QByteArray &body) -> QString {
        const NormalizeResult r = changeup.normalize(request(body), widget());
        return r.events.size() == 1 ? r.events.first().dedupeKey
                                    : QStringLiteral("error: ") + r.error;
    };
    const QByteArray completed = fixture("donation-completed.json");
    QCOMPARE(key(completed), key(completed));
    QCOMPARE(key(completed), QStringLiteral("changeup:txn_01HV8Z6Q2K:completed"));
    auto withStatus = [&](const char *word) -> QString {
        return key(donation("\"status\": \"" + QByteArray(word) + '"'));
    };
    QCOMPARE(withStatus("Refunded"), withStatus("refunded"));
    QVERIFY(withStatus("completed") != withStatus("refunded"));
    QVERIFY(withStatus("completed") != withStatus("cancelled"));
    // The default status is "completed".
    QCOMPARE(key(donation()), withStatus("completed"));
}

QTEST_GUILESS_MAIN(ChangeUpAdapterTest)
#include "tst_changeupadapter.moc"
