#include "storage/donationprocessor.h"
#include "storage/donorerasure.h"
#include "storagetest.h"

#include <QJsonDocument>
#include <QtTest>

using StorageTest::at;
using StorageTest::dump;
using StorageTest::scalar;

// Erasing one donor's personal data: found by email in any case, their donations keep amounts
// and ids but lose name, email and personal details, every raw request holding their data is
// blanked (the ones behind their donations, and any other with the address), other donors stay
// as they are, all in one transaction, and running it again changes nothing.
class TestDonorErasure : public QObject
{
    Q_OBJECT

private:
    StorageTest::TempDatabase m_db;
    qint64 m_endpoint = 0;
    QDateTime m_clock = at("2024-05-01T09:00:00Z");
    const QDateTime m_now = at("2024-06-30T12:00:00Z");

    // The requests of the scenario, by name.
    QHash<QString, qint64> m_requests;
    qint64 m_refusalWithEmail = 0;
    qint64 m_refusalOther = 0;

    QSqlDatabase &db() { return m_db.db(); }

    qint64 post(const QString &name, const QByteArray &body, const HeaderList &headers = {})
    {
        m_clock = m_clock.addSecs(60);
        const qint64 id = StorageTest::insertInbox(db(), m_endpoint, body, headers, m_clock);
        m_requests.insert(name, id);
        return id;
    }

    static QByteArray donation(const char *id, const char *amount, const char *status,
        const QByteArray &donor, const QByteArray &extra = {})
    {
        return "{\"transactionId\":\"" + QByteArray(id) + "\",\"amount\":\"" + amount
            + "\",\"currency\":\"GBP\",\"transactionOrderDate\":\"2024-05-01T10:00:00Z\","
              "\"status\":\""
            + status + "\",\"campaign\":\"Engines\"," + donor + extra + "}";
    }

    qint64 refusal(const QByteArray &body)
    {
        return StorageTest::insertRefusal(db(), m_endpoint, m_clock, body);
    }

    qint64 donationId(const char *externalId)
    {
        return scalar(db(), QStringLiteral("SELECT id FROM donations WHERE external_id = ?"),
            {QLatin1String(externalId)})
            .toLongLong();
    }

    QJsonObject details(const char *externalId)
    {
        return QJsonDocument::fromJson(
            scalar(db(), QStringLiteral("SELECT details FROM donations WHERE external_id = ?"),
                {QLatin1String(externalId)})
                .toByteArray())
            .object();
    }

    QStringList everything()
    {
        QStringList out;
        for (const char *table : {"donations", "donation_events", "inbox", "request_log"})
            out +=
                dump(db(), QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
        return out;
    }

    // The rows of `table` other than `ids`, as they are.
    QStringList othersOf(const char *table, const QList<qint64> &ids)
    {
        QStringList marks;
        for (qint64 id : ids)
            marks << QString::number(id);
        return dump(db(),
            QStringLiteral("SELECT * FROM %1 WHERE id NOT IN (%2) ORDER BY id")
                .arg(QLatin1String(table), marks.join(u',')));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.open(&error), qPrintable(error));
        EndpointConfig e =
            StorageTest::endpoint(QStringLiteral("Widget"), QStringLiteral("changeup"));
        m_endpoint = StorageTest::addEndpoint(db(), e);

        // (moc reads raw strings badly: each piece holds whole JSON strings.)
        const QByteArray ada = R"("donor":{"firstName":"Ada","lastName":"Lovelace",)"
                               R"("email":"Ada@Example.org"},"country":"GB",)"
                               R"("metadata":{"phone":"+44 20 7946 0000",)"
                               R"("address":{"street":"12 St James's Square","city":"London"},)"
                               R"("note":"from Ada Lovelace","signedBy":"Lovelace",)"
                               R"("channel":"web","ref":"R-7","tags":["gala","ada@example.org"]})";
        post(QStringLiteral("ada-1"), donation("A-1", "20.00", "completed", ada));
        post(QStringLiteral("ada-1 refund"), donation("A-1", "20.00", "refunded", ada));
        post(QStringLiteral("ada-2"),
            donation("A-2", "5.00", "completed",
                R"("donorName":"Ada Lovelace","donorEmail":"ada@example.org")"));
        // Grace's request names Ada (a referral header): its bytes hold Ada's address.
        post(QStringLiteral("grace-1"),
            donation("G-1", "100.00", "completed",
                R"("donorName":"Grace Hopper","donorEmail":"grace@example.org")",
                R"(,"metadata":{"channel":"referral"})"),
            {{"X-Referred-By", "ADA@EXAMPLE.ORG"}});
        post(QStringLiteral("grace-2"),
            donation("G-2", "50.00", "completed",
                R"("donorName":"Grace Hopper","donorEmail":"grace@example.org")"));
        // A dead letter holding Ada's address: it can never become a donation now.
        post(QStringLiteral("ada dead"),
            donation("A-3", "1.00", "completed", R"("donorEmail":"ada@example.org")")
                .replace("GBP", "Pound sterling"));
        const DonationProcessor::Summary s = DonationProcessor(db()).processPending();
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.processed, 5);
        QCOMPARE(s.dead, 1);
        m_refusalWithEmail = refusal(R"({"donorEmail":"ada%40example.org"})");
        m_refusalOther = refusal(R"({"donorEmail":"grace@example.org"})");

