#include "nationbuilderadapter.h"

#include "adapterutil.h"
#include "signatures.h"

using namespace AdapterUtil;
using JsonFields::first;
using JsonFields::text;

QString NationBuilderAdapter::setupHint() const
{
    return tr("In NationBuilder: Settings > Developer > Webhooks > New webhook, event \"Donation "
              "succeeded\" (or changed / canceled), URL as shown. NationBuilder sends the "
              "webhook's token inside the JSON body: copy it into this endpoint's secret. Set "
              "the nation's currency here, as the payload has none.");
}

QStringList NationBuilderAdapter::events() const
{
    return {QStringLiteral("succeeded"), QStringLiteral("changed"), QStringLiteral("canceled"),
        QStringLiteral("failed")};
}

Verdict NationBuilderAdapter::verify(
    const WebhookRequest &request, const EndpointConfig &endpoint, const QDateTime &) const
{
    QJsonDocument doc;
    if (Verdict v = requireJson(request, false, &doc); !v.accepted())
        return v;
    if (!endpoint.secret.isEmpty()) {
        const QJsonValue token = doc.object().value(QLatin1String("token"));
        if (JsonFields::isAbsent(token)) {
            return Verdict::unauthorized(tr("token missing: NationBuilder sends the webhook's "
                                            "token as \"token\" in the JSON body, and this "
                                            "endpoint has one set, but the body had none"));
        }
        if (!Signatures::constantTimeEquals(text(token).toUtf8(), endpoint.secret)) {
            return Verdict::unauthorized(tr("token mismatch: the \"token\" in the JSON body did "
                                            "not match this endpoint's secret; copy the token "
                                            "shown in NationBuilder's webhook settings"));
        }
    }
    return Verdict::accept();
}

