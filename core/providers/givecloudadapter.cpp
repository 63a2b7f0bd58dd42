#include "givecloudadapter.h"

#include "adapterutil.h"
#include "signatures.h"

#include <QUuid>

using namespace AdapterUtil;
using JsonFields::first;
using JsonFields::text;

QString GivecloudAdapter::setupHint() const
{
    return tr("In Givecloud: Settings > Webhooks > Add webhook. Paste this URL, choose the "
              "contribution events, and enter this endpoint's secret; Givecloud then signs each "
              "request with X-Givecloud-Signature (HMAC-SHA1 of the body).");
}

QStringList GivecloudAdapter::events() const
{
    return {QStringLiteral("contribution_paid"), QStringLiteral("contributions_paid"),
        QStringLiteral("contribution_refunded"), QStringLiteral("order_completed")};
}

Verdict GivecloudAdapter::verify(
    const WebhookRequest &request, const EndpointConfig &endpoint, const QDateTime &) const
{
    if (!endpoint.secret.isEmpty()) {
        const QString why = Signatures::checkHexHmac(request, "X-Givecloud-Signature",
            QCryptographicHash::Sha1, endpoint.secret, QStringLiteral("Givecloud"));
        if (!why.isEmpty())
            return Verdict::unauthorized(why);
    }
    return requireJson(request, true);
}

namespace {

// The contribution's currency: a code, or an object {iso_code, code}; else the first payment's.
QString currencyOf(const QJsonObject &c, const EndpointConfig &endpoint, QString *error)
{
    auto code = [](const QJsonValue &v) {
        return v.isObject() ? first(v.toObject(), {"iso_code", "code"}) : v;
    };
    QJsonValue v = code(c.value(QLatin1String("currency")));
    if (JsonFields::isAbsent(v))
        v = code(JsonFields::object(c.value(QLatin1String("payments")))
                     .value(QLatin1String("currency")));
    return readCurrency(v, endpoint, "currency", error);
}

bool isRecurring(const QJsonObject &c, const QString &event)
{
    if (event == u"contributions_paid"
        || JsonFields::boolean(c.value(QLatin1String("is_recurring"))))
        return true;
    if (JsonFields::integer(c.value(QLatin1String("recurring_item_count"))).value_or(0) > 0)
        return true;
    for (const QJsonValue &item : JsonFields::array(c.value(QLatin1String("line_items")))) {
        if (JsonFields::boolean(item.toObject().value(QLatin1String("is_recurring"))))
            return true;
    }
    return false;
}

} // namespace

