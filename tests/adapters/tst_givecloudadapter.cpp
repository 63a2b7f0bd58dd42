#include "adaptertest.h"

#include "providers/signatures.h"

#include <QUuid>

using namespace AdapterTest;

namespace {

// The fixture contribution-paid-php.json is signed with this secret; its digest was computed
// independently of the code under test.
const QByteArray Secret = "9f2c4e7a1b3d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8";
const QByteArray PhpBodyDigest = "c270454a2eeeb4456cc4ff8979e44cc228ba440b";

HeaderList givecloudHeaders(const QByteArray &event, const QByteArray &signature = {})
{
    HeaderList h {{"Content-Type", "application/json"}, {"User-Agent", "Givecloud-Hookshot/1.0"},
        {"X-Givecloud-Event", event},
        {"X-Givecloud-Delivery", "6f1c2d3e-4b5a-4978-8a9b-0c1d2e3f4a5b"},
        {"X-Givecloud-Domain", "example.givecloud.co"}};
    if (!signature.isEmpty())
        h << qMakePair(QByteArray("X-Givecloud-Signature"), signature);
    return h;
}

QByteArray digest(const QByteArray &body)
{
    return Signatures::hmacHex(QCryptographicHash::Sha1, Secret, body);
}

// A small contribution for the edge cases; `extra` is spliced into the object.
QByteArray contribution(const QByteArray &extra = {})
{
    QByteArray body = R"({"id": "EDGE01", "currency": "USD", "total_amount": "10.00",)"
                      R"( "ordered_at": "2024-05-25T10:00:00Z", "email": "edge@example.com")";
    if (!extra.isEmpty())
        body += ", " + extra;
    return body + '}';
}

} // namespace

class GivecloudAdapterTest : public QObject
{
    Q_OBJECT

private:
    const ProviderAdapter &gc = adapter("givecloud");

private slots:
    void identity();
    void verify_data();
    void verify();
    void verifyReasonsNameHeaderAndAlgorithm();
    void phpEscapedSlashesAreSignedRaw();
    void signRoundTrip();
    void normalizeDocumentationExample();
    void normalizeFixtures_data();
    void normalizeFixtures();
    void phpBodyNormalizes();
    void eventFromHeader_data();
    void eventFromHeader();
    void eventInferredWithoutHeader_data();
    void eventInferredWithoutHeader();
    void supporterEventsIgnored_data();
    void supporterEventsIgnored();
    void unknownEventFails();
    void refundTooPreciseFails();
    void refunds_data();
    void refunds();
    void dedupeKeys();
    void recurringBatch();
    void emptyBatchIgnored();
    void emptyStringsAreAbsent();
    void wrongTypes_data();
    void wrongTypes();
    void missingFields_data();
    void missingFields();
    void endpointCurrency();
    void unreadableTimeIsANote();
};

void GivecloudAdapterTest::identity()
{
    QCOMPARE(gc.id(), QStringLiteral("givecloud"));
    QCOMPARE(gc.displayName(), QStringLiteral("Givecloud"));
    QVERIFY(gc.acceptsSecret());
    QVERIFY(!gc.needsCurrency());
    QVERIFY(gc.setupHint().contains(u"X-Givecloud-Signature"));
    QVERIFY(gc.events().contains(u"contribution_paid"));
    QVERIFY(gc.events().contains(u"contribution_refunded"));
    QVERIFY(!gc.events().contains(u"supporter_updated"));
    const QByteArray secret = gc.generateSecret();
    QCOMPARE(secret.size(), 64); // 256 bits, hex
    QVERIFY(secret != gc.generateSecret());
}

void GivecloudAdapterTest::verify_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("signature"); // empty: header absent
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<int>("httpStatus");

    const QByteArray body =
        TestData::read(QStringLiteral("providers/givecloud/contribution-paid.json"));
    const QByteArray batch =
        TestData::read(QStringLiteral("providers/givecloud/contributions-paid-batch.json"));
    QTest::newRow("signed") << Secret << body << digest(body) << "accept" << 200;
    QTest::newRow("signed, upper-case hex")
        << Secret << body << digest(body).toUpper() << "accept" << 200;
    QTest::newRow("signed batch array") << Secret << batch << digest(batch) << "accept" << 200;
    QTest::newRow("no secret, no signature")
        << QByteArray() << body << QByteArray() << "accept" << 200;
    QTest::newRow("no secret, any signature ignored")
        << QByteArray() << body << QByteArray("00") << "accept" << 200;
    QTest::newRow("bad signature") << Secret << body << digest(body + ' ') << "unauthorized" << 401;
    QTest::newRow("missing signature") << Secret << body << QByteArray() << "unauthorized" << 401;
    QTest::newRow("signature of another secret")
        << Secret << body << Signatures::hmacHex(QCryptographicHash::Sha1, "other", body)
        << "unauthorized" << 401;
    QTest::newRow("SHA-256 instead of SHA-1")
        << Secret << body << Signatures::hmacHex(QCryptographicHash::Sha256, Secret, body)
        << "unauthorized" << 401;
    // Authentic but unreadable: the sender must fix the body, not the secret.
    const QByteArray truncated = body.left(body.size() / 2);
    QTest::newRow("malformed JSON, signed")
        << Secret << truncated << digest(truncated) << "badrequest" << 400;
    QTest::newRow("malformed JSON, no secret")
        << QByteArray() << QByteArray("{\"id\": ") << QByteArray() << "badrequest" << 400;
    QTest::newRow("scalar body") << QByteArray() << QByteArray("\"KJLEMLD8\"") << QByteArray()
                                 << "badrequest" << 400;
    QTest::newRow("empty body") << QByteArray() << QByteArray() << QByteArray() << "badrequest"
                                << 400;
    // The signature is checked before the body is read.
    QTest::newRow("malformed JSON, bad signature")
        << Secret << truncated << QByteArray("00") << "unauthorized" << 401;
}

