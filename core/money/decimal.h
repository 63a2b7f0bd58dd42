#pragma once

#include <QString>

#include <optional>

// 128-bit integers hold any amount we meet exactly: 18-decimal tokens up to 10^20 whole units.
__extension__ using Int128 = __int128;

// An exact decimal number: mantissa × 10^-scale. Never a double.
class Decimal
{
public:
    Decimal() = default;
    Decimal(Int128 mantissa, int scale)
        : m_mantissa(mantissa)
        , m_scale(scale)
    { }

    // Accepts "12", "-12.50", "+0.000123", "1.5e-7", "1E3" with surrounding spaces.
    // Rejects thousands separators, currency symbols, NaN, more than 38 digits.
    static std::optional<Decimal> parse(QStringView text, QString *error = nullptr);

    Int128 mantissa() const { return m_mantissa; }
    int scale() const { return m_scale; }
    bool isZero() const { return m_mantissa == 0; }
    bool isNegative() const { return m_mantissa < 0; }

    // The value as an integer count of 10^-targetScale units. Fails (with a reason) when
    // non-zero digits would be cut off or the result does not fit.
    std::optional<Int128> toUnits(int targetScale, QString *error = nullptr) const;

    // Shortest exact text ("12.5", "0.000123", "-3").
    QString toString() const;

private:
    Int128 m_mantissa = 0;
    int m_scale = 0;
};

QString int128ToString(Int128 value);
std::optional<Int128> int128FromString(QStringView text);

// Formats units of 10^-scale with exactly `scale` fractional digits: (2020, 2) -> "20.20".
QString formatUnits(Int128 units, int scale);
