#include "money/currency.h"

#include <QtTest>

class CurrencyTest : public QObject
{
    Q_OBJECT

private slots:
    void scale_data();
    void scale();
    void normalize_data();
    void normalize();
    void moneyFromDecimal_data();
    void moneyFromDecimal();
    void moneyFromDecimalFails_data();
    void moneyFromDecimalFails();
};

void CurrencyTest::scale_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("scale");
    QTest::addColumn<bool>("known");
    QTest::addColumn<bool>("crypto");

    QTest::newRow("USD") << "USD" << 2 << true << false;
    QTest::newRow("EUR") << "EUR" << 2 << true << false;
    QTest::newRow("ILS") << "ILS" << 2 << true << false;
    QTest::newRow("JPY") << "JPY" << 0 << true << false;
    QTest::newRow("KRW") << "KRW" << 0 << true << false;
    QTest::newRow("CLP") << "CLP" << 0 << true << false;
    QTest::newRow("KWD") << "KWD" << 3 << true << false;
    QTest::newRow("BHD") << "BHD" << 3 << true << false;
    QTest::newRow("TND") << "TND" << 3 << true << false;
    QTest::newRow("CLF") << "CLF" << 4 << true << false;
    QTest::newRow("UYW") << "UYW" << 4 << true << false;
    QTest::newRow("BTC") << "BTC" << 8 << true << true;
    QTest::newRow("ETH") << "ETH" << 18 << true << true;
    QTest::newRow("USDT") << "USDT" << 6 << true << true;
    QTest::newRow("USDC") << "USDC" << 6 << true << true;
    QTest::newRow("SOL") << "SOL" << 9 << true << true;
    QTest::newRow("XMR") << "XMR" << 12 << true << true;
    QTest::newRow("XLM") << "XLM" << 7 << true << true;
    QTest::newRow("DOT") << "DOT" << 10 << true << true;
    // Unknown codes: 8 places, enough for any real amount and the same for every amount of a code.
    QTest::newRow("unknown ZZZ") << "ZZZ" << 8 << false << false;
    QTest::newRow("unknown token") << "FOO123" << 8 << false << false;
    // Lookups are exact: callers normalize first.
    QTest::newRow("lower-case is not looked up") << "usd" << 8 << false << false;
}

void CurrencyTest::scale()
{
    QFETCH(QString, code);
    QFETCH(int, scale);
    QFETCH(bool, known);
    QFETCH(bool, crypto);

    QCOMPARE(Currency::scale(code), scale);
    QCOMPARE(Currency::isKnown(code), known);
    QCOMPARE(Currency::isCrypto(code), crypto);
}

void CurrencyTest::normalize_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("upper") << "USD"
                           << "USD";
    QTest::newRow("lower") << "usd"
                           << "USD";
    QTest::newRow("mixed crypto") << "Usdt"
                                  << "USDT";
    QTest::newRow("spaces") << "  btc \n"
                            << "BTC";
    QTest::newRow("two letters") << "OP"
                                 << "OP";
    QTest::newRow("ten characters") << "ABCDEFGHIJ"
                                    << "ABCDEFGHIJ";
    QTest::newRow("digits") << "1inch"
                            << "1INCH";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("one letter") << "U"
                                << "";
    QTest::newRow("eleven characters") << "ABCDEFGHIJK"
                                       << "";
    QTest::newRow("inner space") << "US D"
                                 << "";
    QTest::newRow("symbol") << "US$"
                            << "";
    QTest::newRow("euro sign") << QStringLiteral("\u20ac") << "";
    QTest::newRow("hyphen") << "USD-T"
                            << "";
    QTest::newRow("full-width letters") << QStringLiteral("\uff35\uff33\uff24") << "";
    // Letters that upper-case to ASCII must not pass as a currency code.
    QTest::newRow("long s") << QStringLiteral("u\u017fd") << "";
    QTest::newRow("dotless i") << QStringLiteral("\u0131ls") << "";
    QTest::newRow("cyrillic look-alike") << QStringLiteral("\u0415UR") << "";
}

void CurrencyTest::normalize()
{
    QFETCH(QString, code);
    QFETCH(QString, normalized);
    QCOMPARE(Currency::normalize(code), normalized);
}

void CurrencyTest::moneyFromDecimal_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("units");
    QTest::addColumn<QString>("text");

    QTest::newRow("USD 20.2") << "20.2"
                              << "USD"
                              << "2020"
                              << "20.20";
    QTest::newRow("USD one cent") << "0.01"
                                  << "USD"
                                  << "1"
                                  << "0.01";
    QTest::newRow("USD big") << "1234567890.12"
                             << "USD"
                             << "123456789012"
                             << "1234567890.12";
    QTest::newRow("JPY") << "500"
                         << "JPY"
                         << "500"
                         << "500";
    QTest::newRow("JPY big") << "250000"
                             << "JPY"
                             << "250000"
                             << "250000";
    QTest::newRow("JPY with zero fraction") << "500.00"
                                            << "JPY"
                                            << "500"
                                            << "500";
    QTest::newRow("KWD") << "1.234"
                         << "KWD"
                         << "1234"
                         << "1.234";
    QTest::newRow("CLF") << "0.0001"
                         << "CLF"
                         << "1"
                         << "0.0001";
    QTest::newRow("BTC") << "0.00012345"
                         << "BTC"
                         << "12345"
                         << "0.00012345";
    QTest::newRow("BTC satoshi") << "0.00000001"
                                 << "BTC"
                                 << "1"
                                 << "0.00000001";
    QTest::newRow("ETH") << "12.345678901234567891"
                         << "ETH"
                         << "12345678901234567891"
                         << "12.345678901234567891";
    QTest::newRow("USDT") << "20.2"
                          << "USDT"
                          << "20200000"
                          << "20.200000";
    QTest::newRow("unknown code") << "1.5"
                                  << "ABC"
                                  << "150000000"
                                  << "1.50000000";
    QTest::newRow("negative") << "-3.5"
                              << "EUR"
                              << "-350"
                              << "-3.50";
}

void CurrencyTest::moneyFromDecimal()
{
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(QString, units);
    QFETCH(QString, text);

    const auto d = Decimal::parse(amount);
    QVERIFY(d);
    QString error;
    const auto m = Money::fromDecimal(*d, currency, &error);
    QVERIFY2(m, qPrintable(error));
    QCOMPARE(m->currency, currency);
    QCOMPARE(int128ToString(m->units), units);
    QCOMPARE(m->toString(), text);
}

void CurrencyTest::moneyFromDecimalFails_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("reason");

    QTest::newRow("USD three places") << "20.201"
                                      << "USD"
                                      << "USD: 20.201 has more than 2 decimal places";
    QTest::newRow("JPY fraction") << "1.5"
                                  << "JPY"
                                  << "JPY: 1.5 has more than 0 decimal places";
    QTest::newRow("KWD four places") << "1.2345"
                                     << "KWD"
                                     << "more than 3 decimal places";
    QTest::newRow("BTC nine places") << "0.123456789"
                                     << "BTC"
                                     << "more than 8 decimal places";
    QTest::newRow("ETH too large") << "200000000000000000000"
                                   << "ETH"
                                   << "is too large";
}

void CurrencyTest::moneyFromDecimalFails()
{
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(QString, reason);

    const auto d = Decimal::parse(amount);
    QVERIFY(d);
    QString error;
    QVERIFY(!Money::fromDecimal(*d, currency, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.contains(currency), qPrintable(error));
}

QTEST_APPLESS_MAIN(CurrencyTest)
#include "tst_currency.moc"
