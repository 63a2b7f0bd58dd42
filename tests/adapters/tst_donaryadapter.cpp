#include "adaptertest.h"

#include "providers/donaryadapter.h"

using namespace AdapterTest;

namespace {

QByteArray fixture(const char *name)
{
    return TestData::read(QStringLiteral("providers/donary/") + QLatin1String(name));
}

EndpointConfig donaryEndpoint(const QString &event = {}, const QString &currency = {})
{
    return endpoint(QStringLiteral("donary"), {}, currency, event);
}

const QString FixtureSchedule = QStringLiteral("dc4f72b9-906b-4b6c-9e4d-d9f68787d907");

} // namespace

class DonaryAdapterTest : public QObject
{
    Q_OBJECT

private:
    const ProviderAdapter &donary = adapter("donary");

private slots:
    void identity();
    void verify_data();
    void verify();
    void signRoundTrip();
    void scheduleWithFirstPaymentObject();
    void scheduleWithFirstPaymentArray();
    void scheduleInTheFuture();
    void firstPaymentVariants();
    void newDonorShapes_data();
    void newDonorShapes();
    void keyCasing_data();
    void keyCasing();
    void charge();
    void chargeTimeZones_data();
    void chargeTimeZones();
    void declinedCharge();
    void voids_data();
    void voids();
    void statusUpdateRepeatingTheAmount();
    void pledge();
    void detection_data();
    void detection();
    void endpointEventOverrides_data();
    void endpointEventOverrides();
    void statusFromDonary_data();
    void statusFromDonary();
    void failures_data();
    void failures();
    void dedupeKeys();
};

void DonaryAdapterTest::identity()
{
    QCOMPARE(donary.id(), QStringLiteral("donary"));
    QVERIFY(!donary.acceptsSecret()); // anonymous POSTs: the URL is the secret
    QVERIFY(donary.generateSecret().isEmpty());
    QVERIFY(!donary.needsCurrency());
    QCOMPARE(donary.events(),
        (QStringList {QStringLiteral("schedule"), QStringLiteral("charge"), QStringLiteral("void"),
            QStringLiteral("pledge")}));
    QVERIFY(donary.setupHint().contains(u"allow-list"));
}

void DonaryAdapterTest::verify_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("verdict");

    QTest::newRow("schedule") << fixture("schedule-created.json") << QByteArray() << "accept";
    QTest::newRow("charge") << fixture("charge.json") << QByteArray() << "accept";
    // Donary cannot sign: a secret on the endpoint is not asked of the request.
    QTest::newRow("secret set, nothing to check")
        << fixture("void.json") << QByteArray("s3cret") << "accept";
    QTest::newRow("any object") << QByteArray("{}") << QByteArray() << "accept";
    QTest::newRow("array") << QByteArray("[{}]") << QByteArray() << "badrequest";
    QTest::newRow("malformed") << fixture("charge.json").chopped(3) << QByteArray() << "badrequest";
    QTest::newRow("form-encoded") << QByteArray("paymentNumber=1&amount=5") << QByteArray()
                                  << "badrequest";
    QTest::newRow("empty") << QByteArray() << QByteArray() << "badrequest";
}

void DonaryAdapterTest::verify()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, secret);
    QFETCH(QString, verdict);

    EndpointConfig ep = donaryEndpoint();
    ep.secret = secret;
    const Verdict v = donary.verify(request(body), ep, receivedAt());
    QCOMPARE(kind(v), verdict);
    if (verdict == u"badrequest") {
        QCOMPARE(v.httpStatus(), 400);
        QVERIFY2(v.reason.contains(u"malformed body"), qPrintable(v.reason));
    }
}

void DonaryAdapterTest::signRoundTrip()
{
    const QByteArray body = fixture("schedule-created.json");
    const SignedRequest s = donary.sign(body, donaryEndpoint(), receivedAt(), "msg-1");
    QCOMPARE(s.body, body);
    QCOMPARE(s.headers.size(), 1);
    QCOMPARE(headerValue(s.headers, "Content-Type"), QByteArray("application/json"));
    QVERIFY(donary.verify(request(s), donaryEndpoint(), receivedAt()).accepted());
    const NormalizeResult r = donary.normalize(request(s), donaryEndpoint());
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.events.size(), 2);
}