        QCOMPARE(scalar(db(),
                     QStringLiteral("SELECT donor_name FROM donations WHERE external_id = 'A-1'"))
                     .toString(),
            QStringLiteral("Ada Lovelace"));
        QVERIFY(details("A-1").contains(QLatin1String("metadata")));
    }

    void checksTheAddress()
    {
        QVERIFY(!DonorErasure::checkEmail(QString()).isEmpty());
        QVERIFY(!DonorErasure::checkEmail(QStringLiteral("ada")).isEmpty());
        QVERIFY(!DonorErasure::checkEmail(QStringLiteral("ada lovelace@example.org")).isEmpty());
        QVERIFY(!DonorErasure::checkEmail(QStringLiteral("a@b@c")).isEmpty());
        QVERIFY(DonorErasure::checkEmail(QStringLiteral(" ada@example.org ")).isEmpty());
        const DonorErasure::Result r = DonorErasure::erase(db(), QStringLiteral("ada"), m_now);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(!r.erased);
    }

    void scrubsPersonalDetails()
    {
        const QJsonObject in = QJsonDocument::fromJson(
            R"({"id": "T-1", "causeId": "C-9", "country": "FR", "donorNumber": "D-77",)"
            R"("last4digits": "4242", "gatewayrefnum": "ch_123",)"
            R"("http_referer": "https://x/?u=ada",)"
            R"("metadata": {"Phone Number": "+33 1", "billing_address": {"line1": "1 rue"},)"
            R"("firstName": "Émilie", "note": "thanks ÉMILIE DU CHÂTELET", "ref": "R-1",)"
            R"("ids": ["a@x.org", "K-1"], "who": "Châtelet", "amountTip": 2}})")
                                   .object();
        QVERIFY(!in.isEmpty());
        const QJsonObject out = DonorErasure::withoutPersonalData(
            in, {QStringLiteral("a@x.org"), QStringLiteral("Émilie du Châtelet")});
        const QJsonObject expected = QJsonDocument::fromJson(
            R"({"id": "T-1", "causeId": "C-9", "gatewayrefnum": "ch_123",)"
            R"("metadata": {"ref": "R-1", "ids": ["K-1"], "amountTip": 2}})")
                                         .object();
        QCOMPARE(QJsonDocument(out).toJson(QJsonDocument::Compact),
            QJsonDocument(expected).toJson(QJsonDocument::Compact));
    }

    void previewChangesNothing()
    {
        const QStringList before = everything();
        const DonorErasure::Result r =
            DonorErasure::preview(db(), QStringLiteral("ADA@example.ORG"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(!r.erased);
        QCOMPARE(r.donationIds, (QList<qint64> {donationId("A-1"), donationId("A-2")}));
        QCOMPARE(r.requestIds,
            (QList<qint64> {m_requests.value(QStringLiteral("ada-1")),
                m_requests.value(QStringLiteral("ada-1 refund")),
                m_requests.value(QStringLiteral("ada-2")),
                m_requests.value(QStringLiteral("grace-1")),
                m_requests.value(QStringLiteral("ada dead"))}));
        QCOMPARE(r.refusalIds, QList<qint64> {m_refusalWithEmail});
        QCOMPARE(everything(), before);
    }

    void allOrNothing()
    {
        const QStringList before = everything();
        // The last write of the erasure fails: nothing of it may stay.
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_log BEFORE UPDATE ON request_log "
                                      "BEGIN SELECT RAISE(ABORT, 'the disk is on fire'); END")));
        const DonorErasure::Result r =
            DonorErasure::erase(db(), QStringLiteral("ada@example.org"), m_now);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER temp.refuse_log")));
        QVERIFY2(r.error.contains(QLatin1String("the disk is on fire")), qPrintable(r.error));
        QVERIFY(!r.erased);
        QVERIFY(r.isEmpty());
        QCOMPARE(everything(), before);
    }

    void erasesTheDonorAndOnlyThem()
    {
        const QList<qint64> adaDonations {donationId("A-1"), donationId("A-2")};
        const QList<qint64> blanked {m_requests.value(QStringLiteral("ada-1")),
            m_requests.value(QStringLiteral("ada-1 refund")),
            m_requests.value(QStringLiteral("ada-2")), m_requests.value(QStringLiteral("grace-1")),
            m_requests.value(QStringLiteral("ada dead"))};
        const QStringList otherDonations = othersOf("donations", adaDonations);
        const QStringList otherRequests = othersOf("inbox", blanked);
        const QStringList otherRefusals = othersOf("request_log", {m_refusalWithEmail});
        const QStringList events =
            dump(db(), QStringLiteral("SELECT * FROM donation_events ORDER BY id"));
        const QString books = QStringLiteral(
            "SELECT id, endpoint_id, provider, kind, external_id, status, provider_status, "
            "currency, amount_units, amount_text, refunded_units, campaign, recurring, parent_id, "
            "donated_at, record_rule, record_date, paid_at, reversed_at, status_at, is_test, "
            "created_at, updated_at FROM donations ORDER BY id");
        const QStringList booksBefore = dump(db(), books);

        const DonorErasure::Result r =
            DonorErasure::erase(db(), QStringLiteral(" ada@EXAMPLE.org"), m_now);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.erased);
        QCOMPARE(r.email, QStringLiteral("ada@EXAMPLE.org"));
        QCOMPARE(r.donationIds, adaDonations);
        QCOMPARE(r.requestIds, blanked);
        QCOMPARE(r.refusalIds, QList<qint64> {m_refusalWithEmail});

        // The books are whole: amounts, ids, currency, status, dates, campaign.
        QCOMPARE(dump(db(), books), booksBefore);
        QCOMPARE(dump(db(), QStringLiteral("SELECT * FROM donation_events ORDER BY id")), events);
        // The donor is gone from their donations.
        QCOMPARE(dump(db(),
                     QStringLiteral("SELECT donor_name, donor_email FROM donations WHERE id IN "
                                    "(?, ?)"),
                     {adaDonations.at(0), adaDonations.at(1)}),
            QStringList(2, QStringLiteral("donor_name=text:|donor_email=text:")));
        const QJsonObject a1 = details("A-1");
        QCOMPARE(a1.value(QLatin1String("personalDataErasedAt")).toString(),
            QStringLiteral("2024-06-30T12:00:00Z"));
        QVERIFY(!a1.contains(QLatin1String("country")));
        const QJsonObject meta = a1.value(QLatin1String("metadata")).toObject();
        QCOMPARE(QJsonDocument(meta).toJson(QJsonDocument::Compact),
            QByteArray(R"({"channel":"web","ref":"R-7","tags":["gala"]})"));
        QVERIFY(!QJsonDocument(a1).toJson().contains("Lovelace"));
        QVERIFY(!QJsonDocument(a1).toJson().toLower().contains("ada@example.org"));
        // Nothing of it left anywhere in the donations table.
        QCOMPARE(scalar(db(),
                     QStringLiteral("SELECT count(*) FROM donations WHERE dd_contains(donor_name "
                                    "|| donor_email || details, 'lovelace') OR "
                                    "dd_contains(details, 'ada@example.org')"))
                     .toInt(),
            0);

        // Every request holding the donor's data: blanked, marked, still there.
        for (qint64 id : blanked) {
            QCOMPARE(dump(db(),
                         QStringLiteral("SELECT headers, body, erased_at, erased_why FROM inbox "
                                        "WHERE id = ?"),
                         {id}),
                QStringList {QStringLiteral("headers=blob:|body=blob:|erased_at=int:%1|erased_why="
                                            "text:donor erasure")
                                 .arg(m_now.toMSecsSinceEpoch())});
        }
        // The dead letter stays one: its bytes are gone, it is not a new kind of failure.
        QCOMPARE(scalar(db(), QStringLiteral("SELECT state FROM inbox WHERE id = ?"),
                     {m_requests.value(QStringLiteral("ada dead"))})
                     .toString(),
            QStringLiteral("dead"));
        QCOMPARE(dump(db(),
                     QStringLiteral("SELECT headers, body, body_size, erased_why FROM "
                                    "request_log WHERE id = ?"),
                     {m_refusalWithEmail}),
            QStringList {QStringLiteral(
                "headers=blob:|body=blob:|body_size=int:34|erased_why=text:donor erasure")});

        // Other donors, their requests and refusals: as they were (Grace's G-1 donation too,
        // although its request was blanked).
        QCOMPARE(othersOf("donations", adaDonations), otherDonations);
        QCOMPARE(othersOf("inbox", blanked), otherRequests);
        QCOMPARE(othersOf("request_log", {m_refusalWithEmail}), otherRefusals);
        QCOMPARE(scalar(db(),
                     QStringLiteral("SELECT donor_name FROM donations WHERE external_id = 'G-1'"))
                     .toString(),
            QStringLiteral("Grace Hopper"));
    }

    void runningItAgainChangesNothing()
    {
        const QStringList before = everything();
        const DonorErasure::Result preview =
            DonorErasure::preview(db(), QStringLiteral("ada@example.org"));
        QVERIFY(preview.error.isEmpty());
        QVERIFY(preview.isEmpty());
        const DonorErasure::Result again =
            DonorErasure::erase(db(), QStringLiteral("ada@example.org"), m_now.addDays(1));
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
        QVERIFY(again.isEmpty());
        QVERIFY(!again.erased);
        QCOMPARE(everything(), before);
    }

    void reprocessingLeavesTheErasureAlone()
    {
        const QStringList donations =
            dump(db(), QStringLiteral("SELECT * FROM donations ORDER BY id"));
        const DonationProcessor::Summary s =
            DonationProcessor(db()).reprocess(DonationProcessor::Scope::AllRows);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.erasedSkipped, 5);
        QCOMPARE(s.rows, 1); // grace-2, the only request left whole
        QCOMPARE(s.dead, 0);
        QCOMPARE(dump(db(), QStringLiteral("SELECT * FROM donations ORDER BY id")), donations);
        const DonationProcessor::Summary dead =
            DonationProcessor(db()).reprocess(DonationProcessor::Scope::DeadLetters);
        QCOMPARE(dead.rows, 0);
        QCOMPARE(dead.erasedSkipped, 1);
    }

    void aPendingRequestErasedBeforeProcessing()
    {
        // Arrived, and erased before the processor got to it: it becomes nothing, quietly.
        const qint64 id = post(QStringLiteral("late"),
            donation("L-1", "3.00", "completed", R"("donorEmail":"late@example.org")"));
        const DonorErasure::Result r =
            DonorErasure::erase(db(), QStringLiteral("late@example.org"), m_now);
        QCOMPARE(r.requestIds, QList<qint64> {id});
        QVERIFY(r.donationIds.isEmpty());
        const DonationProcessor::Summary s = DonationProcessor(db()).processPending();
        QCOMPARE(s.rows, 1);
        QCOMPARE(s.ignored, 1);
        QCOMPARE(s.dead, 0);
        QCOMPARE(
            scalar(db(), QStringLiteral("SELECT state FROM inbox WHERE id = ?"), {id}).toString(),
            QStringLiteral("ignored"));
        QCOMPARE(
            scalar(db(), QStringLiteral("SELECT count(*) FROM donations WHERE external_id = 'L-1'"))
                .toInt(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestDonorErasure)
#include "tst_donorerasure.moc"
