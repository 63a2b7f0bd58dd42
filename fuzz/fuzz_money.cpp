// libFuzzer target: exact decimal parsing and formatting, and money conversion.
// Invariants: whatever parses formats to text that parses back to the same value; unit
// conversions are exact or refused; 128-bit integers round-trip through text, extremes included.
#include "fuzzsupport.h"

#include "money/currency.h"
#include "money/decimal.h"

#include <cstring>

namespace {

using FuzzSupport::show;

const Int128 Int128Max = (Int128(0x7fffffffffffffffLL) << 64) | Int128(0xffffffffffffffffULL);
const Int128 Int128Min = -Int128Max - 1;

// The same number, whatever its scale: compare at the larger scale.
bool sameValue(const Decimal &a, const Decimal &b)
{
    return a.toString() == b.toString();
}

int significantDigits(Int128 v)
{
    const QString text = int128ToString(v);
    return int(text.size()) - (v < 0 ? 1 : 0);
}

void checkInt128(Int128 v)
{
    const QString text = int128ToString(v);
    const auto back = int128FromString(text);
    FUZZ_CHECK(back && *back == v, text);
}

void checkDecimal(const Decimal &d, const QString &source)
{
    const QString text = d.toString();
    QString error;
    const auto back = Decimal::parse(text, &error);
    FUZZ_CHECK(
        back, QStringLiteral("\"%1\" from \"%2\" does not parse: %3").arg(text, source, error));
    FUZZ_CHECK(back->toString() == text, text + u' ' + back->toString());
    FUZZ_CHECK(d.isZero() == back->isZero() && d.isNegative() == back->isNegative(), text);
    // Shortest text: no trailing fractional zeros, no leading zeros, no "-0".
    FUZZ_CHECK(!text.contains(u'.') || !text.endsWith(u'0'), text);
    FUZZ_CHECK(text != u"-0", source);
    const QStringView digits = QStringView(text).mid(text.startsWith(u'-') ? 1 : 0);
    FUZZ_CHECK(!digits.startsWith(u'0') || digits == u"0" || digits.startsWith(u"0."), text);

    // Conversion to every scale a currency can have is exact or refused.
    for (int scale : {0, 2, 3, 4, 6, 8, 9, 12, 18}) {
        QString why;
        const auto units = d.toUnits(scale, &why);
        if (!units) {
            FUZZ_CHECK(!why.isEmpty(), text);
            continue;
        }
        const QString formatted = formatUnits(*units, scale);
        const auto again = Decimal::parse(formatted);
        // Units may hold 39 digits (ETH's 18 decimals and 10^20 whole units), one more than
        // Decimal reads: such text is for people, never read back.
        if (!again && significantDigits(*units) > 38)
            continue;
        FUZZ_CHECK(again && sameValue(*again, d),
            QStringLiteral("%1 at scale %2 is %3").arg(text).arg(scale).arg(formatted));
        FUZZ_CHECK(sameValue(Decimal(*units, scale), d), text);
    }
}

void checkCurrency(QStringView code, const std::optional<Decimal> &amount)
{
    const QString c = Currency::normalize(code);
    if (c.isEmpty())
        return;
    FUZZ_CHECK(c.size() >= 2 && c.size() <= 10, c);
    for (QChar ch : c)
        FUZZ_CHECK((ch >= u'A' && ch <= u'Z') || (ch >= u'0' && ch <= u'9'), c);
    FUZZ_CHECK(Currency::normalize(c) == c, c);
    const int scale = Currency::scale(c);
    FUZZ_CHECK(scale >= 0 && scale <= 18, c);
    if (!amount)
        return;
    QString error;
    const auto money = Money::fromDecimal(*amount, c, &error);
    if (!money) {
        FUZZ_CHECK(!error.isEmpty(), c);
        return;
    }
    const auto back = Decimal::parse(money->toString());
    FUZZ_CHECK(
        (back && back->toUnits(scale) == money->units) || significantDigits(money->units) > 38,
        money->toString());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::init();
    checkInt128(Int128Max);
    checkInt128(Int128Min);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // The input as text, the way amounts arrive in JSON strings.
    for (const QString &text : {QString::fromUtf8(bytes), QString::fromLatin1(bytes)}) {
        QString error;
        const auto d = Decimal::parse(text, &error);
        if (d)
            checkDecimal(*d, text);
        else
            FUZZ_CHECK(!error.isEmpty(), show(bytes));

        if (const auto v = int128FromString(text)) {
            checkInt128(*v);
            // Plain integers are decimals too, within Decimal's 38 digits.
            const QString canonical = int128ToString(*v);
            if (canonical.size() - (*v < 0 ? 1 : 0) <= 38) {
                const auto asDecimal = Decimal::parse(text);
                FUZZ_CHECK(asDecimal && asDecimal->toString() == canonical, text);
            }
        }

        // "12.50 EUR": an amount, then a currency code.
        const qsizetype space = text.lastIndexOf(u' ');
        if (space > 0)
            checkCurrency(
                QStringView(text).mid(space + 1), Decimal::parse(QStringView(text).left(space)));
        else
            checkCurrency(text, std::nullopt);
    }

    // The input as raw numbers: a mantissa and a scale, as stored.
    if (size >= 17) {
        Int128 mantissa = 0;
        std::memcpy(&mantissa, data, sizeof mantissa);
        const int scale = data[16] % 61;
        checkInt128(mantissa);
        const QString formatted = formatUnits(mantissa, scale);
        const QString shortest = Decimal(mantissa, scale).toString();
        const Int128 magnitude = mantissa < 0 ? -(mantissa + 1) : mantissa; // no overflow at min
        static const Int128 limit = [] {
            Int128 p = 1;
            for (int i = 0; i < 38; ++i)
                p *= 10;
            return p;
        }();
        if (magnitude < limit - 1) {
            const auto back = Decimal::parse(formatted);
            FUZZ_CHECK(back && back->toString() == shortest,
                formatted + u' ' + shortest + u' ' + (back ? back->toString() : QString()));
            checkDecimal(Decimal(mantissa, scale), formatted);
        }
    }
    return 0;
}
