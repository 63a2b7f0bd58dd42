#include "domain/donationmerge.h"
#include "storagetest.h"

#include <QtTest>

#include <algorithm>
#include <numeric>

using StorageTest::at;
using StorageTest::units;
using StorageTest::utc;

namespace {

// When every event of a scenario is processed, unless a test says otherwise.
const QDateTime ProcessedAt = at("2025-01-15T08:00:00Z");

EndpointConfig endpoint(
    const QString &provider, const RecordPolicy &policy = RecordPolicy::delay(7))
{
    EndpointConfig e;
    e.id = 3;
    e.name = QStringLiteral("main widget");
    e.provider = provider;
    e.recordPolicy = policy;
    return e;
}

DonationEvent makeEvent(
    const QString &externalId, DonationStatus status, const QString &providerStatus)
{
    DonationEvent e;
    e.externalId = externalId;
    e.status = status;
    e.providerStatus = providerStatus;
    e.eventName = providerStatus;
    e.dedupeKey = externalId + u':' + providerStatus;
    return e;
}

void setAmount(DonationEvent &e, const char *currency, Int128 units, const char *text)
{
    e.amount = Money {QString::fromLatin1(currency), units};
    e.amountText = QString::fromLatin1(text);
}

// Everything a donation's meaning depends on: what must not depend on arrival order. Left out:
// statusAt, createdAt and updatedAt, which record when we heard, not what happened.
QString facts(const DonationRecord &r)
{
    QStringList details;
    for (auto it = r.details.begin(); it != r.details.end(); ++it)
        details << it.key() + u'=' + it.value().toVariant().toString();
    return QStringList {
        QStringLiteral("status=") + Status::toString(r.status),
        QStringLiteral("providerStatus=") + r.providerStatus,
        QStringLiteral("amount=") + r.currency + u' ' + units(r.amountUnits),
        QStringLiteral("amountText=") + r.amountText,
        QStringLiteral("refunded=") + units(r.refundedUnits),
        QStringLiteral("donor=") + r.donorName + u'/' + r.donorEmail,
        QStringLiteral("campaign=") + r.campaign,
        QStringLiteral("recurring=") + (r.recurring ? QStringLiteral("yes") : QStringLiteral("no")),
        QStringLiteral("donatedAt=") + utc(r.donatedAt),
        QStringLiteral("paidAt=") + utc(r.paidAt),
        QStringLiteral("reversedAt=") + utc(r.reversedAt),
        QStringLiteral("recordRule=") + r.recordRule,
        QStringLiteral("recordDate=") + utc(r.recordDate),
        QStringLiteral("details=") + details.join(u','),
    }
        .join(QStringLiteral("; "));
}

// The whole record, including the bookkeeping times: for "applying again changes nothing".
QString everything(const DonationRecord &r)
{
    return facts(r) + QStringLiteral("; statusAt=") + utc(r.statusAt) + QStringLiteral("; created=")
        + utc(r.createdAt) + QStringLiteral("; updated=") + utc(r.updatedAt)
        + QStringLiteral("; endpoint=") + QString::number(r.endpointId) + QStringLiteral("; ")
        + r.provider + u'/' + r.kind + u'/' + r.externalId;
}

struct Scenario
{
    EndpointConfig endpoint;
    QList<DonationEvent> events;
    // The outcome every arrival order must reach.
    DonationStatus status = DonationStatus::Pending;
    QString providerStatus;
    Int128 amount = 0;
    Int128 refunded = 0;
    QDateTime donatedAt;
    QDateTime paidAt;
    QDateTime reversedAt;
    QDateTime recordDate;
};

// Sequences shaped like what each adapter produces for one donation's life.
Scenario scenario(const QString &name)
{
    Scenario s;
    if (name == u"inqud pending-partial-paid") {
        // Checkout NEW -> PARTIALLY_PAID -> COMPLETED; Inqud retries, so any order is possible.
        s.endpoint = endpoint(QStringLiteral("inqud"));
        const QDateTime created = at("2023-12-22T09:17:26.081Z");
        DonationEvent fresh =
            makeEvent(QStringLiteral("CCO-1"), DonationStatus::Pending, QStringLiteral("NEW"));
        DonationEvent partial = makeEvent(QStringLiteral("CCO-1"), DonationStatus::PartiallyPaid,
            QStringLiteral("PARTIALLY_PAID"));
        DonationEvent done =
            makeEvent(QStringLiteral("CCO-1"), DonationStatus::Paid, QStringLiteral("COMPLETED"));
        for (DonationEvent *e : {&fresh, &partial, &done}) {
            setAmount(*e, "USD", 2020, "20.20");
            e->donatedAt = created;
            e->campaign = QStringLiteral("Школа надежды");
        }
        fresh.statusAt = at("2023-12-22T09:17:27Z");
        partial.statusAt = at("2023-12-22T09:19:00Z");
        partial.paidAt = partial.statusAt;
        partial.details.insert(QStringLiteral("paidAmount"), QStringLiteral("10.000000"));
        done.statusAt = at("2023-12-22T09:21:03.500Z");
        done.paidAt = done.statusAt;
        done.details.insert(QStringLiteral("paidAmount"), QStringLiteral("20.200000"));
        done.details.insert(QStringLiteral("txHash"), QStringLiteral("7c0f3a6e"));
        s.events = {fresh, partial, done};
        s.status = DonationStatus::Paid;
        s.providerStatus = QStringLiteral("COMPLETED");
        s.amount = 2020;
        s.donatedAt = created;
        s.paidAt = partial.paidAt; // the first money received
        s.recordDate = created.addDays(7);
    } else if (name == u"inqud no price, amounts differ") {
        // NO_PRICE checkout: the amount is what was asked, then what was paid so far.
        s.endpoint = endpoint(QStringLiteral("inqud"));
        const QDateTime created = at("2024-11-25T21:01:09Z");
        DonationEvent waiting = makeEvent(
            QStringLiteral("CCO-2"), DonationStatus::Pending, QStringLiteral("WAITING_PAYMENT"));
        setAmount(waiting, "USDT", 50000000, "50");
        waiting.statusAt = at("2024-11-25T21:02:00Z");
        DonationEvent partial = makeEvent(QStringLiteral("CCO-2"), DonationStatus::PartiallyPaid,
            QStringLiteral("PARTIALLY_PAID"));
        setAmount(partial, "USDT", 20000000, "20.000000");
        partial.statusAt = at("2024-11-25T21:05:00Z");
        partial.paidAt = partial.statusAt;
        DonationEvent done =
            makeEvent(QStringLiteral("CCO-2"), DonationStatus::Paid, QStringLiteral("COMPLETED"));
        setAmount(done, "USDT", 50000000, "50.000000");
        done.statusAt = at("2024-11-25T21:14:44.999Z");
        done.paidAt = done.statusAt;
        for (DonationEvent *e : {&waiting, &partial, &done})
            e->donatedAt = created;
        s.events = {waiting, partial, done};
        s.status = DonationStatus::Paid;
        s.providerStatus = QStringLiteral("COMPLETED");
        s.amount = 50000000;
        s.donatedAt = created;
        s.paidAt = partial.paidAt;
        s.recordDate = created.addDays(7);
    } else if (name == u"inqud with redeliveries") {
        // The same statuses delivered twice each (retries after a slow answer).
        s = scenario(QStringLiteral("inqud pending-partial-paid"));
        s.events = {s.events.at(0), s.events.at(0), s.events.at(2), s.events.at(2)};
        s.paidAt = s.events.at(2).paidAt; // no partial payment this time
    } else if (name == u"changeup completed-refunded") {
        // Native format: the refund repeats the donation with status refunded and refundedAt.
        s.endpoint = endpoint(QStringLiteral("changeup"), RecordPolicy::delay(30));
        const QDateTime ordered = at("2024-02-29T23:59:59Z");
        DonationEvent completed = makeEvent(
            QStringLiteral("txn_01HV8Z6Q2K"), DonationStatus::Paid, QStringLiteral("completed"));
        DonationEvent refunded = makeEvent(
            QStringLiteral("txn_01HV8Z6Q2K"), DonationStatus::Refunded, QStringLiteral("refunded"));
        for (DonationEvent *e : {&completed, &refunded}) {
            setAmount(*e, "USD", 2020, "20.20");
            e->donatedAt = ordered;
            e->paidAt = ordered;
            e->delayReportBy = 14;
            e->donorName = QStringLiteral("שָׁלוֹם עַלֵיכֶם");
            e->donorEmail = QStringLiteral("shalom@example.org.il");
            e->campaign = QStringLiteral("Hanukkah 5785");
            e->recurring = false;
        }
        refunded.refundedUnits = 2020;
        refunded.statusAt = at("2024-03-03T10:00:00Z");
        s.events = {completed, refunded};
        s.status = DonationStatus::Refunded;
        s.providerStatus = QStringLiteral("refunded");
        s.amount = 2020;
        s.refunded = 2020;
        s.donatedAt = ordered;
        s.paidAt = ordered;
        s.reversedAt = refunded.statusAt;
        s.recordDate = ordered.addDays(14); // delayReportBy, not the endpoint's 30 days
    } else if (name == u"changeup delayReportBy corrected") {
        // The checkout server corrects delayReportBy when it reports the refund: the event that
        // decides the status decides the record date too, whatever arrives first.
        s = scenario(QStringLiteral("changeup completed-refunded"));
        s.events[1].delayReportBy = 30;
        s.recordDate = s.donatedAt.addDays(30);
    } else if (name == u"givecloud paid-partial-full refund") {
        // JPY: zero fraction digits. Each delivery carries its own X-Givecloud-Delivery.
        s.endpoint = endpoint(QStringLiteral("givecloud"));
        const QDateTime ordered = at("2023-12-22T09:17:26.081Z");
        DonationEvent paid = makeEvent(
            QStringLiteral("JP5000YN"), DonationStatus::Paid, QStringLiteral("contribution_paid"));
        DonationEvent partial = makeEvent(QStringLiteral("JP5000YN"),
            DonationStatus::PartiallyRefunded, QStringLiteral("contribution_refunded"));
        partial.refundedUnits = 50000;
        partial.statusAt = at("2023-12-23T15:00:00Z");
        partial.details.insert(QStringLiteral("delivery"), QStringLiteral("d-2"));
        DonationEvent full = makeEvent(QStringLiteral("JP5000YN"), DonationStatus::Refunded,
            QStringLiteral("contribution_refunded"));
        full.refundedUnits = 250000;
        full.statusAt = at("2023-12-27T15:00:00Z");
        full.details.insert(QStringLiteral("delivery"), QStringLiteral("d-3"));
        paid.details.insert(QStringLiteral("delivery"), QStringLiteral("d-1"));
        paid.details.insert(QStringLiteral("gateway"), QStringLiteral("stripe"));
        for (DonationEvent *e : {&paid, &partial, &full}) {
            setAmount(*e, "JPY", 250000, "250000");
            e->donatedAt = ordered;
            e->paidAt = ordered;
            e->donorName = QStringLiteral("小明 王");
            e->donorEmail = QStringLiteral("wang@example.cn");
            e->campaign = QStringLiteral("年末募金");
            e->recurring = false;
        }
        s.events = {paid, partial, full};
        s.status = DonationStatus::Refunded;
        s.providerStatus = QStringLiteral("contribution_refunded");
        s.amount = 250000;
        s.refunded = 250000;
        s.donatedAt = ordered;
        s.paidAt = ordered;
        s.reversedAt = full.statusAt; // a partial refund does not reverse the donation
        s.recordDate = ordered.addDays(7);
    } else if (name == u"donary void before charge") {
        // The status webhook names only the payment number; it may overtake the charge.
        s.endpoint = endpoint(QStringLiteral("donary"));
        const QDateTime processed = at("2024-11-26T02:01:09.827Z");
        DonationEvent charge =
            makeEvent(QStringLiteral("98765"), DonationStatus::Paid, QStringLiteral("Success"));
        setAmount(charge, "USD", 10000, "100");
        charge.donatedAt = processed;
        charge.paidAt = processed;
        charge.donorName = QStringLiteral("Test Charity");
        charge.campaign = QStringLiteral("Gold Page");
        charge.details.insert(QStringLiteral("gatewayrefnum"), QStringLiteral("pi_3Q0abcDEF"));
        DonationEvent voided =
            makeEvent(QStringLiteral("98765"), DonationStatus::Voided, QStringLiteral("Voided"));
        voided.statusAt = at("2024-11-26T10:00:00Z");
        s.events = {charge, voided};
        s.status = DonationStatus::Voided;
        s.providerStatus = QStringLiteral("Voided");
        s.amount = 10000;
        s.donatedAt = processed;
        s.paidAt = processed;
        s.reversedAt = voided.statusAt;
        s.recordDate = processed.addDays(7);
    } else if (name == u"nationbuilder succeeded-canceled") {
        s.endpoint =
            endpoint(QStringLiteral("nationbuilder"), RecordPolicy::fixed(QDate(2014, 3, 1)));
        const QDateTime succeededAt = at("2014-02-11T15:21:43Z");
        DonationEvent succeeded =
            makeEvent(QStringLiteral("87"), DonationStatus::Paid, QStringLiteral("succeeded"));
        succeeded.statusAt = succeededAt;
        DonationEvent canceled =
            makeEvent(QStringLiteral("87"), DonationStatus::Canceled, QStringLiteral("canceled"));
        canceled.statusAt = at("2014-02-12T09:00:00Z");
        for (DonationEvent *e : {&succeeded, &canceled}) {
            setAmount(*e, "USD", 2020, "2020");
            e->donatedAt = succeededAt;
            e->paidAt = succeededAt;
            e->donorName = QStringLiteral("Joe Doe");
            e->donorEmail = QStringLiteral("joe@example.com");
            e->campaign = QStringLiteral("ticket_sales");
            e->recurring = true;
        }
        s.events = {succeeded, canceled};
        s.status = DonationStatus::Canceled;
        s.providerStatus = QStringLiteral("canceled");
        s.amount = 2020;
        s.donatedAt = succeededAt;
        s.paidAt = succeededAt;
        s.reversedAt = canceled.statusAt;
        s.recordDate = at("2014-03-01T00:00:00Z");
    } else if (name == u"equal rank, same moment") {
        // Canceled and refunded rank alike and carry the same time: the tie is broken by name,
        // never by arrival.
        s.endpoint = endpoint(QStringLiteral("changeup"));
        const QDateTime when = at("2024-06-01T12:00:00Z");
        DonationEvent paid =
            makeEvent(QStringLiteral("T-9"), DonationStatus::Paid, QStringLiteral("completed"));
        DonationEvent canceled =
            makeEvent(QStringLiteral("T-9"), DonationStatus::Canceled, QStringLiteral("cancelled"));
        DonationEvent refunded =
            makeEvent(QStringLiteral("T-9"), DonationStatus::Refunded, QStringLiteral("refunded"));
        canceled.statusAt = at("2024-06-03T00:00:00Z");
        refunded.statusAt = canceled.statusAt;
        refunded.refundedUnits = 500;
        for (DonationEvent *e : {&paid, &canceled, &refunded}) {
            setAmount(*e, "EUR", 500, "5");
            e->donatedAt = when;
            e->paidAt = when;
        }
        s.events = {paid, canceled, refunded};
        s.status = DonationStatus::Refunded;
        s.providerStatus = QStringLiteral("refunded");
        s.amount = 500;
        s.refunded = 500;
        s.donatedAt = when;
        s.paidAt = when;
        s.reversedAt = canceled.statusAt;
        s.recordDate = when.addDays(7);
    } else {
        qFatal("unknown scenario %s", qPrintable(name));
    }
    return s;
}

QStringList scenarioNames()
{
    return {QStringLiteral("inqud pending-partial-paid"),
        QStringLiteral("inqud no price, amounts differ"), QStringLiteral("inqud with redeliveries"),
        QStringLiteral("changeup completed-refunded"),
        QStringLiteral("changeup delayReportBy corrected"),
        QStringLiteral("givecloud paid-partial-full refund"),
        QStringLiteral("donary void before charge"),
        QStringLiteral("nationbuilder succeeded-canceled"),
        QStringLiteral("equal rank, same moment")};
}

// Applies `events` in the order given by `order` to a fresh record, as the processor does.
// `receivedStep` spaces the arrival times: 0 means all were received at ProcessedAt.
DonationRecord applyInOrder(const Scenario &s, const std::vector<int> &order, int receivedStep = 0)
{
    DonationRecord r;
    bool isNew = true;
    for (size_t i = 0; i < order.size(); ++i) {
        const QDateTime received = ProcessedAt.addSecs(qint64(i) * receivedStep);
        DonationMerge::apply(r, isNew, s.events.at(order[i]), s.endpoint, received);
        isNew = false;
    }
    return r;
}

QString orderName(const Scenario &s, const std::vector<int> &order)
{
    QStringList names;
    for (int i : order)
        names << s.events.at(i).providerStatus;
    return names.join(QStringLiteral(" -> "));
}

} // namespace

