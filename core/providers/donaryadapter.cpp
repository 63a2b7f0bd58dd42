#include "donaryadapter.h"

#include "adapterutil.h"

using namespace AdapterUtil;
using JsonFields::first;
using JsonFields::text;

QString DonaryAdapter::setupHint() const
{
    return tr("In Donary's enterprise settings, paste this same URL into all four webhook "
              "endpoints (payment, payment status, pledge, schedule) so that charges, voids and "
              "schedule first payments meet. Donary does not sign requests: the URL is the "
              "secret; restrict senders with an address allow-list if you can.");
}

QStringList DonaryAdapter::events() const
{
    return {QStringLiteral("schedule"), QStringLiteral("charge"), QStringLiteral("void"),
        QStringLiteral("pledge")};
}

DonationStatus DonaryAdapter::statusFromDonary(QStringView paymentStatus)
{
    const QString s = paymentStatus.toString().toLower();
    if (s.isEmpty() || s == u"success" || s == u"succeeded" || s == u"approved")
        return DonationStatus::Paid;
    if (s == u"voided" || s == u"void")
        return DonationStatus::Voided;
    if (s == u"declined" || s == u"error" || s == u"failed")
        return DonationStatus::Failed;
    if (s == u"refunded")
        return DonationStatus::Refunded;
    if (s == u"pending")
        return DonationStatus::Pending;
    return DonationStatus::Unknown;
}

Verdict DonaryAdapter::verify(
    const WebhookRequest &request, const EndpointConfig &, const QDateTime &) const
{
    return requireJson(request, false);
}

namespace {

// Donary writes "2024-05-25 00:00:00" in UTC, and "2024-11-25T21:01:09.827" in the zone named by
// a sibling "timezone" field (a Windows zone name such as "Eastern Standard Time").
QDateTime donaryTime(DonationEvent &e, const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    QTimeZone zone = QTimeZone::utc();
    if (text(v).contains(u'T')) {
        const QTimeZone named = Timestamps::zoneFromName(text(o.value(QLatin1String("timezone"))));
        if (named.isValid())
            zone = named;
    }
    return readTime(e, v, zone, key);
}

QDateTime firstTime(
    DonationEvent &e, const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QDateTime t = donaryTime(e, o, key);
        if (t.isValid())
            return t;
    }
    return {};
}

void readDonor(DonationEvent &e, const QJsonObject &o)
{
    const QJsonObject info = JsonFields::object(o.value(QLatin1String("donorinfo")));
    const QJsonValue newDonor = info.value(QLatin1String("newdonor"));
    const QJsonObject nd = JsonFields::object(newDonor);
    e.donorName = joinName(
        text(nd.value(QLatin1String("firstname"))), text(nd.value(QLatin1String("lastname"))));
    if (e.donorName.isEmpty())
        e.donorName = text(first(info, {"donorname", "fullname", "name"}));
    if (e.donorName.isEmpty())
        e.donorName = joinName(text(info.value(QLatin1String("firstname"))),
            text(info.value(QLatin1String("lastname"))));
    if (e.donorName.isEmpty())
        e.donorName = text(first(o, {"cardholdername", "donorname"}));
    if (e.donorName.isEmpty())
        e.donorName = joinName(
            text(o.value(QLatin1String("firstname"))), text(o.value(QLatin1String("lastname"))));
    e.donorEmail = text(first(nd, {"email"}));
    if (e.donorEmail.isEmpty())
        e.donorEmail = text(first(info, {"email", "donoremail"}));
    if (e.donorEmail.isEmpty())
        e.donorEmail = text(first(o, {"email", "donoremail"}));
    if (const QString number = text(info.value(QLatin1String("donornumber"))); !number.isEmpty())
        e.details.insert(QStringLiteral("donorNumber"), number);
}

