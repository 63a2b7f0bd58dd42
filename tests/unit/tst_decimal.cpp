#include "money/currency.h"
#include "money/decimal.h"

#include <QtTest>

namespace {

// Built from bits, not from the string functions under test.
const Int128 Max = (Int128(0x7fffffffffffffffLL) << 64) | Int128(0xffffffffffffffffULL);
const Int128 Min = -Max - 1;

Int128 pow10(int n)
{
    Int128 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

} // namespace

class DecimalTest : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void toUnits_data();
    void toUnits();
    void toUnitsFailures_data();
    void toUnitsFailures();
    void toStringIsShortest_data();
    void toStringIsShortest();
    void int128ToStringKnownValues();
    void int128RoundTrip_data();
    void int128RoundTrip();
    void int128FromStringRejects_data();
    void int128FromStringRejects();
    void formatUnits_data();
    void formatUnits();
    void formatUnitsExtremes();
};

void DecimalTest::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mantissa");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("shortest");

    QTest::newRow("integer") << "12"
                             << "12" << 0 << "12";
    QTest::newRow("negative with trailing zero") << "-12.50"
                                                 << "-1250" << 2 << "-12.5";
    QTest::newRow("explicit plus, leading zeros after point") << "+0.000123"
                                                              << "123" << 6 << "0.000123";
    QTest::newRow("negative exponent") << "1.5e-7"
                                       << "15" << 8 << "0.00000015";
    QTest::newRow("upper-case exponent folds into mantissa") << "1E3"
                                                             << "1000" << 0 << "1000";
    QTest::newRow("exponent with plus") << "2.5e+2"
                                        << "250" << 0 << "250";
    QTest::newRow("exponent cancels fraction") << "0.1e1"
                                               << "1" << 0 << "1";
    QTest::newRow("surrounding spaces") << "  7.25  "
                                        << "725" << 2 << "7.25";
    QTest::newRow("tabs and newline") << "\t42\n"
                                      << "42" << 0 << "42";
    QTest::newRow("non-breaking space") << QStringLiteral("\u00a05\u00a0") << "5" << 0 << "5";
    QTest::newRow("zero") << "0"
                          << "0" << 0 << "0";
    QTest::newRow("negative zero") << "-0"
                                   << "0" << 0 << "0";
    QTest::newRow("zero with decimals") << "0.00"
                                        << "0" << 2 << "0";
    QTest::newRow("leading zeros") << "007"
                                   << "7" << 0 << "7";
    QTest::newRow("no integer part") << ".5"
                                     << "5" << 1 << "0.5";
    QTest::newRow("trailing point") << "5."
                                    << "5" << 0 << "5";
    QTest::newRow("big USD") << "1234567890.12"
                             << "123456789012" << 2 << "1234567890.12";
    QTest::newRow("ETH 18+ digits") << "12.345678901234567891"
                                    << "12345678901234567891" << 18 << "12.345678901234567891";
    QTest::newRow("one satoshi") << "0.00000001"
                                 << "1" << 8 << "0.00000001";
    QTest::newRow("exact text with trailing zeros") << "0.000123450000000000"
                                                    << "123450000000000" << 18 << "0.00012345";
    QTest::newRow("38 digits") << "12345678901234567890123456789012345678"
                               << "12345678901234567890123456789012345678" << 0
                               << "12345678901234567890123456789012345678";
    QTest::newRow("38 nines, negative") << "-99999999999999999999999999999999999999"
                                        << "-99999999999999999999999999999999999999" << 0
                                        << "-99999999999999999999999999999999999999";
    QTest::newRow("38 digits with a point") << "1234567890123456789.0123456789012345678"
                                            << "12345678901234567890123456789012345678" << 19
                                            << "1234567890123456789.0123456789012345678";
    // Leading zeros are not significant digits, so they do not count towards the limit.
    QTest::newRow("many leading zeros")
        << "0.0000000000000000000000000000000000000001"
        << "1" << 40 << "0.0000000000000000000000000000000000000001";
    QTest::newRow("1e37 fits") << "1e37"
                               << "10000000000000000000000000000000000000" << 0
                               << "10000000000000000000000000000000000000";
}

