#pragma once

#include "decimal.h"

#include <QString>

// Currency codes and the number of fractional digits Donation Desk stores and shows for each:
// the ISO 4217 exponent for fiat, the token's own precision for crypto, 8 for codes we do not
// know (enough for any real amount, and stable, so totals of one code always share a scale).
namespace Currency {

// Upper-cases and trims; returns an empty string when `code` is not a plausible currency code
// (2 to 10 ASCII letters or digits).
QString normalize(QStringView code);

int scale(QStringView code);
bool isKnown(QStringView code);
bool isCrypto(QStringView code);

} // namespace Currency

// An exact amount of one currency, in units of 10^-Currency::scale(currency).
struct Money
{
    QString currency;
    Int128 units = 0;

    // Exact conversion of a major-unit decimal ("20.2" USD -> 2020 units).
    static std::optional<Money> fromDecimal(
        const Decimal &amount, const QString &currency, QString *error = nullptr);
    // Text in major units with the currency's digits: "20.20", "500", "0.00012345".
    QString toString() const { return formatUnits(units, Currency::scale(currency)); }
};