class DonationMergeTest : public QObject
{
    Q_OBJECT

private slots:
    void everyArrivalOrderAgrees_data();
    void everyArrivalOrderAgrees();
    void applyingAnEventAgainChangesNothing_data();
    void applyingAnEventAgainChangesNothing();
    void newRecordTakesEndpointAndEvent();
    void outcomeReportsStatusChanges();
    void latePendingNeverOverwritesPaid();
    void lowerRankNeverWinsAtAnyTime_data();
    void lowerRankNeverWinsAtAnyTime();
    void equalRankLaterEventWins();
    void donorFieldsFillOrOverwrite();
    void amountFollowsTheWinningEvent();
    void amountFilledByAnyEventWhenMissing();
    void donatedAtIsEarliestSeen();
    void donatedAtFallsBackToEventTime();
    void delayReportByOverridesEndpointPolicy();
    void endpointPolicyFrozenAtCreation();
    void fixedDatePolicy_data();
    void fixedDatePolicy();
    void refundsOnlyGrow();
    void fullRefundWithoutFigureRefundsAll();
    void fullRefundBeforeItsAmountArrives();
    void voidDoesNotCountAsRefund();
    void recurringOnlyTurnsOn();
    void recordState_data();
    void recordState();
    void recordStateOfMergedRefund();
    void unitsRoundTripThroughSql_data();
    void unitsRoundTripThroughSql();
};

