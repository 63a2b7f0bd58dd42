#include "money/currency.h"
#include "storage/donationprocessor.h"
#include "storagetest.h"

#include <QUuid>
#include <QtTest>

#include <algorithm>
#include <numeric>

using StorageTest::at;
using StorageTest::dump;
using StorageTest::scalar;

namespace {

// A database with one endpoint per provider, as an organisation would set it up, and inbox
// rows written the way the listener's writer writes them.
class Desk
{
public:
    bool open(QString *error)
    {
        if (!m_db.open(error))
            return false;
        add(QStringLiteral("Givecloud"), QStringLiteral("givecloud"), {}, RecordPolicy::delay(7));
        add(QStringLiteral("Inqud"), QStringLiteral("inqud"), {}, RecordPolicy::delay(0));
        add(QStringLiteral("Nation"), QStringLiteral("nationbuilder"), QStringLiteral("USD"),
            RecordPolicy::fixed(QDate(2014, 3, 1)));
        add(QStringLiteral("Nation, no currency"), QStringLiteral("nationbuilder"), {},
            RecordPolicy::delay(0));
        add(QStringLiteral("Donary"), QStringLiteral("donary"), {}, RecordPolicy::delay(3));
        add(QStringLiteral("Widget A"), QStringLiteral("changeup"), {}, RecordPolicy::delay(30));
        add(QStringLiteral("Widget B"), QStringLiteral("changeup"), {}, RecordPolicy::delay(30));
        return true;
    }

    QSqlDatabase &db() { return m_db.db(); }
    QString path() const { return m_db.path(); }
    qint64 endpointId(const QString &name) const { return m_ids.value(name); }

    // Posts a fixture from tests/data/storage; Givecloud deliveries name their event in a header
    // and carry a delivery id of their own, as a manual redelivery does too.
    qint64 post(
        const QString &endpoint, const QString &fixture, const QByteArray &givecloudEvent = {})
    {
        return postBody(
            endpoint, TestData::read(QStringLiteral("storage/") + fixture), givecloudEvent);
    }

    qint64 postBody(
        const QString &endpoint, const QByteArray &body, const QByteArray &givecloudEvent = {})
    {
        HeaderList headers;
        if (!givecloudEvent.isEmpty()) {
            headers << qMakePair(QByteArray("User-Agent"), QByteArray("Givecloud-Hookshot/1.0"))
                    << qMakePair(QByteArray("X-Givecloud-Event"), givecloudEvent)
                    << qMakePair(QByteArray("X-Givecloud-Delivery"), deliveryId(body));
        }
        m_clock = m_clock.addSecs(60);
        return StorageTest::insertInbox(m_db.db(), endpointId(endpoint), body, headers, m_clock);
    }

    DonationProcessor::Summary process()
    {
        DonationProcessor p(m_db.db());
        return p.processPending();
    }

    // Every stored fact of every donation, keyed by what identifies it rather than by row ids
    // (which depend on arrival order). status_at, created_at and updated_at are left out: they
    // record when we heard of something when the provider did not say.
    QStringList facts()
    {
        return dump(m_db.db(),
            QStringLiteral(
                "SELECT e.name AS endpoint, d.provider, d.kind, d.external_id, d.status, "
                "d.provider_status, d.currency, d.amount_units, d.amount_text, d.refunded_units, "
                "d.donor_name, d.donor_email, d.campaign, d.recurring, "
                "p.kind || ':' || p.external_id AS parent, d.donated_at, d.record_rule, "
                "d.record_date, "
                "d.paid_at, d.reversed_at, d.details, d.is_test "
                "FROM donations d JOIN endpoints e ON e.id = d.endpoint_id "
                "LEFT JOIN donations p ON p.id = d.parent_id "
                "ORDER BY e.name, d.kind, d.external_id"));
    }

    // Everything, row ids included: for "this changed nothing".
    QStringList donations()
    {
        return dump(m_db.db(), QStringLiteral("SELECT * FROM donations ORDER BY id"));
    }

    int count(const QString &sql, const QVariantList &binds = {})
    {
        return scalar(m_db.db(), sql, binds).toInt();
    }

private:
    // A new id per delivery, the same across databases for the same sequence of deliveries.
    QByteArray deliveryId(const QByteArray &body)
    {
        const int n = ++m_deliveries[body];
        const QByteArray digest = QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex();
        return QUuid::fromRfc4122(QByteArray::fromHex(digest.left(32)))
                   .toByteArray(QUuid::WithoutBraces)
            + '-' + QByteArray::number(n);
    }

    void add(const QString &name, const QString &provider, const QString &currency,
        const RecordPolicy &policy)
    {
        EndpointConfig e = StorageTest::endpoint(name, provider, currency, policy);
        m_ids.insert(name, StorageTest::addEndpoint(m_db.db(), e));
    }

    StorageTest::TempDatabase m_db;
    QHash<QString, qint64> m_ids;
    QHash<QByteArray, int> m_deliveries;
    QDateTime m_clock = at("2024-06-01T12:00:00Z");
};

struct Delivery
{
    const char *endpoint;
    const char *fixture;
    QByteArray givecloudEvent;
};

// The life of one donation per provider, as its webhooks describe it.
QList<Delivery> story(const QString &name)
{
    if (name == u"inqud")
        return {{"Inqud", "inqud-new.json", {}}, {"Inqud", "inqud-partially-paid.json", {}},
            {"Inqud", "inqud-completed.json", {}}};
    if (name == u"givecloud")
        return {{"Givecloud", "givecloud-paid.json", "contribution_paid"},
            {"Givecloud", "givecloud-refunded-partial.json", "contribution_refunded"},
            {"Givecloud", "givecloud-refunded-full.json", "contribution_refunded"}};
    if (name == u"donary")
        return {{"Donary", "donary-schedule.json", {}}, {"Donary", "donary-charge.json", {}},
            {"Donary", "donary-void.json", {}}};
    if (name == u"nationbuilder")
        return {{"Nation", "nationbuilder-succeeded.json", {}},
            {"Nation", "nationbuilder-canceled.json", {}}};
    if (name == u"changeup")
        return {{"Widget A", "changeup-completed.json", {}},
            {"Widget A", "changeup-refunded.json", {}}};
    qFatal("unknown story %s", qPrintable(name));
}

QString describe(const DonationProcessor::Summary &s)
{
    return QStringLiteral("rows=%1 processed=%2 ignored=%3 dead=%4 error=%5")
        .arg(s.rows)
        .arg(s.processed)
        .arg(s.ignored)
        .arg(s.dead)
        .arg(s.error);
}

} // namespace

class DonationProcessorTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsEachDonationOnce();
    void recordsHistory();
    void reportsChanges();
    void redeliveryOnlyAddsHistory_data();
    void redeliveryOnlyAddsHistory();
    void everyArrivalOrderAgrees_data();
    void everyArrivalOrderAgrees();
    void donaryFirstPaymentMergesWithCharge();
    void donaryChargeBeforeSchedule();
    void donaryLinkIsReportedAsAChange();
    void failuresBecomeDeadLetters();
    void deadLetterReprocessedAfterFix();
    void reprocessOneEndpointOnly();
    void reprocessAllRowsIsIdempotent();
    void sameIdOnTwoEndpointsStaysApart();
    void supporterEventsAreIgnored();
    void hugeAmountsStoredExactly();
    void databaseFailureRollsBackTheBatch();
    void batchLimitLeavesTheRestPending();
    void reprocessWorksThroughManyBatches();

private:
    std::unique_ptr<Desk> m_desk;
};

void DonationProcessorTest::init()
{
    m_desk = std::make_unique<Desk>();
    QString error;
    QVERIFY2(m_desk->open(&error), qPrintable(error));
}

void DonationProcessorTest::cleanup()
{
    m_desk.reset();
}

void DonationProcessorTest::createsEachDonationOnce()
{
    Desk &d = *m_desk;
    d.post(QStringLiteral("Givecloud"), QStringLiteral("givecloud-paid.json"), "contribution_paid");
    d.post(QStringLiteral("Inqud"), QStringLiteral("inqud-completed.json"));
    d.post(QStringLiteral("Nation"), QStringLiteral("nationbuilder-succeeded.json"));
    d.post(QStringLiteral("Donary"), QStringLiteral("donary-schedule.json"));
    d.post(QStringLiteral("Widget A"), QStringLiteral("changeup-completed.json"));
    QCOMPARE(DonationProcessor(d.db()).pendingCount(), 5);

    const DonationProcessor::Summary s = d.process();
    QCOMPARE(describe(s), QStringLiteral("rows=5 processed=5 ignored=0 dead=0 error="));
    QCOMPARE(DonationProcessor(d.db()).pendingCount(), 0);
    QCOMPARE(d.count(QStringLiteral(
                 "SELECT count(*) FROM inbox WHERE state = 'processed' AND error IS NULL "
                 "AND processed_at IS NOT NULL AND attempts = 1")),
        5);

    const QString sql = QStringLiteral(
        "SELECT e.name, d.kind, d.external_id, d.status, d.currency, d.amount_units, d.donor_name, "
        "d.campaign, d.recurring FROM donations d JOIN endpoints e ON e.id = d.endpoint_id ORDER "
        "BY d.id");
    const QStringList expected {
        QStringLiteral(
            "name=text:Givecloud|kind=text:donation|external_id=text:GC7Q2M|status=text:paid|"
            "currency=text:CAD|amount_units=int:12550|donor_name=text:Zoë Ångström|"
            "campaign=text:spring_appeal|recurring=int:0"),
        QStringLiteral("name=text:Inqud|kind=text:donation|external_id=text:CCO-8d1f2e3a-4b5c-4d6e-"
                       "8f70-8192a3b4c5d6|"
                       "status=text:paid|currency=text:EUR|amount_units=int:5000|donor_name=text:|"
                       "campaign=text:Winter shelter|recurring=int:0"),
        QStringLiteral("name=text:Nation|kind=text:donation|external_id=text:87|status=text:paid|"
                       "currency=text:USD|amount_units=int:2020|donor_name=text:Joe Doe|"
                       "campaign=text:ticket_sales|recurring=int:0"),
        QStringLiteral("name=text:Donary|kind=text:schedule|external_id=text:dc4f72b9-906b-4b6c-"
                       "9e4d-d9f68787d907|"
                       "status=text:scheduled|currency=text:USD|amount_units=int:100000|"
                       "donor_name=text:Rivka Cohen|campaign=text:Gold Page|recurring=int:1"),
        QStringLiteral(
            "name=text:Donary|kind=text:donation|external_id=text:112233|status=text:paid|"
            "currency=text:USD|amount_units=int:10000|donor_name=text:Rivka Cohen|"
            "campaign=text:Gold Page|recurring=int:1"),
        QStringLiteral("name=text:Widget "
                       "A|kind=text:donation|external_id=text:txn_01HV8Z6Q2K|status=text:paid|"
                       "currency=text:USD|amount_units=int:2020|donor_name=text:Ada Lovelace|"
                       "campaign=text:Analytical engines|recurring=int:0"),
    };
    QCOMPARE(dump(d.db(), sql), expected);

    // Times as the providers gave them, in UTC milliseconds, and record dates per policy.
    QCOMPARE(
        dump(d.db(),
            QStringLiteral("SELECT donated_at, record_rule, record_date, paid_at FROM donations "
                           "WHERE external_id = '87'")),
        QStringList {
            QStringLiteral("donated_at=int:%1|record_rule=text:date:2014-03-01|record_date=int:%2|"
                           "paid_at=int:%1")
                .arg(at("2014-02-11T15:21:43Z").toMSecsSinceEpoch())
                .arg(at("2014-03-01T00:00:00Z").toMSecsSinceEpoch())});
    QCOMPARE(dump(d.db(),
                 QStringLiteral("SELECT donated_at, record_rule, record_date FROM donations "
                                "WHERE external_id = 'txn_01HV8Z6Q2K'")),
        QStringList {
            QStringLiteral("donated_at=int:%1|record_rule=text:report:14|record_date=int:%2")
                .arg(at("2024-02-29T23:59:59Z").toMSecsSinceEpoch())
                .arg(at("2024-03-14T23:59:59Z").toMSecsSinceEpoch())});

    // Running again finds nothing to do and changes nothing.
    const QStringList before = d.donations();
    const DonationProcessor::Summary again = d.process();
    QCOMPARE(describe(again), QStringLiteral("rows=0 processed=0 ignored=0 dead=0 error="));
    QCOMPARE(d.donations(), before);
}