void GivecloudAdapterTest::verify()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, signature);
    QFETCH(QString, verdict);
    QFETCH(int, httpStatus);

    const Verdict v = gc.verify(request(body, givecloudHeaders("contribution_paid", signature)),
        endpoint(QStringLiteral("givecloud"), secret), receivedAt());
    QCOMPARE(kind(v), verdict);
    QCOMPARE(v.httpStatus(), httpStatus);
    QCOMPARE(v.accepted(), httpStatus == 200);
    QCOMPARE(v.reason.isEmpty(), httpStatus == 200);
}

void GivecloudAdapterTest::verifyReasonsNameHeaderAndAlgorithm()
{
    const QByteArray body = contribution();
    const EndpointConfig ep = endpoint(QStringLiteral("givecloud"), Secret);

    const Verdict mismatch = gc.verify(
        request(body, givecloudHeaders("contribution_paid", "deadbeef")), ep, receivedAt());
    QCOMPARE(kind(mismatch), QStringLiteral("unauthorized"));
    QVERIFY2(mismatch.reason.contains(u"signature mismatch"), qPrintable(mismatch.reason));
    QVERIFY2(mismatch.reason.contains(u"X-Givecloud-Signature"), qPrintable(mismatch.reason));
    QVERIFY2(mismatch.reason.contains(u"HMAC-SHA1"), qPrintable(mismatch.reason));

    const Verdict missing =
        gc.verify(request(body, givecloudHeaders("contribution_paid")), ep, receivedAt());
    QVERIFY2(missing.reason.contains(u"signature missing"), qPrintable(missing.reason));
    QVERIFY2(missing.reason.contains(u"Givecloud"), qPrintable(missing.reason));
    QVERIFY2(missing.reason.contains(u"X-Givecloud-Signature"), qPrintable(missing.reason));

    const Verdict malformed = gc.verify(
        request("[{", givecloudHeaders("contribution_paid", digest("[{"))), ep, receivedAt());
    QVERIFY2(malformed.reason.contains(u"malformed body"), qPrintable(malformed.reason));
    QVERIFY2(malformed.reason.contains(u"byte"), qPrintable(malformed.reason));
}

void GivecloudAdapterTest::phpEscapedSlashesAreSignedRaw()
{
    // PHP writes "https:\/\/..." and \uXXXX escapes; the digest is over exactly those bytes.
    const QByteArray raw =
        TestData::read(QStringLiteral("providers/givecloud/contribution-paid-php.json"));
    const QByteArray escapedUrl = R"(https:\/\/donate.example.org\/he\/)";
    const QByteArray escapedHebrew = R"(\u05e9)";
    QVERIFY(raw.contains(escapedUrl));
    QVERIFY(raw.contains(escapedHebrew));
    QCOMPARE(digest(raw), PhpBodyDigest);

    const EndpointConfig ep = endpoint(QStringLiteral("givecloud"), Secret);
    const Verdict ok = gc.verify(
        request(raw, givecloudHeaders("contribution_paid", PhpBodyDigest)), ep, receivedAt());
    QVERIFY2(ok.accepted(), qPrintable(ok.reason));

    // The same JSON re-serialised (as a framework would) is different bytes and must not pass.
    const QByteArray reserialised = QJsonDocument::fromJson(raw).toJson(QJsonDocument::Compact);
    QVERIFY(reserialised != raw);
    QVERIFY(!reserialised.contains("\\/"));
    const Verdict bad =
        gc.verify(request(reserialised, givecloudHeaders("contribution_paid", PhpBodyDigest)), ep,
            receivedAt());
    QCOMPARE(kind(bad), QStringLiteral("unauthorized"));
}