void DonationMergeTest::everyArrivalOrderAgrees_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("receivedStep");
    for (const QString &name : scenarioNames()) {
        // Once as if all arrived together, once an hour apart in arrival order: the arrival
        // time must not leak into the outcome where the provider said when things happened.
        QTest::newRow(qPrintable(name)) << name << 0;
        QTest::newRow(qPrintable(name + QStringLiteral(", hourly arrivals"))) << name << 3600;
    }
}

void DonationMergeTest::everyArrivalOrderAgrees()
{
    QFETCH(QString, name);
    QFETCH(int, receivedStep);
    const Scenario s = scenario(name);

    std::vector<int> order(size_t(s.events.size()));
    std::iota(order.begin(), order.end(), 0);
    const QString reference = facts(applyInOrder(s, order, receivedStep));
    int permutations = 0;
    do {
        const DonationRecord r = applyInOrder(s, order, receivedStep);
        const QString context = orderName(s, order);
        QVERIFY2(r.status == s.status,
            qPrintable(context + QStringLiteral(": ") + Status::toString(r.status)));
        QCOMPARE(r.providerStatus, s.providerStatus);
        QCOMPARE(units(r.amountUnits), units(s.amount));
        QCOMPARE(units(r.refundedUnits), units(s.refunded));
        QCOMPARE(utc(r.donatedAt), utc(s.donatedAt));
        QCOMPARE(utc(r.paidAt), utc(s.paidAt));
        QCOMPARE(utc(r.reversedAt), utc(s.reversedAt));
        QCOMPARE(utc(r.recordDate), utc(s.recordDate));
        // And everything else the record says, against the first order tried.
        QVERIFY2(facts(r) == reference,
            qPrintable(context + QStringLiteral("\n   got: ") + facts(r)
                + QStringLiteral("\n  want: ") + reference));
        ++permutations;
    } while (std::next_permutation(order.begin(), order.end()));
    QVERIFY(permutations >= 2);
}

void DonationMergeTest::applyingAnEventAgainChangesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("again");
    for (const QString &name : scenarioNames()) {
        const Scenario s = scenario(name);
        for (int i = 0; i < s.events.size(); ++i)
            QTest::addRow("%s, event %d again", qPrintable(name), i) << name << i;
    }
}