void DonaryAdapterTest::scheduleWithFirstPaymentObject()
{
    const NormalizeResult r =
        donary.normalize(request(fixture("schedule-created.json")), donaryEndpoint());
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.events.size(), 2);

    const DonationEvent &s = r.events.at(0);
    QCOMPARE(s.kind, QStringLiteral("schedule"));
    QCOMPARE(s.externalId, FixtureSchedule);
    QCOMPARE(status(s.status), QStringLiteral("scheduled"));
    QCOMPARE(s.providerStatus, QStringLiteral("scheduled"));
    QCOMPARE(s.eventName, QStringLiteral("schedule_created"));
    // totalScheduleAmount is the whole commitment, first payment included.
    QCOMPARE(money(s.amount), QStringLiteral("USD 10000"));
    QCOMPARE(s.amountText, QStringLiteral("100"));
    QCOMPARE(recurring(s.recurring), QStringLiteral("true"));
    QCOMPARE(utc(s.donatedAt), QStringLiteral("2024-05-25T00:00:00Z"));
    QCOMPARE(utc(s.paidAt), QStringLiteral("null"));
    QCOMPARE(s.dedupeKey, QStringLiteral("donary:schedule:") + FixtureSchedule);
    QCOMPARE(s.donorName, QStringLiteral("Test Charity"));
    QCOMPARE(s.campaign, QStringLiteral("Gold Page"));
    QCOMPARE(s.details.value(u"frequency").toString(), QStringLiteral("Daily"));
    QCOMPARE(s.details.value(u"countofschedules").toString(), QStringLiteral("10"));
    QCOMPARE(
        s.details.value(u"schedulestartdate").toString(), QStringLiteral("2024-05-25 00:00:00"));
    QCOMPARE(s.details.value(u"orgGuid").toString(),
        QStringLiteral("F9878BB3-4BDF-479F-8FCF-B075680A658A"));
    QCOMPARE(s.details.value(u"donorNumber").toString(), QStringLiteral("1234567"));
    QCOMPARE(s.details.value(u"reason").toString(), QStringLiteral("Gold Reason"));
    QCOMPARE(s.details.value(u"collector").toString(), QStringLiteral("Test Collector"));
    QCOMPARE(s.details.value(u"location").toString(), QStringLiteral("Test Group"));
    QVERIFY(s.parentExternalId.isEmpty());

    // The first payment, charged because the schedule starts today, linked to its schedule.
    const DonationEvent &p = r.events.at(1);
    QCOMPARE(p.kind, QStringLiteral("donation"));
    QCOMPARE(p.externalId, QStringLiteral("112233"));
    QCOMPARE(p.parentKind, QStringLiteral("schedule"));
    QCOMPARE(p.parentExternalId, FixtureSchedule);
    QCOMPARE(status(p.status), QStringLiteral("paid"));
    QCOMPARE(p.providerStatus, QStringLiteral("Success"));
    QCOMPARE(p.eventName, QStringLiteral("schedule_first_payment"));
    QCOMPARE(money(p.amount), QStringLiteral("USD 10000"));
    QCOMPARE(utc(p.donatedAt), QStringLiteral("2024-06-25T00:00:00Z"));
    QCOMPARE(utc(p.paidAt), QStringLiteral("2024-06-25T00:00:00Z"));
    QCOMPARE(recurring(p.recurring), QStringLiteral("true"));
    // The same key as Donary's own payment webhook for that receipt, so the two meet.
    QCOMPARE(p.dedupeKey, QStringLiteral("donary:charge:112233:success"));
    QCOMPARE(p.donorName, QStringLiteral("Test Charity"));
    QCOMPARE(p.campaign, QStringLiteral("Gold Page"));
    QCOMPARE(p.details.value(u"gatewayrefnum").toString(),
        QStringLiteral("ch_3ND1vS2eZvKYlo2C1iteYyGO"));
    QCOMPARE(p.details.value(u"paymentmethod").toString(), QStringLiteral("Matbia"));
    QCOMPARE(p.details.value(u"gatewayname").toString(), QStringLiteral("Matbia"));
    QCOMPARE(p.details.value(u"orgGuid").toString(),
        QStringLiteral("F9878BB3-4BDF-479F-8FCF-B075680A658A"));
    QVERIFY(!p.details.contains(u"frequency"));
    QVERIFY(!p.details.contains(u"countofschedules"));
    QVERIFY2(s.note.isEmpty() && p.note.isEmpty(), qPrintable(s.note + p.note));
}

void DonaryAdapterTest::scheduleWithFirstPaymentArray()
{
    // The shape of Donary's own cURL example: info objects as arrays, newDonor as a string,
    // scheduleUniqueID spelled with "ID", numbers as strings and strings as numbers.
    const NormalizeResult r =
        donary.normalize(request(fixture("schedule-created-array.json")), donaryEndpoint());
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.events.size(), 2);

    const DonationEvent &s = r.events.at(0);
    QCOMPARE(s.externalId, QStringLiteral("7a1e5c0d-2b44-4f0e-9d61-3c2f8e9b1a20"));
    QCOMPARE(money(s.amount), QStringLiteral("ILS 180000"));
    QCOMPARE(s.amountText, QStringLiteral("1800.00"));
    QCOMPARE(s.campaign,
        QStringLiteral(
            "\u05d1\u05e0\u05d9\u05d9\u05df \u05d1\u05d9\u05ea \u05d4\u05db\u05e0\u05e1\u05ea"));
    QCOMPARE(s.details.value(u"reason").toString(), QStringLiteral("Gold Reason"));
    QCOMPARE(s.details.value(u"donorNumber").toString(), QStringLiteral("1234567"));
    QCOMPARE(s.details.value(u"frequency").toString(), QStringLiteral("Monthly_Hebrew"));
    QCOMPARE(s.details.value(u"countofschedules").toString(), QStringLiteral("18"));
    QCOMPARE(s.donorName, QString()); // newDonor is a sentence, not a donor

    const DonationEvent &p = r.events.at(1);
    QCOMPARE(p.externalId, QStringLiteral("112234"));
    QCOMPARE(p.parentExternalId, s.externalId);
    QCOMPARE(money(p.amount), QStringLiteral("ILS 10000"));
    QCOMPARE(p.providerStatus, QStringLiteral("Success"));
    QCOMPARE(status(p.status), QStringLiteral("paid"));
    QCOMPARE(utc(p.donatedAt), QStringLiteral("2024-05-25T00:00:00Z")); // createdDate
    QCOMPARE(p.details.value(u"last4digits").toString(), QStringLiteral("8042"));
    QCOMPARE(p.details.value(u"brand").toString(), QStringLiteral("Matbia"));
}