void DonationProcessorTest::recordsHistory()
{
    Desk &d = *m_desk;
    const qint64 paid = d.post(
        QStringLiteral("Givecloud"), QStringLiteral("givecloud-paid.json"), "contribution_paid");
    const qint64 refund = d.post(QStringLiteral("Givecloud"),
        QStringLiteral("givecloud-refunded-partial.json"), "contribution_refunded");
    QCOMPARE(describe(d.process()), QStringLiteral("rows=2 processed=2 ignored=0 dead=0 error="));
    QCOMPARE(dump(d.db(),
                 QStringLiteral("SELECT inbox_id, dedupe_key, event, status_before, status_after, "
                                "provider_status, duplicate FROM donation_events ORDER BY id")),
        (QStringList {
            QStringLiteral(
                "inbox_id=int:%1|dedupe_key=text:givecloud:GC7Q2M:contribution_paid|"
                "event=text:contribution_paid|status_before=<null>|status_after=text:paid|"
                "provider_status=text:contribution_paid|duplicate=int:0")
                .arg(paid),
            QStringLiteral(
                "inbox_id=int:%1|dedupe_key=text:givecloud:GC7Q2M:contribution_refunded:2550|"
                "event=text:contribution_refunded|status_before=text:paid|"
                "status_after=text:partially_refunded|provider_status=text:contribution_refunded|"
                "duplicate=int:0")
                .arg(refund),
        }));
    QCOMPARE(d.count(QStringLiteral("SELECT count(*) FROM event_keys")), 2);
    QCOMPARE(dump(d.db(), QStringLiteral("SELECT refunded_units, reversed_at FROM donations")),
        QStringList {QStringLiteral("refunded_units=int:2550|reversed_at=<null>")});
}

void DonationProcessorTest::reportsChanges()
{
    Desk &d = *m_desk;
    const qint64 fresh = d.post(QStringLiteral("Inqud"), QStringLiteral("inqud-new.json"));
    DonationProcessor::Summary s = d.process();
    QCOMPARE(s.changes.size(), 1);
    QCOMPARE(s.changes.at(0).inboxId, fresh);
    QCOMPARE(s.changes.at(0).endpointId, d.endpointId(QStringLiteral("Inqud")));
    QVERIFY(s.changes.at(0).created);
    QVERIFY(s.changes.at(0).statusChanged);
    QCOMPARE(s.changes.at(0).status, QStringLiteral("pending"));
    const qint64 donationId = s.changes.at(0).donationId;
    QCOMPARE(d.count(QStringLiteral("SELECT id FROM donations")), donationId);

    d.post(QStringLiteral("Inqud"), QStringLiteral("inqud-completed.json"));
    s = d.process();
    QCOMPARE(s.changes.size(), 1);
    QCOMPARE(s.changes.at(0).donationId, donationId);
    QVERIFY(!s.changes.at(0).created);
    QVERIFY(s.changes.at(0).statusChanged);
    QCOMPARE(s.changes.at(0).status, QStringLiteral("paid"));

    // A late, lower status is applied (it may fill fields) but changes no status.
    d.post(QStringLiteral("Inqud"), QStringLiteral("inqud-partially-paid.json"));
    s = d.process();
    QCOMPARE(s.changes.size(), 1);
    QVERIFY(!s.changes.at(0).statusChanged);
    QCOMPARE(s.changes.at(0).status, QStringLiteral("paid"));

    // A redelivery is news to nobody.
    d.post(QStringLiteral("Inqud"), QStringLiteral("inqud-completed.json"));
    s = d.process();
    QCOMPARE(describe(s), QStringLiteral("rows=1 processed=1 ignored=0 dead=0 error="));
    QVERIFY(s.changes.isEmpty());
}

void DonationProcessorTest::redeliveryOnlyAddsHistory_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QByteArray>("givecloudEvent");
    QTest::newRow("givecloud paid") << "Givecloud"
                                    << "givecloud-paid.json" << QByteArray("contribution_paid");
    QTest::newRow("givecloud refund")
        << "Givecloud"
        << "givecloud-refunded-partial.json" << QByteArray("contribution_refunded");
    QTest::newRow("inqud") << "Inqud"
                           << "inqud-completed.json" << QByteArray();
    QTest::newRow("nationbuilder") << "Nation"
                                   << "nationbuilder-succeeded.json" << QByteArray();
    QTest::newRow("donary schedule") << "Donary"
                                     << "donary-schedule.json" << QByteArray();
    QTest::newRow("donary void") << "Donary"
                                 << "donary-void.json" << QByteArray();
    QTest::newRow("changeup") << "Widget A"
                              << "changeup-refunded.json" << QByteArray();
}

void DonationProcessorTest::redeliveryOnlyAddsHistory()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, fixture);
    QFETCH(QByteArray, givecloudEvent);
    Desk &d = *m_desk;

    d.post(endpoint, fixture, givecloudEvent);
    QCOMPARE(d.process().error, QString());
    const QStringList before = d.donations();
    const int events = d.count(QStringLiteral("SELECT count(*) FROM donation_events"));
    QVERIFY(!before.isEmpty());

    // The provider sends the very same body again (a retry, or an admin's redelivery).
    for (int round = 0; round < 2; ++round) {
        const qint64 again = d.post(endpoint, fixture, givecloudEvent);
        const DonationProcessor::Summary s = d.process();
        QCOMPARE(describe(s), QStringLiteral("rows=1 processed=1 ignored=0 dead=0 error="));
        QCOMPARE(d.donations(), before);
        QCOMPARE(scalar(d.db(), QStringLiteral("SELECT state FROM inbox WHERE id = ?"), {again})
                     .toString(),
            QStringLiteral("processed"));
        // One history line per event in the body, each marked as a duplicate.
        const int perDelivery = d.count(
            QStringLiteral("SELECT count(*) FROM donation_events WHERE inbox_id = ?"), {again});
        QVERIFY(perDelivery >= 1);
        QCOMPARE(
            d.count(QStringLiteral(
                        "SELECT count(*) FROM donation_events WHERE inbox_id = ? AND duplicate = 1 "
                        "AND status_before = status_after"),
                {again}),
            perDelivery);
        QCOMPARE(d.count(QStringLiteral("SELECT count(*) FROM donation_events")),
            events + (round + 1) * perDelivery);
    }
}