void DonationMergeTest::applyingAnEventAgainChangesNothing()
{
    QFETCH(QString, name);
    QFETCH(int, again);
    const Scenario s = scenario(name);

    // After every prefix of the sequence, not only at the end: a retry can come at any point.
    for (int upTo = again; upTo < s.events.size(); ++upTo) {
        DonationRecord r;
        for (int i = 0; i <= upTo; ++i)
            DonationMerge::apply(r, i == 0, s.events.at(i), s.endpoint, ProcessedAt);
        const QString before = everything(r);
        const DonationStatus statusBefore = r.status;
        const DonationMerge::Outcome out =
            DonationMerge::apply(r, false, s.events.at(again), s.endpoint, ProcessedAt);
        QCOMPARE(everything(r), before);
        QVERIFY(!out.created);
        QVERIFY(!out.statusChanged);
        QVERIFY(out.before == statusBefore);
    }
}

void DonationMergeTest::newRecordTakesEndpointAndEvent()
{
    EndpointConfig ep = endpoint(QStringLiteral("donary"), RecordPolicy::delay(3));
    ep.id = 42;
    DonationEvent e = makeEvent(
        QStringLiteral("dc4f72b9"), DonationStatus::Scheduled, QStringLiteral("scheduled"));
    e.kind = QStringLiteral("schedule");
    setAmount(e, "USD", 10000, "100");
    e.donatedAt = at("2024-05-25T00:00:00Z");
    const QDateTime received = at("2024-05-25T00:00:02Z");

    DonationRecord r;
    const DonationMerge::Outcome out = DonationMerge::apply(r, true, e, ep, received);
    QVERIFY(out.created);
    QVERIFY(out.statusChanged);
    QCOMPARE(r.endpointId, 42);
    QCOMPARE(r.provider, QStringLiteral("donary"));
    QCOMPARE(r.kind, QStringLiteral("schedule"));
    QCOMPARE(r.externalId, QStringLiteral("dc4f72b9"));
    QVERIFY(r.status == DonationStatus::Scheduled);
    QCOMPARE(r.currency, QStringLiteral("USD"));
    QCOMPARE(units(r.amountUnits), QStringLiteral("10000"));
    QCOMPARE(r.amountText, QStringLiteral("100"));
    QCOMPARE(r.recordRule, QStringLiteral("delay:3"));
    QCOMPARE(utc(r.recordDate), QStringLiteral("2024-05-28T00:00:00Z"));
    QCOMPARE(utc(r.createdAt), utc(received));
    QCOMPARE(utc(r.updatedAt), utc(received));
    // No status time in the event: the time it was received stands in.
    QCOMPARE(utc(r.statusAt), utc(received));
    // A schedule holds no money yet.
    QCOMPARE(utc(r.paidAt), QStringLiteral("null"));
    QCOMPARE(utc(r.reversedAt), QStringLiteral("null"));
}

void DonationMergeTest::outcomeReportsStatusChanges()
{
    const Scenario s = scenario(QStringLiteral("inqud pending-partial-paid"));
    DonationRecord r;
    DonationMerge::Outcome out =
        DonationMerge::apply(r, true, s.events.at(0), s.endpoint, ProcessedAt);
    QVERIFY(out.created && out.statusChanged);
    out = DonationMerge::apply(r, false, s.events.at(2), s.endpoint, ProcessedAt);
    QVERIFY(!out.created);
    QVERIFY(out.statusChanged);
    QVERIFY(out.before == DonationStatus::Pending);
    // The partial payment arrives last: it is history, not news.
    out = DonationMerge::apply(r, false, s.events.at(1), s.endpoint, ProcessedAt);
    QVERIFY(!out.statusChanged);
    QVERIFY(out.before == DonationStatus::Paid);
    QVERIFY(r.status == DonationStatus::Paid);
}

void DonationMergeTest::latePendingNeverOverwritesPaid()
{
    const EndpointConfig ep = endpoint(QStringLiteral("inqud"));
    DonationEvent paid =
        makeEvent(QStringLiteral("CCO-7"), DonationStatus::Paid, QStringLiteral("COMPLETED"));
    paid.statusAt = at("2024-01-01T10:00:00Z");
    setAmount(paid, "BTC", 12345, "0.00012345");
    // Stamped later than the payment (a provider clock, a re-sent old state): still lower.
    DonationEvent pending = makeEvent(
        QStringLiteral("CCO-7"), DonationStatus::Pending, QStringLiteral("WAITING_PAYMENT"));
    pending.statusAt = at("2024-01-02T10:00:00Z");
    setAmount(pending, "BTC", 99999, "0.00099999");

    DonationRecord r;
    DonationMerge::apply(r, true, paid, ep, ProcessedAt);
    const DonationMerge::Outcome out =
        DonationMerge::apply(r, false, pending, ep, ProcessedAt.addSecs(60));
    QVERIFY(!out.statusChanged);
    QVERIFY(r.status == DonationStatus::Paid);
    QCOMPARE(r.providerStatus, QStringLiteral("COMPLETED"));
    QCOMPARE(utc(r.statusAt), utc(paid.statusAt));
    QCOMPARE(units(r.amountUnits), QStringLiteral("12345"));
    QCOMPARE(r.amountText, QStringLiteral("0.00012345"));
}

void DonationMergeTest::lowerRankNeverWinsAtAnyTime_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    // Every pair of statuses, both directions.
    const QStringList names = Status::allNames();
    for (const QString &a : names) {
        for (const QString &b : names) {
            if (a != b) {
                QTest::addRow("%s then %s", qPrintable(a), qPrintable(b))
                    << int(*Status::fromString(a)) << int(*Status::fromString(b));
            }
        }
    }
}

void DonationMergeTest::lowerRankNeverWinsAtAnyTime()
{
    QFETCH(int, from);
    QFETCH(int, to);
    const auto first = DonationStatus(from);
    const auto second = DonationStatus(to);
    const EndpointConfig ep = endpoint(QStringLiteral("changeup"));
    DonationEvent a = makeEvent(QStringLiteral("X"), first, Status::toString(first));
    a.statusAt = at("2024-01-01T00:00:00Z");
    // The second event is always stamped later, the most tempting case for a regression.
    DonationEvent b = makeEvent(QStringLiteral("X"), second, Status::toString(second));
    b.statusAt = at("2024-01-05T00:00:00Z");

    DonationRecord r;
    DonationMerge::apply(r, true, a, ep, ProcessedAt);
    DonationMerge::apply(r, false, b, ep, ProcessedAt);
    const DonationStatus expected = Status::rank(second) >= Status::rank(first) ? second : first;
    QCOMPARE(Status::toString(r.status), Status::toString(expected));
    QVERIFY(Status::canMove(first, r.status));
}