void GivecloudAdapterTest::signRoundTrip()
{
    const QByteArray body =
        TestData::read(QStringLiteral("providers/givecloud/contribution-paid-php.json"));
    const EndpointConfig ep = endpoint(QStringLiteral("givecloud"), Secret);
    const SignedRequest s = gc.sign(body, ep, receivedAt(), "msg-1");
    QCOMPARE(s.body, body); // signed as is, never re-serialised
    QCOMPARE(headerValue(s.headers, "X-Givecloud-Signature"), PhpBodyDigest);
    QVERIFY(headerValue(s.headers, "User-Agent").startsWith("Givecloud-Hookshot/"));
    QVERIFY(!QUuid::fromString(QString::fromLatin1(headerValue(s.headers, "X-Givecloud-Delivery")))
                 .isNull());
    QVERIFY(!headerValue(s.headers, "X-Givecloud-Domain").isEmpty());
    QCOMPARE(headerValue(s.headers, "Content-Type"), QByteArray("application/json"));

    const Verdict v = gc.verify(request(s), ep, receivedAt());
    QVERIFY2(v.accepted(), qPrintable(v.reason));

    // Without a secret: no signature header, and still accepted.
    const EndpointConfig open = endpoint(QStringLiteral("givecloud"));
    const SignedRequest u = gc.sign(body, open, receivedAt(), "msg-2");
    QVERIFY(headerValue(u.headers, "X-Givecloud-Signature").isEmpty());
    QVERIFY(gc.verify(request(u), open, receivedAt()).accepted());
    // A signed request verified against another secret fails.
    QCOMPARE(
        kind(gc.verify(request(s), endpoint(QStringLiteral("givecloud"), "another"), receivedAt())),
        QStringLiteral("unauthorized"));
}

void GivecloudAdapterTest::normalizeDocumentationExample()
{
    const QByteArray body =
        TestData::read(QStringLiteral("providers/givecloud/contribution-paid.json"));
    DD_NORMALIZE_ONE(e, gc, request(body, givecloudHeaders("contribution_paid")),
        endpoint(QStringLiteral("givecloud")));
    QCOMPARE(e.kind, QStringLiteral("donation"));
    QCOMPARE(e.externalId, QStringLiteral("KJLEMLD8"));
    QCOMPARE(e.eventName, QStringLiteral("contribution_paid"));
    QCOMPARE(e.providerStatus, QStringLiteral("contribution_paid"));
    QCOMPARE(status(e.status), QStringLiteral("paid"));
    QCOMPARE(money(e.amount), QStringLiteral("USD 900"));
    QCOMPARE(e.amountText, QStringLiteral("9"));
    QCOMPARE(units(e.refundedUnits), QStringLiteral("none"));
    QCOMPARE(e.donorName, QStringLiteral("Hilma Hill"));
    QCOMPARE(e.donorEmail, QStringLiteral("hilma.hill@example.com"));
    QCOMPARE(e.campaign, QStringLiteral("spring_sale"));
    QCOMPARE(recurring(e.recurring), QStringLiteral("false"));
    // ordered_at and created_at are null: the payment's capture time is the donation time.
    QCOMPARE(utc(e.donatedAt), QStringLiteral("2020-03-17T23:12:35Z"));
    QCOMPARE(utc(e.paidAt), QStringLiteral("2020-03-17T23:12:35Z"));
    QCOMPARE(utc(e.statusAt), QStringLiteral("null"));
    QCOMPARE(e.dedupeKey, QStringLiteral("givecloud:KJLEMLD8:contribution_paid"));
    QCOMPARE(e.details.value(u"contribution_number").toString(), QStringLiteral("3B765B3D5B"));
    QCOMPARE(e.details.value(u"gateway").toString(), QStringLiteral("givecloudtest"));
    QCOMPARE(e.details.value(u"tracking_source").toString(), QStringLiteral("newsletter"));
    QCOMPARE(e.details.value(u"http_referer").toString(),
        QStringLiteral("https://our-awesome-site.example"));
    QCOMPARE(e.details.value(u"delivery").toString(),
        QStringLiteral("6f1c2d3e-4b5a-4978-8a9b-0c1d2e3f4a5b"));
    QVERIFY(!e.details.contains(u"payment_type")); // null in the example
    QVERIFY2(e.note.isEmpty(), qPrintable(e.note));
    QVERIFY(e.parentExternalId.isEmpty());
    QVERIFY(!e.delayReportBy);
}