void DonationProcessorTest::everyArrivalOrderAgrees_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"inqud", "givecloud", "donary", "nationbuilder", "changeup"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void DonationProcessorTest::everyArrivalOrderAgrees()
{
    QFETCH(QString, name);
    const QList<Delivery> deliveries = story(name);
    std::vector<int> order(size_t(deliveries.size()));
    std::iota(order.begin(), order.end(), 0);

    QStringList reference;
    QString referenceOrder;
    do {
        // A fresh database per order, each delivery processed as it arrives.
        Desk d;
        QString error;
        QVERIFY2(d.open(&error), qPrintable(error));
        QStringList fixtures;
        QString highest;
        for (int i : order) {
            const Delivery &delivery = deliveries.at(i);
            fixtures << QString::fromLatin1(delivery.fixture);
            d.post(QString::fromLatin1(delivery.endpoint), QString::fromLatin1(delivery.fixture),
                delivery.givecloudEvent);
            const DonationProcessor::Summary s = d.process();
            QCOMPARE(describe(s), QStringLiteral("rows=1 processed=1 ignored=0 dead=0 error="));
            // No status ever moves down its rank, at any step.
            const QStringList statuses = dump(d.db(),
                QStringLiteral("SELECT status_before, status_after FROM "
                               "donation_events WHERE status_before IS NOT NULL"));
            for (const QString &line : statuses) {
                const QStringList parts = line.split(u'|');
                const auto before = Status::fromString(parts.at(0).section(u':', 1));
                const auto after = Status::fromString(parts.at(1).section(u':', 1));
                QVERIFY2(before && after && Status::canMove(*before, *after), qPrintable(line));
            }
        }
        const QStringList facts = d.facts();
        if (reference.isEmpty()) {
            reference = facts;
            referenceOrder = fixtures.join(QStringLiteral(", "));
        } else if (facts != reference) {
            QFAIL(qPrintable(QStringLiteral("order %1 gives\n%2\nbut order %3 gave\n%4")
                                 .arg(fixtures.join(QStringLiteral(", ")), facts.join(u'\n'),
                                     referenceOrder, reference.join(u'\n'))));
        }
    } while (std::next_permutation(order.begin(), order.end()));
    QVERIFY(!reference.isEmpty());

    // And the outcome is the one the story ends in.
    const QString last = reference.last();
    if (name == u"inqud") {
        QVERIFY2(last.contains(QStringLiteral("|status=text:paid|provider_status=text:COMPLETED|")),
            qPrintable(last));
        QVERIFY2(last.contains(QStringLiteral("|paid_at=int:%1|")
                                   .arg(at("2024-01-15T10:05:00Z").toMSecsSinceEpoch())),
            qPrintable(last));
    } else if (name == u"givecloud") {
        QVERIFY2(last.contains(QStringLiteral("|status=text:refunded|")), qPrintable(last));
        QVERIFY2(last.contains(QStringLiteral("|refunded_units=int:12550|")), qPrintable(last));
        QVERIFY2(last.contains(QStringLiteral("|reversed_at=int:%1|")
                                   .arg(at("2024-05-12T09:00:00Z").toMSecsSinceEpoch())),
            qPrintable(last));
    } else if (name == u"donary") {
        QCOMPARE(reference.size(), 2);
        QVERIFY2(reference.first().contains(QStringLiteral("|status=text:voided|")),
            qPrintable(reference.first()));
        QVERIFY2(reference.first().contains(QStringLiteral("|parent=text:schedule:dc4f72b9")),
            qPrintable(reference.first()));
    } else if (name == u"nationbuilder") {
        QVERIFY2(last.contains(QStringLiteral("|status=text:canceled|")), qPrintable(last));
    } else if (name == u"changeup") {
        QVERIFY2(last.contains(QStringLiteral("|status=text:refunded|")), qPrintable(last));
        QVERIFY2(last.contains(QStringLiteral("|refunded_units=int:2020|")), qPrintable(last));
    }
}

void DonationProcessorTest::donaryFirstPaymentMergesWithCharge()
{
    Desk &d = *m_desk;
    d.post(QStringLiteral("Donary"), QStringLiteral("donary-schedule.json"));
    QCOMPARE(describe(d.process()), QStringLiteral("rows=1 processed=1 ignored=0 dead=0 error="));
    const qint64 scheduleId =
        scalar(d.db(), QStringLiteral("SELECT id FROM donations WHERE kind = 'schedule'"))
            .toLongLong();
    QVERIFY(scheduleId > 0);
    QCOMPARE(
        dump(d.db(),
            QStringLiteral("SELECT kind, external_id, status, amount_units, recurring, parent_id "
                           "FROM donations ORDER BY id")),
        (QStringList {
            QStringLiteral(
                "kind=text:schedule|external_id=text:dc4f72b9-906b-4b6c-9e4d-d9f68787d907|"
                "status=text:scheduled|amount_units=int:100000|recurring=int:1|parent_id=<null>"),
            QStringLiteral("kind=text:donation|external_id=text:112233|status=text:paid|"
                           "amount_units=int:10000|recurring=int:1|parent_id=int:%1")
                .arg(scheduleId)}));
    const QStringList before = d.donations();

    // Donary's payment webhook then reports the same charge on its own.
    const qint64 charge = d.post(QStringLiteral("Donary"), QStringLiteral("donary-charge.json"));
    QCOMPARE(describe(d.process()), QStringLiteral("rows=1 processed=1 ignored=0 dead=0 error="));
    QCOMPARE(d.donations(), before);
    QCOMPARE(dump(d.db(),
                 QStringLiteral(
                     "SELECT d.external_id, e.duplicate FROM donation_events e JOIN donations d "
                     "ON d.id = e.donation_id WHERE e.inbox_id = ?"),
                 {charge}),
        QStringList {QStringLiteral("external_id=text:112233|duplicate=int:1")});

    // The void names the payment number only, and reaches the same donation.
    d.post(QStringLiteral("Donary"), QStringLiteral("donary-void.json"));
    QCOMPARE(describe(d.process()), QStringLiteral("rows=1 processed=1 ignored=0 dead=0 error="));
    QCOMPARE(d.count(QStringLiteral("SELECT count(*) FROM donations")), 2);
    QCOMPARE(
        dump(d.db(),
            QStringLiteral("SELECT status, provider_status, reversed_at, parent_id FROM donations "
                           "WHERE external_id = '112233'")),
        QStringList {QStringLiteral(
            "status=text:voided|provider_status=text:Voided|reversed_at=int:%1|parent_id=int:%2")
                         .arg(at("2024-05-26T08:00:00Z").toMSecsSinceEpoch())
                         .arg(scheduleId)});
}