void DonationMergeTest::equalRankLaterEventWins()
{
    // failed and expired rank alike: the later one describes the checkout's end.
    const EndpointConfig ep = endpoint(QStringLiteral("inqud"));
    DonationEvent expired =
        makeEvent(QStringLiteral("CCO-8"), DonationStatus::Expired, QStringLiteral("EXPIRED"));
    expired.statusAt = at("2024-01-01T11:00:00Z");
    DonationEvent failed =
        makeEvent(QStringLiteral("CCO-8"), DonationStatus::Failed, QStringLiteral("FAILED"));
    failed.statusAt = at("2024-01-01T10:00:00Z");

    for (bool expiredFirst : {true, false}) {
        DonationRecord r;
        DonationMerge::apply(r, true, expiredFirst ? expired : failed, ep, ProcessedAt);
        DonationMerge::apply(r, false, expiredFirst ? failed : expired, ep, ProcessedAt);
        QVERIFY(r.status == DonationStatus::Expired);
        QCOMPARE(utc(r.statusAt), utc(expired.statusAt));
    }
}

void DonationMergeTest::donorFieldsFillOrOverwrite()
{
    const EndpointConfig ep = endpoint(QStringLiteral("nationbuilder"));
    DonationEvent pending =
        makeEvent(QStringLiteral("87"), DonationStatus::Pending, QStringLiteral("pending"));
    pending.statusAt = at("2024-01-01T00:00:00Z");
    pending.donorName = QStringLiteral("J. Doe");
    DonationEvent paid =
        makeEvent(QStringLiteral("87"), DonationStatus::Paid, QStringLiteral("succeeded"));
    paid.statusAt = at("2024-01-01T00:05:00Z");
    paid.donorName = QStringLiteral("Joe Doe");
    paid.donorEmail = QStringLiteral("joe@example.com");
    DonationEvent latePending =
        makeEvent(QStringLiteral("87"), DonationStatus::Pending, QStringLiteral("pending"));
    latePending.statusAt = at("2024-01-01T00:01:00Z");
    latePending.donorName = QStringLiteral("Someone Else");
    latePending.donorEmail = QStringLiteral("other@example.com");
    latePending.campaign = QStringLiteral("ticket_sales");

    DonationRecord r;
    DonationMerge::apply(r, true, pending, ep, ProcessedAt);
    QCOMPARE(r.donorName, QStringLiteral("J. Doe"));
    QCOMPARE(r.donorEmail, QString());

    // The event that sets the status also sets the fields it carries.
    DonationMerge::apply(r, false, paid, ep, ProcessedAt);
    QCOMPARE(r.donorName, QStringLiteral("Joe Doe"));
    QCOMPARE(r.donorEmail, QStringLiteral("joe@example.com"));
    QCOMPARE(r.campaign, QString());

    // A losing event only fills what is still empty.
    DonationMerge::apply(r, false, latePending, ep, ProcessedAt);
    QCOMPARE(r.donorName, QStringLiteral("Joe Doe"));
    QCOMPARE(r.donorEmail, QStringLiteral("joe@example.com"));
    QCOMPARE(r.campaign, QStringLiteral("ticket_sales"));

    // A winning event with empty fields never clears what is known.
    DonationEvent canceled =
        makeEvent(QStringLiteral("87"), DonationStatus::Canceled, QStringLiteral("canceled"));
    canceled.statusAt = at("2024-01-02T00:00:00Z");
    DonationMerge::apply(r, false, canceled, ep, ProcessedAt);
    QVERIFY(r.status == DonationStatus::Canceled);
    QCOMPARE(r.donorName, QStringLiteral("Joe Doe"));
    QCOMPARE(r.donorEmail, QStringLiteral("joe@example.com"));
    QCOMPARE(r.campaign, QStringLiteral("ticket_sales"));

    // Details follow the same rule, key by key.
    DonationEvent a =
        makeEvent(QStringLiteral("88"), DonationStatus::Pending, QStringLiteral("pending"));
    a.details.insert(QStringLiteral("page_slug"), QStringLiteral("old"));
    a.details.insert(QStringLiteral("pledge_id"), QStringLiteral("44"));
    DonationEvent b =
        makeEvent(QStringLiteral("88"), DonationStatus::Paid, QStringLiteral("succeeded"));
    b.details.insert(QStringLiteral("page_slug"), QStringLiteral("new"));
    DonationRecord d;
    DonationMerge::apply(d, true, b, ep, ProcessedAt);
    DonationMerge::apply(d, false, a, ep, ProcessedAt);
    QCOMPARE(d.details.value(QStringLiteral("page_slug")).toString(), QStringLiteral("new"));
    QCOMPARE(d.details.value(QStringLiteral("pledge_id")).toString(), QStringLiteral("44"));
}

void DonationMergeTest::amountFollowsTheWinningEvent()
{
    const EndpointConfig ep = endpoint(QStringLiteral("inqud"));
    DonationEvent partial = makeEvent(
        QStringLiteral("CCO-3"), DonationStatus::PartiallyPaid, QStringLiteral("PARTIALLY_PAID"));
    setAmount(partial, "ETH", Int128(5) * 1000000000000000000LL, "5");
    partial.statusAt = at("2024-01-01T00:00:00Z");
    DonationEvent paid =
        makeEvent(QStringLiteral("CCO-3"), DonationStatus::Paid, QStringLiteral("COMPLETED"));
    setAmount(paid, "ETH", Int128(12) * 1000000000000000000LL, "12.000000000000000000");
    paid.statusAt = at("2024-01-01T01:00:00Z");

    DonationRecord r;
    DonationMerge::apply(r, true, partial, ep, ProcessedAt);
    DonationMerge::apply(r, false, paid, ep, ProcessedAt);
    QCOMPARE(units(r.amountUnits), QStringLiteral("12000000000000000000"));
    QCOMPARE(r.amountText, QStringLiteral("12.000000000000000000"));
    QCOMPARE(r.currency, QStringLiteral("ETH"));
    // The loser arriving late does not take the amount back.
    DonationMerge::apply(r, false, partial, ep, ProcessedAt);
    QCOMPARE(units(r.amountUnits), QStringLiteral("12000000000000000000"));
    QCOMPARE(r.amountText, QStringLiteral("12.000000000000000000"));
}

void DonationMergeTest::amountFilledByAnyEventWhenMissing()
{
    // A void carries no amount: the amount comes from the charge whatever the order.
    const Scenario s = scenario(QStringLiteral("donary void before charge"));
    DonationRecord r;
    DonationMerge::apply(r, true, s.events.at(1), s.endpoint, ProcessedAt);
    QVERIFY(!r.amountUnits);
    QCOMPARE(r.currency, QString());
    DonationMerge::apply(r, false, s.events.at(0), s.endpoint, ProcessedAt);
    QVERIFY(r.status == DonationStatus::Voided);
    QCOMPARE(r.currency, QStringLiteral("USD"));
    QCOMPARE(units(r.amountUnits), QStringLiteral("10000"));
    QCOMPARE(r.amountText, QStringLiteral("100"));
    // Descriptive fields of the losing charge fill the empty ones.
    QCOMPARE(r.donorName, QStringLiteral("Test Charity"));
    QCOMPARE(r.campaign, QStringLiteral("Gold Page"));
}