void GivecloudAdapterTest::normalizeFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<QString>("externalId");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("refunded");
    QTest::addColumn<QString>("donor");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("campaign");
    QTest::addColumn<QString>("donatedAt");
    QTest::addColumn<QString>("statusAt");

    QTest::newRow("full refund, Cyrillic with combining accents")
        << "contribution-refunded-full.json" << QByteArray("contribution_refunded") << "RF7K2M9Q"
        << "refunded"
        << "EUR 25000"
        << "25000"
        << QStringLiteral(
               "\u0418\u0432\u0430\u0301\u043d \u041f\u0435\u0442\u0440\u043e\u0301\u0432")
        << "ivan.petrov@example.ru"
        << QStringLiteral("\u0417\u0438\u043c\u043d\u0438\u0439 \u0441\u0431\u043e\u0440")
        << "2020-06-01T12:00:00Z"
        << "2020-06-03T08:30:00Z";
    QTest::newRow("partial refund, JPY, CJK name from first and last")
        << "contribution-refunded-partial.json" << QByteArray("contribution_refunded") << "JP5000YN"
        << "partially_refunded"
        << "JPY 250000"
        << "50000" << QStringLiteral("\u5c0f\u660e \u738b") << "wang@example.cn"
        << QStringLiteral("\u5e74\u672b\u52df\u91d1") << "2023-12-22T09:17:26.081Z"
        << "2023-12-23T15:00:00Z";
    QTest::newRow("paid, Hebrew with niqqud, PHP escapes")
        << "contribution-paid-php.json" << QByteArray("contribution_paid") << "GCX4Q7ZP"
        << "paid"
        << "ILS 18050"
        << "none"
        << QStringLiteral(
               "\u05e9\u05c2\u05b8\u05e8\u05b8\u05d4 \u05db\u05bc\u05b9\u05d4\u05b5\u05df")
        << "sarah.cohen@example.co.il"
        << QStringLiteral("\u05e7\u05de\u05e4\u05d9\u05d9\u05df \u05e7\u05d9\u05e5")
        << "2024-02-29T23:59:59Z"
        << "null";
    // A paid event says nothing about refunds, even if the object carries some already.
    QTest::newRow("refunded contribution delivered as paid")
        << "contribution-refunded-full.json" << QByteArray("contribution_paid") << "RF7K2M9Q"
        << "paid"
        << "EUR 25000"
        << "none"
        << QStringLiteral(
               "\u0418\u0432\u0430\u0301\u043d \u041f\u0435\u0442\u0440\u043e\u0301\u0432")
        << "ivan.petrov@example.ru"
        << QStringLiteral("\u0417\u0438\u043c\u043d\u0438\u0439 \u0441\u0431\u043e\u0440")
        << "2020-06-01T12:00:00Z"
        << "null";
}

void GivecloudAdapterTest::normalizeFixtures()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, event);
    QFETCH(QString, externalId);
    QFETCH(QString, status);
    QFETCH(QString, amount);
    QFETCH(QString, refunded);
    QFETCH(QString, donor);
    QFETCH(QString, email);
    QFETCH(QString, campaign);
    QFETCH(QString, donatedAt);
    QFETCH(QString, statusAt);

    const QByteArray body = TestData::read(QStringLiteral("providers/givecloud/") + file);
    DD_NORMALIZE_ONE(
        e, gc, request(body, givecloudHeaders(event)), endpoint(QStringLiteral("givecloud")));
    QCOMPARE(e.externalId, externalId);
    QCOMPARE(AdapterTest::status(e.status), status);
    QCOMPARE(e.providerStatus, QString::fromLatin1(event));
    QCOMPARE(money(e.amount), amount);
    QCOMPARE(units(e.refundedUnits), refunded);
    QCOMPARE(e.donorName, donor);
    QCOMPARE(e.donorEmail, email);
    QCOMPARE(e.campaign, campaign);
    QCOMPARE(utc(e.donatedAt), donatedAt);
    QCOMPARE(utc(e.paidAt), donatedAt); // the contribution was paid when ordered
    QCOMPARE(utc(e.statusAt), statusAt);
    QCOMPARE(recurring(e.recurring), QStringLiteral("false"));
    QVERIFY2(e.note.isEmpty(), qPrintable(e.note));
}

void GivecloudAdapterTest::phpBodyNormalizes()
{
    const QByteArray raw =
        TestData::read(QStringLiteral("providers/givecloud/contribution-paid-php.json"));
    DD_NORMALIZE_ONE(e, gc, request(raw, givecloudHeaders("contribution_paid", PhpBodyDigest)),
        endpoint(QStringLiteral("givecloud"), Secret));
    // Escapes are decoded in what we keep.
    QCOMPARE(e.details.value(u"http_referer").toString(),
        QStringLiteral("https://donate.example.org/he/\u05e7\u05d9\u05e5?a=1/2"));
    QCOMPARE(e.details.value(u"gateway").toString(), QStringLiteral("stripe"));
    QCOMPARE(e.amountText, QStringLiteral("180.5"));
    QVERIFY(!e.details.contains(u"tracking_content")); // "" is absent
}