void DonaryAdapterTest::scheduleInTheFuture()
{
    // No firstPayment (null): nothing was charged yet.
    DD_NORMALIZE_ONE(s, donary, request(fixture("schedule-future.json")), donaryEndpoint());
    QCOMPARE(s.kind, QStringLiteral("schedule"));
    QCOMPARE(s.externalId, QStringLiteral("S-2024-0042"));
    QCOMPARE(money(s.amount), QStringLiteral("USD 36000")); // "usd"
    // "2024-11-25T21:01:09.827" next to "TimeZone": "Eastern Standard Time".
    QCOMPARE(utc(s.donatedAt), QStringLiteral("2024-11-26T02:01:09.827Z"));
    QCOMPARE(s.donorName,
        QStringLiteral("\u041c\u0438\u0445\u0430\u0301\u0438\u043b "
                       "\u0413\u043e\u043b\u044c\u0434\u0431\u0435\u0440\u0433"));
    QCOMPARE(s.donorEmail, QStringLiteral("misha@example.ru"));
    QCOMPARE(s.campaign, QStringLiteral("Yizkor 5785"));
    QCOMPARE(s.details.value(u"orgGuid").toString(),
        QStringLiteral("0C1D2E3F-4A5B-6C7D-8E9F-A0B1C2D3E4F5"));
    QCOMPARE(s.details.value(u"frequency").toString(), QStringLiteral("Annually"));
    QCOMPARE(s.details.value(u"countofschedules").toString(), QStringLiteral("12"));
}

void DonaryAdapterTest::firstPaymentVariants()
{
    auto schedule = [](const QByteArray &firstPayment) -> QByteArray {
        return R"({"scheduleUniqueID": "SCH-1", "totalScheduleAmount": 360, "currency": "USD",)"
               R"( "deviceDateTime": "2024-05-25 09:00:00", "firstPayment": )"
            + firstPayment + "}";
    };
    // Without its own receipt number, the first payment gets one derived from the schedule.
    {
        const NormalizeResult r =
            donary.normalize(request(schedule(R"({"amount": 30})")), donaryEndpoint());
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.events.size(), 2);
        const DonationEvent &p = r.events.at(1);
        QCOMPARE(p.externalId, QStringLiteral("SCH-1#first"));
        QCOMPARE(p.dedupeKey, QStringLiteral("donary:charge:SCH-1#first:success"));
        // No time of its own: the schedule's.
        QCOMPARE(utc(p.donatedAt), QStringLiteral("2024-05-25T09:00:00Z"));
        QCOMPARE(utc(p.paidAt), QStringLiteral("2024-05-25T09:00:00Z"));
        QCOMPARE(money(p.amount), QStringLiteral("USD 3000"));
    }
    // A declined first payment: a failed donation, never paid.
    {
        const NormalizeResult r = donary.normalize(
            request(schedule(
                R"([{"paymentNumber": 9001, "amount": "30.00", "paymentStatus": "Declined"}])")),
            donaryEndpoint());
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.events.size(), 2);
        QCOMPARE(status(r.events.at(1).status), QStringLiteral("failed"));
        QCOMPARE(utc(r.events.at(1).paidAt), QStringLiteral("null"));
        QCOMPARE(r.events.at(1).externalId, QStringLiteral("9001"));
    }
    // Empty forms of "none": no second event.
    for (const char *none : {"null", "{}", "[]", "\"\""}) {
        const NormalizeResult r = donary.normalize(request(schedule(none)), donaryEndpoint());
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.events.size(), 1);
    }
    // A broken first payment fails the whole delivery, saying where.
    const QByteArray tooPrecise = schedule(R"({"paymentNumber": 1, "amount": "30.001"})");
    DD_EXPECT_FAILURE(
        donary, request(tooPrecise), donaryEndpoint(), "firstPayment: amount", "30.001");
    const QByteArray noAmount = schedule(R"({"paymentNumber": 1})");
    DD_EXPECT_FAILURE(donary, request(noAmount), donaryEndpoint(), "firstPayment: amount missing");
}