void DonationMergeTest::donatedAtIsEarliestSeen()
{
    const EndpointConfig ep = endpoint(QStringLiteral("changeup"), RecordPolicy::delay(1));
    DonationEvent later =
        makeEvent(QStringLiteral("A"), DonationStatus::Paid, QStringLiteral("completed"));
    later.donatedAt = at("2024-03-02T00:00:00Z");
    DonationEvent earlier =
        makeEvent(QStringLiteral("A"), DonationStatus::Pending, QStringLiteral("pending"));
    earlier.donatedAt = at("2024-03-01T00:00:00Z");
    DonationRecord r;
    DonationMerge::apply(r, true, later, ep, ProcessedAt);
    QCOMPARE(utc(r.recordDate), QStringLiteral("2024-03-03T00:00:00Z"));
    DonationMerge::apply(r, false, earlier, ep, ProcessedAt);
    QCOMPARE(utc(r.donatedAt), QStringLiteral("2024-03-01T00:00:00Z"));
    // The record date moves with it.
    QCOMPARE(utc(r.recordDate), QStringLiteral("2024-03-02T00:00:00Z"));
}

void DonationMergeTest::donatedAtFallsBackToEventTime()
{
    const EndpointConfig ep = endpoint(QStringLiteral("donary"));
    DonationEvent voided =
        makeEvent(QStringLiteral("5"), DonationStatus::Voided, QStringLiteral("Voided"));
    voided.statusAt = at("2024-11-26T10:00:00Z");
    DonationRecord r;
    DonationMerge::apply(r, true, voided, ep, ProcessedAt);
    QCOMPARE(utc(r.donatedAt), QStringLiteral("2024-11-26T10:00:00Z"));

    // Without any time at all, the time received.
    DonationEvent bare =
        makeEvent(QStringLiteral("6"), DonationStatus::Voided, QStringLiteral("Voided"));
    DonationRecord b;
    DonationMerge::apply(b, true, bare, ep, at("2024-12-01T12:00:00Z"));
    QCOMPARE(utc(b.donatedAt), QStringLiteral("2024-12-01T12:00:00Z"));
    QCOMPARE(utc(b.statusAt), QStringLiteral("2024-12-01T12:00:00Z"));
    QCOMPARE(utc(b.reversedAt), QStringLiteral("2024-12-01T12:00:00Z"));
}

void DonationMergeTest::delayReportByOverridesEndpointPolicy()
{
    const EndpointConfig ep = endpoint(QStringLiteral("changeup"), RecordPolicy::delay(7));
    DonationEvent e =
        makeEvent(QStringLiteral("T-1"), DonationStatus::Paid, QStringLiteral("completed"));
    e.donatedAt = at("2024-02-29T23:59:59Z");
    e.delayReportBy = 30;
    DonationRecord r;
    DonationMerge::apply(r, true, e, ep, ProcessedAt);
    QCOMPARE(r.recordRule, QStringLiteral("report:30"));
    QCOMPARE(utc(r.recordDate), QStringLiteral("2024-03-30T23:59:59Z"));

    // A later event without delayReportBy does not fall back to the endpoint's policy.
    DonationEvent refund =
        makeEvent(QStringLiteral("T-1"), DonationStatus::Refunded, QStringLiteral("refunded"));
    refund.statusAt = at("2024-03-05T00:00:00Z");
    DonationMerge::apply(r, false, refund, ep, ProcessedAt);
    QCOMPARE(r.recordRule, QStringLiteral("report:30"));
    QCOMPARE(utc(r.recordDate), QStringLiteral("2024-03-30T23:59:59Z"));

    // Zero days: actualised at once, even though the endpoint delays by a week.
    DonationEvent now =
        makeEvent(QStringLiteral("T-2"), DonationStatus::Paid, QStringLiteral("completed"));
    now.donatedAt = at("2024-02-29T23:59:59Z");
    now.delayReportBy = 0;
    DonationRecord z;
    DonationMerge::apply(z, true, now, ep, ProcessedAt);
    QCOMPARE(z.recordRule, QStringLiteral("report:0"));
    QCOMPARE(utc(z.recordDate), QStringLiteral("2024-02-29T23:59:59Z"));
}

void DonationMergeTest::endpointPolicyFrozenAtCreation()
{
    // Changing a widget's policy later must not move record dates already reported on.
    EndpointConfig ep = endpoint(QStringLiteral("changeup"), RecordPolicy::delay(7));
    DonationEvent e =
        makeEvent(QStringLiteral("T-3"), DonationStatus::Paid, QStringLiteral("completed"));
    e.donatedAt = at("2024-04-01T00:00:00Z");
    DonationRecord r;
    DonationMerge::apply(r, true, e, ep, ProcessedAt);
    ep.recordPolicy = RecordPolicy::delay(60);
    DonationEvent refund =
        makeEvent(QStringLiteral("T-3"), DonationStatus::Refunded, QStringLiteral("refunded"));
    DonationMerge::apply(r, false, refund, ep, ProcessedAt);
    QCOMPARE(r.recordRule, QStringLiteral("delay:7"));
    QCOMPARE(utc(r.recordDate), QStringLiteral("2024-04-08T00:00:00Z"));
}

void DonationMergeTest::fixedDatePolicy_data()
{
    QTest::addColumn<QString>("donatedAt");
    QTest::addColumn<QString>("recordDate");
    // The record date is the later of the fixed date (00:00 UTC) and the donation time.
    QTest::newRow("before the date") << "2024-05-25T13:45:00Z"
                                     << "2024-06-01T00:00:00Z";
    QTest::newRow("just before midnight") << "2024-05-31T23:59:59.999Z"
                                          << "2024-06-01T00:00:00Z";
    QTest::newRow("at the date") << "2024-06-01T00:00:00Z"
                                 << "2024-06-01T00:00:00Z";
    QTest::newRow("after the date") << "2024-06-15T08:30:00Z"
                                    << "2024-06-15T08:30:00Z";
}

void DonationMergeTest::fixedDatePolicy()
{
    QFETCH(QString, donatedAt);
    QFETCH(QString, recordDate);
    const EndpointConfig ep =
        endpoint(QStringLiteral("givecloud"), RecordPolicy::fixed(QDate(2024, 6, 1)));
    DonationEvent e =
        makeEvent(QStringLiteral("G-1"), DonationStatus::Paid, QStringLiteral("contribution_paid"));
    e.donatedAt = at(donatedAt.toLatin1().constData());
    DonationRecord r;
    DonationMerge::apply(r, true, e, ep, ProcessedAt);
    QCOMPARE(r.recordRule, QStringLiteral("date:2024-06-01"));
    QCOMPARE(utc(r.recordDate), recordDate);
}