void DecimalTest::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, mantissa);
    QFETCH(int, scale);
    QFETCH(QString, shortest);

    QString error;
    const auto d = Decimal::parse(text, &error);
    QVERIFY2(d, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(int128ToString(d->mantissa()), mantissa);
    QCOMPARE(d->scale(), scale);
    QCOMPARE(d->toString(), shortest);
    QCOMPARE(d->isZero(), mantissa == u"0");
    QCOMPARE(d->isNegative(), mantissa.startsWith(u'-'));
}

void DecimalTest::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason"); // a fragment of the message

    QTest::newRow("empty") << ""
                           << "empty amount";
    QTest::newRow("blank") << "   "
                           << "empty amount";
    QTest::newRow("word") << "abc"
                          << "is not a decimal number";
    QTest::newRow("thousands comma") << "1,000"
                                     << "is not a decimal number";
    QTest::newRow("thousands space") << "1 000"
                                     << "is not a decimal number";
    QTest::newRow("currency symbol before") << "$5"
                                            << "is not a decimal number";
    QTest::newRow("currency symbol after") << "5$"
                                           << "is not a decimal number";
    QTest::newRow("currency code") << "5 USD"
                                   << "is not a decimal number";
    QTest::newRow("NaN") << "NaN"
                         << "is not a decimal number";
    QTest::newRow("Infinity") << "Infinity"
                              << "is not a decimal number";
    QTest::newRow("hex") << "0x1F"
                         << "is not a decimal number";
    QTest::newRow("sign only") << "-"
                               << "is not a decimal number";
    QTest::newRow("plus only") << "+"
                               << "is not a decimal number";
    QTest::newRow("point only") << "."
                                << "is not a decimal number";
    QTest::newRow("double sign") << "--1"
                                 << "is not a decimal number";
    QTest::newRow("mixed signs") << "+-1"
                                 << "is not a decimal number";
    QTest::newRow("two points") << "1.2.3"
                                << "more than one decimal point";
    QTest::newRow("empty exponent") << "1e"
                                    << "has an empty exponent";
    QTest::newRow("exponent sign only") << "1e-"
                                        << "has an empty exponent";
    QTest::newRow("exponent without digits before") << "e5"
                                                    << "is not a decimal number";
    QTest::newRow("fractional exponent") << "1e2.5"
                                         << "is not a decimal number";
    QTest::newRow("trailing letters") << "12abc"
                                      << "is not a decimal number";
    QTest::newRow("huge exponent") << "1e999"
                                   << "is out of range";
    QTest::newRow("1e38 too big") << "1e38"
                                  << "is out of range";
    QTest::newRow("39 digits") << "123456789012345678901234567890123456789"
                               << "more than 38 digits";
    QTest::newRow("39 digits with a point") << "1234567890123456789.01234567890123456789"
                                            << "more than 38 digits";
    QTest::newRow("too many places") << "1e-61"
                                     << "too many decimal places";
    QTest::newRow("arabic-indic digits")
        << QStringLiteral("\u0661\u0662") << "is not a decimal number";
    QTest::newRow("full-width digits")
        << QStringLiteral("\uff11\uff12") << "is not a decimal number";
    QTest::newRow("inner space") << "1 .5"
                                 << "is not a decimal number";
}

