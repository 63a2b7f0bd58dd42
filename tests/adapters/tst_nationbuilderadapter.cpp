#include "adaptertest.h"

using namespace AdapterTest;

namespace {

EndpointConfig nationEndpoint(const QByteArray &secret = "sharedsecret",
    const QString &currency = QStringLiteral("USD"), const QString &event = {},
    const QString &timezone = {})
{
    EndpointConfig e = endpoint(QStringLiteral("nationbuilder"), secret, currency, event);
    e.timezone = timezone;
    return e;
}

QByteArray fixture(const char *name)
{
    return TestData::read(QStringLiteral("providers/nationbuilder/") + QLatin1String(name));
}

// A current-format body built around `donation` (the inside of payload.donation).
QByteArray body(const QByteArray &donation, const QByteArray &token = "sharedsecret")
{
    return R"({"nation_slug": "foobar", "payload": {"donation": )" + donation + "}, \"token\": \""
        + token + "\", \"version\": 4}";
}

} // namespace

class NationBuilderAdapterTest : public QObject
{
    Q_OBJECT

private:
    const ProviderAdapter &nb = adapter("nationbuilder");

private slots:
    void identity();
    void verify_data();
    void verify();
    void verifyReasons();
    void signRoundTrip();
    void currentPayload();
    void legacyPayload();
    void legacyTimesInTheEndpointZone_data();
    void legacyTimesInTheEndpointZone();
    void legacySucceededWithTwoSpaceTime();
    void statusInference_data();
    void statusInference();
    void fixtures_data();
    void fixtures();
    void endpointEventOverrides_data();
    void endpointEventOverrides();
    void currencyFromEndpoint();
    void currencyMissingFails();
    void amounts_data();
    void amounts();
    void dedupeKeys();
    void donationLocations();
    void missingFields_data();
    void missingFields();
};

void NationBuilderAdapterTest::identity()
{
    QCOMPARE(nb.id(), QStringLiteral("nationbuilder"));
    QVERIFY(nb.needsCurrency());
    QVERIFY(nb.acceptsSecret());
    // The token is NationBuilder's: copied from there, never generated here.
    QVERIFY(nb.generateSecret().isEmpty());
    QCOMPARE(nb.events(),
        (QStringList {QStringLiteral("succeeded"), QStringLiteral("changed"),
            QStringLiteral("canceled"), QStringLiteral("failed")}));
    QVERIFY(nb.setupHint().contains(u"token"));
}

void NationBuilderAdapterTest::verify_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("verdict");

    const QByteArray current = fixture("donation-current.json");
    const QByteArray legacy = fixture("donation-legacy-v2.json");
    QTest::newRow("current, token matches") << QByteArray("sharedsecret") << current << "accept";
    QTest::newRow("legacy, token matches") << QByteArray("sharedsecret") << legacy << "accept";
    QTest::newRow("token mismatch") << QByteArray("othersecret") << current << "unauthorized";
    QTest::newRow("token prefix only") << QByteArray("sharedsecretX") << current << "unauthorized";
    QTest::newRow("token missing")
        << QByteArray("sharedsecret") << QByteArray(R"({"payload": {"donation": {"id": 1}}})")
        << "unauthorized";
    QTest::newRow("token empty") << QByteArray(
        "sharedsecret") << QByteArray(R"({"payload": {"donation": {"id": 1}}, "token": ""})")
                                 << "unauthorized";
    QTest::newRow("token null") << QByteArray(
        "sharedsecret") << QByteArray(R"({"payload": {"donation": {"id": 1}}, "token": null})")
                                << "unauthorized";
    QTest::newRow("token as a number")
        << QByteArray("20240229") << QByteArray(R"({"payload": {}, "token": 20240229})")
        << "accept";
    QTest::newRow("token with unicode")
        << QByteArray("s\xc3\xa9same") << QByteArray("{\"token\": \"s\\u00e9same\"}") << "accept";
    QTest::newRow("no secret: token not checked") << QByteArray() << current << "accept";
    QTest::newRow("no secret, no token")
        << QByteArray() << QByteArray(R"({"payload": {}})") << "accept";
    QTest::newRow("malformed JSON")
        << QByteArray("sharedsecret") << current.left(100) << "badrequest";
    QTest::newRow("malformed JSON, no secret")
        << QByteArray() << QByteArray("token=sharedsecret") << "badrequest";
    QTest::newRow("array body") << QByteArray("sharedsecret")
                                << QByteArray(R"([{"token": "sharedsecret"}])") << "badrequest";
}

