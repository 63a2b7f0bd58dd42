#include "adapterutil.h"

namespace AdapterUtil {

QString readAmount(
    DonationEvent &event, const QJsonValue &amount, const QString &currency, const char *fieldName)
{
    if (JsonFields::isAbsent(amount))
        return {};
    QString why;
    const auto d = JsonFields::decimal(amount, &why);
    if (!d)
        return tr("%1: %2").arg(QLatin1String(fieldName), why);
    if (currency.isEmpty())
        return tr("%1 is given but the currency is not").arg(QLatin1String(fieldName));
    const auto money = Money::fromDecimal(*d, currency, &why);
    if (!money)
        return tr("%1: %2").arg(QLatin1String(fieldName), why);
    event.amount = money;
    event.amountText = JsonFields::text(amount);
    return {};
}

QString readMinorUnits(
    DonationEvent &event, const QJsonValue &units, const QString &currency, const char *fieldName)
{
    if (JsonFields::isAbsent(units))
        return {};
    const auto d = Decimal::parse(JsonFields::text(units));
    const auto whole = d ? d->toUnits(0) : std::nullopt;
    if (!whole)
        return tr("%1: \"%2\" is not a whole number")
            .arg(QLatin1String(fieldName), JsonFields::text(units));
    if (currency.isEmpty())
        return tr("%1 is given but the currency is not").arg(QLatin1String(fieldName));
    event.amount = Money {currency, *whole};
    event.amountText = JsonFields::text(units);
    return {};
}

QString readRefund(DonationEvent &event, const QJsonValue &refunded, const char *fieldName)
{
    if (JsonFields::isAbsent(refunded) || !event.amount)
        return {};
    QString why;
    const auto d = JsonFields::decimal(refunded, &why);
    const auto units = d ? d->toUnits(Currency::scale(event.amount->currency), &why) : std::nullopt;
    if (!units)
        return tr("%1: %2").arg(QLatin1String(fieldName), why);
    event.refundedUnits = *units;
    return {};
}

QDateTime readTime(
    DonationEvent &event, const QJsonValue &value, const QTimeZone &zone, const char *fieldName)
{
    QString why;
    const auto t = Timestamps::parse(JsonFields::text(value), zone, &why);
    if (!t && !why.isEmpty())
        addNote(event, tr("%1 ignored: %2").arg(QLatin1String(fieldName), why));
    return t.value_or(QDateTime());
}

QString readCurrency(
    const QJsonValue &value, const EndpointConfig &endpoint, const char *fieldName, QString *error)
{
    if (JsonFields::isAbsent(value))
        return Currency::normalize(endpoint.currency);
    const QString code = Currency::normalize(JsonFields::text(value));
    if (code.isEmpty()) {
        *error = tr("%1: \"%2\" is not a currency code")
                     .arg(QLatin1String(fieldName), JsonFields::text(value));
        return {};
    }
    return code;
}

QString joinName(const QString &first, const QString &last)
{
    return QStringList {first, last}.join(u' ').trimmed();
}

QTimeZone endpointZone(const EndpointConfig &endpoint)
{
    if (endpoint.timezone.isEmpty())
        return QTimeZone::utc();
    const QTimeZone z = Timestamps::zoneFromName(endpoint.timezone);
    return z.isValid() ? z : QTimeZone::utc();
}

Verdict requireJson(const WebhookRequest &request, bool allowArray, QJsonDocument *doc)
{
    QString why;
    const QJsonDocument d = JsonFields::parseLossless(request.body, &why);
    if (d.isNull())
        return Verdict::badRequest(tr("malformed body: %1").arg(why));
    if (!d.isObject() && !(allowArray && d.isArray()))
        return Verdict::badRequest(allowArray
                ? tr("malformed body: expected a JSON object or array")
                : tr("malformed body: expected a JSON object"));
    if (doc)
        *doc = d;
    return Verdict::accept();
}

void keepDetails(
    DonationEvent &event, const QJsonObject &source, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString v = JsonFields::text(source.value(QLatin1String(key)));
        if (!v.isEmpty())
            event.details.insert(QLatin1String(key), v);
    }
}

SignedRequest jsonRequest(const QByteArray &body)
{
    return {{{"Content-Type", "application/json"}}, body};
}

void addNote(DonationEvent &event, const QString &note)
{
    event.note = event.note.isEmpty() ? note : event.note + QStringLiteral("; ") + note;
}

} // namespace AdapterUtil