void DecimalTest::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);

    QString error;
    QVERIFY(!Decimal::parse(text, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    // Every message but "empty amount" quotes what was wrong.
    if (!text.trimmed().isEmpty())
        QVERIFY2(error.contains(text.trimmed()), qPrintable(error));
    // No error pointer: still fails, without crashing.
    QVERIFY(!Decimal::parse(text));
}

void DecimalTest::toUnits_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<int>("targetScale");
    QTest::addColumn<QString>("units");

    QTest::newRow("USD 20.20") << "20.20" << 2 << "2020";
    QTest::newRow("USD 20.2") << "20.2" << 2 << "2020";
    QTest::newRow("trailing zeros beyond scale are fine") << "20.2000" << 2 << "2020";
    QTest::newRow("JPY 500") << "500" << 0 << "500";
    QTest::newRow("JPY 250000") << "250000" << 0 << "250000";
    QTest::newRow("KWD") << "1.234" << 3 << "1234";
    QTest::newRow("BTC 0.00012345") << "0.00012345" << 8 << "12345";
    QTest::newRow("BTC one satoshi") << "0.00000001" << 8 << "1";
    QTest::newRow("ETH 18 places") << "12.345678901234567891" << 18 << "12345678901234567891";
    QTest::newRow("big USD") << "1234567890.12" << 2 << "123456789012";
    QTest::newRow("one cent") << "0.01" << 2 << "1";
    QTest::newRow("negative") << "-5.5" << 2 << "-550";
    QTest::newRow("exponent") << "1.5e3" << 2 << "150000";
    QTest::newRow("zero") << "0" << 18 << "0";
    // Zero stays zero however many places it was written with (more than 38 here).
    QTest::newRow("zero with 45 places") << QStringLiteral("0.") + QString(45, u'0') << 2 << "0";
    QTest::newRow("negative zero with 60 places")
        << QStringLiteral("-0.") + QString(60, u'0') << 0 << "0";
    QTest::newRow("38 nines") << "99999999999999999999999999999999999999" << 0
                              << "99999999999999999999999999999999999999";
    QTest::newRow("1e37 at scale 1") << "1e37" << 1 << "100000000000000000000000000000000000000";
    QTest::newRow("10^20 ETH") << "100000000000000000000" << 18
                               << "100000000000000000000000000000000000000";
}

void DecimalTest::toUnits()
{
    QFETCH(QString, amount);
    QFETCH(int, targetScale);
    QFETCH(QString, units);

    const auto d = Decimal::parse(amount);
    QVERIFY(d);
    QString error;
    const auto u = d->toUnits(targetScale, &error);
    QVERIFY2(u, qPrintable(error));
    QCOMPARE(int128ToString(*u), units);
}

void DecimalTest::toUnitsFailures_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<int>("targetScale");
    QTest::addColumn<QString>("reason");

    QTest::newRow("USD third place") << "20.201" << 2 << "20.201 has more than 2 decimal places";
    QTest::newRow("JPY fraction") << "1.5" << 0 << "1.5 has more than 0 decimal places";
    QTest::newRow("BTC nine places") << "0.123456789" << 8 << "has more than 8 decimal places";
    QTest::newRow("ETH 19 places")
        << "0.1234567890123456789" << 18 << "more than 18 decimal places";
    QTest::newRow("tiny beyond 38 places") << "1e-50" << 2 << "more than 2 decimal places";
    QTest::newRow("38 nines at scale 1")
        << "99999999999999999999999999999999999999" << 1 << "is too large";
    QTest::newRow("1e37 at scale 2") << "1e37" << 2 << "is too large";
    QTest::newRow("2*10^20 ETH") << "200000000000000000000" << 18 << "is too large";
    QTest::newRow("negative too large")
        << "-99999999999999999999999999999999999999" << 2 << "is too large";
}

