#include "currency.h"

#include <QCoreApplication>
#include <QHash>

namespace {

struct Table
{
    QHash<QString, int> fiat;
    QHash<QString, int> crypto;
};

const Table &table()
{
    static const Table t = [] {
        Table t;
        // ISO 4217 active codes; all have two digits except those listed below.
        const char *twoDigit[] = {"AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG",
            "AZN", "BAM", "BBD", "BDT", "BGN", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP",
            "BYN", "BZD", "CAD", "CDF", "CHF", "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DKK",
            "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP",
            "GMD", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IRR", "JMD",
            "KES", "KGS", "KHR", "KPW", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "MAD",
            "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR",
            "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "PAB", "PEN", "PGK", "PHP", "PKR",
            "PLN", "QAR", "RON", "RSD", "RUB", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP",
            "SLE", "SLL", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT",
            "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "USD", "UYU", "UZS", "VES", "WST", "XCD",
            "YER", "ZAR", "ZMW", "ZWL"};
        for (const char *c : twoDigit)
            t.fiat.insert(QLatin1String(c), 2);
        const char *zeroDigit[] = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG",
            "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"};
        for (const char *c : zeroDigit)
            t.fiat.insert(QLatin1String(c), 0);
        const char *threeDigit[] = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
        for (const char *c : threeDigit)
            t.fiat.insert(QLatin1String(c), 3);
        t.fiat.insert(QStringLiteral("CLF"), 4);
        t.fiat.insert(QStringLiteral("UYW"), 4);

        const std::pair<const char *, int> crypto[] = {{"BTC", 8}, {"ETH", 18}, {"USDT", 6},
            {"USDC", 6}, {"DAI", 18}, {"LTC", 8}, {"BCH", 8}, {"DOGE", 8}, {"XRP", 6}, {"TRX", 6},
            {"SOL", 9}, {"BNB", 18}, {"MATIC", 18}, {"POL", 18}, {"TON", 9}, {"ADA", 6}, {"XLM", 7},
            {"DOT", 10}, {"AVAX", 18}, {"BUSD", 18}, {"EURC", 6}, {"PYUSD", 6}, {"WBTC", 8},
            {"SHIB", 18}, {"LINK", 18}, {"XMR", 12}, {"ZEC", 8}, {"ARB", 18}, {"OP", 18},
            {"TUSD", 18}};
        for (const auto &[c, digits] : crypto)
            t.crypto.insert(QLatin1String(c), digits);
        return t;
    }();
    return t;
}

constexpr int UnknownCodeScale = 8;

} // namespace

namespace Currency {

QString normalize(QStringView code)
{
    // Check for ASCII before upper-casing: toUpper() turns some non-ASCII letters into ASCII
    // ones ("uſd" -> "USD", "ı" -> "I").
    const QString c = code.trimmed().toString();
    if (c.size() < 2 || c.size() > 10)
        return {};
    for (const QChar ch : c) {
        if (!((ch >= u'A' && ch <= u'Z') || (ch >= u'a' && ch <= u'z')
                || (ch >= u'0' && ch <= u'9')))
            return {};
    }
    return c.toUpper();
}

int scale(QStringView code)
{
    const QString c = code.toString();
    const Table &t = table();
    if (auto it = t.fiat.constFind(c); it != t.fiat.constEnd())
        return *it;
    if (auto it = t.crypto.constFind(c); it != t.crypto.constEnd())
        return *it;
    return UnknownCodeScale;
}

bool isKnown(QStringView code)
{
    const QString c = code.toString();
    return table().fiat.contains(c) || table().crypto.contains(c);
}

bool isCrypto(QStringView code)
{
    return table().crypto.contains(code.toString());
}

} // namespace Currency

std::optional<Money> Money::fromDecimal(
    const Decimal &amount, const QString &currency, QString *error)
{
    QString why;
    const auto units = amount.toUnits(Currency::scale(currency), &why);
    if (!units) {
        if (error)
            *error = QCoreApplication::translate("Money", "%1 %2: %3")
                         .arg(amount.toString(), currency, why);
        return std::nullopt;
    }
    return Money {currency, *units};
}