NormalizeResult GivecloudAdapter::normalize(
    const WebhookRequest &request, const EndpointConfig &endpoint) const
{
    QString event = QString::fromLatin1(request.header("X-Givecloud-Event")).trimmed().toLower();
    if (event.isEmpty())
        event = endpoint.event;
    if (event == u"supporter_created" || event == u"supporter_updated")
        return NormalizeResult::nothing(tr("%1 carries no donation").arg(event));

    QString why;
    const QJsonDocument doc = JsonFields::parseLossless(request.body, &why);
    if (doc.isNull())
        return NormalizeResult::failure(why);
    const QJsonArray items = doc.isArray() ? doc.array() : QJsonArray {doc.object()};

    if (event.isEmpty()) {
        // No header and no fixed event: read the contribution itself.
        const QJsonObject c = items.isEmpty() ? QJsonObject() : items.first().toObject();
        event = JsonFields::isAbsent(c.value(QLatin1String("refunded_at")))
                && JsonFields::decimal(c.value(QLatin1String("refunded_amount")))
                       .value_or(Decimal())
                       .isZero()
            ? QStringLiteral("contribution_paid")
            : QStringLiteral("contribution_refunded");
    }
    const bool refund = event == u"contribution_refunded";
    if (!refund && event != u"contribution_paid" && event != u"contributions_paid"
        && event != u"order_completed") {
        return NormalizeResult::failure(
            tr("unknown Givecloud event \"%1\"; expected contribution_paid, contributions_paid or "
               "contribution_refunded")
                .arg(event));
    }

    const QTimeZone utc = QTimeZone::utc();
    const QString delivery = QString::fromLatin1(request.header("X-Givecloud-Delivery"));
    NormalizeResult result;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject c = items.at(i).toObject();
        auto failure = [&](const QString &msg) {
            return NormalizeResult::failure(
                items.size() > 1 ? tr("contribution %1: %2").arg(i).arg(msg) : msg);
        };
        DonationEvent e;
        e.externalId = text(c.value(QLatin1String("id")));
        if (e.externalId.isEmpty())
            return failure(tr("contribution \"id\" missing"));
        QString currencyError;
        const QString currency = currencyOf(c, endpoint, &currencyError);
        if (!currencyError.isEmpty())
            return failure(currencyError);
        if (JsonFields::isAbsent(c.value(QLatin1String("total_amount"))))
            return failure(tr("\"total_amount\" missing"));
        if (currency.isEmpty())
            return failure(tr("\"currency\" missing and the endpoint has no currency set"));
        if (QString error =
                readAmount(e, c.value(QLatin1String("total_amount")), currency, "total_amount");
            !error.isEmpty())
            return failure(error);
        if (QString error =
                readRefund(e, c.value(QLatin1String("refunded_amount")), "refunded_amount");
            !error.isEmpty())
            return failure(error);

        e.eventName = event;
        e.providerStatus = event;
        if (refund) {
            if (!e.refundedUnits || *e.refundedUnits == 0 || *e.refundedUnits >= e.amount->units) {
                e.status = DonationStatus::Refunded;
                e.refundedUnits = e.amount->units;
            } else {
                e.status = DonationStatus::PartiallyRefunded;
            }
        } else {
            e.status = DonationStatus::Paid;
            e.refundedUnits.reset(); // a paid event says nothing about refunds yet to come
        }
        e.dedupeKey = QStringLiteral("givecloud:%1:%2").arg(e.externalId, event);
        // A second partial refund (or the full refund after a partial one) is a new event under
        // the same event name: the cumulative refunded amount tells them apart.
        if (refund)
            e.dedupeKey += u':' + int128ToString(*e.refundedUnits);

        const QJsonObject payment = JsonFields::object(c.value(QLatin1String("payments")));
        for (const auto &[source, field] :
            {std::pair {c, "ordered_at"}, std::pair {c, "created_at"},
                std::pair {payment, "captured_at"}, std::pair {payment, "created_at"}}) {
            e.donatedAt = readTime(e, source.value(QLatin1String(field)), utc, field);
            if (e.donatedAt.isValid())
                break;
        }
        e.paidAt = e.donatedAt;
        if (refund)
            e.statusAt = readTime(e, c.value(QLatin1String("refunded_at")), utc, "refunded_at");

        const QJsonObject supporter = JsonFields::object(c.value(QLatin1String("supporter")));
        const QJsonObject billing = JsonFields::object(c.value(QLatin1String("billing_address")));
        e.donorName = text(supporter.value(QLatin1String("display_name")));
        if (e.donorName.isEmpty())
            e.donorName = joinName(text(supporter.value(QLatin1String("first_name"))),
                text(supporter.value(QLatin1String("last_name"))));
        if (e.donorName.isEmpty())
            e.donorName = text(billing.value(QLatin1String("name")));
        if (e.donorName.isEmpty())
            e.donorName = joinName(text(billing.value(QLatin1String("first_name"))),
                text(billing.value(QLatin1String("last_name"))));
        e.donorEmail = text(c.value(QLatin1String("email")));
        if (e.donorEmail.isEmpty())
            e.donorEmail = text(first(supporter, {"email"}));
        if (e.donorEmail.isEmpty())
            e.donorEmail = text(billing.value(QLatin1String("email")));
        e.campaign = text(first(c, {"tracking_campaign", "campaign"}));
        e.recurring = isRecurring(c, event);

        keepDetails(e, c,
            {"contribution_number", "payment_type", "tracking_source", "tracking_medium",
                "tracking_campaign", "tracking_term", "tracking_content", "http_referer"});
        if (const QString gateway = text(payment.value(QLatin1String("gateway")));
            !gateway.isEmpty())
            e.details.insert(QStringLiteral("gateway"), gateway);
        if (!delivery.isEmpty())
            e.details.insert(QStringLiteral("delivery"), delivery);
        if (items.size() > 1)
            addNote(e, tr("one of %1 contributions in a recurring batch").arg(items.size()));
        result.events << e;
    }
    if (result.events.isEmpty())
        return NormalizeResult::nothing(tr("empty contribution batch"));
    return result;
}

SignedRequest GivecloudAdapter::sign(const QByteArray &body, const EndpointConfig &endpoint,
    const QDateTime &, const QByteArray &) const
{
    SignedRequest r = jsonRequest(body);
    r.headers << qMakePair(QByteArray("User-Agent"), QByteArray("Givecloud-Hookshot/1.0"))
              << qMakePair(QByteArray("X-Givecloud-Delivery"),
                     QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
              << qMakePair(QByteArray("X-Givecloud-Domain"), QByteArray("example.givecloud.co"));
    if (!endpoint.secret.isEmpty())
        r.headers << qMakePair(QByteArray("X-Givecloud-Signature"),
            Signatures::hmacHex(QCryptographicHash::Sha1, endpoint.secret, body));
    return r;
}