void DonationProcessorTest::donaryChargeBeforeSchedule()
{
    // The payment webhook can arrive before the schedule webhook that names the same charge as
    // its first payment: still one donation, and it still belongs to the schedule.
    Desk &d = *m_desk;
    d.post(QStringLiteral("Donary"), QStringLiteral("donary-charge.json"));
    d.post(QStringLiteral("Donary"), QStringLiteral("donary-schedule.json"));
    QCOMPARE(describe(d.process()), QStringLiteral("rows=2 processed=2 ignored=0 dead=0 error="));
    QCOMPARE(d.count(QStringLiteral("SELECT count(*) FROM donations")), 2);
    const qint64 scheduleId =
        scalar(d.db(), QStringLiteral("SELECT id FROM donations WHERE kind = 'schedule'"))
            .toLongLong();
    QCOMPARE(dump(d.db(),
                 QStringLiteral(
                     "SELECT status, recurring, parent_id FROM donations WHERE kind = 'donation'")),
        QStringList {
            QStringLiteral("status=text:paid|recurring=int:1|parent_id=int:%1").arg(scheduleId)});

    // The link was news for live views, though the payment itself had not changed.
    // Running everything again, or the schedule arriving again, keeps it so.
    const QStringList before = d.donations();
    DonationProcessor p(d.db());
    QCOMPARE(describe(p.reprocess(DonationProcessor::Scope::AllRows)),
        QStringLiteral("rows=2 processed=2 ignored=0 dead=0 error="));
    QCOMPARE(d.donations(), before);
    d.post(QStringLiteral("Donary"), QStringLiteral("donary-schedule.json"));
    const DonationProcessor::Summary again = d.process();
    QCOMPARE(describe(again), QStringLiteral("rows=1 processed=1 ignored=0 dead=0 error="));
    QVERIFY(again.changes.isEmpty());
    QCOMPARE(d.donations(), before);
}

void DonationProcessorTest::donaryLinkIsReportedAsAChange()
{
    Desk &d = *m_desk;
    d.post(QStringLiteral("Donary"), QStringLiteral("donary-charge.json"));
    QCOMPARE(d.process().changes.size(), 1);
    const qint64 schedule =
        d.post(QStringLiteral("Donary"), QStringLiteral("donary-schedule.json"));
    const DonationProcessor::Summary s = d.process();
    QCOMPARE(s.changes.size(), 2);
    QVERIFY(s.changes.at(0).created); // the schedule
    QCOMPARE(s.changes.at(1).inboxId, schedule);
    QVERIFY(!s.changes.at(1).created);
    QVERIFY(!s.changes.at(1).statusChanged);
    QCOMPARE(s.changes.at(1).donationId,
        scalar(d.db(), QStringLiteral("SELECT id FROM donations WHERE external_id = '112233'"))
            .toLongLong());
    // In the history it is the repeat of the charge it is.
    QCOMPARE(
        d.count(QStringLiteral(
                    "SELECT duplicate FROM donation_events WHERE inbox_id = ? AND donation_id = ?"),
            {schedule, s.changes.at(1).donationId}),
        1);
}

void DonationProcessorTest::failuresBecomeDeadLetters()
{
    Desk &d = *m_desk;
    const qint64 noCurrency = d.post(
        QStringLiteral("Nation, no currency"), QStringLiteral("nationbuilder-succeeded.json"));
    const qint64 truncated =
        d.postBody(QStringLiteral("Inqud"), QByteArray(R"({"id": "CCO-1", "status": )"));
    const qint64 noId =
        d.postBody(QStringLiteral("Widget A"), QByteArray(R"({"amount": "5", "currency": "USD"})"));
    const qint64 good = d.post(QStringLiteral("Inqud"), QStringLiteral("inqud-new.json"));

    const DonationProcessor::Summary s = d.process();
    // Bad rows do not hold up the good one.
    QCOMPARE(describe(s), QStringLiteral("rows=4 processed=1 ignored=0 dead=3 error="));
    QCOMPARE(
        scalar(d.db(), QStringLiteral("SELECT state FROM inbox WHERE id = ?"), {good}).toString(),
        QStringLiteral("processed"));
    for (qint64 id : {noCurrency, truncated, noId}) {
        QCOMPARE(
            scalar(d.db(), QStringLiteral("SELECT state FROM inbox WHERE id = ?"), {id}).toString(),
            QStringLiteral("dead"));
        QCOMPARE(d.count(QStringLiteral("SELECT attempts FROM inbox WHERE id = ?"), {id}), 1);
    }
    auto errorOf = [&](qint64 id) {
        return scalar(d.db(), QStringLiteral("SELECT error FROM inbox WHERE id = ?"), {id})
            .toString();
    };
    // What was wrong and what to do about it.
    QVERIFY2(
        errorOf(noCurrency).contains(QStringLiteral("currency")), qPrintable(errorOf(noCurrency)));
    QVERIFY2(
        errorOf(noCurrency).contains(QStringLiteral("reprocess")), qPrintable(errorOf(noCurrency)));
    QVERIFY2(!errorOf(truncated).isEmpty(), "no error kept for malformed JSON");
    QVERIFY2(errorOf(noId).contains(QStringLiteral("transactionId")), qPrintable(errorOf(noId)));
    // Dead letters leave no trace among donations or dedupe keys.
    QCOMPARE(d.count(QStringLiteral("SELECT count(*) FROM donations")), 1);
    QCOMPARE(d.count(QStringLiteral("SELECT count(*) FROM event_keys")), 1);
    // The raw request is kept byte for byte.
    QCOMPARE(scalar(d.db(), QStringLiteral("SELECT body FROM inbox WHERE id = ?"), {truncated})
                 .toByteArray(),
        QByteArray(R"({"id": "CCO-1", "status": )"));
}