void readContext(DonationEvent &e, const QJsonObject &o)
{
    e.campaign = text(JsonFields::object(o.value(QLatin1String("campaigninfo")))
                          .value(QLatin1String("campaignname")));
    const QString reason = text(JsonFields::object(o.value(QLatin1String("reasoninfo")))
                                    .value(QLatin1String("reasonname")));
    if (!reason.isEmpty())
        e.details.insert(QStringLiteral("reason"), reason);
    const QString collector = text(JsonFields::object(o.value(QLatin1String("collectorinfo")))
                                       .value(QLatin1String("collectorname")));
    if (!collector.isEmpty())
        e.details.insert(QStringLiteral("collector"), collector);
    const QString location = text(JsonFields::object(o.value(QLatin1String("locationinfo")))
                                      .value(QLatin1String("locationname")));
    if (!location.isEmpty())
        e.details.insert(QStringLiteral("location"), location);
    if (const QString org = text(o.value(QLatin1String("orgguid"))); !org.isEmpty())
        e.details.insert(QStringLiteral("orgGuid"), org);
}

// A charge: the payment webhook, or the first payment of a schedule.
QString readCharge(DonationEvent &e, const QJsonObject &p, const QString &currency)
{
    e.externalId = text(p.value(QLatin1String("paymentnumber")));
    if (e.externalId.isEmpty())
        return AdapterUtil::tr("paymentNumber missing");
    if (JsonFields::isAbsent(p.value(QLatin1String("amount"))))
        return AdapterUtil::tr("amount missing");
    if (currency.isEmpty())
        return AdapterUtil::tr("currency missing and the endpoint has no currency set");
    if (QString why = readAmount(e, p.value(QLatin1String("amount")), currency, "amount");
        !why.isEmpty())
        return why;
    const QString status = text(p.value(QLatin1String("paymentstatus")));
    e.providerStatus = status.isEmpty() ? QStringLiteral("Success") : status;
    e.status = DonaryAdapter::statusFromDonary(status);
    e.eventName = QStringLiteral("payment");
    // The status is part of the key: a declined attempt and a later successful charge under the
    // same payment number are two events. A schedule's first payment and the payment webhook
    // for it share the key, and so meet as one.
    e.dedupeKey =
        QStringLiteral("donary:charge:%1:%2").arg(e.externalId, e.providerStatus.toLower());
    e.donatedAt = firstTime(
        e, p, {"processeddatetime", "createddate", "devicecreateddate", "devicedatetime"});
    if (e.status == DonationStatus::Paid)
        e.paidAt = e.donatedAt;
    keepDetails(e, p, {"gatewayrefnum", "paymentmethod", "gatewayname", "brand", "last4digits"});
    if (JsonFields::boolean(p.value(QLatin1String("isanonymousdonation"))))
        e.details.insert(QStringLiteral("anonymous"), true);
    return {};
}

} // namespace

