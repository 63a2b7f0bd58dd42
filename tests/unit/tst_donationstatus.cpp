#include "domain/donationstatus.h"

#include <QtTest>

namespace {

const QList<DonationStatus> &allStatuses()
{
    static const QList<DonationStatus> all {DonationStatus::Pending, DonationStatus::Paid,
        DonationStatus::PartiallyPaid, DonationStatus::Failed, DonationStatus::Canceled,
        DonationStatus::Expired, DonationStatus::Refunded, DonationStatus::PartiallyRefunded,
        DonationStatus::Voided, DonationStatus::Scheduled, DonationStatus::Pledged,
        DonationStatus::Unknown};
    return all;
}

DonationStatus status(const QString &name)
{
    const auto s = Status::fromString(name);
    if (!s)
        qFatal("unknown status name %s", qPrintable(name));
    return *s;
}

} // namespace

class DonationStatusTest : public QObject
{
    Q_OBJECT

private slots:
    void namesRoundTrip();
    void names_data();
    void names();
    void fromStringIsExact_data();
    void fromStringIsExact();
    void rankOrder();
    void canMove_data();
    void canMove();
    void canMoveIsATotalPreorder();
    void holdsMoneyAndReversal_data();
    void holdsMoneyAndReversal();
};

void DonationStatusTest::namesRoundTrip()
{
    QSet<QString> seen;
    for (DonationStatus s : allStatuses()) {
        const QString name = Status::toString(s);
        QVERIFY(!name.isEmpty());
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen.insert(name);
        QVERIFY(Status::fromString(name) == s);
    }
    const QStringList names = Status::allNames();
    QCOMPARE(names.size(), allStatuses().size());
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()), seen);
}

void DonationStatusTest::names_data()
{
    // The stored names: changing one breaks existing databases.
    QTest::addColumn<QString>("name");
    for (const char *n : {"pending", "paid", "partially_paid", "failed", "canceled", "expired",
             "refunded", "partially_refunded", "voided", "scheduled", "pledged", "unknown"})
        QTest::newRow(n) << QString::fromLatin1(n);
}

void DonationStatusTest::names()
{
    QFETCH(QString, name);
    QCOMPARE(Status::toString(status(name)), name);
    QVERIFY(Status::allNames().contains(name));
}

void DonationStatusTest::fromStringIsExact_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("capitalised") << "Paid";
    QTest::newRow("upper") << "REFUNDED";
    QTest::newRow("British spelling") << "cancelled";
    QTest::newRow("provider word") << "completed";
    QTest::newRow("space") << "partially refunded";
    QTest::newRow("padded") << " paid";
    QTest::newRow("empty") << "";
}

void DonationStatusTest::fromStringIsExact()
{
    QFETCH(QString, name);
    // Provider words are mapped by the adapters; stored names are exact.
    QVERIFY(!Status::fromString(name));
}

void DonationStatusTest::rankOrder()
{
    using S = DonationStatus;
    // unknown < pending < scheduled = pledged < failed = expired < partially paid < paid
    //   < partially refunded < refunded = canceled = voided
    const QList<QList<S>> tiers {{S::Unknown}, {S::Pending}, {S::Scheduled, S::Pledged},
        {S::Failed, S::Expired}, {S::PartiallyPaid}, {S::Paid}, {S::PartiallyRefunded},
        {S::Refunded, S::Canceled, S::Voided}};
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        for (S a : tiers[i]) {
            for (S b : tiers[i])
                QCOMPARE(Status::rank(a), Status::rank(b));
            if (i + 1 < tiers.size()) {
                for (S b : tiers[i + 1]) {
                    QVERIFY2(Status::rank(a) < Status::rank(b),
                        qPrintable(Status::toString(a) + u" < " + Status::toString(b)));
                }
            }
        }
    }
}