void DonationMergeTest::refundsOnlyGrow()
{
    const EndpointConfig ep = endpoint(QStringLiteral("givecloud"));
    auto refund = [](Int128 refunded, const char *when) {
        DonationEvent e = makeEvent(QStringLiteral("G-2"), DonationStatus::PartiallyRefunded,
            QStringLiteral("contribution_refunded"));
        setAmount(e, "USD", 10000, "100.00");
        e.refundedUnits = refunded;
        e.statusAt = at(when);
        return e;
    };
    DonationRecord r;
    DonationMerge::apply(r, true, refund(2500, "2024-01-03T00:00:00Z"), ep, ProcessedAt);
    QCOMPARE(units(r.refundedUnits), QStringLiteral("2500"));
    // An older, smaller cumulative figure arriving late does not shrink it.
    DonationMerge::apply(r, false, refund(1000, "2024-01-02T00:00:00Z"), ep, ProcessedAt);
    QCOMPARE(units(r.refundedUnits), QStringLiteral("2500"));
    // Nor does a paid event, which says nothing about refunds.
    DonationEvent paid =
        makeEvent(QStringLiteral("G-2"), DonationStatus::Paid, QStringLiteral("contribution_paid"));
    setAmount(paid, "USD", 10000, "100.00");
    DonationMerge::apply(r, false, paid, ep, ProcessedAt);
    QCOMPARE(units(r.refundedUnits), QStringLiteral("2500"));
    QVERIFY(r.status == DonationStatus::PartiallyRefunded);
    // A second partial refund grows it.
    DonationMerge::apply(r, false, refund(4000, "2024-01-04T00:00:00Z"), ep, ProcessedAt);
    QCOMPARE(units(r.refundedUnits), QStringLiteral("4000"));
    // Partial refunds do not reverse the donation.
    QCOMPARE(utc(r.reversedAt), QStringLiteral("null"));
}

void DonationMergeTest::fullRefundWithoutFigureRefundsAll()
{
    const EndpointConfig ep = endpoint(QStringLiteral("changeup"));
    DonationEvent paid =
        makeEvent(QStringLiteral("T-4"), DonationStatus::Paid, QStringLiteral("completed"));
    setAmount(paid, "KWD", 12345, "12.345");
    DonationEvent partial = makeEvent(QStringLiteral("T-4"), DonationStatus::PartiallyRefunded,
        QStringLiteral("partially_refunded"));
    partial.refundedUnits = 345;
    DonationEvent refunded =
        makeEvent(QStringLiteral("T-4"), DonationStatus::Refunded, QStringLiteral("refunded"));
    refunded.statusAt = at("2024-02-01T00:00:00Z");
    DonationRecord r;
    DonationMerge::apply(r, true, paid, ep, ProcessedAt);
    DonationMerge::apply(r, false, partial, ep, ProcessedAt);
    QCOMPARE(units(r.refundedUnits), QStringLiteral("345"));
    DonationMerge::apply(r, false, refunded, ep, ProcessedAt);
    QVERIFY(r.status == DonationStatus::Refunded);
    QCOMPARE(units(r.refundedUnits), QStringLiteral("12345"));
    QCOMPARE(utc(r.reversedAt), QStringLiteral("2024-02-01T00:00:00Z"));
}

void DonationMergeTest::fullRefundBeforeItsAmountArrives()
{
    // The refund overtakes the payment and carries no amount: once the amount is known, all of
    // it counts as refunded.
    const EndpointConfig ep = endpoint(QStringLiteral("changeup"));
    DonationEvent refunded =
        makeEvent(QStringLiteral("T-5"), DonationStatus::Refunded, QStringLiteral("refunded"));
    refunded.statusAt = at("2024-02-01T00:00:00Z");
    DonationEvent paid =
        makeEvent(QStringLiteral("T-5"), DonationStatus::Paid, QStringLiteral("completed"));
    setAmount(paid, "JPY", 500, "500");
    paid.donatedAt = at("2024-01-31T00:00:00Z");
    paid.paidAt = paid.donatedAt;
    DonationRecord r;
    DonationMerge::apply(r, true, refunded, ep, ProcessedAt);
    QCOMPARE(units(r.refundedUnits), QStringLiteral("0"));
    DonationMerge::apply(r, false, paid, ep, ProcessedAt);
    QVERIFY(r.status == DonationStatus::Refunded);
    QCOMPARE(units(r.amountUnits), QStringLiteral("500"));
    QCOMPARE(units(r.refundedUnits), QStringLiteral("500"));
    QCOMPARE(utc(r.donatedAt), QStringLiteral("2024-01-31T00:00:00Z"));
    QCOMPARE(utc(r.paidAt), QStringLiteral("2024-01-31T00:00:00Z"));
}

void DonationMergeTest::voidDoesNotCountAsRefund()
{
    // A void or cancel reverses the donation, but no money was returned as a refund.
    const Scenario s = scenario(QStringLiteral("donary void before charge"));
    DonationRecord r;
    DonationMerge::apply(r, true, s.events.at(0), s.endpoint, ProcessedAt);
    DonationMerge::apply(r, false, s.events.at(1), s.endpoint, ProcessedAt);
    QVERIFY(Status::isReversal(r.status));
    QCOMPARE(units(r.refundedUnits), QStringLiteral("0"));
}

void DonationMergeTest::recurringOnlyTurnsOn()
{
    const EndpointConfig ep = endpoint(QStringLiteral("givecloud"));
    DonationEvent recurring = makeEvent(
        QStringLiteral("G-3"), DonationStatus::Paid, QStringLiteral("contributions_paid"));
    recurring.recurring = true;
    DonationEvent plain = makeEvent(
        QStringLiteral("G-3"), DonationStatus::Refunded, QStringLiteral("contribution_refunded"));
    plain.recurring = false;
    DonationEvent silent =
        makeEvent(QStringLiteral("G-3"), DonationStatus::Pending, QStringLiteral("pending"));
    DonationRecord r;
    DonationMerge::apply(r, true, silent, ep, ProcessedAt);
    QVERIFY(!r.recurring);
    DonationMerge::apply(r, false, recurring, ep, ProcessedAt);
    QVERIFY(r.recurring);
    // A winning event that does not know about the schedule does not unmark it.
    DonationMerge::apply(r, false, plain, ep, ProcessedAt);
    QVERIFY(r.status == DonationStatus::Refunded);
    QVERIFY(r.recurring);
}