void NationBuilderAdapterTest::verify()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, body);
    QFETCH(QString, verdict);

    const Verdict v = nb.verify(request(body), nationEndpoint(secret), receivedAt());
    QCOMPARE(kind(v), verdict);
    QCOMPARE(v.httpStatus(), verdict == u"accept" ? 200 : verdict == u"unauthorized" ? 401 : 400);
}

void NationBuilderAdapterTest::verifyReasons()
{
    const Verdict missing =
        nb.verify(request(R"({"payload": {}})"), nationEndpoint(), receivedAt());
    QVERIFY2(missing.reason.contains(u"token missing"), qPrintable(missing.reason));
    QVERIFY2(missing.reason.contains(u"\"token\""), qPrintable(missing.reason));

    const Verdict mismatch =
        nb.verify(request(fixture("donation-current.json")), nationEndpoint("nope"), receivedAt());
    QVERIFY2(mismatch.reason.contains(u"token mismatch"), qPrintable(mismatch.reason));
    QVERIFY2(
        !mismatch.reason.contains(u"sharedsecret"), qPrintable(mismatch.reason)); // never echoed

    const Verdict malformed = nb.verify(request("{\"token\": "), nationEndpoint(), receivedAt());
    QVERIFY2(malformed.reason.contains(u"malformed body"), qPrintable(malformed.reason));
}

void NationBuilderAdapterTest::signRoundTrip()
{
    // sign() puts the token into the body, as NationBuilder does.
    const QByteArray unsignedBody =
        body(R"({"id": 501, "amount_in_cents": 1500, "succeeded_at": "2024-05-25T10:00:00Z"})",
            "placeholder");
    const EndpointConfig ep = nationEndpoint("n4t10n-t0k3n");
    const SignedRequest s = nb.sign(unsignedBody, ep, receivedAt(), "msg-1");
    QVERIFY(s.body.contains("n4t10n-t0k3n"));
    QVERIFY(!s.body.contains("placeholder"));
    const Verdict v = nb.verify(request(s), ep, receivedAt());
    QVERIFY2(v.accepted(), qPrintable(v.reason));
    QCOMPARE(
        kind(nb.verify(request(unsignedBody), ep, receivedAt())), QStringLiteral("unauthorized"));
    // The signed body still normalizes to the same donation.
    DD_NORMALIZE_ONE(e, nb, request(s), ep);
    QCOMPARE(e.externalId, QStringLiteral("501"));
    QCOMPARE(money(e.amount), QStringLiteral("USD 1500"));

    // Round trip for both fixtures, whose tokens differ from the endpoint's.
    for (const char *name :
        {"donation-current.json", "donation-legacy-v2.json", "donation-canceled.json"}) {
        const SignedRequest f = nb.sign(fixture(name), ep, receivedAt(), "msg-2");
        QVERIFY2(nb.verify(request(f), ep, receivedAt()).accepted(), name);
    }
    // Without a secret the body is left untouched.
    const QByteArray raw = fixture("donation-current.json");
    QCOMPARE(nb.sign(raw, nationEndpoint({}), receivedAt(), "msg-3").body, raw);
}