void DonaryAdapterTest::newDonorShapes_data()
{
    QTest::addColumn<QByteArray>("donorInfo");
    QTest::addColumn<QString>("donor");
    QTest::addColumn<QString>("email");

    // newDonor is documented as a string, shown as an object, and sent as null.
    QTest::newRow("object") << QByteArray(
        R"({"newDonor": {"FirstName": "Chana", "LastName": "Katz", "Email": "chana@example.org"}})")
                            << "Chana Katz"
                            << "chana@example.org";
    QTest::newRow("array of one object")
        << QByteArray(R"({"newDonor": [{"firstName": "Chana", "lastName": "Katz"}]})")
        << "Chana Katz"
        << "";
    QTest::newRow("string") << QByteArray(
        R"({"newDonor": "It will have value if new donor is created", "donorName": "Chana Katz"})")
                            << "Chana Katz"
                            << "";
    QTest::newRow("null, name on the info") << QByteArray(
        R"({"newDonor": null, "firstName": "Chana", "lastName": "Katz",)"
        R"( "email": "ck@example.org"})") << "Chana Katz"
                                            << "ck@example.org";
    QTest::newRow("null, card holder") << QByteArray(R"({"newDonor": null})") << "C. KATZ"
                                       << "";
    QTest::newRow("info as an array")
        << QByteArray(R"([{"donorNumber": 1, "fullName": "Chana Katz"}])") << "Chana Katz"
        << "";
    QTest::newRow("info missing") << QByteArray("null") << "C. KATZ"
                                  << "";
}

void DonaryAdapterTest::newDonorShapes()
{
    QFETCH(QByteArray, donorInfo);
    QFETCH(QString, donor);
    QFETCH(QString, email);

    const QByteArray body = R"({"paymentNumber": "31", "amount": 18, "currency": "USD",)"
                            R"( "cardHolderName": "C. KATZ", "donorInfo": )"
        + donorInfo + "}";
    DD_NORMALIZE_ONE(e, donary, request(body), donaryEndpoint());
    QCOMPARE(e.donorName, donor);
    QCOMPARE(e.donorEmail, email);
}

void DonaryAdapterTest::keyCasing_data()
{
    QTest::addColumn<QByteArray>("orgKey");
    QTest::addColumn<QByteArray>("scheduleKey");
    QTest::addColumn<QByteArray>("donorKey");

    QTest::newRow("documented") << QByteArray("orgGuid") << QByteArray("scheduleUniqueID")
                                << QByteArray("donorInfo");
    QTest::newRow("example spelling")
        << QByteArray("orgGuid") << QByteArray("scheduleUniqueId") << QByteArray("donorInfo");
    QTest::newRow("GUID upper") << QByteArray("OrgGUID") << QByteArray("ScheduleUniqueID")
                                << QByteArray("DonorInfo");
    QTest::newRow("all upper") << QByteArray("ORGGUID") << QByteArray("SCHEDULEUNIQUEID")
                               << QByteArray("DONORINFO");
    QTest::newRow("all lower") << QByteArray("orgguid") << QByteArray("scheduleuniqueid")
                               << QByteArray("donorinfo");
}

void DonaryAdapterTest::keyCasing()
{
    QFETCH(QByteArray, orgKey);
    QFETCH(QByteArray, scheduleKey);
    QFETCH(QByteArray, donorKey);

    const QByteArray body = "{\"" + orgKey + R"(": "ORG-1", ")" + scheduleKey + R"(": "SCH-7", ")"
        + donorKey
        + "\": {\"NewDonor\": {\"firstName\": \"Esther\", \"LASTNAME\": \"Levi\"}},"
          R"( "TotalScheduleAmount": "180", "Currency": "ILS"})";
    DD_NORMALIZE_ONE(s, donary, request(body), donaryEndpoint());
    QCOMPARE(s.kind, QStringLiteral("schedule"));
    QCOMPARE(s.externalId, QStringLiteral("SCH-7"));
    QCOMPARE(s.details.value(u"orgGuid").toString(), QStringLiteral("ORG-1"));
    QCOMPARE(s.donorName, QStringLiteral("Esther Levi"));
    QCOMPARE(money(s.amount), QStringLiteral("ILS 18000"));

    // Two spellings in one body: the one that carries a value wins.
    const QByteArray both =
        R"({"scheduleUniqueID": "", "scheduleUniqueId": "SCH-8", "currency": "ILS"})";
    DD_NORMALIZE_ONE(b, donary, request(both), donaryEndpoint());
    QCOMPARE(b.externalId, QStringLiteral("SCH-8"));
}

