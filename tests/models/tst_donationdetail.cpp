#include "donations/donationdetail.h"
#include "storage/backgrounddatabase.h"
#include "storage/database.h"
#include "storage/donationprocessor.h"
#include "storage/endpointstore.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The detail panel's data: a donation delivered, delivered again (a redelivery) and refunded,
// through the real processor; its fields, its history and each event's raw request.
class DonationDetailTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void fields();
    void history();
    void rawRequestOfEachEvent();
    void followsNewEvents();
    void unknownDonation();
    void jsonIsIndentedExactly();
    void bodiesThatAreNotJson();
    void headersAsLines();

private:
    qint64 deliver(const QByteArray &body, const QByteArray &headers);
    bool waitLoaded(DonationDetail &detail);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<DbConnection> m_db;
    std::unique_ptr<BackgroundDatabase> m_background;
    qint64 m_endpointId = 0;
    qint64 m_donationId = 0;
    QList<qint64> m_inboxIds;
};

namespace {

const QByteArray Completed =
    R"({"transactionId":"D-1","amount":"25.50","currency":"USD",)"
    R"("transactionOrderDate":"2024-05-25T10:00:00Z","donorName":"Ada Lovelace",)"
    R"("donorEmail":"ada@example.org","campaign":"Spring","status":"completed",)"
    R"("metadata":{"z":1,"a":12345678901234567890,"f":0.000123450000000000,"e":[],"o":{}}})";
const QByteArray Refunded = R"({"transactionId":"D-1","amount":"25.50","currency":"USD",)"
                            R"("transactionOrderDate":"2024-05-25T10:00:00Z","status":"refunded",)"
                            R"("refundedAt":"2024-05-26T09:00:00Z"})";

} // namespace

qint64 DonationDetailTest::deliver(const QByteArray &body, const QByteArray &headers)
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral(
        "INSERT INTO inbox (endpoint_id, received_at, peer, method, target, headers, body) "
        "VALUES (?, ?, '203.0.113.7:5000', 'POST', '/hooks/abc...', ?, ?)"));
    q.addBindValue(m_endpointId);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(headers);
    q.addBindValue(body);
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    const auto summary = DonationProcessor(m_db->db()).processPending(100);
    if (!summary.error.isEmpty() || summary.dead > 0)
        qWarning() << "processing failed" << summary.error;
    return id;
}

bool DonationDetailTest::waitLoaded(DonationDetail &detail)
{
    return QTest::qWaitFor(
        [&] { return !detail.isLoading() && !detail.isRequestLoading(); }, 10000);
}

void DonationDetailTest::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("detail.sqlite"));
    m_db = std::make_unique<DbConnection>(m_path);
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    EndpointConfig e;
    e.name = QStringLiteral("Spring appeal");
    e.provider = QStringLiteral("changeup");
    e.recordPolicy = RecordPolicy::delay(14);
    QVERIFY2(EndpointStore(m_db->db()).add(e, &error), qPrintable(error));
    m_endpointId = e.id;
    m_inboxIds << deliver(Completed, "Content-Type: application/json\r\nX-Attempt: 1\r\n");
    m_inboxIds << deliver(
        Completed, "Content-Type: application/json\r\nX-Attempt: 2\r\n"); // redelivery
    m_inboxIds << deliver(Refunded, "Content-Type: application/json\r\nX-Attempt: 3\r\n");
    QSqlQuery q(m_db->db());
    QVERIFY(
        q.exec(QStringLiteral("SELECT id FROM donations WHERE external_id = 'D-1'")) && q.next());
    m_donationId = q.value(0).toLongLong();
    m_background = std::make_unique<BackgroundDatabase>(m_path);
}

void DonationDetailTest::cleanupTestCase()
{
    m_background.reset();
}