void NationBuilderAdapterTest::currentPayload()
{
    DD_NORMALIZE_ONE(e, nb, request(fixture("donation-current.json")), nationEndpoint());
    QCOMPARE(e.kind, QStringLiteral("donation"));
    QCOMPARE(e.externalId, QStringLiteral("87"));
    QCOMPARE(status(e.status), QStringLiteral("paid")); // succeeded_at set, no endpoint event
    QCOMPARE(e.providerStatus, QStringLiteral("succeeded"));
    QCOMPARE(e.eventName, QStringLiteral("donation_succeeded"));
    QCOMPARE(money(e.amount), QStringLiteral("USD 2020"));
    QCOMPARE(e.amount->toString(), QStringLiteral("20.20"));
    QCOMPARE(e.amountText, QStringLiteral("2020"));
    // The donor object wins over the top-level first_name ("Jake").
    QCOMPARE(e.donorName, QStringLiteral("Joe Doe"));
    QCOMPARE(e.donorEmail, QStringLiteral("joe@example.com"));
    QCOMPARE(e.campaign, QStringLiteral("ticket_sales"));
    QCOMPARE(recurring(e.recurring), QStringLiteral("true"));
    QCOMPARE(utc(e.donatedAt), QStringLiteral("2014-02-11T15:21:43Z"));
    QCOMPARE(utc(e.paidAt), QStringLiteral("2014-02-11T15:21:43Z"));
    QCOMPARE(utc(e.statusAt), QStringLiteral("2014-02-11T15:21:43Z"));
    QCOMPARE(e.dedupeKey, QStringLiteral("nationbuilder:87:2014-02-11T10:21:43-05:00"));
    QCOMPARE(e.details.value(u"nation_slug").toString(), QStringLiteral("foobar"));
    QCOMPARE(e.details.value(u"pledge_id").toString(), QStringLiteral("44"));
    QCOMPARE(e.details.value(u"recurring_donation_id").toString(), QStringLiteral("5"));
    QCOMPARE(e.details.value(u"payment_type_name").toString(), QStringLiteral("Cash"));
    QCOMPARE(e.details.value(u"check_number").toString(), QStringLiteral("7373474378349"));
    QCOMPARE(e.details.value(u"is_private").toString(), QStringLiteral("false"));
    QVERIFY(!e.details.contains(u"legacy"));
    QVERIFY2(e.note.isEmpty(), qPrintable(e.note));
}

void NationBuilderAdapterTest::legacyPayload()
{
    // The legacy example as published, with "\/" escapes and no succeeded_at.
    const QByteArray raw = fixture("donation-legacy-v2.json");
    const QByteArray escapedTime = R"(05\/30\/2013 12:51 AM)";
    QVERIFY(raw.contains(escapedTime));
    DD_NORMALIZE_ONE(e, nb, request(raw), nationEndpoint());
    QCOMPARE(e.externalId, QStringLiteral("1")); // donation_nationbuilder_id
    QCOMPARE(status(e.status), QStringLiteral("pending"));
    QCOMPARE(e.providerStatus, QStringLiteral("pending"));
    QCOMPARE(money(e.amount), QStringLiteral("USD 2020")); // "currency": null, so the endpoint's
    QCOMPARE(e.donorName, QStringLiteral("Joe Doe")); // signup.full_name
    QCOMPARE(e.donorEmail, QStringLiteral("joe@example.com")); // signup.email1
    QCOMPARE(utc(e.donatedAt), QStringLiteral("2013-05-30T00:51:00Z"));
    QCOMPARE(utc(e.paidAt), QStringLiteral("null"));
    QCOMPARE(utc(e.statusAt), QStringLiteral("null"));
    QCOMPARE(recurring(e.recurring), QStringLiteral("false"));
    QCOMPARE(e.campaign, QString()); // page_slug and tracking_code_slug are null
    QCOMPARE(e.details.value(u"legacy").toBool(), true);
    QCOMPARE(e.details.value(u"payment_type_name").toString(), QStringLiteral("Cash"));
    // No updated_at in legacy payloads: the key is built from the times that are there.
    QCOMPARE(e.dedupeKey, QStringLiteral("nationbuilder:1:pending|05/30/2013 12:51 AM|||"));
    QVERIFY2(e.note.isEmpty(), qPrintable(e.note));
}

