#include "endpointchanges.h"

#include "money/currency.h"
#include "providers/provideradapter.h"
#include "storage/endpointstore.h"
#include "time/timestamps.h"

#include <QCoreApplication>
#include <QDate>
#include <QHostAddress>

namespace {

// lupdate reads the context from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EndpointChanges)
};

// Collects the first refusal; the checks below stop at it.
class Check
{
public:
    explicit Check(EndpointChangeError *out)
        : m_out(out)
    { }

    QString fail(const char *setting, const QString &message, const QString &detail)
    {
        if (m_out)
            *m_out = {QLatin1String(setting), message, detail};
        return message;
    }

private:
    EndpointChangeError *m_out;
};

// A calendar date written exactly as YYYY-MM-DD: Qt::ISODate alone also takes "2024/06/01",
// which neither the command line's contract nor the desktop's date field accepts.
std::optional<QDate> parseIsoDate(const QString &text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || d.toString(Qt::ISODate) != text)
        return std::nullopt;
    return d;
}

// The silence alarm's three settings, each checked as written.
QString applyAlarm(SilenceAlarm &alarm, const EndpointChanges &c, Check &check)
{
    SilenceAlarm a = alarm;
    if (c.alarmQuiet) {
        const auto minutes = SilenceAlarm::parseDuration(*c.alarmQuiet);
        if (!minutes)
            return check.fail("alarmQuiet",
                Text::tr(
                    "--alarm-quiet: expected a duration such as 90m, 6h or 1h30m (0 or off: no "
                    "alarm), got '%1'")
                    .arg(*c.alarmQuiet),
                Text::tr("Expected a duration such as 90m, 6h or 1h30m (empty or 0: no alarm), got "
                         "'%1'.")
                    .arg(*c.alarmQuiet));
        if (*minutes > SilenceAlarm::MaxQuietMinutes)
            return check.fail("alarmQuiet",
                Text::tr("--alarm-quiet: at most 30 days (30d), got '%1'").arg(*c.alarmQuiet),
                Text::tr("At most 30 days, got '%1'.").arg(*c.alarmQuiet));
        a.quietMinutes = *minutes;
    }
    if (c.alarmWindow) {
        const QString text = c.alarmWindow->trimmed();
        const auto window =
            text == u"all-day" ? SilenceAlarm::Window {} : SilenceAlarm::parseWindow(text);
        if (!window)
            return check.fail("alarmWindow",
                Text::tr(
                    "--alarm-window: expected HH:MM-HH:MM such as 08:00-22:00 (empty: all day), "
                    "got '%1'")
                    .arg(*c.alarmWindow),
                Text::tr(
                    "Expected two times as HH:MM, such as 08:00 and 22:00 (both empty: all day), "
                    "got '%1'.")
                    .arg(*c.alarmWindow));
        if (window->from.isValid() && window->from == window->to)
            return check.fail("alarmWindow",
                Text::tr(
                    "--alarm-window: '%1' starts and ends at the same time; leave it empty for "
                    "all day")
                    .arg(*c.alarmWindow),
                Text::tr("It starts and ends at the same time: leave both empty for all day."));
        a.windowFrom = window->from;
        a.windowTo = window->to;
    }
    if (c.alarmSignatureFailures) {
        const QString text = c.alarmSignatureFailures->trimmed().toLower();
        bool ok = false;
        const int count = text == u"off" ? 0 : text.toInt(&ok);
        if ((!ok && text != u"off") || count < 0 || count > SilenceAlarm::MaxSignatureFailures)
            return check.fail("alarmSignatureFailures",
                Text::tr(
                    "--alarm-signature-failures: expected a whole number from 0 (off) to %1, got "
                    "'%2'")
                    .arg(SilenceAlarm::MaxSignatureFailures)
                    .arg(*c.alarmSignatureFailures),
                Text::tr("Expected a whole number from 0 (off) to %1, got '%2'.")
                    .arg(SilenceAlarm::MaxSignatureFailures)
                    .arg(*c.alarmSignatureFailures));
        a.signatureFailures = count;
    }
    alarm = a;
    return {};
}