void GivecloudAdapterTest::eventFromHeader_data()
{
    QTest::addColumn<QByteArray>("header"); // empty: no X-Givecloud-Event
    QTest::addColumn<QString>("endpointEvent"); // the endpoint's fixed event
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("status");

    QTest::newRow("paid") << QByteArray("contribution_paid") << ""
                          << "contribution_paid"
                          << "paid";
    QTest::newRow("refunded") << QByteArray("contribution_refunded") << ""
                              << "contribution_refunded"
                              << "refunded";
    QTest::newRow("recurring batch event") << QByteArray("contributions_paid") << ""
                                           << "contributions_paid"
                                           << "paid";
    QTest::newRow("legacy order_completed") << QByteArray("order_completed") << ""
                                            << "order_completed"
                                            << "paid";
    QTest::newRow("header case and spaces") << QByteArray(" Contribution_Refunded ") << ""
                                            << "contribution_refunded"
                                            << "refunded";
    QTest::newRow("endpoint event without header") << QByteArray() << "contribution_refunded"
                                                   << "contribution_refunded"
                                                   << "refunded";
    QTest::newRow("header beats endpoint event")
        << QByteArray("contribution_paid") << "contribution_refunded"
        << "contribution_paid"
        << "paid";
}

void GivecloudAdapterTest::eventFromHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, endpointEvent);
    QFETCH(QString, event);
    QFETCH(QString, status);

    HeaderList headers = givecloudHeaders(header);
    if (header.isEmpty())
        headers = without(headers, "X-Givecloud-Event");
    DD_NORMALIZE_ONE(e, gc, request(contribution(), headers),
        endpoint(QStringLiteral("givecloud"), {}, {}, endpointEvent));
    QCOMPARE(e.eventName, event);
    QCOMPARE(e.providerStatus, event);
    QCOMPARE(AdapterTest::status(e.status), status);
    QCOMPARE(e.dedupeKey.section(u':', 2, 2), event);
}

void GivecloudAdapterTest::eventInferredWithoutHeader_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("refunded");

    QTest::newRow("nothing refunded") << QByteArray() << "paid"
                                      << "none";
    QTest::newRow("refunded_at null, amount 0")
        << QByteArray(R"("refunded_at": null, "refunded_amount": 0)") << "paid"
        << "none";
    QTest::newRow("empty strings")
        << QByteArray(R"("refunded_at": "", "refunded_amount": "")") << "paid"
        << "none";
    QTest::newRow("refunded_at set")
        << QByteArray(R"("refunded_at": "2024-05-26T10:00:00Z")") << "refunded"
        << "1000";
    QTest::newRow("refunded amount only, partial")
        << QByteArray(R"("refunded_amount": "2.50")") << "partially_refunded"
        << "250";
}

void GivecloudAdapterTest::eventInferredWithoutHeader()
{
    QFETCH(QByteArray, extra);
    QFETCH(QString, status);
    QFETCH(QString, refunded);

    DD_NORMALIZE_ONE(e, gc, request(contribution(extra)), endpoint(QStringLiteral("givecloud")));
    QCOMPARE(AdapterTest::status(e.status), status);
    QCOMPARE(units(e.refundedUnits), refunded);
}

void GivecloudAdapterTest::supporterEventsIgnored_data()
{
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<QByteArray>("body");

    const QByteArray supporter =
        TestData::read(QStringLiteral("providers/givecloud/supporter-updated.json"));
    QTest::newRow("supporter_created") << QByteArray("supporter_created") << supporter;
    QTest::newRow("supporter_updated") << QByteArray("supporter_updated") << supporter;
    QTest::newRow("upper-case event name") << QByteArray("SUPPORTER_UPDATED") << supporter;
    // Not a contribution and not even JSON: still nothing to do, not a dead letter.
    QTest::newRow("supporter event, odd body")
        << QByteArray("supporter_updated") << QByteArray("[]");
}

void GivecloudAdapterTest::supporterEventsIgnored()
{
    QFETCH(QByteArray, event);
    QFETCH(QByteArray, body);

    const NormalizeResult r =
        gc.normalize(request(body, givecloudHeaders(event)), endpoint(QStringLiteral("givecloud")));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(r.events.isEmpty());
    QVERIFY(!r.ignored.isEmpty());
    QVERIFY2(r.ignored.contains(QString::fromLatin1(event).toLower()), qPrintable(r.ignored));
    // An endpoint fixed to supporter events ignores them too.
    const NormalizeResult fixed = gc.normalize(request(body),
        endpoint(QStringLiteral("givecloud"), {}, {}, QStringLiteral("supporter_updated")));
    QVERIFY(fixed.events.isEmpty());
    QVERIFY(!fixed.ignored.isEmpty());
}

void GivecloudAdapterTest::unknownEventFails()
{
    DD_EXPECT_FAILURE(gc, request(contribution(), givecloudHeaders("contribution_disputed")),
        endpoint(QStringLiteral("givecloud")), "unknown Givecloud event", "contribution_disputed",
        "contribution_paid");
}

void GivecloudAdapterTest::refundTooPreciseFails()
{
    const QByteArray body = contribution(R"("refunded_amount": "1.001")");
    DD_EXPECT_FAILURE(gc, request(body, givecloudHeaders("contribution_refunded")),
        endpoint(QStringLiteral("givecloud")), "refunded_amount", "more than 2 decimal places");
}