void NationBuilderAdapterTest::legacyTimesInTheEndpointZone_data()
{
    QTest::addColumn<QString>("timezone");
    QTest::addColumn<QString>("donatedAt");

    QTest::newRow("UTC by default") << ""
                                    << "2013-05-30T00:51:00Z";
    QTest::newRow("IANA Los Angeles (PDT)") << "America/Los_Angeles"
                                            << "2013-05-30T07:51:00Z";
    QTest::newRow("Windows Pacific") << "Pacific Standard Time"
                                     << "2013-05-30T07:51:00Z";
    QTest::newRow("Kathmandu") << "Asia/Kathmandu"
                               << "2013-05-29T19:06:00Z";
    QTest::newRow("unknown zone falls back to UTC") << "Atlantis/Capital"
                                                    << "2013-05-30T00:51:00Z";
}

void NationBuilderAdapterTest::legacyTimesInTheEndpointZone()
{
    QFETCH(QString, timezone);
    QFETCH(QString, donatedAt);

    DD_NORMALIZE_ONE(e, nb, request(fixture("donation-legacy-v2.json")),
        nationEndpoint("sharedsecret", QStringLiteral("USD"), {}, timezone));
    QCOMPARE(utc(e.donatedAt), donatedAt);
    // Current payloads carry an offset, which wins over the endpoint's zone.
    DD_NORMALIZE_ONE(c, nb, request(fixture("donation-current.json")),
        nationEndpoint("sharedsecret", QStringLiteral("USD"), {}, timezone));
    QCOMPARE(utc(c.donatedAt), QStringLiteral("2014-02-11T15:21:43Z"));
}

void NationBuilderAdapterTest::legacySucceededWithTwoSpaceTime()
{
    DD_NORMALIZE_ONE(e, nb, request(fixture("donation-legacy-succeeded.json")), nationEndpoint());
    QCOMPARE(e.externalId, QStringLiteral("2"));
    QCOMPARE(status(e.status), QStringLiteral("paid"));
    // The legacy payload's own currency wins over the endpoint's.
    QCOMPARE(money(e.amount), QStringLiteral("CAD 123456"));
    QCOMPARE(e.amount->toString(), QStringLiteral("1234.56"));
    // "05/28/2013  3:37 PM": two spaces before a one-digit hour.
    QCOMPARE(utc(e.donatedAt), QStringLiteral("2013-05-28T15:37:00Z"));
    QCOMPARE(utc(e.paidAt), QStringLiteral("2013-05-28T15:37:00Z"));
    QCOMPARE(utc(e.statusAt), QStringLiteral("2013-05-28T15:37:00Z"));
    // full_name is null: first and last name from the signup.
    QCOMPARE(e.donorName,
        QStringLiteral("\u0414\u043c\u0438\u0301\u0442\u0440\u0438\u0439 "
                       "\u0412\u043e\u043b\u043a\u043e\u0432"));
    QCOMPARE(e.donorEmail, QStringLiteral("dmitri@example.ca"));
    QCOMPARE(e.campaign, QStringLiteral("gala-2013"));
    QCOMPARE(e.details.value(u"check_number").toString(), QStringLiteral("1042"));
    QCOMPARE(e.details.value(u"legacy").toBool(), true);
}

void NationBuilderAdapterTest::statusInference_data()
{
    QTest::addColumn<QByteArray>("times");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("statusAt");
    QTest::addColumn<QString>("paidAt");

    const QByteArray created =
        R"("created_at": "2024-05-25T10:00:00+02:00", "updated_at": "2024-05-25T12:00:00+02:00")";
    QTest::newRow("nothing set: pending") << created << "pending"
                                          << "2024-05-25T10:00:00Z"
                                          << "null";
    QTest::newRow("succeeded") << created + R"(, "succeeded_at": "2024-05-25T10:05:00+02:00")"
                               << "paid"
                               << "2024-05-25T08:05:00Z"
                               << "2024-05-25T08:05:00Z";
    QTest::newRow("failed") << created + R"(, "failed_at": "2024-05-25T10:06:00+02:00")"
                            << "failed"
                            << "2024-05-25T08:06:00Z"
                            << "null";
    QTest::newRow("canceled after success") << created
            + R"(, "succeeded_at": "2024-05-25T10:05:00+02:00",)"
              R"( "canceled_at": "2024-05-25T11:00:00+02:00")"
                                            << "canceled"
                                            << "2024-05-25T09:00:00Z"
                                            << "2024-05-25T08:05:00Z";
    QTest::newRow("failed beats succeeded") << created
            + R"(, "succeeded_at": "2024-05-25T10:05:00+02:00",)"
              R"( "failed_at": "2024-05-25T10:06:00+02:00")"
                                            << "failed"
                                            << "2024-05-25T08:06:00Z"
                                            << "2024-05-25T08:05:00Z";
    QTest::newRow("canceled beats failed") << created
            + R"(, "failed_at": "2024-05-25T10:06:00+02:00",)"
              R"( "canceled_at": "2024-05-25T11:00:00+02:00")"
                                           << "canceled"
                                           << "2024-05-25T09:00:00Z"
                                           << "null";
    QTest::newRow("empty strings are unset")
        << created + R"(, "succeeded_at": "", "failed_at": "", "canceled_at": null)"
        << "pending"
        << "2024-05-25T10:00:00Z"
        << "null";
}