// Secret, currency, event, time zone, allow-list, record policy and silence alarm, in the order
// the command line has always checked them (the first refusal is the one reported).
QString applySettings(EndpointConfig &e, const EndpointChanges &c, const ProviderAdapter &adapter,
    bool adding, Check &check)
{
    if (c.secret && c.noSecret)
        return check.fail("secret", Text::tr("use either --secret or --no-secret"),
            Text::tr("Use either a secret or no secret."));
    if (c.secret) {
        if (!adapter.acceptsSecret())
            return check.fail("secret",
                Text::tr("--secret: %1 does not sign its webhooks; the URL is the secret (use "
                         "--allow-from to restrict senders)")
                    .arg(adapter.displayName()),
                Text::tr(
                    "%1 does not sign its webhooks; the URL is the secret (restrict senders with "
                    "the allow-list).")
                    .arg(adapter.displayName()));
        if (c.secret->trimmed().isEmpty())
            return check.fail("secret", Text::tr("--secret: empty; use --no-secret for none"),
                Text::tr("Empty: choose no secret instead."));
        e.secret = c.secret->trimmed().toUtf8();
    } else if (c.noSecret) {
        if (adapter.requiresSecret())
            return check.fail("secret",
                Text::tr(
                    "--no-secret: %1 endpoints check every request's signature and cannot work "
                    "without a secret")
                    .arg(adapter.displayName()),
                Text::tr("%1 endpoints check every request's signature and cannot work without a "
                         "secret.")
                    .arg(adapter.displayName()));
        e.secret.clear();
    } else if (adding) {
        e.secret = adapter.generateSecret();
    }
    if (c.currency) {
        const QString code = Currency::normalize(*c.currency);
        if (code.isEmpty() && !c.currency->isEmpty())
            return check.fail("currency",
                Text::tr("--currency: '%1' is not a currency code").arg(*c.currency),
                Text::tr("'%1' is not a currency code.").arg(*c.currency));
        e.currency = code;
    }
    if (c.event) {
        const QString ev = c.event->trimmed().toLower();
        if (!ev.isEmpty() && ev != u"auto") {
            if (!adapter.events().contains(ev)) {
                const QString events = adapter.events().join(QStringLiteral(", "));
                return adapter.events().isEmpty()
                    ? check.fail("event",
                        Text::tr("--event: %1 endpoints have no event setting").arg(adapter.id()),
                        Text::tr("%1 endpoints have no event setting.").arg(adapter.displayName()))
                    : check.fail("event",
                        Text::tr("--event: '%1' is not one of %2").arg(ev, events),
                        Text::tr("'%1' is not one of %2.").arg(ev, events));
            }
            e.event = ev;
        } else {
            e.event.clear();
        }
    }
    if (c.timezone) {
        const QString tz = c.timezone->trimmed();
        if (!tz.isEmpty() && !Timestamps::zoneFromName(tz).isValid())
            return check.fail("timezone",
                Text::tr(
                    "--timezone: unknown zone '%1' (use an IANA name such as America/New_York)")
                    .arg(tz),
                Text::tr("Unknown zone '%1': use an IANA name such as America/New_York.").arg(tz));
        e.timezone = tz;
    }
    if (c.allowFrom) {
        QStringList list;
        for (const QString &part : c.allowFrom->split(u',', Qt::SkipEmptyParts)) {
            const QString entry = part.trimmed();
            const QString withMask = entry.contains(u'/')
                ? entry
                : entry + (entry.contains(u':') ? QStringLiteral("/128") : QStringLiteral("/32"));
            if (QHostAddress::parseSubnet(withMask).first.isNull())
                return check.fail("allowFrom",
                    Text::tr("--allow-from: '%1' is not an address or CIDR range").arg(entry),
                    Text::tr("'%1' is not an address or CIDR range.").arg(entry));
            list << entry;
        }
        e.allowFrom = list;
    }
    if (c.recordDelay && c.recordDate)
        return check.fail("recordDelay",
            Text::tr("use either --record-delay or --record-date, not both"),
            Text::tr("Use either a delay or a date, not both."));
    if (c.recordDelay) {
        bool ok = false;
        const int days = c.recordDelay->toInt(&ok);
        if (!ok || days < 0 || days > RecordPolicy::MaxDelayDays)
            return check.fail("recordDelay",
                Text::tr("--record-delay: expected a whole number of days from 0 to %1, got '%2'")
                    .arg(RecordPolicy::MaxDelayDays)
                    .arg(*c.recordDelay),
                Text::tr("Expected a whole number of days from 0 to %1, got '%2'.")
                    .arg(RecordPolicy::MaxDelayDays)
                    .arg(*c.recordDelay));
        e.recordPolicy = RecordPolicy::delay(days);
    }
    if (c.recordDate) {
        const auto d = parseIsoDate(*c.recordDate);
        if (!d)
            return check.fail("recordDate",
                Text::tr("--record-date: expected a date as YYYY-MM-DD, got '%1'")
                    .arg(*c.recordDate),
                Text::tr("Expected a date as YYYY-MM-DD, got '%1'.").arg(*c.recordDate));
        e.recordPolicy = RecordPolicy::fixed(*d);
    }
    if (QString why = applyAlarm(e.alarm, c, check); !why.isEmpty())
        return why;
    // Also when a change would clear it: every later donation would become a dead letter.
    if ((adding || c.currency) && adapter.needsCurrency() && e.currency.isEmpty())
        return check.fail("currency",
            Text::tr("--currency is required for %1 endpoints: its payloads carry no currency")
                .arg(adapter.displayName()),
            Text::tr("Required for %1 endpoints: their payloads carry no currency.")
                .arg(adapter.displayName()));
    return {};
}

} // namespace