NormalizeResult NationBuilderAdapter::normalize(
    const WebhookRequest &request, const EndpointConfig &endpoint) const
{
    QString why;
    const QJsonDocument doc = JsonFields::parseLossless(request.body, &why);
    if (!doc.isObject())
        return NormalizeResult::failure(why.isEmpty() ? tr("expected a JSON object") : why);
    const QJsonObject root = doc.object();
    QJsonObject d = JsonFields::object(JsonFields::at(root, {"payload", "donation"}));
    if (d.isEmpty())
        d = JsonFields::object(root.value(QLatin1String("donation")));
    if (d.isEmpty())
        return NormalizeResult::failure(tr("no donation in the body: expected payload.donation"));

    const bool legacy = d.contains(QLatin1String("donation_nationbuilder_id"))
        || d.contains(QLatin1String("signup"));
    DonationEvent e;
    e.externalId = text(first(d, {"id", "donation_nationbuilder_id"}));
    if (e.externalId.isEmpty())
        return NormalizeResult::failure(tr("donation id missing"));

    QString currencyError;
    const QString currency =
        readCurrency(d.value(QLatin1String("currency")), endpoint, "currency", &currencyError);
    if (!currencyError.isEmpty())
        return NormalizeResult::failure(currencyError);
    if (currency.isEmpty()) {
        return NormalizeResult::failure(
            tr("NationBuilder sends no currency: set the nation's currency on this endpoint "
               "(endpoint update %1 --currency USD), then reprocess")
                .arg(endpoint.name));
    }
    QString error =
        readMinorUnits(e, d.value(QLatin1String("amount_in_cents")), currency, "amount_in_cents");
    if (error.isEmpty() && !e.amount) {
        // Only the formatted amount ("$20.20", "$1,234.50"): drop the symbol and thousands
        // separators. A comma with no point could be a decimal comma ("€20,20"): refuse to guess.
        const QString shown = text(d.value(QLatin1String("amount")));
        QString formatted = shown;
        formatted.remove(QRegularExpression(QStringLiteral("[^0-9.,\\-]")));
        if (formatted.isEmpty())
            return NormalizeResult::failure(tr("amount_in_cents missing"));
        if (formatted.contains(u',') && !formatted.contains(u'.'))
            return NormalizeResult::failure(
                tr("amount_in_cents missing and the formatted amount \"%1\" is ambiguous")
                    .arg(shown));
        formatted.remove(u',');
        error = readAmount(e, QJsonValue(formatted), currency, "amount");
    }
    if (!error.isEmpty())
        return NormalizeResult::failure(error);

    const QTimeZone zone = endpointZone(endpoint);
    const QDateTime created = readTime(e, d.value(QLatin1String("created_at")), zone, "created_at");
    const QDateTime updated = readTime(e, d.value(QLatin1String("updated_at")), zone, "updated_at");
    const QDateTime succeeded =
        readTime(e, d.value(QLatin1String("succeeded_at")), zone, "succeeded_at");
    const QDateTime failed = readTime(e, d.value(QLatin1String("failed_at")), zone, "failed_at");
    const QDateTime canceled =
        readTime(e, d.value(QLatin1String("canceled_at")), zone, "canceled_at");

    QString event = endpoint.event;
    if (event.isEmpty() || event == u"changed") {
        event = canceled.isValid() ? QStringLiteral("canceled")
            : failed.isValid()     ? QStringLiteral("failed")
            : succeeded.isValid()  ? QStringLiteral("succeeded")
                                   : QStringLiteral("pending");
    }
    if (event == u"succeeded") {
        e.status = DonationStatus::Paid;
        e.statusAt = succeeded;
    } else if (event == u"canceled") {
        e.status = DonationStatus::Canceled;
        e.statusAt = canceled;
    } else if (event == u"failed") {
        e.status = DonationStatus::Failed;
        e.statusAt = failed;
    } else {
        e.status = DonationStatus::Pending;
    }
    e.providerStatus = event;
    e.eventName = QStringLiteral("donation_") + event;
    if (!e.statusAt.isValid())
        e.statusAt = updated;
    e.donatedAt = succeeded.isValid() ? succeeded : created;
    if (succeeded.isValid())
        e.paidAt = succeeded;

    // updated_at is to the second: a cancel or failure in the same second as the payment must
    // not look like its redelivery, so their times join it. The same state posted to two
    // hooks (succeeded and changed) keeps one key.
    QString stamp = text(d.value(QLatin1String("updated_at")));
    if (!stamp.isEmpty()) {
        for (const char *field : {"canceled_at", "failed_at"}) {
            const QString at = text(d.value(QLatin1String(field)));
            if (!at.isEmpty())
                stamp += u'|' + QLatin1String(field) + u'=' + at;
        }
    }
    e.dedupeKey =
        QStringLiteral("nationbuilder:%1:%2")
            .arg(e.externalId,
                !stamp.isEmpty() ? stamp
                                 : QStringList {event, text(d.value(QLatin1String("created_at"))),
                                     text(d.value(QLatin1String("succeeded_at"))),
                                     text(d.value(QLatin1String("failed_at"))),
                                     text(d.value(QLatin1String("canceled_at")))}
                                       .join(u'|'));

    const QJsonObject donor =
        JsonFields::object(d.value(legacy ? QLatin1String("signup") : QLatin1String("donor")));
    e.donorName = text(donor.value(QLatin1String("full_name")));
    if (e.donorName.isEmpty())
        e.donorName = joinName(text(donor.value(QLatin1String("first_name"))),
            text(donor.value(QLatin1String("last_name"))));
    if (e.donorName.isEmpty())
        e.donorName = joinName(
            text(d.value(QLatin1String("first_name"))), text(d.value(QLatin1String("last_name"))));
    e.donorEmail = text(first(donor, {"email", "email1"}));
    if (e.donorEmail.isEmpty())
        e.donorEmail = text(d.value(QLatin1String("email")));
    e.campaign = text(first(d, {"page_slug", "tracking_code_slug"}));
    e.recurring = !JsonFields::isAbsent(d.value(QLatin1String("recurring_donation_id")));

    if (legacy)
        e.details.insert(QStringLiteral("legacy"), true);
    keepDetails(e, root, {"nation_slug", "version"});
    keepDetails(e, d,
        {"pledge_id", "recurring_donation_id", "payment_type_name", "tracking_code_slug",
            "page_slug", "check_number", "is_private"});
    NormalizeResult result;
    result.events << e;
    return result;
}

SignedRequest NationBuilderAdapter::sign(const QByteArray &body, const EndpointConfig &endpoint,
    const QDateTime &, const QByteArray &) const
{
    // NationBuilder's "signature" is the shared token inside the body.
    SignedRequest r = jsonRequest(body);
    QJsonParseError pe;
    QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (doc.isObject() && !endpoint.secret.isEmpty()) {
        QJsonObject o = doc.object();
        o.insert(QStringLiteral("token"), QString::fromUtf8(endpoint.secret));
        r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    return r;
}