void NationBuilderAdapterTest::statusInference()
{
    QFETCH(QByteArray, times);
    QFETCH(QString, status);
    QFETCH(QString, statusAt);
    QFETCH(QString, paidAt);

    const QByteArray raw = body(R"({"id": 9, "amount_in_cents": 100, )" + times + "}");
    DD_NORMALIZE_ONE(e, nb, request(raw), nationEndpoint());
    QCOMPARE(AdapterTest::status(e.status), status);
    QCOMPARE(e.eventName, QStringLiteral("donation_") + e.providerStatus);
    QCOMPARE(utc(e.statusAt), statusAt); // pending: updated_at
    QCOMPARE(utc(e.paidAt), paidAt);
}

void NationBuilderAdapterTest::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("donor");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("campaign");
    QTest::addColumn<QString>("donatedAt");
    QTest::addColumn<QString>("statusAt");
    QTest::addColumn<QString>("paidAt");
    QTest::addColumn<bool>("recurring");

    QTest::newRow("canceled, Hebrew with niqqud, +05:45, cents as string")
        << "donation-canceled.json"
        << "canceled"
        << "USD 5000"
        << QStringLiteral(
               "\u05d0\u05b7\u05d1\u05b0\u05e8\u05b8\u05d4\u05b8\u05dd \u05db\u05d4\u05df")
        << "avraham@example.org.il"
        << "spring-drive"
        << "2024-02-29T02:15:05Z"
        << "2024-03-01T03:45:15Z"
        << "2024-02-29T02:15:05Z" << false;
    QTest::newRow("failed, Arabic, one cent, -03:30 across midnight")
        << "donation-failed.json"
        << "failed"
        << "USD 1"
        << QStringLiteral(
               "\u0641\u0627\u0637\u0645\u0629 \u0627\u0644\u0647\u0627\u0634\u0645\u064a")
        << "fatima@example.jo"
        << "ramadan"
        << "2024-07-01T03:29:59.999Z"
        << "2024-07-01T03:30:10Z"
        << "null" << true;
    QTest::newRow("formatted amount only") << "donation-formatted-amount-only.json"
                                           << "paid"
                                           << "USD 123456"
                                           << "Joe Doe"
                                           << "joe@example.com"
                                           << "ticket_sales"
                                           << "2014-02-11T15:21:43Z"
                                           << "2014-02-11T15:21:43Z"
                                           << "2014-02-11T15:21:43Z" << true;
}

void NationBuilderAdapterTest::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, status);
    QFETCH(QString, amount);
    QFETCH(QString, donor);
    QFETCH(QString, email);
    QFETCH(QString, campaign);
    QFETCH(QString, donatedAt);
    QFETCH(QString, statusAt);
    QFETCH(QString, paidAt);
    QFETCH(bool, recurring);

    const QByteArray raw = TestData::read(QStringLiteral("providers/nationbuilder/") + file);
    DD_NORMALIZE_ONE(e, nb, request(raw), nationEndpoint());
    QCOMPARE(AdapterTest::status(e.status), status);
    QCOMPARE(money(e.amount), amount);
    QCOMPARE(e.donorName, donor);
    QCOMPARE(e.donorEmail, email);
    QCOMPARE(e.campaign, campaign);
    QCOMPARE(utc(e.donatedAt), donatedAt);
    QCOMPARE(utc(e.statusAt), statusAt);
    QCOMPARE(utc(e.paidAt), paidAt);
    QCOMPARE(AdapterTest::recurring(e.recurring),
        recurring ? QStringLiteral("true") : QStringLiteral("false"));
    QVERIFY2(e.note.isEmpty(), qPrintable(e.note));
}