void DonaryAdapterTest::charge()
{
    DD_NORMALIZE_ONE(e, donary, request(fixture("charge.json")), donaryEndpoint());
    QCOMPARE(e.kind, QStringLiteral("donation"));
    QCOMPARE(e.externalId, QStringLiteral("98765")); // a number where a string was documented
    QCOMPARE(e.eventName, QStringLiteral("payment"));
    QCOMPARE(status(e.status), QStringLiteral("paid"));
    QCOMPARE(e.providerStatus, QStringLiteral("Success")); // no paymentStatus on a charge
    QCOMPARE(money(e.amount), QStringLiteral("JPY 250000"));
    QCOMPARE(e.amount->toString(), QStringLiteral("250000"));
    QCOMPARE(utc(e.donatedAt), QStringLiteral("2024-11-26T02:01:09.827Z"));
    QCOMPARE(utc(e.paidAt), QStringLiteral("2024-11-26T02:01:09.827Z"));
    QCOMPARE(e.donorName, QStringLiteral("\u5c71\u7530 \u592a\u90ce")); // cardHolderName
    QCOMPARE(e.campaign, QStringLiteral("\u6771\u4eac\u652f\u90e8"));
    QCOMPARE(e.dedupeKey, QStringLiteral("donary:charge:98765:success"));
    QCOMPARE(e.details.value(u"anonymous").toBool(), true); // "true" as a string
    QCOMPARE(e.details.value(u"paymentmethod").toString(), QStringLiteral("Credit_Card"));
    QCOMPARE(e.details.value(u"gatewayrefnum").toString(), QStringLiteral("pi_3Q0abcDEF"));
    QCOMPARE(e.details.value(u"donorNumber").toString(), QStringLiteral("555"));
    QCOMPARE(recurring(e.recurring), QStringLiteral("unset"));
    QVERIFY(e.parentExternalId.isEmpty());

    DD_NORMALIZE_ONE(d, donary, request(fixture("charge-dateline.json")), donaryEndpoint());
    QCOMPARE(d.externalId, QStringLiteral("00017")); // leading zeros are part of the receipt
    QCOMPARE(money(d.amount), QStringLiteral("USD 1"));
    QCOMPARE(d.donorName, QStringLiteral("Zo\u00eb \U0001F33B Okafor"));
    QCOMPARE(d.donorEmail, QStringLiteral("zoe@example.ca"));
    QVERIFY(!d.details.contains(u"anonymous"));
    QCOMPARE(d.details.value(u"paymentmethod").toString(), QStringLiteral("OJC"));
}

void DonaryAdapterTest::chargeTimeZones_data()
{
    QTest::addColumn<QByteArray>("processed");
    QTest::addColumn<QByteArray>("timezone"); // empty: no timezone field
    QTest::addColumn<QString>("donatedAt");

    QTest::newRow("T form, Eastern (EST)")
        << QByteArray("2024-11-25T21:01:09.827") << QByteArray("Eastern Standard Time")
        << "2024-11-26T02:01:09.827Z";
    QTest::newRow("T form, Eastern in summer (EDT)")
        << QByteArray("2024-07-04T21:00:00") << QByteArray("Eastern Standard Time")
        << "2024-07-05T01:00:00Z";
    QTest::newRow("T form, Dateline (UTC-12)")
        << QByteArray("2024-11-25T21:01:09.827") << QByteArray("Dateline Standard Time")
        << "2024-11-26T09:01:09.827Z";
    QTest::newRow("T form, Israel") << QByteArray("2024-02-29T23:30:00")
                                    << QByteArray("Israel Standard Time") << "2024-02-29T21:30:00Z";
    QTest::newRow("T form, IANA name")
        << QByteArray("2024-11-25T21:01:09.827") << QByteArray("America/Chicago")
        << "2024-11-26T03:01:09.827Z";
    QTest::newRow("T form, no zone: UTC")
        << QByteArray("2024-11-25T21:01:09.827") << QByteArray() << "2024-11-25T21:01:09.827Z";
    QTest::newRow("T form, unknown zone: UTC")
        << QByteArray("2024-11-25T21:01:09.827") << QByteArray("Moon Standard Time")
        << "2024-11-25T21:01:09.827Z";
    // A POSIX TZ rule Qt 6.4 never finishes reading (found by fuzz_timestamps): not a zone.
    QTest::newRow("T form, POSIX rule: UTC")
        << QByteArray("2024-11-25T21:01:09.827") << QByteArray("EST5EDT,M3.2.0,M112.1.0")
        << "2024-11-25T21:01:09.827Z";
    // The space form is UTC per Donary's documentation, whatever the zone says.
    QTest::newRow("space form ignores the zone")
        << QByteArray("2024-05-25 00:00:00") << QByteArray("Eastern Standard Time")
        << "2024-05-25T00:00:00Z";
    QTest::newRow("explicit offset wins")
        << QByteArray("2024-11-25T21:01:09+02:00") << QByteArray("Eastern Standard Time")
        << "2024-11-25T19:01:09Z";
}

void DonaryAdapterTest::chargeTimeZones()
{
    QFETCH(QByteArray, processed);
    QFETCH(QByteArray, timezone);
    QFETCH(QString, donatedAt);

    QByteArray body = "{\"paymentNumber\": \"77\", \"amount\": 18, \"currency\": \"USD\", "
                      "\"processedDateTime\": \""
        + processed + '"';
    if (!timezone.isEmpty())
        body += ", \"timezone\": \"" + timezone + '"';
    body += '}';
    DD_NORMALIZE_ONE(e, donary, request(body), donaryEndpoint());
    QCOMPARE(utc(e.donatedAt), donatedAt);
}

