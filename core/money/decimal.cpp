#include "decimal.h"

#include <QCoreApplication>

namespace {

constexpr int MaxDigits = 38;

Int128 pow10(int n)
{
    Int128 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

const Int128 Int128Max = (Int128(0x7fffffffffffffffLL) << 64) | Int128(0xffffffffffffffffULL);

QString tr(const char *text)
{
    return QCoreApplication::translate("Decimal", text);
}

} // namespace

std::optional<Decimal> Decimal::parse(QStringView text, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<Decimal> {
        if (error)
            *error = why;
        return std::nullopt;
    };

    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return fail(tr("empty amount"));

    qsizetype i = 0;
    bool negative = false;
    if (s[i] == u'+' || s[i] == u'-') {
        negative = s[i] == u'-';
        ++i;
    }

    Int128 mantissa = 0;
    int digits = 0; // significant digits kept in the mantissa
    int scale = 0;
    bool sawDigit = false;
    bool sawPoint = false;
    for (; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'.') {
            if (sawPoint)
                return fail(tr("more than one decimal point in \"%1\"").arg(s));
            sawPoint = true;
            continue;
        }
        if (c == u'e' || c == u'E')
            break;
        if (c < u'0' || c > u'9')
            return fail(tr("\"%1\" is not a decimal number").arg(s));
        sawDigit = true;
        const int d = c.unicode() - u'0';
        if (mantissa == 0 && d == 0) {
            if (sawPoint)
                ++scale; // leading zeros after the point only move the scale
            continue;
        }
        if (++digits > MaxDigits)
            return fail(tr("\"%1\" has more than %2 digits").arg(s).arg(MaxDigits));
        mantissa = mantissa * 10 + d;
        if (sawPoint)
            ++scale;
    }
    if (!sawDigit)
        return fail(tr("\"%1\" is not a decimal number").arg(s));

    if (i < s.size()) { // exponent
        ++i;
        bool expNegative = false;
        if (i < s.size() && (s[i] == u'+' || s[i] == u'-')) {
            expNegative = s[i] == u'-';
            ++i;
        }
        if (i >= s.size())
            return fail(tr("\"%1\" has an empty exponent").arg(s));
        int exponent = 0;
        for (; i < s.size(); ++i) {
            const QChar c = s[i];
            if (c < u'0' || c > u'9')
                return fail(tr("\"%1\" is not a decimal number").arg(s));
            exponent = exponent * 10 + (c.unicode() - u'0');
            if (exponent > 400)
                return fail(tr("\"%1\" is out of range").arg(s));
        }
        scale += expNegative ? exponent : -exponent;
    }

    // Negative scale (1E3): fold into the mantissa.
    if (scale < 0) {
        if (mantissa != 0) {
            if (digits - scale > MaxDigits)
                return fail(tr("\"%1\" is out of range").arg(s));
            mantissa *= pow10(-scale);
        }
        scale = 0;
    }
    if (scale > 60)
        return fail(tr("\"%1\" has too many decimal places").arg(s));
    return Decimal(negative ? -mantissa : mantissa, scale);
}

std::optional<Int128> Decimal::toUnits(int targetScale, QString *error) const
{
    if (m_mantissa == 0)
        return Int128(0); // "0.000…" with any number of zeros is zero at every scale
    if (m_scale <= targetScale) {
        const int shift = targetScale - m_scale;
        const Int128 magnitude = m_mantissa < 0 ? -m_mantissa : m_mantissa;
        if (shift > MaxDigits || (magnitude != 0 && magnitude > Int128Max / pow10(shift))) {
            if (error)
                *error = tr("%1 is too large").arg(toString());
            return std::nullopt;
        }
        return m_mantissa * pow10(shift);
    }
    const int cut = m_scale - targetScale;
    if (cut > MaxDigits || m_mantissa % pow10(cut) != 0) {
        if (error)
            *error = tr("%1 has more than %2 decimal places").arg(toString()).arg(targetScale);
        return std::nullopt;
    }
    return m_mantissa / pow10(cut);
}

QString Decimal::toString() const
{
    Int128 m = m_mantissa;
    int scale = m_scale;
    while (scale > 0 && m % 10 == 0) {
        m /= 10;
        --scale;
    }
    return formatUnits(m, scale);
}

QString int128ToString(Int128 value)
{
    if (value == 0)
        return QStringLiteral("0");
    const bool negative = value < 0;
    char buf[48];
    int pos = sizeof buf;
    // Work on negative numbers so that the minimum value does not overflow.
    Int128 v = negative ? value : -value;
    while (v != 0) {
        buf[--pos] = char('0' - int(v % 10));
        v /= 10;
    }
    if (negative)
        buf[--pos] = '-';
    return QString::fromLatin1(buf + pos, int(sizeof buf) - pos);
}

std::optional<Int128> int128FromString(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    const bool negative = text[0] == u'-';
    if (negative || text[0] == u'+')
        ++i;
    if (i >= text.size())
        return std::nullopt;
    // Accumulate as a negative number so that the minimum value fits, checking every step: the
    // extremes have 39 digits, more than Decimal accepts, and must still round-trip.
    const Int128 Int128Min = -Int128Max - 1;
    Int128 v = 0;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c < u'0' || c > u'9')
            return std::nullopt;
        const int d = c.unicode() - u'0';
        if (v < (Int128Min + d) / 10)
            return std::nullopt;
        v = v * 10 - d;
    }
    if (negative)
        return v;
    if (v == Int128Min)
        return std::nullopt;
    return -v;
}

QString formatUnits(Int128 units, int scale)
{
    const bool negative = units < 0;
    QString digits = int128ToString(units); // never negate: the minimum value has no opposite
    if (negative)
        digits.remove(0, 1);
    if (scale > 0) {
        if (digits.size() <= scale)
            digits.prepend(QString(scale - digits.size() + 1, u'0'));
        digits.insert(digits.size() - scale, u'.');
    }
    if (negative)
        digits.prepend(u'-');
    return digits;
}