void DonationProcessorTest::deadLetterReprocessedAfterFix()
{
    Desk &d = *m_desk;
    const qint64 row = d.post(
        QStringLiteral("Nation, no currency"), QStringLiteral("nationbuilder-succeeded.json"));
    const qint64 broken = d.postBody(QStringLiteral("Inqud"), QByteArray("not json"));
    QCOMPARE(describe(d.process()), QStringLiteral("rows=2 processed=0 ignored=0 dead=2 error="));

    // Nothing fixed yet: running the dead letters again changes nothing but the attempt count.
    DonationProcessor p(d.db());
    QCOMPARE(describe(p.reprocess(DonationProcessor::Scope::DeadLetters)),
        QStringLiteral("rows=2 processed=0 ignored=0 dead=2 error="));
    QCOMPARE(d.count(QStringLiteral("SELECT attempts FROM inbox WHERE id = ?"), {row}), 2);

    // The user sets the nation's currency, as the error told them to.
    EndpointStore store(d.db());
    auto endpoint = store.find(QStringLiteral("Nation, no currency"));
    QVERIFY(endpoint);
    endpoint->currency = QStringLiteral("USD");
    QString error;
    QVERIFY2(store.update(*endpoint, &error), qPrintable(error));

    const DonationProcessor::Summary s = p.reprocess(DonationProcessor::Scope::DeadLetters);
    QCOMPARE(describe(s), QStringLiteral("rows=2 processed=1 ignored=0 dead=1 error="));
    QCOMPARE(s.changes.size(), 1);
    QVERIFY(s.changes.at(0).created);
    QCOMPARE(dump(d.db(), QStringLiteral("SELECT state, error, attempts FROM inbox WHERE id = ?"),
                 {row}),
        QStringList {QStringLiteral("state=text:processed|error=<null>|attempts=int:3")});
    QCOMPARE(
        dump(d.db(),
            QStringLiteral("SELECT e.name, d.external_id, d.status, d.currency, d.amount_units "
                           "FROM donations d JOIN endpoints e ON e.id = d.endpoint_id")),
        QStringList {
            QStringLiteral("name=text:Nation, no currency|external_id=text:87|status=text:paid|"
                           "currency=text:USD|amount_units=int:2020")});
    QCOMPARE(
        scalar(d.db(), QStringLiteral("SELECT state FROM inbox WHERE id = ?"), {broken}).toString(),
        QStringLiteral("dead"));
    // Dead letters only: processed rows are not touched.
    QCOMPARE(describe(p.reprocess(DonationProcessor::Scope::DeadLetters)),
        QStringLiteral("rows=1 processed=0 ignored=0 dead=1 error="));
    QCOMPARE(d.count(QStringLiteral("SELECT attempts FROM inbox WHERE id = ?"), {row}), 3);
}

void DonationProcessorTest::reprocessOneEndpointOnly()
{
    Desk &d = *m_desk;
    const qint64 a = d.post(
        QStringLiteral("Nation, no currency"), QStringLiteral("nationbuilder-succeeded.json"));
    const qint64 b = d.postBody(QStringLiteral("Inqud"), QByteArray("[]"));
    QCOMPARE(describe(d.process()), QStringLiteral("rows=2 processed=0 ignored=0 dead=2 error="));
    DonationProcessor p(d.db());
    QCOMPARE(describe(p.reprocess(
                 DonationProcessor::Scope::DeadLetters, d.endpointId(QStringLiteral("Inqud")))),
        QStringLiteral("rows=1 processed=0 ignored=0 dead=1 error="));
    QCOMPARE(d.count(QStringLiteral("SELECT attempts FROM inbox WHERE id = ?"), {a}), 1);
    QCOMPARE(d.count(QStringLiteral("SELECT attempts FROM inbox WHERE id = ?"), {b}), 2);
}