void GivecloudAdapterTest::refunds_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("refunded");

    QTest::newRow("full, amount equal") << QByteArray(R"("refunded_amount": "10.00")") << "refunded"
                                        << "1000";
    QTest::newRow("full, more than the total")
        << QByteArray(R"("refunded_amount": 12)") << "refunded"
        << "1000";
    QTest::newRow("full, no amount given") << QByteArray() << "refunded"
                                           << "1000";
    QTest::newRow("full, amount zero") << QByteArray(R"("refunded_amount": 0)") << "refunded"
                                       << "1000";
    QTest::newRow("partial") << QByteArray(R"("refunded_amount": "2.5")") << "partially_refunded"
                             << "250";
    QTest::newRow("partial, one cent")
        << QByteArray(R"("refunded_amount": 0.01)") << "partially_refunded"
        << "1";
    QTest::newRow("partial, four places with zeros")
        << QByteArray(R"("refunded_amount": "9.9900")") << "partially_refunded"
        << "999";
}

void GivecloudAdapterTest::refunds()
{
    QFETCH(QByteArray, extra);
    QFETCH(QString, status);
    QFETCH(QString, refunded);

    DD_NORMALIZE_ONE(e, gc, request(contribution(extra), givecloudHeaders("contribution_refunded")),
        endpoint(QStringLiteral("givecloud")));
    QCOMPARE(AdapterTest::status(e.status), status);
    QCOMPARE(units(e.refundedUnits), refunded);
    QCOMPARE(money(e.amount), QStringLiteral("USD 1000"));
    QCOMPARE(utc(e.paidAt), QStringLiteral("2024-05-25T10:00:00Z"));
}

void GivecloudAdapterTest::dedupeKeys()
{
    const EndpointConfig ep = endpoint(QStringLiteral("givecloud"));
    auto key = [&](const QByteArray &body, const QByteArray &event,
                   const QByteArray &delivery) -> QString {
        const NormalizeResult r = gc.normalize(
            request(body, with(givecloudHeaders(event), "X-Givecloud-Delivery", delivery)), ep);
        return r.events.size() == 1 ? r.events.first().dedupeKey
                                    : QStringLiteral("error: ") + r.error;
    };
    const QByteArray paid = contribution();
    // Redelivered by hand: a new delivery id, but the same event.
    QCOMPARE(key(paid, "contribution_paid", "d-1"), key(paid, "contribution_paid", "d-2"));
    QCOMPARE(key(paid, "contribution_paid", "d-1"),
        QStringLiteral("givecloud:EDGE01:contribution_paid"));
    QVERIFY(key(paid, "contribution_paid", "d-1") != key(paid, "contribution_refunded", "d-1"));

    // Two partial refunds, then the rest: three events under one event name, three keys.
    const QString first =
        key(contribution(R"("refunded_amount": "2.50")"), "contribution_refunded", "d-3");
    const QString second =
        key(contribution(R"("refunded_amount": "5.00")"), "contribution_refunded", "d-4");
    const QString full =
        key(contribution(R"("refunded_amount": "10.00")"), "contribution_refunded", "d-5");
    QCOMPARE(first, QStringLiteral("givecloud:EDGE01:contribution_refunded:250"));
    QVERIFY(first != second);
    QVERIFY(second != full);
    // The same refund delivered twice keeps its key.
    const QByteArray sameRefund = contribution(R"("refunded_amount": "2.5")");
    QCOMPARE(key(sameRefund, "contribution_refunded", "d-6"), first);
    // No amount means the whole contribution: the same event as refunding all of it.
    QCOMPARE(key(contribution(), "contribution_refunded", "d-7"), full);
}