void NationBuilderAdapterTest::endpointEventOverrides_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("statusAt");

    // One URL per NationBuilder event: the endpoint names it, whatever the payload's times say.
    QTest::newRow("succeeded URL") << "donation-current.json"
                                   << "succeeded"
                                   << "paid"
                                   << "2014-02-11T15:21:43Z";
    QTest::newRow("canceled URL, no canceled_at: updated_at") << "donation-current.json"
                                                              << "canceled"
                                                              << "canceled"
                                                              << "2014-02-11T15:21:43Z";
    QTest::newRow("failed URL") << "donation-current.json"
                                << "failed"
                                << "failed"
                                << "2014-02-11T15:21:43Z";
    QTest::newRow("canceled URL, canceled payload") << "donation-canceled.json"
                                                    << "canceled"
                                                    << "canceled"
                                                    << "2024-03-01T03:45:15Z";
    // "changed" says nothing about the new state: it is read from the payload.
    QTest::newRow("changed URL, succeeded payload") << "donation-current.json"
                                                    << "changed"
                                                    << "paid"
                                                    << "2014-02-11T15:21:43Z";
    QTest::newRow("changed URL, canceled payload") << "donation-canceled.json"
                                                   << "changed"
                                                   << "canceled"
                                                   << "2024-03-01T03:45:15Z";
    QTest::newRow("changed URL, legacy pending payload") << "donation-legacy-v2.json"
                                                         << "changed"
                                                         << "pending"
                                                         << "null";
    QTest::newRow("succeeded URL, legacy payload without succeeded_at") << "donation-legacy-v2.json"
                                                                        << "succeeded"
                                                                        << "paid"
                                                                        << "null";
}

void NationBuilderAdapterTest::endpointEventOverrides()
{
    QFETCH(QString, file);
    QFETCH(QString, event);
    QFETCH(QString, status);
    QFETCH(QString, statusAt);

    const QByteArray raw = TestData::read(QStringLiteral("providers/nationbuilder/") + file);
    DD_NORMALIZE_ONE(
        e, nb, request(raw), nationEndpoint("sharedsecret", QStringLiteral("USD"), event));
    QCOMPARE(AdapterTest::status(e.status), status);
    QCOMPARE(utc(e.statusAt), statusAt);
    QCOMPARE(e.eventName, QStringLiteral("donation_") + e.providerStatus);
    if (event != u"changed")
        QCOMPARE(e.providerStatus, event);
}

void NationBuilderAdapterTest::currencyFromEndpoint()
{
    const QByteArray raw = fixture("donation-current.json");
    for (const char *setting : {"EUR", "eur", " Eur "}) {
        DD_NORMALIZE_ONE(
            e, nb, request(raw), nationEndpoint("sharedsecret", QString::fromLatin1(setting)));
        QCOMPARE(money(e.amount), QStringLiteral("EUR 2020"));
        QCOMPARE(e.amount->toString(), QStringLiteral("20.20"));
    }
    // A payload currency (legacy) wins.
    const QByteArray withCurrency = body(R"({"id": 3, "amount_in_cents": 999, "currency": "gbp"})");
    DD_NORMALIZE_ONE(l, nb, request(withCurrency), nationEndpoint());
    QCOMPARE(money(l.amount), QStringLiteral("GBP 999"));
}