void DonationStatusTest::canMove_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");

    // Forward along a payment's life.
    QTest::newRow("pending -> paid") << "pending"
                                     << "paid" << true;
    QTest::newRow("pending -> failed") << "pending"
                                       << "failed" << true;
    QTest::newRow("pending -> expired") << "pending"
                                        << "expired" << true;
    QTest::newRow("pending -> canceled") << "pending"
                                         << "canceled" << true;
    QTest::newRow("partially_paid -> paid") << "partially_paid"
                                            << "paid" << true;
    QTest::newRow("paid -> partially_refunded") << "paid"
                                                << "partially_refunded" << true;
    QTest::newRow("partially_refunded -> refunded") << "partially_refunded"
                                                    << "refunded" << true;
    QTest::newRow("paid -> refunded") << "paid"
                                      << "refunded" << true;
    QTest::newRow("paid -> voided") << "paid"
                                    << "voided" << true;
    QTest::newRow("paid -> canceled") << "paid"
                                      << "canceled" << true;
    QTest::newRow("failed -> paid (retry succeeded)") << "failed"
                                                      << "paid" << true;
    QTest::newRow("expired -> paid (late payment)") << "expired"
                                                    << "paid" << true;
    QTest::newRow("scheduled -> paid") << "scheduled"
                                       << "paid" << true;
    QTest::newRow("scheduled -> canceled") << "scheduled"
                                           << "canceled" << true;
    QTest::newRow("pledged -> paid") << "pledged"
                                     << "paid" << true;
    QTest::newRow("unknown -> pending") << "unknown"
                                        << "pending" << true;
    QTest::newRow("unknown -> paid") << "unknown"
                                     << "paid" << true;

    // Duplicates and equal ranks.
    QTest::newRow("paid -> paid (redelivery)") << "paid"
                                               << "paid" << true;
    QTest::newRow("pending -> pending") << "pending"
                                        << "pending" << true;
    QTest::newRow("refunded -> canceled") << "refunded"
                                          << "canceled" << true;
    QTest::newRow("canceled -> refunded") << "canceled"
                                          << "refunded" << true;
    QTest::newRow("voided -> refunded") << "voided"
                                        << "refunded" << true;
    QTest::newRow("failed -> expired") << "failed"
                                       << "expired" << true;
    QTest::newRow("scheduled -> pledged") << "scheduled"
                                          << "pledged" << true;

    // Late, out-of-order deliveries never move a status back.
    QTest::newRow("late pending never overwrites paid") << "paid"
                                                        << "pending" << false;
    QTest::newRow("payment arriving after its refund") << "refunded"
                                                       << "paid" << false;
    QTest::newRow("payment arriving after a partial refund") << "partially_refunded"
                                                             << "paid" << false;
    QTest::newRow("partial refund after the full one") << "refunded"
                                                       << "partially_refunded" << false;
    QTest::newRow("partial payment after full payment") << "paid"
                                                        << "partially_paid" << false;
    QTest::newRow("failure after success") << "paid"
                                           << "failed" << false;
    QTest::newRow("expiry after payment") << "paid"
                                          << "expired" << false;
    QTest::newRow("voided -> paid") << "voided"
                                    << "paid" << false;
    QTest::newRow("canceled -> scheduled") << "canceled"
                                           << "scheduled" << false;
    QTest::newRow("canceled -> pending") << "canceled"
                                         << "pending" << false;
    QTest::newRow("expired -> pending") << "expired"
                                        << "pending" << false;
    QTest::newRow("failed -> pending") << "failed"
                                       << "pending" << false;
    QTest::newRow("paid -> scheduled") << "paid"
                                       << "scheduled" << false;
    QTest::newRow("failed -> scheduled") << "failed"
                                         << "scheduled" << false;
    QTest::newRow("scheduled -> pending") << "scheduled"
                                          << "pending" << false;
    // An unknown provider status is recorded beside the known one, never replacing it.
    QTest::newRow("pending -> unknown") << "pending"
                                        << "unknown" << false;
    QTest::newRow("paid -> unknown") << "paid"
                                     << "unknown" << false;
    QTest::newRow("refunded -> unknown") << "refunded"
                                         << "unknown" << false;
}

void DonationStatusTest::canMove()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    QCOMPARE(Status::canMove(status(from), status(to)), allowed);
}

void DonationStatusTest::canMoveIsATotalPreorder()
{
    // Whatever order events arrive in, the final status is the same: that needs a reflexive,
    // transitive relation where of any two statuses at least one may replace the other.
    for (DonationStatus a : allStatuses()) {
        QVERIFY(Status::canMove(a, a));
        for (DonationStatus b : allStatuses()) {
            QVERIFY(Status::canMove(a, b) || Status::canMove(b, a));
            for (DonationStatus c : allStatuses()) {
                if (Status::canMove(a, b) && Status::canMove(b, c))
                    QVERIFY(Status::canMove(a, c));
            }
        }
    }
}

void DonationStatusTest::holdsMoneyAndReversal_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("holdsMoney");
    QTest::addColumn<bool>("reversal");

    QTest::newRow("pending") << "pending" << false << false;
    QTest::newRow("paid") << "paid" << true << false;
    QTest::newRow("partially_paid") << "partially_paid" << true << false;
    QTest::newRow("failed") << "failed" << false << false;
    QTest::newRow("canceled") << "canceled" << false << true;
    QTest::newRow("expired") << "expired" << false << false;
    QTest::newRow("refunded") << "refunded" << false << true;
    QTest::newRow("partially_refunded") << "partially_refunded" << true << false;
    QTest::newRow("voided") << "voided" << false << true;
    QTest::newRow("scheduled") << "scheduled" << false << false;
    QTest::newRow("pledged") << "pledged" << false << false;
    QTest::newRow("unknown") << "unknown" << false << false;
}

void DonationStatusTest::holdsMoneyAndReversal()
{
    QFETCH(QString, name);
    QFETCH(bool, holdsMoney);
    QFETCH(bool, reversal);
    QCOMPARE(Status::holdsMoney(status(name)), holdsMoney);
    QCOMPARE(Status::isReversal(status(name)), reversal);
}

QTEST_APPLESS_MAIN(DonationStatusTest)
#include "tst_donationstatus.moc"