void DonationMergeTest::recordState_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("donatedAt");
    QTest::addColumn<QString>("recordDate");
    QTest::addColumn<QString>("paidAt");
    QTest::addColumn<QString>("reversedAt");
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<QString>("state");

    const char *d = "2024-05-01T00:00:00Z"; // donated (and paid)
    const char *rd = "2024-05-08T00:00:00Z"; // record date
    const char *n = "";
    // Paid: nothing before it was made, pre-record before the record date, post-record from it.
    QTest::newRow("paid, before donation") << "paid" << d << rd << d << n << "2024-04-30T23:59:59Z"
                                           << "none";
    QTest::newRow("paid, at donation") << "paid" << d << rd << d << n << d << "pre-record";
    QTest::newRow("paid, just before record date")
        << "paid" << d << rd << d << n << "2024-05-07T23:59:59.999Z"
        << "pre-record";
    QTest::newRow("paid, at record date") << "paid" << d << rd << d << n << rd << "post-record";
    QTest::newRow("paid, after record date")
        << "paid" << d << rd << d << n << "2025-01-01T00:00:00Z"
        << "post-record";
    QTest::newRow("partially paid, pre")
        << "partially_paid" << d << rd << d << n << "2024-05-02T00:00:00Z"
        << "pre-record";
    QTest::newRow("partially refunded, post")
        << "partially_refunded" << d << rd << d << n << "2024-06-01T00:00:00Z"
        << "post-record";
    // Paid some time after the checkout was opened: nothing until the money arrived.
    QTest::newRow("paid later, before payment")
        << "paid" << d << rd << "2024-05-03T00:00:00Z" << n << "2024-05-02T00:00:00Z"
        << "none";
    QTest::newRow("paid later, after payment")
        << "paid" << d << rd << "2024-05-03T00:00:00Z" << n << "2024-05-03T00:00:00Z"
        << "pre-record";

    // Refunded before the record date: reversed before it was actualised.
    const char *early = "2024-05-04T00:00:00Z";
    QTest::newRow("early refund, before it")
        << "refunded" << d << rd << d << early << "2024-05-03T00:00:00Z"
        << "pre-record";
    QTest::newRow("early refund, at it")
        << "refunded" << d << rd << d << early << early << "reversed";
    QTest::newRow("early refund, after record date")
        << "refunded" << d << rd << d << early << "2024-06-01T00:00:00Z"
        << "reversed";
    QTest::newRow("early cancel, after record date")
        << "canceled" << d << rd << d << early << "2024-06-01T00:00:00Z"
        << "reversed";
    QTest::newRow("early void, after record date")
        << "voided" << d << rd << d << early << "2024-06-01T00:00:00Z"
        << "reversed";
    QTest::newRow("early refund, before donation")
        << "refunded" << d << rd << d << early << "2024-04-01T00:00:00Z"
        << "none";

    // Refunded after the record date: an adjustment against an actualised donation.
    const char *late = "2024-05-20T00:00:00Z";
    QTest::newRow("late refund, pre")
        << "refunded" << d << rd << d << late << "2024-05-05T00:00:00Z"
        << "pre-record";
    QTest::newRow("late refund, between")
        << "refunded" << d << rd << d << late << "2024-05-10T00:00:00Z"
        << "post-record";
    QTest::newRow("late refund, after it")
        << "refunded" << d << rd << d << late << "2024-06-01T00:00:00Z"
        << "post-record";
    QTest::newRow("refund at record date")
        << "refunded" << d << rd << d << rd << "2024-06-01T00:00:00Z"
        << "post-record";

    // Never counted.
    for (const char *s : {"pending", "failed", "expired", "scheduled", "pledged", "unknown"}) {
        QTest::addRow("%s, before record date", s)
            << s << d << rd << n << n << "2024-05-02T00:00:00Z"
            << "none";
        QTest::addRow("%s, after record date", s)
            << s << d << rd << n << n << "2024-06-01T00:00:00Z"
            << "none";
    }
    // Reversed without ever having been paid.
    QTest::newRow("canceled unpaid, early")
        << "canceled" << d << rd << n << early << "2024-06-01T00:00:00Z"
        << "none";
    QTest::newRow("voided unpaid, late")
        << "voided" << d << rd << n << late << "2024-06-01T00:00:00Z"
        << "none";
    QTest::newRow("canceled unpaid, before")
        << "canceled" << d << rd << n << early << "2024-05-02T00:00:00Z"
        << "none";
}

void DonationMergeTest::recordState()
{
    QFETCH(QString, status);
    QFETCH(QString, donatedAt);
    QFETCH(QString, recordDate);
    QFETCH(QString, paidAt);
    QFETCH(QString, reversedAt);
    QFETCH(QString, asOf);
    QFETCH(QString, state);
    auto time = [](const QString &s) {
        return s.isEmpty() ? QDateTime() : at(s.toLatin1().constData());
    };

    DonationRecord r;
    r.status = *Status::fromString(status);
    r.donatedAt = time(donatedAt);
    r.recordDate = time(recordDate);
    r.paidAt = time(paidAt);
    r.reversedAt = time(reversedAt);
    QCOMPARE(Record::toString(r.recordStateAsOf(time(asOf))), state);
}

void DonationMergeTest::recordStateOfMergedRefund()
{
    // The same, end to end through the merge: a ChangeUp refund inside a 14-day delayReportBy.
    const Scenario s = scenario(QStringLiteral("changeup completed-refunded"));
    DonationRecord r;
    DonationMerge::apply(r, true, s.events.at(0), s.endpoint, ProcessedAt);
    const QDateTime beforeRefund = at("2024-03-02T00:00:00Z");
    const QDateTime afterRecord = at("2024-03-20T00:00:00Z");
    QCOMPARE(Record::toString(r.recordStateAsOf(beforeRefund)), QStringLiteral("pre-record"));
    QCOMPARE(Record::toString(r.recordStateAsOf(afterRecord)), QStringLiteral("post-record"));
    DonationMerge::apply(r, false, s.events.at(1), s.endpoint, ProcessedAt);
    QCOMPARE(
        Record::toString(r.recordStateAsOf(at("2024-02-29T00:00:00Z"))), QStringLiteral("none"));
    QCOMPARE(Record::toString(r.recordStateAsOf(beforeRefund)), QStringLiteral("pre-record"));
    QCOMPARE(Record::toString(r.recordStateAsOf(afterRecord)), QStringLiteral("reversed"));
}

void DonationMergeTest::unitsRoundTripThroughSql_data()
{
    QTest::addColumn<QString>("units");
    QTest::addColumn<bool>("asInteger");
    QTest::newRow("zero") << "0" << true;
    QTest::newRow("cents") << "2020" << true;
    QTest::newRow("negative") << "-2020" << true;
    QTest::newRow("int64 max") << "9223372036854775807" << true;
    QTest::newRow("int64 min") << "-9223372036854775808" << true;
    QTest::newRow("int64 max + 1") << "9223372036854775808" << false;
    QTest::newRow("int64 min - 1") << "-9223372036854775809" << false;
    QTest::newRow("18-digit token") << "12345678901123456789012345678" << false;
    QTest::newRow("int128 max") << "170141183460469231731687303715884105727" << false;
    QTest::newRow("int128 min") << "-170141183460469231731687303715884105728" << false;
}

void DonationMergeTest::unitsRoundTripThroughSql()
{
    QFETCH(QString, units);
    QFETCH(bool, asInteger);
    const Int128 value = *int128FromString(units);
    const QVariant sql = unitsToSql(value);
    QCOMPARE(sql.typeId() == QMetaType::LongLong, asInteger);
    if (!asInteger)
        QCOMPARE(sql.toString(), units);
    QCOMPARE(StorageTest::units(unitsFromSql(sql)), units);
    // SQLite hands integers back as qlonglong and text as QString; both must read back.
    QCOMPARE(StorageTest::units(unitsFromSql(QVariant(sql.toString()))), units);
    QVERIFY(!unitsFromSql(QVariant(QMetaType(QMetaType::LongLong))));
}

QTEST_GUILESS_MAIN(DonationMergeTest)
#include "tst_donationmerge.moc"
