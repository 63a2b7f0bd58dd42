#include "format.h"

#include "money/currency.h"

#include <QLocale>

QString Format::amount(const QString &canonical, const QString &currency)
{
    if (canonical.isEmpty())
        return {};
    const auto d = Decimal::parse(canonical);
    if (!d)
        return canonical;
    const int scale = currency.isEmpty() ? d->scale() : Currency::scale(currency);
    const auto units = d->toUnits(scale);
    if (!units)
        return canonical;
    const QString plain = formatUnits(*units, scale); // "-1234.50"
    const QLocale locale;
    const bool negative = plain.startsWith(u'-');
    const QString digits = negative ? plain.mid(1) : plain;
    const qsizetype point = digits.indexOf(u'.');
    QString whole = point < 0 ? digits : digits.left(point);
    QString fraction = point < 0 ? QString() : digits.mid(point + 1);
    // Tokens with more than 8 decimals (ETH has 18) read better without their trailing
    // zeros; the value is unchanged. Fiat and 8-decimal coins keep their fixed digits.
    if (scale > 8) {
        while (fraction.size() > 2 && fraction.endsWith(u'0'))
            fraction.chop(1);
    }
    // Group the whole part by hand: QLocale's number formatting would go through a double.
    const QString group = locale.groupSeparator();
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, group);
    QString out = whole;
    if (!fraction.isEmpty())
        out += locale.decimalPoint() + fraction;
    return negative ? locale.negativeSign() + out : out;
}

QString Format::money(const QString &canonical, const QString &currency)
{
    if (canonical.isEmpty())
        return {};
    return amount(canonical, currency) + u'\u00a0' + currency;
}

QString Format::dateTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString Format::date(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

QString Format::time(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime().time(), QLocale::ShortFormat) : QString();
}

QString Format::relative(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const qint64 secs = t.secsTo(QDateTime::currentDateTimeUtc());
    if (secs < 60)
        return tr("just now");
    if (secs < 3600)
        return tr("%n min ago", nullptr, int(secs / 60));
    if (t.toLocalTime().date() == QDate::currentDate())
        return time(t);
    return dateTime(t);
}