void DonaryAdapterTest::declinedCharge()
{
    DD_NORMALIZE_ONE(e, donary, request(fixture("charge-declined.json")), donaryEndpoint());
    QCOMPARE(e.kind, QStringLiteral("donation"));
    QCOMPARE(e.eventName, QStringLiteral("payment"));
    QCOMPARE(e.externalId, QStringLiteral("55501"));
    QCOMPARE(status(e.status), QStringLiteral("failed"));
    QCOMPARE(e.providerStatus, QStringLiteral("Declined"));
    QCOMPARE(money(e.amount), QStringLiteral("USD 1800"));
    QCOMPARE(utc(e.donatedAt), QStringLiteral("2024-05-25T00:00:00Z"));
    QCOMPARE(utc(e.paidAt), QStringLiteral("null"));
    QCOMPARE(e.donorName, QStringLiteral("Sara L\u00e9vy"));
    QCOMPARE(e.details.value(u"paymentmethod").toString(), QStringLiteral("ACH"));
}

void DonaryAdapterTest::voids_data()
{
    QTest::addColumn<QByteArray>("paymentStatus");
    QTest::addColumn<QString>("status");

    QTest::newRow("Voided") << QByteArray("Voided") << "voided";
    QTest::newRow("Declined") << QByteArray("Declined") << "failed";
    QTest::newRow("Error") << QByteArray("Error") << "failed";
    QTest::newRow("Success") << QByteArray("Success") << "paid";
    QTest::newRow("Refunded") << QByteArray("Refunded") << "refunded";
    // Unknown statuses are kept verbatim.
    QTest::newRow("Chargeback") << QByteArray("Chargeback") << "unknown";
}

void DonaryAdapterTest::voids()
{
    QFETCH(QByteArray, paymentStatus);
    QFETCH(QString, status);

    QByteArray body = fixture("void.json");
    const QByteArray quoted = '"' + paymentStatus + '"';
    body.replace(QByteArray("\"Voided\""), quoted);
    DD_NORMALIZE_ONE(e, donary, request(body), donaryEndpoint());
    QCOMPARE(e.kind, QStringLiteral("donation"));
    QCOMPARE(e.externalId, QStringLiteral("98765")); // the charge it updates
    QCOMPARE(e.eventName, QStringLiteral("payment_status"));
    QCOMPARE(AdapterTest::status(e.status), status);
    QCOMPARE(e.providerStatus, QString::fromLatin1(paymentStatus));
    QCOMPARE(money(e.amount), QStringLiteral("none"));
    QCOMPARE(utc(e.statusAt), QStringLiteral("2024-11-26T10:00:00Z"));
    QCOMPARE(utc(e.donatedAt), QStringLiteral("null"));
    QCOMPARE(e.dedupeKey,
        QStringLiteral("donary:status:98765:") + QString::fromLatin1(paymentStatus).toLower());
}

void DonaryAdapterTest::statusUpdateRepeatingTheAmount()
{
    // A status update that also carries the amount is still a status update: read as a charge it
    // would share the charge's dedupe key and be dropped as a duplicate.
    DD_NORMALIZE_ONE(
        e, donary, request(fixture("status-update-with-amount.json")), donaryEndpoint());
    QCOMPARE(e.eventName, QStringLiteral("payment_status"));
    QCOMPARE(status(e.status), QStringLiteral("voided"));
    QCOMPARE(e.dedupeKey, QStringLiteral("donary:status:98765:voided"));
    DD_NORMALIZE_ONE(c, donary, request(fixture("charge.json")), donaryEndpoint());
    QVERIFY(c.dedupeKey != e.dedupeKey);
    QCOMPARE(c.externalId, e.externalId);
}

void DonaryAdapterTest::pledge()
{
    DD_NORMALIZE_ONE(e, donary, request(fixture("pledge.json")), donaryEndpoint());
    QCOMPARE(e.kind, QStringLiteral("pledge"));
    QCOMPARE(e.externalId, QStringLiteral("321"));
    QCOMPARE(status(e.status), QStringLiteral("pledged"));
    QCOMPARE(e.providerStatus, QStringLiteral("pledged"));
    QCOMPARE(e.eventName, QStringLiteral("pledge"));
    QCOMPARE(money(e.amount), QStringLiteral("USD 500000"));
    QCOMPARE(utc(e.donatedAt), QStringLiteral("2024-02-29T12:00:00Z"));
    QCOMPARE(utc(e.paidAt), QStringLiteral("null"));
    QCOMPARE(e.dedupeKey, QStringLiteral("donary:pledge:321"));
    QCOMPARE(e.donorName,
        QStringLiteral(
            "\u041e\u043b\u044c\u0433\u0430 \u0421\u043c\u0438\u0440\u043d\u043e\u0432\u0430"));
    QCOMPARE(e.donorEmail, QStringLiteral("olga@example.ru"));
    QCOMPARE(e.details.value(u"reason").toString(), QStringLiteral("Building fund"));
}