void DonationDetailTest::fields()
{
    DonationDetail detail;
    detail.setDatabase(m_background.get());
    detail.setDonationId(m_donationId);
    QVERIFY(waitLoaded(detail));
    QVERIFY(detail.isFound());
    QCOMPARE(detail.error(), QString());
    const QVariantMap d = detail.donation();
    QCOMPARE(d.value(QStringLiteral("id")).toLongLong(), m_donationId);
    QCOMPARE(d.value(QStringLiteral("externalId")).toString(), QStringLiteral("D-1"));
    QCOMPARE(d.value(QStringLiteral("endpointName")).toString(), QStringLiteral("Spring appeal"));
    QCOMPARE(d.value(QStringLiteral("provider")).toString(), QStringLiteral("changeup"));
    QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("refunded"));
    QCOMPARE(d.value(QStringLiteral("amount")).toString(), QStringLiteral("25.50"));
    QCOMPARE(d.value(QStringLiteral("refunded")).toString(), QStringLiteral("25.50"));
    QCOMPARE(d.value(QStringLiteral("amountText")).toString(), QStringLiteral("25.50"));
    QCOMPARE(d.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    QCOMPARE(d.value(QStringLiteral("donorName")).toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(d.value(QStringLiteral("donorEmail")).toString(), QStringLiteral("ada@example.org"));
    QCOMPARE(d.value(QStringLiteral("campaign")).toString(), QStringLiteral("Spring"));
    QCOMPARE(d.value(QStringLiteral("donatedAt")).toDateTime(),
        QDateTime(QDate(2024, 5, 25), QTime(10, 0), QTimeZone::utc()));
    QCOMPARE(d.value(QStringLiteral("recordRule")).toString(), QStringLiteral("delay:14"));
    // Refunded a day after, before its record date: reversed.
    QCOMPARE(d.value(QStringLiteral("recordState")).toString(), QStringLiteral("reversed"));
    // The display list names every field that has a value.
    QStringList keys;
    for (const QVariant &f : detail.fields())
        keys << f.toMap().value(QStringLiteral("key")).toString();
    for (const char *key : {"id", "externalId", "endpointName", "providerName", "status", "amount",
             "refunded", "donorName", "donorEmail", "campaign", "donatedAt", "recordRule",
             "recordDate", "recordState", "paidAt", "reversedAt"})
        QVERIFY2(keys.contains(QLatin1String(key)), key);
    QVERIFY(detail.fieldsText().contains(QStringLiteral("ada@example.org")));
    QVERIFY(d.value(QStringLiteral("details"))
                .toString()
                .contains(QStringLiteral("12345678901234567890")));
}

void DonationDetailTest::history()
{
    DonationDetail detail;
    detail.setDatabase(m_background.get());
    detail.setDonationId(m_donationId);
    QVERIFY(waitLoaded(detail));
    const QVariantList events = detail.events();
    QCOMPARE(events.size(), 3);
    const QVariantMap first = events.at(0).toMap();
    const QVariantMap again = events.at(1).toMap();
    const QVariantMap refund = events.at(2).toMap();
    QCOMPARE(first.value(QStringLiteral("inboxId")).toLongLong(), m_inboxIds.at(0));
    QCOMPARE(first.value(QStringLiteral("statusBefore")).toString(), QString()); // created
    QCOMPARE(first.value(QStringLiteral("statusAfter")).toString(), QStringLiteral("paid"));
    QCOMPARE(first.value(QStringLiteral("duplicate")).toBool(), false);
    QCOMPARE(again.value(QStringLiteral("inboxId")).toLongLong(), m_inboxIds.at(1));
    QCOMPARE(again.value(QStringLiteral("duplicate")).toBool(), true);
    QVERIFY(!again.value(QStringLiteral("note")).toString().isEmpty());
    QCOMPARE(refund.value(QStringLiteral("inboxId")).toLongLong(), m_inboxIds.at(2));
    QCOMPARE(refund.value(QStringLiteral("statusBefore")).toString(), QStringLiteral("paid"));
    QCOMPARE(refund.value(QStringLiteral("statusAfter")).toString(), QStringLiteral("refunded"));
    for (const QVariant &e : events) {
        QVERIFY(e.toMap().value(QStringLiteral("receivedAt")).toDateTime().isValid());
        QCOMPARE(e.toMap().value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    }
}

void DonationDetailTest::rawRequestOfEachEvent()
{
    DonationDetail detail;
    detail.setDatabase(m_background.get());
    detail.setDonationId(m_donationId);
    QVERIFY(waitLoaded(detail));
    // The latest event's request is shown first.
    QCOMPARE(detail.selectedEvent(), 2);
    QVariantMap r = detail.request();
    QCOMPARE(r.value(QStringLiteral("inboxId")).toLongLong(), m_inboxIds.at(2));
    QCOMPARE(r.value(QStringLiteral("bodyKind")).toString(), QStringLiteral("json"));
    QCOMPARE(r.value(QStringLiteral("bodyExact")).toString().toUtf8(), Refunded);
    QVERIFY(r.value(QStringLiteral("headers")).toString().contains(QStringLiteral("X-Attempt: 3")));
    QVERIFY(r.value(QStringLiteral("body"))
                .toString()
                .contains(QStringLiteral("\n    \"status\": \"refunded\"")));

    // The redelivery's own request: its own headers, the same bytes as the first delivery.
    QSignalSpy changed(&detail, &DonationDetail::requestChanged);
    detail.setSelectedEvent(1);
    QVERIFY(waitLoaded(detail));
    r = detail.request();
    QCOMPARE(r.value(QStringLiteral("inboxId")).toLongLong(), m_inboxIds.at(1));
    QVERIFY(r.value(QStringLiteral("headers")).toString().contains(QStringLiteral("X-Attempt: 2")));
    QCOMPARE(r.value(QStringLiteral("bodyExact")).toString().toUtf8(), Completed);
    QCOMPARE(r.value(QStringLiteral("bodySize")).toLongLong(), qint64(Completed.size()));
    QCOMPARE(r.value(QStringLiteral("peer")).toString(), QStringLiteral("203.0.113.7:5000"));
    // Pretty, in the sender's key order, numbers exactly as sent.
    const QString body = r.value(QStringLiteral("body")).toString();
    QVERIFY(body.contains(QStringLiteral("\"a\": 12345678901234567890")));
    QVERIFY(body.contains(QStringLiteral("\"f\": 0.000123450000000000")));
    QVERIFY(body.indexOf(QStringLiteral("\"z\"")) < body.indexOf(QStringLiteral("\"a\"")));
    QVERIFY(body.indexOf(QStringLiteral("\"transactionId\""))
        < body.indexOf(QStringLiteral("\"amount\"")));
    QVERIFY(changed.count() >= 1);
}

void DonationDetailTest::followsNewEvents()
{
    DonationDetail detail;
    detail.setDatabase(m_background.get());
    detail.setDonationId(m_donationId);
    QVERIFY(waitLoaded(detail));
    detail.setSelectedEvent(0);
    QVERIFY(waitLoaded(detail));
    m_inboxIds << deliver(Refunded, "Content-Type: application/json\r\nX-Attempt: 4\r\n");
    detail.setDataRevision(detail.dataRevision() + 1);
    QTRY_COMPARE(detail.events().size(), 4);
    QCOMPARE(detail.selectedEvent(), 0); // the event being read stays chosen
    QCOMPARE(detail.events().constLast().toMap().value(QStringLiteral("duplicate")).toBool(), true);
}

void DonationDetailTest::unknownDonation()
{
    DonationDetail detail;
    detail.setDatabase(m_background.get());
    detail.setDonationId(999999);
    QVERIFY(waitLoaded(detail));
    QVERIFY(!detail.isFound());
    QVERIFY(detail.events().isEmpty());
    QVERIFY(detail.request().isEmpty());
    QCOMPARE(detail.selectedEvent(), -1);
}

void DonationDetailTest::jsonIsIndentedExactly()
{
    QCOMPARE(RequestText::indentJson(
                 u"{\"a\" : [1, 2.50,{}], \"b\":{\"c\":\"x, y: {z}\\\"q\"},\"d\":[]}"),
        QStringLiteral("{\n    \"a\": [\n        1,\n        2.50,\n        {}\n    ],\n    \"b\": "
                       "{\n        \"c\": \"x, y: {z}\\\"q\"\n    },\n    \"d\": []\n}"));
    // A round trip through QJsonDocument would print these as 10000000000, 0
    // and 1.8446744073709552e+19.
    const RequestText::Shown shown = RequestText::body("[1.0e10, -0.0, 18446744073709551616]");
    QCOMPARE(shown.kind, RequestText::Kind::Json);
    QCOMPARE(shown.text, QStringLiteral("[\n    1.0e10,\n    -0.0,\n    18446744073709551616\n]"));
}

void DonationDetailTest::bodiesThatAreNotJson()
{
    QCOMPARE(RequestText::body({}).kind, RequestText::Kind::Empty);

    const RequestText::Shown text = RequestText::body("amount=25.00&name=Zo\xc3\xab");
    QCOMPARE(text.kind, RequestText::Kind::Text);
    QCOMPARE(text.text, QStringLiteral("amount=25.00&name=Zoë"));

    // Not UTF-8: shown and copied escaped, never as replacement characters.
    const RequestText::Shown binary = RequestText::body(QByteArray("ok\xff\xfe\x00z\\", 7));
    QCOMPARE(binary.kind, RequestText::Kind::Binary);
    QCOMPARE(binary.text, QStringLiteral("ok\\xff\\xfe\\x00z\\\\"));
    QCOMPARE(binary.exact, binary.text);

    // Control characters in valid text are made visible; the copy keeps them.
    const RequestText::Shown controls = RequestText::body(QByteArray("a\x1b[31mb\x07", 8));
    QCOMPARE(controls.kind, RequestText::Kind::Text);
    QCOMPARE(controls.text, QStringLiteral("a\\x1b[31mb\\x07"));
    QCOMPARE(controls.exact.toUtf8(), QByteArray("a\x1b[31mb\x07", 8));

    // Large bodies are cut for the eye, not for the copy.
    const QByteArray big(300 * 1024, 'x');
    const RequestText::Shown cut = RequestText::body(big);
    QVERIFY(cut.truncated);
    QCOMPARE(cut.text.size(), 256 * 1024);
    QCOMPARE(cut.exact.size(), big.size());
}

void DonationDetailTest::headersAsLines()
{
    QCOMPARE(RequestText::headers("Content-Type: application/json\r\nX-Sig: abc\r\n"),
        QStringLiteral("Content-Type: application/json\nX-Sig: abc"));
    QCOMPARE(RequestText::headers("X-Raw: \xff\r\n"), QStringLiteral("X-Raw: \\xff"));
}

QTEST_MAIN(DonationDetailTest)
#include "tst_donationdetail.moc"