NormalizeResult DonaryAdapter::normalize(
    const WebhookRequest &request, const EndpointConfig &endpoint) const
{
    QString why;
    const QJsonDocument doc = JsonFields::parseLossless(request.body, &why);
    if (!doc.isObject())
        return NormalizeResult::failure(why.isEmpty() ? tr("expected a JSON object") : why);
    const QJsonObject o = JsonFields::lowerKeys(doc.object()).toObject();

    QString kind = endpoint.event;
    if (kind.isEmpty()) {
        if (o.contains(QLatin1String("scheduleuniqueid")))
            kind = QStringLiteral("schedule");
        else if (o.contains(QLatin1String("pledgenumber"))
            || o.contains(QLatin1String("pledgeamount")))
            kind = QStringLiteral("pledge");
        // A status update carries statusDateTime and may repeat the amount; as a charge it
        // would share the charge's dedupe key and be dropped as a duplicate.
        else if (o.contains(QLatin1String("paymentstatus"))
            && (!o.contains(QLatin1String("amount"))
                || o.contains(QLatin1String("statusdatetime"))))
            kind = QStringLiteral("void");
        else if (o.contains(QLatin1String("paymentnumber")))
            kind = QStringLiteral("charge");
        else
            return NormalizeResult::failure(tr("cannot tell which Donary webhook this is: expected "
                                               "scheduleUniqueID, pledgeNumber or paymentNumber"));
    }
    QString currencyError;
    const QString currency =
        readCurrency(o.value(QLatin1String("currency")), endpoint, "currency", &currencyError);
    if (!currencyError.isEmpty())
        return NormalizeResult::failure(currencyError);

    NormalizeResult result;
    DonationEvent e;
    readDonor(e, o);
    readContext(e, o);

    if (kind == u"charge") {
        if (QString error = readCharge(e, o, currency); !error.isEmpty())
            return NormalizeResult::failure(error);
        result.events << e;
    } else if (kind == u"void") {
        e.externalId = text(o.value(QLatin1String("paymentnumber")));
        if (e.externalId.isEmpty())
            return NormalizeResult::failure(tr("paymentNumber missing"));
        e.providerStatus = text(o.value(QLatin1String("paymentstatus")));
        if (e.providerStatus.isEmpty())
            return NormalizeResult::failure(tr("paymentStatus missing"));
        e.status = statusFromDonary(e.providerStatus);
        e.eventName = QStringLiteral("payment_status");
        e.statusAt = donaryTime(e, o, "statusdatetime");
        e.dedupeKey =
            QStringLiteral("donary:status:%1:%2").arg(e.externalId, e.providerStatus.toLower());
        result.events << e;
    } else if (kind == u"pledge") {
        e.kind = QStringLiteral("pledge");
        e.externalId = text(o.value(QLatin1String("pledgenumber")));
        if (e.externalId.isEmpty())
            return NormalizeResult::failure(tr("pledgeNumber missing"));
        if (currency.isEmpty())
            return NormalizeResult::failure(
                tr("currency missing and the endpoint has no currency set"));
        if (QString error =
                readAmount(e, o.value(QLatin1String("pledgeamount")), currency, "pledgeAmount");
            !error.isEmpty())
            return NormalizeResult::failure(error);
        e.status = DonationStatus::Pledged;
        e.providerStatus = QStringLiteral("pledged");
        e.eventName = QStringLiteral("pledge");
        e.donatedAt = firstTime(e, o, {"pledgedate", "createddate", "devicedatetime"});
        e.dedupeKey = QStringLiteral("donary:pledge:") + e.externalId;
        result.events << e;
    } else if (kind == u"schedule") {
        e.kind = QStringLiteral("schedule");
        e.externalId = text(o.value(QLatin1String("scheduleuniqueid")));
        if (e.externalId.isEmpty())
            return NormalizeResult::failure(tr("scheduleUniqueID missing"));
        if (currency.isEmpty())
            return NormalizeResult::failure(
                tr("currency missing and the endpoint has no currency set"));
        if (QString error = readAmount(
                e, o.value(QLatin1String("totalscheduleamount")), currency, "totalScheduleAmount");
            !error.isEmpty())
            return NormalizeResult::failure(error);
        e.status = DonationStatus::Scheduled;
        e.providerStatus = QStringLiteral("scheduled");
        e.eventName = QStringLiteral("schedule_created");
        e.recurring = true;
        e.donatedAt = firstTime(e, o, {"devicedatetime", "schedulestartdate"});
        e.dedupeKey = QStringLiteral("donary:schedule:") + e.externalId;
        keepDetails(e, o, {"frequency", "countofschedules", "schedulestartdate"});
        result.events << e;

        const QJsonObject firstPayment = JsonFields::object(o.value(QLatin1String("firstpayment")));
        if (!firstPayment.isEmpty()) {
            DonationEvent p;
            p.donorName = e.donorName;
            p.donorEmail = e.donorEmail;
            p.campaign = e.campaign;
            p.details = e.details;
            p.details.remove(QStringLiteral("frequency"));
            p.details.remove(QStringLiteral("countofschedules"));
            QJsonObject fp = firstPayment;
            if (JsonFields::isAbsent(fp.value(QLatin1String("paymentnumber"))))
                fp.insert(QStringLiteral("paymentnumber"),
                    QString(e.externalId + QStringLiteral("#first")));
            if (QString error = readCharge(p, fp, currency); !error.isEmpty())
                return NormalizeResult::failure(tr("firstPayment: %1").arg(error));
            if (!p.donatedAt.isValid())
                p.donatedAt = e.donatedAt;
            if (p.status == DonationStatus::Paid && !p.paidAt.isValid())
                p.paidAt = p.donatedAt;
            p.recurring = true;
            p.parentKind = e.kind;
            p.parentExternalId = e.externalId;
            p.eventName = QStringLiteral("schedule_first_payment");
            result.events << p;
        }
    } else {
        return NormalizeResult::failure(tr("unknown Donary event setting \"%1\"").arg(kind));
    }
    return result;
}

SignedRequest DonaryAdapter::sign(
    const QByteArray &body, const EndpointConfig &, const QDateTime &, const QByteArray &) const
{
    return jsonRequest(body);
}