void DonaryAdapterTest::detection_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("eventName");

    QTest::newRow("schedule") << QByteArray(R"({"scheduleUniqueId": "S", "currency": "USD"})")
                              << "schedule_created";
    QTest::newRow("pledge by number")
        << QByteArray(R"({"pledgeNumber": 5, "currency": "USD"})") << "pledge";
    QTest::newRow("pledge by amount")
        << QByteArray(R"({"pledgeNumber": 5, "pledgeAmount": 10, "currency": "USD"})") << "pledge";
    QTest::newRow("void: status without amount")
        << QByteArray(R"({"paymentNumber": 5, "paymentStatus": "Voided"})") << "payment_status";
    QTest::newRow("void: status with statusDateTime and amount") << QByteArray(
        R"({"paymentNumber": 5, "paymentStatus": "Voided",)"
        R"( "statusDateTime": "2024-01-01 00:00:00", "amount": 5, "currency": "USD"})")
                                                                 << "payment_status";
    QTest::newRow("charge: amount and status") << QByteArray(
        R"({"paymentNumber": 5, "paymentStatus": "Success", "amount": 5, "currency": "USD"})")
                                               << "payment";
    QTest::newRow("charge: amount only")
        << QByteArray(R"({"paymentNumber": 5, "amount": 5, "currency": "USD"})") << "payment";
    // A schedule with a first payment is a schedule, not a charge.
    QTest::newRow("schedule beats payment fields") << QByteArray(
        R"({"scheduleUniqueID": "S", "paymentNumber": 5, "amount": 5, "currency": "USD"})")
                                                   << "schedule_created";
}

void DonaryAdapterTest::detection()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, eventName);
    const NormalizeResult r = donary.normalize(request(body), donaryEndpoint());
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(!r.events.isEmpty());
    QCOMPARE(r.events.first().eventName, eventName);
}

void DonaryAdapterTest::endpointEventOverrides_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("result"); // kind:eventName, or "error: <fragment>"

    const QByteArray mixed =
        R"({"pledgeNumber": 8, "pledgeAmount": 50, "paymentNumber": 9, "amount": 20,)"
        R"( "paymentStatus": "Success", "currency": "USD"})";
    QTest::newRow("detected: pledge") << "" << mixed << "pledge:pledge";
    QTest::newRow("charge endpoint") << "charge" << mixed << "donation:payment";
    QTest::newRow("void endpoint") << "void" << mixed << "donation:payment_status";
    QTest::newRow("pledge endpoint") << "pledge" << mixed << "pledge:pledge";
    QTest::newRow("schedule endpoint without a schedule")
        << "schedule" << mixed << "error: scheduleUniqueID missing";
    QTest::newRow("void endpoint without a status")
        << "void" << QByteArray(R"({"paymentNumber": 9, "amount": 20})")
        << "error: paymentStatus missing";
    QTest::newRow("charge endpoint without a receipt")
        << "charge" << QByteArray(R"({"amount": 20, "currency": "USD"})")
        << "error: paymentNumber missing";
    QTest::newRow("unknown setting")
        << "refund" << mixed << "error: unknown Donary event setting \"refund\"";
}

void DonaryAdapterTest::endpointEventOverrides()
{
    QFETCH(QString, event);
    QFETCH(QByteArray, body);
    QFETCH(QString, result);

    const NormalizeResult r = donary.normalize(request(body), donaryEndpoint(event));
    if (result.startsWith(u"error: ")) {
        QVERIFY(r.events.isEmpty());
        QVERIFY2(r.error.contains(result.mid(7)), qPrintable(r.error));
        return;
    }
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.events.size(), 1);
    QCOMPARE(r.events.first().kind + u':' + r.events.first().eventName, result);
}

void DonaryAdapterTest::statusFromDonary_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("status");

    QTest::newRow("absent") << ""
                            << "paid";
    QTest::newRow("Success") << "Success"
                             << "paid";
    QTest::newRow("SUCCESS") << "SUCCESS"
                             << "paid";
    QTest::newRow("succeeded") << "succeeded"
                               << "paid";
    QTest::newRow("Approved") << "Approved"
                              << "paid";
    QTest::newRow("Voided") << "Voided"
                            << "voided";
    QTest::newRow("void") << "void"
                          << "voided";
    QTest::newRow("Declined") << "Declined"
                              << "failed";
    QTest::newRow("Error") << "Error"
                           << "failed";
    QTest::newRow("failed") << "failed"
                            << "failed";
    QTest::newRow("Refunded") << "Refunded"
                              << "refunded";
    QTest::newRow("Pending") << "Pending"
                             << "pending";
    QTest::newRow("Chargeback") << "Chargeback"
                                << "unknown";
    QTest::newRow("Settled") << "Settled"
                             << "unknown";
}

void DonaryAdapterTest::statusFromDonary()
{
    QFETCH(QString, word);
    QFETCH(QString, status);
    QCOMPARE(AdapterTest::status(DonaryAdapter::statusFromDonary(word)), status);
}