void NationBuilderAdapterTest::currencyMissingFails()
{
    // Neither the payload nor the endpoint names a currency: a clear failure saying what to do.
    EndpointConfig ep = nationEndpoint("sharedsecret", {});
    ep.name = QStringLiteral("nation-main");
    DD_EXPECT_FAILURE(nb, request(fixture("donation-current.json")), ep,
        "NationBuilder sends no currency", "set the nation's currency on this endpoint",
        "nation-main", "--currency", "reprocess");
    // An unusable endpoint setting counts as none.
    DD_EXPECT_FAILURE(nb, request(fixture("donation-legacy-v2.json")),
        nationEndpoint("x", QStringLiteral("$")), "NationBuilder sends no currency");
}

void NationBuilderAdapterTest::amounts_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QString>("amount"); // or "error: <fragment>"

    QTest::newRow("cents number") << QByteArray(R"("amount_in_cents": 2020)") << "USD 2020";
    QTest::newRow("cents string") << QByteArray(R"("amount_in_cents": "2020")") << "USD 2020";
    QTest::newRow("cents with zero fraction")
        << QByteArray(R"("amount_in_cents": "2020.0")") << "USD 2020";
    QTest::newRow("big") << QByteArray(R"("amount_in_cents": 123456789012)") << "USD 123456789012";
    QTest::newRow("cents beat the formatted amount")
        << QByteArray(R"("amount_in_cents": 100, "amount": "$999.00")") << "USD 100";
    QTest::newRow("formatted only") << QByteArray(R"("amount": "$20.20")") << "USD 2020";
    QTest::newRow("formatted with thousands")
        << QByteArray(R"("amount": "$1,234,567.89")") << "USD 123456789";
    QTest::newRow("formatted, empty cents")
        << QByteArray(R"("amount_in_cents": "", "amount": "$5.00")") << "USD 500";
    QTest::newRow("fractional cents") << QByteArray(R"("amount_in_cents": "20.20")")
                                      << "error: amount_in_cents: \"20.20\" is not a whole number";
    QTest::newRow("word cents") << QByteArray(R"("amount_in_cents": "lots")")
                                << "error: amount_in_cents: \"lots\" is not a whole number";
    QTest::newRow("no amount at all")
        << QByteArray(R"("note": "x")") << "error: amount_in_cents missing";
    QTest::newRow("formatted without digits")
        << QByteArray(R"("amount": "free")") << "error: amount_in_cents missing";
    QTest::newRow("formatted with three places")
        << QByteArray(R"("amount": "$1.005")") << "error: amount: 1.005 USD";
}

void NationBuilderAdapterTest::amounts()
{
    QFETCH(QByteArray, fields);
    QFETCH(QString, amount);

    const WebhookRequest r = request(body(R"({"id": 77, )" + fields + "}"));
    const NormalizeResult result = nb.normalize(r, nationEndpoint());
    if (amount.startsWith(u"error: ")) {
        QVERIFY(result.events.isEmpty());
        QVERIFY2(result.error.contains(amount.mid(7)), qPrintable(result.error));
    } else {
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.events.size(), 1);
        QCOMPARE(money(result.events.first().amount), amount);
    }
}

