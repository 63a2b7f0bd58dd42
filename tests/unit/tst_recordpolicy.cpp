#include "domain/recordpolicy.h"
#include "time/timestamps.h"

#include <QtTest>

namespace {

QDateTime at(const char *iso)
{
    const auto t = Timestamps::parse(QString::fromLatin1(iso));
    if (!t)
        qFatal("bad test time %s", iso);
    return *t;
}

// Qt 6.4 represents UTC two ways (Qt::UTC, or Qt::TimeZone with the UTC zone).
bool isUtc(const QDateTime &t)
{
    return t.timeSpec() == Qt::UTC
        || (t.timeSpec() == Qt::TimeZone && t.timeZone() == QTimeZone::utc());
}

} // namespace

class RecordPolicyTest : public QObject
{
    Q_OBJECT

private slots:
    void rulesRoundTrip_data();
    void rulesRoundTrip();
    void fromRuleRejects_data();
    void fromRuleRejects();
    void recordDate_data();
    void recordDate();
    void recordStateNames();
    void stateAsOf_data();
    void stateAsOf();
};

void RecordPolicyTest::rulesRoundTrip_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("date");

    const int delay = int(RecordPolicy::Kind::Delay);
    const int report = int(RecordPolicy::Kind::ReportDelay);
    const int fixed = int(RecordPolicy::Kind::FixedDate);
    QTest::newRow("delay 0") << "delay:0" << delay << 0 << QDate();
    QTest::newRow("delay 7") << "delay:7" << delay << 7 << QDate();
    QTest::newRow("delay max") << "delay:3650" << delay << 3650 << QDate();
    QTest::newRow("report 0") << "report:0" << report << 0 << QDate();
    QTest::newRow("report 30") << "report:30" << report << 30 << QDate();
    QTest::newRow("report max") << "report:90" << report << 90 << QDate();
    QTest::newRow("date") << "date:2024-06-01" << fixed << 0 << QDate(2024, 6, 1);
    QTest::newRow("leap day") << "date:2024-02-29" << fixed << 0 << QDate(2024, 2, 29);
}

void RecordPolicyTest::rulesRoundTrip()
{
    QFETCH(QString, rule);
    QFETCH(int, kind);
    QFETCH(int, days);
    QFETCH(QDate, date);

    const auto p = RecordPolicy::fromRule(rule);
    QVERIFY(p);
    QCOMPARE(int(p->kind), kind);
    QCOMPARE(p->days, days);
    QCOMPARE(p->fixedDate, date);
    QCOMPARE(p->toRule(), rule);

    // The factories produce the same policy.
    const RecordPolicy made = kind == int(RecordPolicy::Kind::FixedDate) ? RecordPolicy::fixed(date)
        : kind == int(RecordPolicy::Kind::Delay)                         ? RecordPolicy::delay(days)
                                                 : RecordPolicy::reportDelay(days);
    QVERIFY(made == *p);
    QCOMPARE(made.toRule(), rule);
}

void RecordPolicyTest::fromRuleRejects_data()
{
    QTest::addColumn<QString>("rule");

    QTest::newRow("empty") << "";
    QTest::newRow("no colon") << "delay";
    QTest::newRow("no value") << "delay:";
    QTest::newRow("negative delay") << "delay:-1";
    QTest::newRow("delay beyond ten years") << "delay:3651";
    QTest::newRow("fractional delay") << "delay:7.5";
    QTest::newRow("word delay") << "delay:seven";
    QTest::newRow("report beyond 90") << "report:91";
    QTest::newRow("negative report") << "report:-5";
    QTest::newRow("unknown kind") << "weekly:3";
    QTest::newRow("kind is case-sensitive") << "DELAY:7";
    QTest::newRow("Feb 30") << "date:2024-02-30";
    QTest::newRow("Feb 29 in a common year") << "date:2023-02-29";
    QTest::newRow("empty date") << "date:";
    QTest::newRow("US date") << "date:06/01/2024";
    // Only the exact form toRule() writes: no guessing at a mistyped rule.
    QTest::newRow("slashes") << "date:2024/06/01";
    QTest::newRow("with a time") << "date:2024-06-01T12:00";
    QTest::newRow("trailing junk") << "date:2024-06-01x";
}

void RecordPolicyTest::fromRuleRejects()
{
    QFETCH(QString, rule);
    QVERIFY(!RecordPolicy::fromRule(rule));
}

