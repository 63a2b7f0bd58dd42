#include "nativedonation.h"

#include "adapterutil.h"

using namespace AdapterUtil;
using JsonFields::first;
using JsonFields::text;

namespace NativeDonation {

DonationStatus statusFromWord(QStringView word)
{
    const QString w = word.toString().toLower().replace(u'-', u'_').replace(u' ', u'_');
    if (w == u"completed" || w == u"complete" || w == u"succeeded" || w == u"success"
        || w == u"paid" || w == u"captured")
        return DonationStatus::Paid;
    if (w == u"cancelled" || w == u"canceled")
        return DonationStatus::Canceled;
    if (w == u"refunded")
        return DonationStatus::Refunded;
    if (w == u"partially_refunded")
        return DonationStatus::PartiallyRefunded;
    if (w == u"partially_paid")
        return DonationStatus::PartiallyPaid;
    if (w == u"pending" || w == u"processing")
        return DonationStatus::Pending;
    if (w == u"failed" || w == u"declined")
        return DonationStatus::Failed;
    if (w == u"voided" || w == u"void")
        return DonationStatus::Voided;
    if (w == u"expired")
        return DonationStatus::Expired;
    if (w == u"scheduled")
        return DonationStatus::Scheduled;
    if (w == u"pledged")
        return DonationStatus::Pledged;
    return DonationStatus::Unknown;
}

QString read(const QJsonObject &o, const EndpointConfig &endpoint, const QString &statusWord,
    DonationEvent &e)
{
    QStringList missing;

    e.externalId = text(first(o, {"transactionId", "transaction_id", "id"}));
    if (e.externalId.isEmpty())
        missing << QStringLiteral("transactionId");

    QString currencyError;
    const QString currency =
        readCurrency(first(o, {"currency", "currencyCode"}), endpoint, "currency", &currencyError);
    if (!currencyError.isEmpty())
        return currencyError;
    if (currency.isEmpty())
        missing << QStringLiteral("currency");

    const QJsonValue amount = first(o, {"amount", "total", "amountValue"});
    if (JsonFields::isAbsent(amount))
        missing << QStringLiteral("amount");

    const QTimeZone zone = endpointZone(endpoint);
    const QJsonValue when = first(
        o, {"transactionOrderDate", "transaction_order_date", "donatedAt", "createdAt", "date"});
    if (JsonFields::isAbsent(when))
        missing << QStringLiteral("transactionOrderDate");

    if (!missing.isEmpty())
        return tr("required field(s) missing: %1").arg(missing.join(QStringLiteral(", ")));

    if (QString why = readAmount(e, amount, currency, "amount"); !why.isEmpty())
        return why;

    QString timeError;
    const auto donatedAt = Timestamps::parse(text(when), zone, &timeError);
    if (!donatedAt)
        return tr("transactionOrderDate: %1").arg(timeError);
    e.donatedAt = *donatedAt;

    // Status: explicit override, then `status`, then ChangeUp REST's `type`; default completed.
    QString word = statusWord;
    if (word.isEmpty())
        word = text(first(o, {"status", "state"}));
    const QString type = text(o.value(QLatin1String("type"))).toLower();
    if (word.isEmpty() && (type == u"refund" || type == u"refunded"))
        word = QStringLiteral("refunded");
    if (word.isEmpty())
        word = QStringLiteral("completed");
    e.providerStatus = word;
    e.status = statusFromWord(word);

    if (QString why = readRefund(
            e, first(o, {"refundedAmount", "refunded_amount", "amountRefunded"}), "refundedAmount");
        !why.isEmpty())
        return why;
    if (e.status == DonationStatus::Refunded && e.refundedUnits && e.amount
        && *e.refundedUnits < e.amount->units)
        e.status = DonationStatus::PartiallyRefunded;
    if (e.status == DonationStatus::Refunded && !e.refundedUnits && e.amount)
        e.refundedUnits = e.amount->units;

    // Refunds and cancellations of this format are of completed donations; a cancelled schedule
    // or pledge never received money.
    if (Status::holdsMoney(e.status) || (Status::isReversal(e.status) && e.kind == u"donation"))
        e.paidAt = e.donatedAt;
    e.statusAt = readTime(
        e, first(o, {"refundedAt", "cancelledAt", "canceledAt", "updatedAt"}), zone, "updatedAt");

    const QJsonObject donor = JsonFields::object(o.value(QLatin1String("donor")));
    e.donorName = text(first(o, {"donorName", "donor_name", "name"}));
    if (e.donorName.isEmpty())
        e.donorName = text(donor.value(QLatin1String("name")));
    if (e.donorName.isEmpty()) {
        e.donorName = joinName(text(first(donor, {"firstName", "first_name"})),
            text(first(donor, {"lastName", "last_name"})));
    }
    if (e.donorName.isEmpty()) {
        e.donorName = joinName(
            text(first(o, {"firstName", "first_name"})), text(first(o, {"lastName", "last_name"})));
    }
    e.donorEmail = text(first(o, {"donorEmail", "donor_email", "email"}));
    if (e.donorEmail.isEmpty())
        e.donorEmail = text(donor.value(QLatin1String("email")));

    e.campaign = text(first(o, {"campaign", "campaignName", "causeName"}));
    if (e.campaign.isEmpty())
        e.campaign =
            text(JsonFields::object(o.value(QLatin1String("cause"))).value(QLatin1String("name")));
    if (e.campaign.isEmpty())
        e.campaign = text(first(o, {"causeId", "charityId"}));

    const QJsonValue recurring = first(o, {"recurring", "isRecurring"});
    if (!JsonFields::isAbsent(recurring))
        e.recurring = JsonFields::boolean(recurring);

    const QJsonValue delay = o.value(QLatin1String("delayReportBy"));
    if (!JsonFields::isAbsent(delay)) {
        const auto days = JsonFields::integer(delay);
        if (!days) {
            addNote(e,
                tr("delayReportBy \"%1\" is not a whole number of days; ignored").arg(text(delay)));
        } else if (*days > RecordPolicy::MaxDelayReportBy) {
            e.delayReportBy = RecordPolicy::MaxDelayReportBy;
            addNote(e,
                tr("delayReportBy %1 capped at %2 days")
                    .arg(*days)
                    .arg(RecordPolicy::MaxDelayReportBy));
        } else if (*days < 0) {
            e.delayReportBy = 0;
            addNote(e, tr("negative delayReportBy %1 read as 0").arg(*days));
        } else {
            e.delayReportBy = int(*days);
        }
    }

    keepDetails(e, o, {"id", "partnerId", "causeId", "charityId", "country", "type", "reason"});
    const QJsonValue metadata = o.value(QLatin1String("metadata"));
    if (metadata.isObject() || metadata.isArray())
        e.details.insert(QStringLiteral("metadata"), metadata);
    return {};
}

} // namespace NativeDonation