void NationBuilderAdapterTest::dedupeKeys()
{
    auto key = [&](const QByteArray &raw, const QString &event = {}) -> QString {
        const NormalizeResult r = nb.normalize(
            request(raw), nationEndpoint("sharedsecret", QStringLiteral("USD"), event));
        return r.events.size() == 1 ? r.events.first().dedupeKey
                                    : QStringLiteral("error: ") + r.error;
    };
    const QByteArray current = fixture("donation-current.json");
    // The same delivery twice: the same key.
    QCOMPARE(key(current), key(current));
    // NationBuilder posts the same state to the "succeeded" and "changed" hooks.
    QCOMPARE(key(current, QStringLiteral("succeeded")), key(current, QStringLiteral("changed")));

    // A change moves updated_at: a new key.
    QByteArray changed = current;
    changed.replace(R"("canceled_at": null)", R"("canceled_at": "2014-02-12T09:00:00-05:00")");
    changed.replace(R"("updated_at": "2014-02-11T10:21:43-05:00",)"
                    "\n"
                    R"(      "work_address")",
        R"("updated_at": "2014-02-12T09:00:00-05:00",)"
        "\n"
        R"(      "work_address")");
    QVERIFY(changed.contains("2014-02-12T09:00:00-05:00\",\n      \"work_address\""));
    QVERIFY(key(changed) != key(current));
    QCOMPARE(key(changed),
        QStringLiteral(
            "nationbuilder:87:2014-02-12T09:00:00-05:00|canceled_at=2014-02-12T09:00:00-05:00"));
    // Canceled within the second it was paid (updated_at unchanged): still a new key, so the
    // cancel is applied, not taken for a redelivery of the payment.
    QByteArray sameSecond = current;
    sameSecond.replace(R"("canceled_at": null)", R"("canceled_at": "2014-02-11T10:21:43-05:00")");
    QVERIFY(sameSecond != current);
    QVERIFY(key(sameSecond) != key(current));
    QByteArray failedSameSecond = current;
    failedSameSecond.replace(R"("failed_at": null)", R"("failed_at": "2014-02-11T10:21:43-05:00")");
    QVERIFY(failedSameSecond != current);
    QVERIFY(key(failedSameSecond) != key(current));
    QVERIFY(key(failedSameSecond) != key(sameSecond));

    // Legacy payloads have no updated_at: the key follows the status and its times.
    const QByteArray legacy = fixture("donation-legacy-v2.json");
    QByteArray legacySucceeded = legacy;
    legacySucceeded.replace(
        R"("succeeded_at": null)", R"("succeeded_at": "05\/30\/2013  1:05 AM")");
    QVERIFY(legacySucceeded != legacy);
    QCOMPARE(key(legacy), key(legacy));
    QVERIFY(key(legacy) != key(legacySucceeded));
    QVERIFY(key(legacy, QStringLiteral("canceled")) != key(legacy, QStringLiteral("succeeded")));
}

void NationBuilderAdapterTest::donationLocations()
{
    const QByteArray donation =
        R"({"id": 5, "amount_in_cents": 700, "succeeded_at": "2024-05-25T10:00:00Z"})";
    // payload.donation as an array (an object was expected).
    const QByteArray asArray = R"({"payload": {"donation": [)" + donation + R"(]}, "token": "t"})";
    DD_NORMALIZE_ONE(a, nb, request(asArray), nationEndpoint());
    QCOMPARE(a.externalId, QStringLiteral("5"));
    // "donation" at the top level.
    const QByteArray topLevel = R"({"donation": )" + donation + "}";
    DD_NORMALIZE_ONE(b, nb, request(topLevel), nationEndpoint());
    QCOMPARE(money(b.amount), QStringLiteral("USD 700"));
    // payload as an array of objects.
    const QByteArray payloadArray = R"({"payload": [{"donation": )" + donation + R"(}]})";
    DD_NORMALIZE_ONE(c, nb, request(payloadArray), nationEndpoint());
    QCOMPARE(c.externalId, QStringLiteral("5"));
}

void NationBuilderAdapterTest::missingFields_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("message");

    QTest::newRow("no payload") << QByteArray(R"({"token": "sharedsecret"})")
                                << "expected payload.donation";
    QTest::newRow("empty donation")
        << QByteArray(R"({"payload": {"donation": {}}})") << "expected payload.donation";
    QTest::newRow("donation is a string")
        << QByteArray(R"({"payload": {"donation": "87"}})") << "expected payload.donation";
    QTest::newRow("no id") << body(R"({"amount_in_cents": 100})") << "donation id missing";
    QTest::newRow("empty id") << body(R"({"id": "", "amount_in_cents": 100})")
                              << "donation id missing";
    QTest::newRow("not JSON") << QByteArray("payload=1") << "invalid JSON at byte";
    QTest::newRow("array") << QByteArray("[]") << "expected a JSON object";
}

void NationBuilderAdapterTest::missingFields()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, message);
    const NormalizeResult r = nb.normalize(request(raw), nationEndpoint());
    QVERIFY(r.events.isEmpty());
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(NationBuilderAdapterTest)
#include "tst_nationbuilderadapter.moc"