void DonationProcessorTest::reprocessAllRowsIsIdempotent()
{
    Desk &d = *m_desk;
    // Everything at once: stories, redeliveries, an ignored event and a dead letter.
    for (const char *name : {"inqud", "givecloud", "donary", "nationbuilder", "changeup"}) {
        for (const Delivery &delivery : story(QString::fromLatin1(name)))
            d.post(QString::fromLatin1(delivery.endpoint), QString::fromLatin1(delivery.fixture),
                delivery.givecloudEvent);
    }
    d.post(QStringLiteral("Inqud"), QStringLiteral("inqud-new.json"));
    d.post(QStringLiteral("Givecloud"), QStringLiteral("givecloud-paid.json"), "contribution_paid");
    d.post(QStringLiteral("Donary"), QStringLiteral("donary-charge.json"));
    d.post(QStringLiteral("Givecloud"), QStringLiteral("givecloud-supporter-updated.json"),
        "supporter_updated");
    d.postBody(QStringLiteral("Widget B"), QByteArray("{}"));
    const DonationProcessor::Summary first = d.process();
    QCOMPARE(describe(first), QStringLiteral("rows=18 processed=16 ignored=1 dead=1 error="));

    const QStringList donations = d.donations();
    // Which delivery said what about which donation. (status_before and status_after are left
    // out: re-applying a row rewrites them with the state it met the second time.)
    const QString historySql = QStringLiteral(
        "SELECT id, donation_id, inbox_id, dedupe_key, event, provider_status, duplicate, note "
        "FROM donation_events ORDER BY id");
    const QStringList history = dump(d.db(), historySql);
    const QStringList keys =
        dump(d.db(), QStringLiteral("SELECT * FROM event_keys ORDER BY endpoint_id, dedupe_key"));
    const QStringList states =
        dump(d.db(), QStringLiteral("SELECT id, state, error FROM inbox ORDER BY id"));
    // The story's own Donary charge repeats the schedule's first payment, plus three redeliveries.
    QCOMPARE(
        d.count(QStringLiteral("SELECT count(*) FROM donation_events WHERE duplicate = 1")), 4);

    DonationProcessor p(d.db());
    QStringList fullHistory;
    for (int round = 0; round < 3; ++round) {
        const DonationProcessor::Summary s = p.reprocess(DonationProcessor::Scope::AllRows);
        QCOMPARE(describe(s), QStringLiteral("rows=18 processed=16 ignored=1 dead=1 error="));
        // Only the redeliveries were news the first time; re-applying announces nothing new.
        for (const DonationChange &c : s.changes)
            QVERIFY(!c.created && !c.statusChanged);
        QCOMPARE(d.donations(), donations);
        // History rows are refreshed in place, never added: duplicates stay duplicates.
        QCOMPARE(dump(d.db(), historySql), history);
        QCOMPARE(dump(d.db(),
                     QStringLiteral("SELECT * FROM event_keys ORDER BY endpoint_id, dedupe_key")),
            keys);
        QCOMPARE(
            dump(d.db(), QStringLiteral("SELECT id, state, error FROM inbox ORDER BY id")), states);
        // From the first re-run on, the history is stable too.
        const QStringList now = dump(d.db(),
            QStringLiteral("SELECT id, status_before, status_after FROM "
                           "donation_events ORDER BY id"));
        if (round > 0)
            QCOMPARE(now, fullHistory);
        fullHistory = now;
    }
}

void DonationProcessorTest::sameIdOnTwoEndpointsStaysApart()
{
    Desk &d = *m_desk;
    // Two widgets of the same checkout server both report transaction txn_01HV8Z6Q2K.
    d.post(QStringLiteral("Widget A"), QStringLiteral("changeup-completed.json"));
    d.post(QStringLiteral("Widget B"), QStringLiteral("changeup-completed.json"));
    QCOMPARE(describe(d.process()), QStringLiteral("rows=2 processed=2 ignored=0 dead=0 error="));
    QCOMPARE(dump(d.db(),
                 QStringLiteral(
                     "SELECT e.name, d.external_id, d.status FROM donations d JOIN endpoints e "
                     "ON e.id = d.endpoint_id ORDER BY e.name")),
        (QStringList {
            QStringLiteral("name=text:Widget A|external_id=text:txn_01HV8Z6Q2K|status=text:paid"),
            QStringLiteral(
                "name=text:Widget B|external_id=text:txn_01HV8Z6Q2K|status=text:paid")}));
    // Neither delivery counts as a redelivery of the other.
    QCOMPARE(
        d.count(QStringLiteral("SELECT count(*) FROM donation_events WHERE duplicate = 1")), 0);

    const QString rowOfB = QStringLiteral("SELECT * FROM donations WHERE endpoint_id = ?");
    const QStringList b = dump(d.db(), rowOfB, {d.endpointId(QStringLiteral("Widget B"))});
    d.post(QStringLiteral("Widget A"), QStringLiteral("changeup-refunded.json"));
    QCOMPARE(describe(d.process()), QStringLiteral("rows=1 processed=1 ignored=0 dead=0 error="));
    QCOMPARE(scalar(d.db(), QStringLiteral("SELECT status FROM donations WHERE endpoint_id = ?"),
                 {d.endpointId(QStringLiteral("Widget A"))})
                 .toString(),
        QStringLiteral("refunded"));
    QCOMPARE(dump(d.db(), rowOfB, {d.endpointId(QStringLiteral("Widget B"))}), b);
    QCOMPARE(d.count(QStringLiteral("SELECT count(*) FROM donation_events WHERE donation_id = "
                                    "(SELECT id FROM donations WHERE endpoint_id = ?)"),
                 {d.endpointId(QStringLiteral("Widget B"))}),
        1);
}

void DonationProcessorTest::supporterEventsAreIgnored()
{
    Desk &d = *m_desk;
    const qint64 created = d.post(QStringLiteral("Givecloud"),
        QStringLiteral("givecloud-supporter-updated.json"), "supporter_created");
    const qint64 updated = d.post(QStringLiteral("Givecloud"),
        QStringLiteral("givecloud-supporter-updated.json"), "supporter_updated");
    const DonationProcessor::Summary s = d.process();
    QCOMPARE(describe(s), QStringLiteral("rows=2 processed=0 ignored=2 dead=0 error="));
    QVERIFY(s.changes.isEmpty());
    for (qint64 id : {created, updated}) {
        QCOMPARE(
            scalar(d.db(), QStringLiteral("SELECT state FROM inbox WHERE id = ?"), {id}).toString(),
            QStringLiteral("ignored"));
        // Why, for the request inspector.
        const QString why =
            scalar(d.db(), QStringLiteral("SELECT error FROM inbox WHERE id = ?"), {id}).toString();
        QVERIFY2(why.contains(QStringLiteral("supporter_")), qPrintable(why));
    }
    QCOMPARE(d.count(QStringLiteral("SELECT count(*) FROM donations")), 0);
    QCOMPARE(d.count(QStringLiteral("SELECT count(*) FROM donation_events")), 0);
    // Ignored rows are not dead letters.
    DonationProcessor p(d.db());
    QCOMPARE(p.reprocess(DonationProcessor::Scope::DeadLetters).rows, 0);
}