void GivecloudAdapterTest::recurringBatch()
{
    const QByteArray body =
        TestData::read(QStringLiteral("providers/givecloud/contributions-paid-batch.json"));
    const NormalizeResult r = gc.normalize(request(body, givecloudHeaders("contributions_paid")),
        endpoint(QStringLiteral("givecloud")));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.events.size(), 3);

    const DonationEvent &a = r.events.at(0);
    QCOMPARE(a.externalId, QStringLiteral("BATCH001"));
    QCOMPARE(money(a.amount), QStringLiteral("USD 2500"));
    QCOMPARE(a.donorName,
        QStringLiteral("\u0645\u062d\u0645\u062f \u0627\u0644\u0623\u062d\u0645\u062f"));
    QCOMPARE(a.donorEmail, QStringLiteral("m.ahmad@example.ae"));
    QCOMPARE(utc(a.donatedAt), QStringLiteral("2024-05-01T00:00:00Z"));

    const DonationEvent &b = r.events.at(1);
    QCOMPARE(b.externalId, QStringLiteral("BATCH002"));
    QCOMPARE(money(b.amount), QStringLiteral("CAD 1050")); // currency object with a lower-case code
    QCOMPARE(b.donorName, QStringLiteral("Zoe\u0308 \U0001F33B Okafor"));
    QCOMPARE(b.donorEmail, QStringLiteral("zoe@example.ca"));

    const DonationEvent &c = r.events.at(2);
    QCOMPARE(c.externalId, QStringLiteral("BATCH003"));
    QCOMPARE(money(c.amount), QStringLiteral("USD 123456789012"));
    QCOMPARE(c.amountText, QStringLiteral("1234567890.12"));
    QCOMPARE(
        c.donorName, QStringLiteral("Jos\u00e9 Nu\u0301n\u0303ez")); // from the billing address
    QCOMPARE(c.donorEmail, QStringLiteral("jose@example.mx"));
    QCOMPARE(utc(c.donatedAt), QStringLiteral("2024-05-01T00:00:02Z"));

    QSet<QString> keys;
    for (const DonationEvent &e : r.events) {
        QCOMPARE(AdapterTest::status(e.status), QStringLiteral("paid"));
        QCOMPARE(recurring(e.recurring), QStringLiteral("true"));
        QVERIFY2(e.note.contains(u"one of 3 contributions"), qPrintable(e.note));
        keys.insert(e.dedupeKey);
    }
    QCOMPARE(keys.size(), 3);

    // Recurring is read from the items themselves too, whatever the event.
    const NormalizeResult single =
        gc.normalize(request(body, givecloudHeaders("contribution_paid")),
            endpoint(QStringLiteral("givecloud")));
    QCOMPARE(single.events.size(), 3);
    QCOMPARE(recurring(single.events.at(0).recurring), QStringLiteral("true")); // is_recurring
    QCOMPARE(
        recurring(single.events.at(1).recurring), QStringLiteral("true")); // line_items object, "1"
    QCOMPARE(recurring(single.events.at(2).recurring),
        QStringLiteral("true")); // recurring_item_count "1"

    // An error in one item names it and drops the whole batch.
    QByteArray broken = body;
    broken.replace("10.5,", "10.555,");
    QVERIFY(broken != body);
    DD_EXPECT_FAILURE(gc, request(broken, givecloudHeaders("contributions_paid")),
        endpoint(QStringLiteral("givecloud")), "contribution 1:", "total_amount",
        "more than 2 decimal places");
}

void GivecloudAdapterTest::emptyBatchIgnored()
{
    const NormalizeResult r = gc.normalize(request("[]", givecloudHeaders("contributions_paid")),
        endpoint(QStringLiteral("givecloud")));
    QVERIFY(r.error.isEmpty());
    QVERIFY(r.events.isEmpty());
    QVERIFY2(r.ignored.contains(u"empty"), qPrintable(r.ignored));
}

void GivecloudAdapterTest::emptyStringsAreAbsent()
{
    // Givecloud writes "" for missing values; none of them is an error, and the next source of
    // each fact is used instead.
    const QByteArray body =
        TestData::read(QStringLiteral("providers/givecloud/contribution-empty-strings.json"));
    DD_NORMALIZE_ONE(e, gc, request(body), endpoint(QStringLiteral("givecloud")));
    QCOMPARE(e.eventName, QStringLiteral("contribution_paid")); // "" refunds: inferred paid
    QCOMPARE(money(e.amount), QStringLiteral("BRL 1550"));
    QCOMPARE(e.donorName, QStringLiteral("Ana Lima"));
    QCOMPARE(e.donorEmail, QStringLiteral("ana.lima@example.com.br"));
    QCOMPARE(e.campaign, QStringLiteral("Amaz\u00f4nia Viva"));
    QCOMPARE(
        utc(e.donatedAt), QStringLiteral("2021-03-29T23:12:35Z")); // payments is an object here
    QCOMPARE(recurring(e.recurring), QStringLiteral("true"));
    QVERIFY(!e.details.contains(u"contribution_number"));
    QVERIFY(!e.details.contains(u"gateway"));
    QVERIFY2(e.note.isEmpty(), qPrintable(e.note));
}

void GivecloudAdapterTest::wrongTypes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("amount");

    QTest::newRow("number") << QByteArray(
        R"({"id": 1001, "currency": "usd", "total_amount": 20.2})")
                            << "USD 2020";
    QTest::newRow("number as string")
        << QByteArray(R"({"id": "1001", "currency": "USD", "total_amount": "20.20"})")
        << "USD 2020";
    QTest::newRow("padded string")
        << QByteArray(R"({"id": " 1001 ", "currency": " usd ", "total_amount": " 20.2 "})")
        << "USD 2020";
    QTest::newRow("currency object with code")
        << QByteArray(R"({"id": 1001, "currency": {"code": "JPY"}, "total_amount": 500})")
        << "JPY 500";
    QTest::newRow("currency only on the payment") << QByteArray(
        R"({"id": 1001, "total_amount": "1.234", "payments": [{"currency": {"iso_code": "KWD"}}]})")
                                                  << "KWD 1234";
    QTest::newRow("payment currency as a string")
        << QByteArray(R"({"id": 1001, "total_amount": "7", "payments": {"currency": "GBP"}})")
        << "GBP 700";
    QTest::newRow("exponent") << QByteArray(
        R"({"id": 1001, "currency": "USD", "total_amount": 2.02e1})")
                              << "USD 2020";
    QTest::newRow("crypto") << QByteArray(
        R"({"id": 1001, "currency": "BTC", "total_amount": "0.00000001"})")
                            << "BTC 1";
}