void DecimalTest::toUnitsFailures()
{
    QFETCH(QString, amount);
    QFETCH(int, targetScale);
    QFETCH(QString, reason);

    const auto d = Decimal::parse(amount);
    QVERIFY(d);
    QString error;
    QVERIFY(!d->toUnits(targetScale, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void DecimalTest::toStringIsShortest_data()
{
    QTest::addColumn<QString>("mantissa");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("text");

    QTest::newRow("12.50") << "1250" << 2 << "12.5";
    QTest::newRow("1000 scale 3") << "1000" << 3 << "1";
    QTest::newRow("-5 scale 3") << "-5" << 3 << "-0.005";
    QTest::newRow("0 scale 5") << "0" << 5 << "0";
    QTest::newRow("100 scale 0") << "100" << 0 << "100";
}

void DecimalTest::toStringIsShortest()
{
    QFETCH(QString, mantissa);
    QFETCH(int, scale);
    QFETCH(QString, text);

    const auto m = int128FromString(mantissa);
    QVERIFY(m);
    QCOMPARE(Decimal(*m, scale).toString(), text);
    // And the text reads back as the same value.
    const auto back = Decimal::parse(text);
    QVERIFY(back);
    QCOMPARE(int128ToString(*back->toUnits(scale)), mantissa);
}

void DecimalTest::int128ToStringKnownValues()
{
    QCOMPARE(int128ToString(0), QStringLiteral("0"));
    QCOMPARE(int128ToString(-1), QStringLiteral("-1"));
    QCOMPARE(int128ToString(Int128(std::numeric_limits<qint64>::max())),
        QStringLiteral("9223372036854775807"));
    QCOMPARE(int128ToString(Int128(std::numeric_limits<qint64>::min())),
        QStringLiteral("-9223372036854775808"));
    QCOMPARE(int128ToString(pow10(38)), QStringLiteral("1") + QString(38, u'0'));
    QCOMPARE(int128ToString(Max), QStringLiteral("170141183460469231731687303715884105727"));
    QCOMPARE(int128ToString(Min), QStringLiteral("-170141183460469231731687303715884105728"));
}

void DecimalTest::int128RoundTrip_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << "0";
    QTest::newRow("one") << "1";
    QTest::newRow("minus one") << "-1";
    QTest::newRow("qint64 max") << "9223372036854775807";
    QTest::newRow("beyond qint64") << "9223372036854775808";
    QTest::newRow("qint64 min") << "-9223372036854775808";
    QTest::newRow("10^38") << "100000000000000000000000000000000000000";
    QTest::newRow("max") << "170141183460469231731687303715884105727";
    QTest::newRow("max - 1") << "170141183460469231731687303715884105726";
    QTest::newRow("min") << "-170141183460469231731687303715884105728";
    QTest::newRow("min + 1") << "-170141183460469231731687303715884105727";
}

void DecimalTest::int128RoundTrip()
{
    QFETCH(QString, text);

    const auto v = int128FromString(text);
    QVERIFY(v);
    QCOMPARE(int128ToString(*v), text);
}

void DecimalTest::int128FromStringRejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << "";
    QTest::newRow("minus only") << "-";
    QTest::newRow("plus only") << "+";
    QTest::newRow("letter") << "1a";
    QTest::newRow("leading space") << " 1";
    QTest::newRow("decimal point") << "1.0";
    QTest::newRow("max + 1") << "170141183460469231731687303715884105728";
    QTest::newRow("min - 1") << "-170141183460469231731687303715884105729";
    QTest::newRow("41 digits") << "99999999999999999999999999999999999999999";
}

void DecimalTest::int128FromStringRejects()
{
    QFETCH(QString, text);
    QVERIFY(!int128FromString(text));
}

void DecimalTest::formatUnits_data()
{
    QTest::addColumn<QString>("units");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("text");

    QTest::newRow("USD") << "2020" << 2 << "20.20";
    QTest::newRow("JPY") << "500" << 0 << "500";
    QTest::newRow("BTC") << "12345" << 8 << "0.00012345";
    QTest::newRow("cents only") << "5" << 2 << "0.05";
    QTest::newRow("negative cents") << "-5" << 2 << "-0.05";
    QTest::newRow("negative whole") << "-123456" << 2 << "-1234.56";
    QTest::newRow("zero USD") << "0" << 2 << "0.00";
    QTest::newRow("one wei") << "1" << 18 << "0.000000000000000001";
    QTest::newRow("ETH") << "12345678901234567891" << 18 << "12.345678901234567891";
    QTest::newRow("exactly one unit") << "100" << 2 << "1.00";
}

void DecimalTest::formatUnits()
{
    QFETCH(QString, units);
    QFETCH(int, scale);
    QFETCH(QString, text);

    const auto u = int128FromString(units);
    QVERIFY(u);
    QCOMPARE(::formatUnits(*u, scale), text);
}

void DecimalTest::formatUnitsExtremes()
{
    // The minimum has no positive counterpart; formatting must not negate it.
    QCOMPARE(::formatUnits(Min, 0), QStringLiteral("-170141183460469231731687303715884105728"));
    QCOMPARE(::formatUnits(Min, 2), QStringLiteral("-1701411834604692317316873037158841057.28"));
    QCOMPARE(::formatUnits(Max, 18), QStringLiteral("170141183460469231731.687303715884105727"));
    QCOMPARE(::formatUnits(Min, 39), QStringLiteral("-0.170141183460469231731687303715884105728"));
}

QTEST_APPLESS_MAIN(DecimalTest)
#include "tst_decimal.moc"