void DonationProcessorTest::hugeAmountsStoredExactly()
{
    Desk &d = *m_desk;
    d.post(QStringLiteral("Inqud"), QStringLiteral("inqud-eth-huge.json"));
    QCOMPARE(describe(d.process()), QStringLiteral("rows=1 processed=1 ignored=0 dead=0 error="));
    // 12345678901.123456789012345678 ETH is 1.2e28 wei: beyond 64 bits, so stored as digits.
    QCOMPARE(dump(d.db(),
                 QStringLiteral("SELECT currency, typeof(amount_units), amount_units, amount_text, "
                                "typeof(refunded_units), donor_name FROM donations")),
        QStringList {QStringLiteral("currency=text:ETH|typeof(amount_units)=text:text|"
                                    "amount_units=text:12345678901123456789012345678|"
                                    "amount_text=text:12345678901.123456789012345678|"
                                    "typeof(refunded_units)=text:integer|donor_name=text:李雷")});
    const auto units =
        unitsFromSql(scalar(d.db(), QStringLiteral("SELECT amount_units FROM donations")));
    QVERIFY(units);
    QCOMPARE(formatUnits(*units, Currency::scale(u"ETH")),
        QStringLiteral("12345678901.123456789012345678"));

    // A merge on top of it (a redelivery re-applied by reprocessing) reads it back exactly.
    const QStringList before = d.donations();
    DonationProcessor p(d.db());
    QCOMPARE(p.reprocess(DonationProcessor::Scope::AllRows).error, QString());
    QCOMPARE(d.donations(), before);
}

void DonationProcessorTest::databaseFailureRollsBackTheBatch()
{
    Desk &d = *m_desk;
    // Stands in for a full disk or a broken file half-way through a batch.
    QSqlQuery q(d.db());
    QVERIFY(q.exec(QStringLiteral(
        "CREATE TEMP TRIGGER fail_nation BEFORE INSERT ON main.donations "
        "WHEN NEW.external_id = '87' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
    d.post(QStringLiteral("Inqud"), QStringLiteral("inqud-new.json"));
    d.post(QStringLiteral("Nation"), QStringLiteral("nationbuilder-succeeded.json"));
    d.post(QStringLiteral("Widget A"), QStringLiteral("changeup-completed.json"));

    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(QStringLiteral("processing rolled back at inbox row")));
    const DonationProcessor::Summary failed = d.process();
    QVERIFY2(failed.error.contains(QStringLiteral("disk on fire")), qPrintable(failed.error));
    QVERIFY(failed.changes.isEmpty());
    // Nothing of the batch stays, not even the row before the failure: all three run again.
    QCOMPARE(d.count(QStringLiteral("SELECT count(*) FROM donations")), 0);
    QCOMPARE(d.count(QStringLiteral("SELECT count(*) FROM donation_events")), 0);
    QCOMPARE(d.count(QStringLiteral("SELECT count(*) FROM event_keys")), 0);
    QCOMPARE(d.count(QStringLiteral(
                 "SELECT count(*) FROM inbox WHERE state = 'pending' AND attempts = 0")),
        3);
    QCOMPARE(scalar(d.db(), QStringLiteral("PRAGMA synchronous")).toInt(), 2);

    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER temp.fail_nation")));
    QCOMPARE(describe(d.process()), QStringLiteral("rows=3 processed=3 ignored=0 dead=0 error="));
    QCOMPARE(d.count(QStringLiteral("SELECT count(*) FROM donations")), 3);
}

void DonationProcessorTest::batchLimitLeavesTheRestPending()
{
    Desk &d = *m_desk;
    for (int i = 0; i < 5; ++i) {
        d.postBody(QStringLiteral("Widget A"),
            QStringLiteral(R"({"transactionId": "t-%1", "amount": "1.00", "currency": "USD", )"
                           R"("transactionOrderDate": "2024-01-0%2T00:00:00Z"})")
                .arg(i)
                .arg(i + 1)
                .toUtf8());
    }
    DonationProcessor p(d.db());
    QCOMPARE(describe(p.processPending(2)),
        QStringLiteral("rows=2 processed=2 ignored=0 dead=0 error="));
    QCOMPARE(p.pendingCount(), 3);
    // Oldest first.
    QCOMPARE(dump(d.db(), QStringLiteral("SELECT external_id FROM donations ORDER BY id")),
        (QStringList {
            QStringLiteral("external_id=text:t-0"), QStringLiteral("external_id=text:t-1")}));
    QCOMPARE(
        describe(p.processPending()), QStringLiteral("rows=3 processed=3 ignored=0 dead=0 error="));
    QCOMPARE(p.pendingCount(), 0);
}

void DonationProcessorTest::reprocessWorksThroughManyBatches()
{
    // More rows than one reprocessing batch holds, one of them dead.
    Desk &d = *m_desk;
    const int count = 1234;
    QVERIFY(d.db().transaction());
    for (int i = 0; i < count; ++i) {
        const QByteArray body = i == 700
            ? QByteArray("{\"amount\": 1}")
            : QStringLiteral(R"({"transactionId": "b-%1", "amount": "%2", "currency": )"
                             R"("EUR", "transactionOrderDate": "2024-03-01T00:00:00Z"})")
                  .arg(i)
                  .arg(i + 1)
                  .toUtf8();
        d.postBody(QStringLiteral("Widget B"), body);
    }
    QVERIFY(d.db().commit());
    DonationProcessor p(d.db());
    int rounds = 0;
    while (p.pendingCount() > 0 && rounds < 20) {
        QCOMPARE(p.processPending().error, QString());
        ++rounds;
    }
    QCOMPARE(rounds, (count + 255) / 256);
    QCOMPARE(d.count(QStringLiteral("SELECT count(*) FROM donations")), count - 1);
    const QStringList before = d.donations();

    const DonationProcessor::Summary all = p.reprocess(DonationProcessor::Scope::AllRows);
    QCOMPARE(describe(all), QStringLiteral("rows=1234 processed=1233 ignored=0 dead=1 error="));
    QCOMPARE(d.donations(), before);
    QCOMPARE(d.count(QStringLiteral("SELECT count(*) FROM inbox WHERE attempts = 2")), count);
    QCOMPARE(describe(p.reprocess(DonationProcessor::Scope::DeadLetters)),
        QStringLiteral("rows=1 processed=0 ignored=0 dead=1 error="));
}

QTEST_GUILESS_MAIN(DonationProcessorTest)
#include "tst_donationprocessor.moc"