void GivecloudAdapterTest::wrongTypes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, amount);

    DD_NORMALIZE_ONE(e, gc, request(body, givecloudHeaders("contribution_paid")),
        endpoint(QStringLiteral("givecloud")));
    QCOMPARE(e.externalId, QStringLiteral("1001"));
    QCOMPARE(money(e.amount), amount);
}

void GivecloudAdapterTest::missingFields_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    QTest::newRow("no id") << QByteArray(R"({"currency": "USD", "total_amount": 5})")
                           << "contribution \"id\" missing";
    QTest::newRow("empty id") << QByteArray(R"({"id": "", "currency": "USD", "total_amount": 5})")
                              << "contribution \"id\" missing";
    QTest::newRow("no total") << QByteArray(R"({"id": "X1", "currency": "USD"})")
                              << "\"total_amount\" missing";
    QTest::newRow("empty total") << QByteArray(
        R"({"id": "X1", "currency": "USD", "total_amount": ""})")
                                 << "\"total_amount\" missing";
    QTest::newRow("no currency") << QByteArray(R"({"id": "X1", "total_amount": 5})")
                                 << "\"currency\" missing and the endpoint has no currency set";
    QTest::newRow("unusable currency")
        << QByteArray(R"({"id": "X1", "currency": "$", "total_amount": 5})")
        << "currency: \"$\" is not a currency code";
    QTest::newRow("too many places")
        << QByteArray(R"({"id": "X1", "currency": "USD", "total_amount": "10.125"})")
        << "total_amount: 10.125 USD: 10.125 has more than 2 decimal places";
    QTest::newRow("JPY fraction") << QByteArray(
        R"({"id": "X1", "currency": "JPY", "total_amount": 500.5})")
                                  << "total_amount";
    QTest::newRow("formatted amount")
        << QByteArray(R"({"id": "X1", "currency": "USD", "total_amount": "$5.00"})")
        << "total_amount";
    QTest::newRow("amount as object")
        << QByteArray(R"({"id": "X1", "currency": "USD", "total_amount": {"value": 5}})")
        << "total_amount: expected a number";
    QTest::newRow("array item not an object")
        << QByteArray(R"([{"id": "X1", "currency": "USD", "total_amount": 5}, 7])")
        << "contribution 1: contribution \"id\" missing";
}

void GivecloudAdapterTest::missingFields()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);

    const NormalizeResult r = gc.normalize(request(body, givecloudHeaders("contribution_paid")),
        endpoint(QStringLiteral("givecloud")));
    QVERIFY(r.events.isEmpty());
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
}

void GivecloudAdapterTest::endpointCurrency()
{
    const QByteArray body = R"({"id": "X1", "total_amount": "5.5"})";
    DD_NORMALIZE_ONE(e, gc, request(body, givecloudHeaders("contribution_paid")),
        endpoint(QStringLiteral("givecloud"), {}, QStringLiteral(" cad ")));
    QCOMPARE(money(e.amount), QStringLiteral("CAD 550"));
    // The payload's currency wins over the endpoint's.
    DD_NORMALIZE_ONE(f, gc, request(contribution(), givecloudHeaders("contribution_paid")),
        endpoint(QStringLiteral("givecloud"), {}, QStringLiteral("CAD")));
    QCOMPARE(money(f.amount), QStringLiteral("USD 1000"));
}

void GivecloudAdapterTest::unreadableTimeIsANote()
{
    const QByteArray body = contribution(R"("created_at": "2024-05-24T08:00:00Z")")
                                .replace("2024-05-25T10:00:00Z", "next Tuesday");
    DD_NORMALIZE_ONE(e, gc, request(body, givecloudHeaders("contribution_paid")),
        endpoint(QStringLiteral("givecloud")));
    // The unreadable ordered_at is noted, and the next time in line is used.
    QVERIFY2(e.note.contains(u"ordered_at ignored"), qPrintable(e.note));
    QVERIFY2(e.note.contains(u"next Tuesday"), qPrintable(e.note));
    QCOMPARE(utc(e.donatedAt), QStringLiteral("2024-05-24T08:00:00Z"));
}

QTEST_GUILESS_MAIN(GivecloudAdapterTest)
#include "tst_givecloudadapter.moc"