void RecordPolicyTest::recordDate_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QDateTime>("donatedAt");
    QTest::addColumn<QString>("recordDate");

    QTest::newRow("delay 7") << "delay:7" << at("2024-05-25T13:45:00Z") << "2024-06-01T13:45:00Z";
    QTest::newRow("delay 0") << "delay:0" << at("2024-05-25T13:45:00.250Z")
                             << "2024-05-25T13:45:00.250Z";
    QTest::newRow("delay onto leap day")
        << "delay:1" << at("2024-02-28T12:00:00Z") << "2024-02-29T12:00:00Z";
    QTest::newRow("delay over leap day")
        << "delay:2" << at("2024-02-28T12:00:00Z") << "2024-03-01T12:00:00Z";
    QTest::newRow("delay across the year")
        << "delay:10" << at("2024-12-25T00:00:00Z") << "2025-01-04T00:00:00Z";
    // Days are UTC days: a DST change in the donor's zone does not shift the record date.
    QTest::newRow("delay across a DST change, offset input")
        << "delay:7" << at("2024-03-08T12:00:00-05:00") << "2024-03-15T17:00:00Z";
    QTest::newRow("report delay 30")
        << "report:30" << at("2024-01-31T23:59:59Z") << "2024-03-01T23:59:59Z";
    QTest::newRow("report delay 90")
        << "report:90" << at("2024-01-01T00:00:00Z") << "2024-03-31T00:00:00Z";
    QTest::newRow("fixed date after the donation")
        << "date:2024-06-01" << at("2024-05-25T13:45:00Z") << "2024-06-01T00:00:00Z";
    QTest::newRow("fixed date before the donation")
        << "date:2024-06-01" << at("2024-07-04T09:30:00Z") << "2024-07-04T09:30:00Z";
    QTest::newRow("fixed date on the donation's day")
        << "date:2024-06-01" << at("2024-06-01T09:30:00Z") << "2024-06-01T09:30:00Z";
    QTest::newRow("fixed date, donation the evening before in Kathmandu")
        << "date:2024-06-01" << at("2024-06-01T05:30:00+05:45") << "2024-06-01T00:00:00Z";
    QTest::newRow("fixed date, donation the same evening in New York")
        << "date:2024-06-01" << at("2024-05-31T21:00:00-04:00") << "2024-06-01T01:00:00Z";
}

void RecordPolicyTest::recordDate()
{
    QFETCH(QString, rule);
    QFETCH(QDateTime, donatedAt);
    QFETCH(QString, recordDate);

    const auto p = RecordPolicy::fromRule(rule);
    QVERIFY(p);
    const QDateTime r = p->recordDate(donatedAt);
    QVERIFY(isUtc(r));
    QCOMPARE(Timestamps::toIsoUtc(r), recordDate);
    QVERIFY(r >= donatedAt); // never before the donation
}

void RecordPolicyTest::recordStateNames()
{
    const QList<QPair<RecordState, QString>> names {{RecordState::None, QStringLiteral("none")},
        {RecordState::PreRecord, QStringLiteral("pre-record")},
        {RecordState::PostRecord, QStringLiteral("post-record")},
        {RecordState::Reversed, QStringLiteral("reversed")}};
    for (const auto &[state, name] : names) {
        QCOMPARE(Record::toString(state), name);
        QVERIFY(Record::fromString(name) == state);
    }
    QVERIFY(!Record::fromString(u"Reversed"));
    QVERIFY(!Record::fromString(u"prerecord"));
    QVERIFY(!Record::fromString(u""));
}