QString conflictingEndpointChanges(const EndpointChanges &changes, EndpointChangeError *error)
{
    Check check(error);
    if (changes.newSecret && (changes.secret || changes.noSecret))
        return check.fail("secret",
            Text::tr("use only one of --secret, --new-secret and --no-secret"),
            Text::tr("Use only one of a given secret, a new secret and no secret."));
    return {};
}

QString applyEndpointChanges(EndpointConfig &endpoint, const EndpointChanges &changes,
    const ProviderAdapter &adapter, bool adding, EndpointChangeError *error)
{
    Check check(error);
    EndpointConfig e = endpoint;
    if (adding) {
        const QString name = changes.name.value_or(QString()).trimmed();
        if (name.isEmpty())
            return check.fail("name", Text::tr("--name is required"), Text::tr("Required."));
        if (name.size() > EndpointChanges::MaxNameLength)
            return check.fail("name",
                Text::tr("--name: at most %1 characters").arg(EndpointChanges::MaxNameLength),
                Text::tr("At most %1 characters.").arg(EndpointChanges::MaxNameLength));
        e.name = name;
    } else if (QString why = conflictingEndpointChanges(changes, error); !why.isEmpty()) {
        return why;
    }

    if (QString why = applySettings(e, changes, adapter, adding, check); !why.isEmpty())
        return why;

    if (!adding && changes.name) {
        const QString name = changes.name->trimmed();
        if (name.isEmpty() || name.size() > EndpointChanges::MaxNameLength)
            return check.fail("name",
                Text::tr("--name: 1 to %1 characters").arg(EndpointChanges::MaxNameLength),
                Text::tr("1 to %1 characters.").arg(EndpointChanges::MaxNameLength));
        e.name = name;
    }
    if (!adding && changes.newSecret) {
        e.secret = adapter.generateSecret();
        if (e.secret.isEmpty())
            return check.fail("secret",
                Text::tr("--new-secret: %1 endpoints have no generated secret; pass --secret")
                    .arg(adapter.id()),
                Text::tr("%1 endpoints have no generated secret: enter the provider's.")
                    .arg(adapter.displayName()));
    }
    if (changes.newToken)
        e.token = EndpointStore::newToken();
    if (changes.enabled)
        e.enabled = *changes.enabled;
    endpoint = e;
    return {};
}
