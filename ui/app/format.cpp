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
    return t.isValid() ? QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat)
                       : QString();
}

QString Format::time(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime().time(), QLocale::ShortFormat)
                       : QString();
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

namespace {

// The translated label of `code` in a table of {code, label}; an unknown code as it is.
template<std::size_t N>
QString translatedLabel(
    const std::pair<const char *, const char *> (&labels)[N], const QString &code)
{
    for (const auto &[c, label] : labels) {
        if (code == QLatin1String(c))
            return Format::tr(label);
    }
    return code;
}

} // namespace

QString Format::statusLabel(const QString &status)
{
    static const std::pair<const char *, const char *> labels[] = {
        {"pending", QT_TR_NOOP("pending")},
        {"paid", QT_TR_NOOP("paid")},
        {"partially_paid", QT_TR_NOOP("partially paid")},
        {"failed", QT_TR_NOOP("failed")},
        {"canceled", QT_TR_NOOP("canceled")},
        {"expired", QT_TR_NOOP("expired")},
        {"refunded", QT_TR_NOOP("refunded")},
        {"partially_refunded", QT_TR_NOOP("partially refunded")},
        {"voided", QT_TR_NOOP("voided")},
        {"scheduled", QT_TR_NOOP("scheduled")},
        {"pledged", QT_TR_NOOP("pledged")},
        {"unknown", QT_TR_NOOP("unknown")},
    };
    return translatedLabel(labels, status);
}

QString Format::recordStateLabel(const QString &state)
{
    static const std::pair<const char *, const char *> labels[] = {
        {"pre-record", QT_TR_NOOP("pre-record")},
        {"post-record", QT_TR_NOOP("post-record")},
        {"reversed", QT_TR_NOOP("reversed")},
        {"none", QT_TR_NOOP("none")},
    };
    return translatedLabel(labels, state);
}