void RecordPolicyTest::stateAsOf_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDateTime>("donatedAt");
    QTest::addColumn<QDateTime>("paidAt");
    QTest::addColumn<QDateTime>("reversedAt");
    QTest::addColumn<QDateTime>("asOf");
    QTest::addColumn<QString>("state");

    // One donation: made and paid on May 1 10:00, record date a week later.
    const QDateTime d = at("2024-05-01T10:00:00Z");
    const QDateTime r = at("2024-05-08T10:00:00Z");
    const QDateTime never;
    const QDateTime beforeD = d.addSecs(-1);
    const QDateTime mid = d.addDays(3);
    const QDateTime justBeforeR = r.addMSecs(-1);
    const QDateTime afterR = r.addDays(30);

    for (const char *s : {"paid", "partially_paid", "partially_refunded"}) {
        QTest::addRow("%s before it was made", s) << s << d << d << never << beforeD << "none";
        QTest::addRow("%s when made", s) << s << d << d << never << d << "pre-record";
        QTest::addRow("%s before record date", s) << s << d << d << never << mid << "pre-record";
        QTest::addRow("%s 1 ms before record date", s)
            << s << d << d << never << justBeforeR << "pre-record";
        QTest::addRow("%s on record date", s) << s << d << d << never << r << "post-record";
        QTest::addRow("%s after record date", s) << s << d << d << never << afterR << "post-record";
        // Paid later than made (a bank transfer): nothing to count until the money arrived.
        QTest::addRow("%s made but not yet paid", s)
            << s << d << d.addDays(2) << never << mid.addDays(-2) << "none";
        QTest::addRow("%s paid later", s) << s << d << d.addDays(2) << never << mid << "pre-record";
        QTest::addRow("%s without paidAt", s) << s << d << never << never << mid << "pre-record";
    }

    for (const char *s : {"pending", "failed", "expired", "scheduled", "pledged", "unknown"}) {
        QTest::addRow("%s before record date", s) << s << d << never << never << mid << "none";
        QTest::addRow("%s after record date", s) << s << d << never << never << afterR << "none";
    }

    for (const char *s : {"refunded", "canceled", "voided"}) {
        // Reversed before the record date: counted until the reversal, then reversed for good.
        const QDateTime early = d.addDays(2);
        QTest::addRow("%s early, before the reversal", s)
            << s << d << d << early << mid.addDays(-2) << "pre-record";
        QTest::addRow("%s early, at the reversal", s)
            << s << d << d << early << early << "reversed";
        QTest::addRow("%s early, before record date", s)
            << s << d << d << early << mid << "reversed";
        QTest::addRow("%s early, after record date", s)
            << s << d << d << early << afterR << "reversed";
        QTest::addRow("%s early, before it was made", s)
            << s << d << d << early << beforeD << "none";
        // Reversed after the record date: an adjustment against an actualised donation.
        const QDateTime late = r.addDays(5);
        QTest::addRow("%s late, before record date", s)
            << s << d << d << late << mid << "pre-record";
        QTest::addRow("%s late, on record date", s) << s << d << d << late << r << "post-record";
        QTest::addRow("%s late, after the reversal", s)
            << s << d << d << late << afterR << "post-record";
        // Exactly on the record date counts as after it.
        QTest::addRow("%s on the record date", s) << s << d << d << r << afterR << "post-record";
        QTest::addRow("%s 1 ms before the record date", s)
            << s << d << d << justBeforeR << afterR << "reversed";
        // No reversal time known: treated as at the record date.
        QTest::addRow("%s at an unknown time, before record date", s)
            << s << d << d << never << mid << "pre-record";
        QTest::addRow("%s at an unknown time, after record date", s)
            << s << d << d << never << afterR << "post-record";
        // Never paid: nothing was ever counted.
        QTest::addRow("%s never paid, before record date", s)
            << s << d << never << early << mid << "none";
        QTest::addRow("%s never paid, after record date", s)
            << s << d << never << early << afterR << "none";
        QTest::addRow("%s before the payment", s)
            << s << d << d.addDays(1) << d.addDays(2) << d.addSecs(60) << "none";
    }

    QTest::newRow("no donation time") << "paid" << never << d << never << mid << "none";
}

void RecordPolicyTest::stateAsOf()
{
    QFETCH(QString, status);
    QFETCH(QDateTime, donatedAt);
    QFETCH(QDateTime, paidAt);
    QFETCH(QDateTime, reversedAt);
    QFETCH(QDateTime, asOf);
    QFETCH(QString, state);

    const auto s = Status::fromString(status);
    QVERIFY(s);
    Record::Facts f;
    f.status = *s;
    f.donatedAt = donatedAt;
    f.recordDate = RecordPolicy::delay(7).recordDate(at("2024-05-01T10:00:00Z"));
    f.paidAt = paidAt;
    f.reversedAt = reversedAt;
    QCOMPARE(Record::toString(Record::stateAsOf(f, asOf)), state);
}

QTEST_APPLESS_MAIN(RecordPolicyTest)
#include "tst_recordpolicy.moc"