void DonaryAdapterTest::failures_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    QTest::newRow("nothing recognisable") << QByteArray(R"({"orgGuid": "X", "amount": 5})")
                                          << "cannot tell which Donary webhook this is";
    QTest::newRow("empty object") << QByteArray("{}")
                                  << "scheduleUniqueID, pledgeNumber or paymentNumber";
    QTest::newRow("array") << QByteArray("[]") << "expected a JSON object";
    QTest::newRow("not JSON") << QByteArray("{") << "invalid JSON at byte";
    QTest::newRow("charge without amount")
        << QByteArray(R"({"paymentNumber": 5, "currency": "USD"})") << "amount missing";
    QTest::newRow("charge without currency")
        << QByteArray(R"({"paymentNumber": 5, "amount": 5})")
        << "currency missing and the endpoint has no currency set";
    // An unreadable currency is an error of its own, never read as a missing one.
    QTest::newRow("charge with a bad currency")
        << QByteArray(R"({"paymentNumber": 5, "amount": 5, "currency": "US Dollar"})")
        << "currency: \"US Dollar\" is not a currency code";
    QTest::newRow("charge amount too precise")
        << QByteArray(R"({"paymentNumber": 5, "amount": "100.505", "currency": "USD"})")
        << "amount: 100.505 USD: 100.505 has more than 2 decimal places";
    QTest::newRow("charge amount formatted")
        << QByteArray(R"({"paymentNumber": 5, "amount": "$5", "currency": "USD"})")
        << "amount: \"$5\" is not a decimal number";
    QTest::newRow("void without status value")
        << QByteArray(R"({"paymentNumber": 5, "paymentStatus": ""})") << "paymentStatus missing";
    QTest::newRow("void without receipt")
        << QByteArray(R"({"paymentNumber": "", "paymentStatus": "Voided"})")
        << "paymentNumber missing";
    QTest::newRow("schedule without id value")
        << QByteArray(R"({"scheduleUniqueID": "", "currency": "USD"})")
        << "scheduleUniqueID missing";
    QTest::newRow("schedule without currency")
        << QByteArray(R"({"scheduleUniqueID": "S", "totalScheduleAmount": 5})")
        << "currency missing";
    QTest::newRow("schedule total too precise") << QByteArray(
        R"({"scheduleUniqueID": "S", "totalScheduleAmount": "1.5", "currency": "JPY"})")
                                                << "totalScheduleAmount: 1.5 JPY";
    QTest::newRow("pledge without number value")
        << QByteArray(R"({"pledgeNumber": null, "pledgeAmount": 5, "currency": "USD"})")
        << "pledgeNumber missing";
    QTest::newRow("pledge without currency")
        << QByteArray(R"({"pledgeNumber": 1, "pledgeAmount": 5})") << "currency missing";
    QTest::newRow("pledge amount too precise")
        << QByteArray(R"({"pledgeNumber": 1, "pledgeAmount": "5.5", "currency": "KRW"})")
        << "pledgeAmount";
}

void DonaryAdapterTest::failures()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const NormalizeResult r = donary.normalize(request(body), donaryEndpoint());
    QVERIFY(r.events.isEmpty());
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
}

void DonaryAdapterTest::dedupeKeys()
{
    auto keys = [&](const QByteArray &body, const EndpointConfig &ep = donaryEndpoint()) {
        QStringList out;
        const NormalizeResult r = donary.normalize(request(body), ep);
        for (const DonationEvent &e : r.events)
            out << e.dedupeKey;
        return out.isEmpty() ? QStringList {QStringLiteral("error: ") + r.error} : out;
    };
    const QByteArray schedule = fixture("schedule-created.json");
    // Retried deliveries (Donary retries up to three times) give the same keys.
    QCOMPARE(keys(schedule), keys(schedule));
    QCOMPARE(keys(schedule),
        (QStringList {QStringLiteral("donary:schedule:") + FixtureSchedule,
            QStringLiteral("donary:charge:112233:success")}));
    // The payment webhook for the same receipt meets the schedule's first payment.
    const QByteArray payment = R"({"paymentNumber": "112233", "amount": 100, "currency": "USD"})";
    QCOMPARE(keys(payment), QStringList {QStringLiteral("donary:charge:112233:success")});
    // A declined attempt and a later successful charge under the same number are two events.
    const QByteArray declinedCharge =
        R"({"paymentNumber": "112233", "amount": 100, "currency": "USD", "paymentStatus": "Declined"})";
    QCOMPARE(keys(declinedCharge), QStringList {QStringLiteral("donary:charge:112233:declined")});
    // A status change of that payment is a different event.
    const QByteArray voided = R"({"paymentNumber": "112233", "paymentStatus": "Voided"})";
    QCOMPARE(keys(voided), QStringList {QStringLiteral("donary:status:112233:voided")});
    const QByteArray declined = R"({"paymentNumber": "112233", "paymentStatus": "Declined"})";
    QVERIFY(keys(voided) != keys(declined));
    // A number and the same digits as a string are the same receipt.
    const QByteArray numeric =
        R"({"paymentNumber": 112233, "amount": "100.00", "currency": "usd"})";
    QCOMPARE(keys(numeric), keys(payment));
    // The endpoint currency fills in when the payload has none.
    const QByteArray noCurrency = R"({"paymentNumber": 112233, "amount": 100})";
    QCOMPARE(keys(noCurrency, donaryEndpoint({}, QStringLiteral("usd"))), keys(payment));
}

QTEST_GUILESS_MAIN(DonaryAdapterTest)
#include "tst_donaryadapter.moc"
