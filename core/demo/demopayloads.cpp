#include "demopayloads.h"

#include "demovocabulary.h"
#include "ingest/refusal.h"
#include "providers/signatures.h"

#include <QCryptographicHash>

namespace DemoData {

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
// A Donary schedule's first payment is charged just before the schedule is saved.
constexpr qint64 FirstPaymentLead = 5 * Second;

// ---- JSON ------------------------------------------------------------------------------------

// Compact JSON written field by field, in the order a provider writes them. With `php`, text is
// escaped as PHP's json_encode does by default: "\/" and "\u05e7" instead of raw UTF-8.
class Json
{
public:
    explicit Json(bool php = false)
        : m_php(php)
    {
        m_out.reserve(1536);
    }

    Json &obj()
    {
        value();
        m_out += '{';
        m_close.append('}');
        m_first.append(true);
        return *this;
    }
    Json &arr()
    {
        value();
        m_out += '[';
        m_close.append(']');
        m_first.append(true);
        return *this;
    }
    Json &end()
    {
        m_out += m_close.last();
        m_close.removeLast();
        m_first.removeLast();
        return *this;
    }
    Json &key(const char *k)
    {
        if (!m_first.last())
            m_out += ',';
        m_first.last() = false;
        m_out += '"';
        m_out += k;
        m_out += "\":";
        m_afterKey = true;
        return *this;
    }
    Json &str(const QString &s)
    {
        value();
        m_out += '"';
        const qsizetype size = s.size();
        for (qsizetype i = 0; i < size;) {
            const char16_t u = s.at(i).unicode();
            if (u < 0x80) {
                escapeAscii(char(u));
                ++i;
            } else if (m_php) {
                // One escape per UTF-16 unit, surrogates included, as PHP writes them.
                m_out += "\\u";
                m_out += QByteArray::number(u, 16).rightJustified(4, '0');
                ++i;
            } else {
                // A run of non-ASCII characters at once, so surrogate pairs stay together.
                qsizetype end = i + 1;
                while (end < size && s.at(end).unicode() >= 0x80)
                    ++end;
                m_out += QStringView(s).sliced(i, end - i).toUtf8();
                i = end;
            }
        }
        m_out += '"';
        return *this;
    }
    Json &ascii(const QByteArray &s)
    {
        value();
        m_out += '"';
        for (const char c : s)
            escapeAscii(c);
        m_out += '"';
        return *this;
    }
    Json &raw(const QByteArray &number)
    {
        value();
        m_out += number;
        return *this;
    }
    Json &num(qint64 n)
    {
        value();
        m_out += QByteArray::number(n);
        return *this;
    }
    Json &boolean(bool b)
    {
        value();
        m_out += b ? "true" : "false";
        return *this;
    }
    Json &null()
    {
        value();
        m_out += "null";
        return *this;
    }

    // key + value in one call.
    Json &s(const char *k, const QString &v) { return key(k).str(v); }
    Json &a(const char *k, const QByteArray &v) { return key(k).ascii(v); }
    Json &r(const char *k, const QByteArray &v) { return key(k).raw(v); }
    Json &n(const char *k, qint64 v) { return key(k).num(v); }
    Json &b(const char *k, bool v) { return key(k).boolean(v); }
    Json &nul(const char *k) { return key(k).null(); }
    // The text, or null when empty.
    Json &sOrNull(const char *k, const QString &v) { return v.isEmpty() ? nul(k) : s(k, v); }
    Json &aOrNull(const char *k, const QByteArray &v) { return v.isEmpty() ? nul(k) : a(k, v); }

    QByteArray take() { return std::move(m_out); }

private:
    void value()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_first.isEmpty()) {
            if (!m_first.last())
                m_out += ',';
            m_first.last() = false;
        }
    }
    void escapeAscii(char c)
    {
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        case '/':
            m_out += m_php ? "\\/" : "/";
            break;
        default:
            if (uchar(c) < 0x20) {
                m_out += "\\u00";
                m_out += QByteArray::number(uchar(c), 16).rightJustified(2, '0');
            } else {
                m_out += c;
            }
        }
    }

    QByteArray m_out;
    QVarLengthArray<char, 8> m_close;
    QVarLengthArray<bool, 8> m_first;
    bool m_afterKey = false;
    bool m_php;
};

// ---- time text -------------------------------------------------------------------------------

struct Civil
{
    int year, month, day, hour, minute, second, ms;
};

// Days since 1970-01-01 to a calendar date (H. Hinnant's algorithm): far cheaper than QDateTime
// for a million timestamps.
Civil civil(qint64 msSinceEpoch)
{
    qint64 days = msSinceEpoch / Day;
    qint64 rest = msSinceEpoch % Day;
    if (rest < 0) {
        rest += Day;
        --days;
    }
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    const int y = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
    return {y, m, d, int(rest / Hour), int(rest / Minute % 60), int(rest / Second % 60),
        int(rest % Second)};
}

void digits(QByteArray &out, qint64 v, int width)
{
    char buf[20];
    for (int i = width - 1; i >= 0; --i) {
        buf[i] = char('0' + v % 10);
        v /= 10;
    }
    out.append(buf, width);
}

QByteArray dateText(const Civil &c, char separator)
{
    QByteArray s;
    s.reserve(32);
    digits(s, c.year, 4);
    s += '-';
    digits(s, c.month, 2);
    s += '-';
    digits(s, c.day, 2);
    s += separator;
    digits(s, c.hour, 2);
    s += ':';
    digits(s, c.minute, 2);
    s += ':';
    digits(s, c.second, 2);
    return s;
}

// "2024-05-25T10:00:00Z", with 3, 6 or 9 fractional digits; `sub` fills the digits below the
// millisecond (providers that print nanoseconds).
QByteArray isoUtc(qint64 ms, int fraction = 0, qint64 sub = 0)
{
    const Civil c = civil(ms);
    QByteArray s = dateText(c, 'T');
    if (fraction > 0) {
        s += '.';
        digits(s, c.ms, 3);
        if (fraction > 3)
            digits(s, sub, fraction - 3);
    }
    s += 'Z';
    return s;
}

// "2014-02-11T10:21:43-05:00": local time and its offset.
QByteArray isoOffset(qint64 ms, int offsetSeconds)
{
    QByteArray s = dateText(civil(ms + offsetSeconds * Second), 'T');
    const int minutes = std::abs(offsetSeconds) / 60;
    s += offsetSeconds < 0 ? '-' : '+';
    digits(s, minutes / 60, 2);
    s += ':';
    digits(s, minutes % 60, 2);
    return s;
}

QByteArray spaced(qint64 ms)
{
    return dateText(civil(ms), ' ');
}

// Donary's local form: "2024-11-25T21:01:09.827".
QByteArray localT(qint64 localMs)
{
    const Civil c = civil(localMs);
    QByteArray s = dateText(c, 'T');
    s += '.';
    digits(s, c.ms, 3);
    return s;
}

// NationBuilder's legacy form: "05/28/2013  3:37 PM" (a space pads one-digit hours).
QByteArray usLegacy(qint64 localMs)
{
    const Civil c = civil(localMs);
    QByteArray s;
    digits(s, c.month, 2);
    s += '/';
    digits(s, c.day, 2);
    s += '/';
    digits(s, c.year, 4);
    s += ' ';
    const int h12 = c.hour % 12 == 0 ? 12 : c.hour % 12;
    if (h12 < 10)
        s += ' ';
    s += QByteArray::number(h12);
    s += ':';
    digits(s, c.minute, 2);
    s += c.hour < 12 ? " AM" : " PM";
    return s;
}

int offsetAt(const QTimeZone &zone, qint64 ms)
{
    if (!zone.isValid())
        return 0;
    return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
}

// ---- ids -------------------------------------------------------------------------------------

QByteArray crockford(quint64 v, int chars)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QByteArray s(chars, '0');
    for (int i = chars - 1; i >= 0; --i) {
        s[i] = alphabet[v & 31];
        v >>= 5;
    }
    return s;
}

// A ULID: 48 bits of time, then 80 of randomness.
QByteArray ulid(qint64 ms, quint64 a, quint64 b)
{
    return crockford(quint64(ms), 10) + crockford(a, 8) + crockford(b, 8);
}

QByteArray uuid(quint64 a, quint64 b, bool upper = false)
{
    a = (a & 0xffffffffffff0fffULL) | 0x0000000000004000ULL; // version 4
    b = (b & 0x3fffffffffffffffULL) | 0x8000000000000000ULL; // variant
    QByteArray hex = QByteArray::number(a, 16).rightJustified(16, '0')
        + QByteArray::number(b, 16).rightJustified(16, '0');
    if (upper)
        hex = hex.toUpper();
    return hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-'
        + hex.mid(20);
}

QByteArray alnum(quint64 seed, int chars, bool upper = true)
{
    static const char up[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    static const char low[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    // Through a pointer: GCC 12's bounds sanitizer miscompiles indexing a conditional between
    // two arrays (every character came out the same).
    const char *digits = upper ? up : low;
    QByteArray s(chars, 'a');
    quint64 v = 0;
    for (int i = 0; i < chars; ++i) {
        if (i % 12 == 0)
            v = mix(seed, quint64(i));
        s[i] = digits[v % 36];
        v /= 36;
    }
    return s;
}

// Givecloud's 8-character ids, distinct for distinct `n` below 36^8 (an affine map modulo
// 36^8 whose factor is prime to 2 and 3).
QByteArray givecloudId(quint64 n, quint64 offset)
{
    constexpr quint64 space = 2821109907456ULL; // 36^8
    quint64 v = quint64((Int128(n % space) * 2654435761LL + Int128(offset % space)) % space);
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QByteArray s(8, 'A');
    for (int i = 7; i >= 0; --i) {
        s[i] = alphabet[v % 36];
        v /= 36;
    }
    return s;
}

QByteArray hex(quint64 v, int chars)
{
    return QByteArray::number(v, 16).rightJustified(16, '0').right(chars);
}

QByteArray capitalized(const QString &latin)
{
    QByteArray s = latin.toLatin1();
    if (!s.isEmpty())
        s[0] = char(QChar::toUpper(uchar(s.at(0))));
    return s;
}

QByteArray units(Int128 u, int scale)
{
    return unitsText(u, scale).toLatin1();
}

QByteArray trimmedUnits(Int128 u, int scale)
{
    return trimmedUnitsText(u, scale).toLatin1();
}

// "$1,234.50"
QString formattedAmount(Int128 u, const CurrencyInfo &cur)
{
    QString whole = unitsText(u, cur.scale);
    const qsizetype dot = whole.indexOf(u'.');
    const QString fraction = dot < 0 ? QString() : whole.mid(dot);
    whole = dot < 0 ? whole : whole.left(dot);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, u',');
    return QString::fromUtf8(cur.symbol) + whole + fraction;
}

const char *nativeStatusWord(Msg m)
{
    switch (m) {
    case Msg::Completed:
        return "completed";
    case Msg::Pending:
        return "pending";
    case Msg::Refunded:
        return "refunded";
    case Msg::PartiallyRefunded:
        return "partially_refunded";
    case Msg::Cancelled:
        return "cancelled";
    case Msg::Failed:
        return "failed";
    case Msg::Voided:
        return "voided";
    case Msg::Expired:
        return "expired";
    case Msg::OnHold:
        return "on_hold";
    default:
        return "completed";
    }
}

const char *standardType(Msg m, bool succeeded)
{
    switch (m) {
    case Msg::Completed:
        return succeeded ? "donation.succeeded" : "donation.completed";
    case Msg::Pending:
        return "donation.pending";
    case Msg::Refunded:
        return "donation.refunded";
    case Msg::PartiallyRefunded:
        return "donation.updated";
    case Msg::Cancelled:
        return "donation.canceled";
    case Msg::Failed:
        return "donation.failed";
    case Msg::Voided:
        return "donation.voided";
    case Msg::Expired:
        return "donation.expired";
    case Msg::OnHold:
        return "donation.disputed";
    case Msg::ScheduleCreated:
        return "schedule.created";
    case Msg::ScheduleCanceled:
        return "schedule.canceled";
    case Msg::PledgeCreated:
        return "pledge.created";
    default:
        return "donation.completed";
    }
}

struct Peer
{
    const char *prefix;
    int first;
    int count;
};

Peer peerOf(Provider p)
{
    switch (p) {
    case Provider::ChangeUp:
        return {"198.51.100.", 23, 2};
    case Provider::Standard:
        return {"192.0.2.", 80, 10};
    case Provider::Inqud:
        return {"203.0.113.", 10, 10};
    case Provider::Givecloud:
        return {"192.0.2.", 40, 10};
    case Provider::NationBuilder:
        return {"198.51.100.", 130, 10};
    case Provider::Donary:
        return {"203.0.113.", 70, 10};
    }
    return {"192.0.2.", 1, 1};
}

quint64 eventKey(const Event &e)
{
    return mix(mix(quint64(e.msg), e.aux), quint64(e.at));
}

} // namespace

// What one body is built from: the gift, this event, and choices fixed per gift (so that
// every webhook of one story looks like it came from the same sender).
struct PayloadBuilder::Context
{
    const Gift &g;
    const Event &e;
    const LiveEndpoint &ep;
    quint64 serial;
    quint64 idBits; // random-looking bits unique to this gift
    Person donor;
    QString campaign;
    const CurrencyInfo &cur;
    Community community;
};

PayloadBuilder::PayloadBuilder(const Planner &planner, const QList<LiveEndpoint> &endpoints)
    : m_planner(planner)
    , m_endpoints(endpoints)
    , m_eastern(QByteArrayLiteral("America/New_York"))
    , m_toronto(QByteArrayLiteral("America/Toronto"))
{ }

BuiltRequest PayloadBuilder::build(const Gift &g, const Event &e, quint64 serial) const
{
    const LiveEndpoint &ep = m_endpoints.at(g.endpoint);
    const Community community = g.provider == Provider::Donary ? Community::Jewish
        : g.currency == Cur::JPY                               ? Community::Japanese
                                                               : Community::Anyone;
    const Context c {g, e, ep, serial, mix(m_planner.seed() ^ 0x5eed, serial),
        g.donor >= 0 ? person(m_planner.seed(), g.donor, community) : Person(),
        campaignName(g.endpoint, g.campaign, g.donatedAt), currencyInfo(g.currency), community};

    BuiltRequest out;
    out.target = maskTarget(ep.config.path());
    Rng wire(mix(mix(g.salt, eventKey(e)), quint64(e.received)));
    const Peer peer = peerOf(g.provider);
    out.peer = QLatin1String(peer.prefix)
        + QString::number(peer.first + int(wire.below(peer.count))) + u':'
        + QString::number(wire.range(32768, 60999));

    HeaderList &h = out.headers;
    h << qMakePair(QByteArray("Host"), QByteArray("hooks.donate.example.org"));
    switch (g.provider) {
    case Provider::ChangeUp: {
        out.body = changeUp(c);
        h << qMakePair(QByteArray("User-Agent"), QByteArray("ChangeUp-DMS/2.4 (+webhooks)"))
          << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"))
          << qMakePair(QByteArray("Content-Length"), QByteArray::number(out.body.size()));
        if (!ep.signingKey.isEmpty()) {
            const QByteArray id = "msg_" + ulid(e.at, c.idBits, eventKey(e));
            const qint64 ts = e.received / 1000;
            h << qMakePair(QByteArray("webhook-id"), id)
              << qMakePair(QByteArray("webhook-timestamp"), QByteArray::number(ts))
              << qMakePair(QByteArray("webhook-signature"),
                     Signatures::StandardWebhooks::signature(ep.signingKey, id, ts, out.body));
        }
        break;
    }
    case Provider::Standard: {
        out.body = standard(c);
        // A retry keeps the message id (the idempotency key) and is signed anew.
        const QByteArray id = "msg_" + ulid(e.at, c.idBits, eventKey(e));
        const qint64 ts = e.received / 1000;
        h << qMakePair(QByteArray("User-Agent"), QByteArray("PartnerPay-Webhooks/1.8"))
          << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"))
          << qMakePair(QByteArray("Content-Length"), QByteArray::number(out.body.size()))
          << qMakePair(QByteArray("webhook-id"), id)
          << qMakePair(QByteArray("webhook-timestamp"), QByteArray::number(ts))
          << qMakePair(QByteArray("webhook-signature"),
                 Signatures::StandardWebhooks::signature(ep.signingKey, id, ts, out.body));
        break;
    }
    case Provider::Inqud:
        out.body = inqud(c);
        h << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"))
          << qMakePair(QByteArray("User-Agent"), QByteArray("Inqud-Webhooks/1.0"))
          << qMakePair(QByteArray("Content-Length"), QByteArray::number(out.body.size()));
        if (!ep.config.secret.isEmpty())
            h << qMakePair(QByteArray("X-Payload-Digest"),
                Signatures::hmacHex(QCryptographicHash::Sha1, ep.config.secret, out.body));
        break;
    case Provider::Givecloud: {
        out.body = givecloud(c);
        const char *event = "contribution_paid";
        switch (e.msg) {
        case Msg::SupporterCreated:
            event = "supporter_created";
            break;
        case Msg::ContributionsPaid:
            event = "contributions_paid";
            break;
        case Msg::OrderCompleted:
            event = "order_completed";
            break;
        case Msg::ContributionRefunded:
            event = "contribution_refunded";
            break;
        default:
            break;
        }
        // Each delivery has its own id, a manual redelivery too.
        h << qMakePair(QByteArray("User-Agent"), QByteArray("Givecloud-Hookshot/1.0"))
          << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"))
          << qMakePair(QByteArray("Content-Length"), QByteArray::number(out.body.size()))
          << qMakePair(QByteArray("X-Givecloud-Domain"), QByteArray("hopefoundation.givecloud.co"))
          << qMakePair(QByteArray("X-Givecloud-Event"), QByteArray(event))
          << qMakePair(QByteArray("X-Givecloud-Delivery"), uuid(wire.next(), wire.next()));
        if (!ep.config.secret.isEmpty())
            h << qMakePair(QByteArray("X-Givecloud-Signature"),
                Signatures::hmacHex(QCryptographicHash::Sha1, ep.config.secret, out.body));
        break;
    }
    case Provider::NationBuilder:
        out.body = nationBuilder(c);
        h << qMakePair(QByteArray("User-Agent"), QByteArray("NationBuilder-Webhooks"))
          << qMakePair(QByteArray("Accept"), QByteArray("*/*"))
          << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"))
          << qMakePair(QByteArray("Content-Length"), QByteArray::number(out.body.size()));
        break;
    case Provider::Donary:
        out.body = donary(c);
        h << qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8"))
          << qMakePair(QByteArray("Content-Length"), QByteArray::number(out.body.size()));
        break;
    }
    return out;
}

// ---- ChangeUp and Standard: the native donation object ----------------------------------------

namespace {

void nativeDonation(Json &j, const Planner &planner, const Gift &g, const Event &e, int i,
    const Person &first, const QString &campaign, quint64 idBits, bool standard,
    Community community)
{
    Rng v(g.salt);
    const int donorStyle = int(v.below(3));
    const bool numberAmount = v.chance(0.2);
    const bool withVersion = !standard && v.chance(0.6);
    const bool millis = v.chance(0.5);
    const bool rest = v.chance(0.2); // fields of ChangeUp's REST donation object
    const bool lowerCode = v.chance(0.05);
    const CurrencyInfo &cur = currencyInfo(g.currency);

    const Member m = planner.member(g, i);
    const Person p = i == 0 ? first
        : m.donor >= 0      ? person(planner.seed(), m.donor, community)
                            : Person();
    const char *prefix = !standard                                        ? "txn_"
        : e.msg == Msg::ScheduleCreated || e.msg == Msg::ScheduleCanceled ? "sub_"
        : e.msg == Msg::PledgeCreated                                     ? "plg_"
                                                                          : "don_";
    j.obj();
    if (g.dead == DeadLetter::NewerVersion)
        j.n("version", 2);
    else if (withVersion)
        j.n("version", 1);
    j.a("transactionId", prefix + ulid(g.donatedAt, idBits, mix(idBits, quint64(i))));
    if (numberAmount)
        j.r("amount", trimmedUnits(m.units, cur.scale));
    else
        j.a("amount", units(m.units, cur.scale));
    if (g.dead == DeadLetter::CurrencyName)
        j.a("currency", "US Dollar");
    else
        j.a("currency", lowerCode ? QByteArray(cur.code).toLower() : QByteArray(cur.code));
    j.a("transactionOrderDate", isoUtc(g.donatedAt + i * Second, millis ? 3 : 0));
    if (!standard)
        j.a("status", nativeStatusWord(e.msg));
    else if (e.msg == Msg::PartiallyRefunded)
        j.a("status", "partially_refunded");
    if (e.msg == Msg::PartiallyRefunded)
        j.a("refundedAmount", units(g.refunded, cur.scale));
    if (e.msg == Msg::Refunded || e.msg == Msg::PartiallyRefunded)
        j.a("refundedAt", isoUtc(e.at, 3));
    else if (e.msg == Msg::Cancelled || e.msg == Msg::ScheduleCanceled)
        j.a(standard ? "canceledAt" : "cancelledAt", isoUtc(e.at, 3));
    else if (e.at != g.donatedAt)
        j.a("updatedAt", isoUtc(e.at, 3));
    if (!p.name.isEmpty()) {
        if (donorStyle == 0) {
            j.s("donorName", p.name);
            if (!p.email.isEmpty())
                j.s("donorEmail", p.email);
        } else if (donorStyle == 1) {
            j.key("donor").obj().s("firstName", p.given).s("lastName", p.family);
            if (!p.email.isEmpty())
                j.s("email", p.email);
            j.end();
        } else {
            j.s("firstName", p.given).s("lastName", p.family);
            if (!p.email.isEmpty())
                j.s("email", p.email);
        }
    }
    j.s("campaign", campaign);
    if (g.recurring || e.msg == Msg::ScheduleCreated || v.chance(0.7))
        j.b("recurring", g.recurring);
    if (g.delayReportBy >= 0)
        j.n("delayReportBy", g.delayReportBy);
    if (rest) {
        j.a("partnerId", "partner-" + QByteArray::number(17 + g.endpoint))
            .a("causeId", "cause-" + QByteArray::number(g.campaign % 12))
            .a("country", QByteArray(cur.code).left(2))
            .a("type", e.msg == Msg::Refunded ? "refund" : "donation");
    }
    if (g.dead == DeadLetter::NewerVersion)
        j.a("amountMinor", QByteArray::number(qint64(m.units)));
    if (v.chance(0.5)) {
        static const char *widgets[] = {"footer", "sidebar", "popup", "inline"};
        static const char *sources[] = {"newsletter", "facebook", "instagram", "direct", "sms"};
        j.key("metadata")
            .obj()
            .a("widget", widgets[g.salt % 4])
            .key("utm")
            .arr()
            .ascii(sources[(g.salt >> 8) % 5])
            .ascii("donate")
            .end()
            .end();
    }
    j.end();
}

} // namespace

QByteArray PayloadBuilder::changeUp(const Context &c) const
{
    Json j;
    if (c.g.batch > 1) {
        j.arr();
        for (int i = 0; i < c.g.batch; ++i)
            nativeDonation(
                j, m_planner, c.g, c.e, i, c.donor, c.campaign, c.idBits, false, c.community);
        j.end();
    } else {
        nativeDonation(
            j, m_planner, c.g, c.e, 0, c.donor, c.campaign, c.idBits, false, c.community);
    }
    return j.take();
}

QByteArray PayloadBuilder::standard(const Context &c) const
{
    Rng v(c.g.salt ^ 0x57a4da4d);
    Json j;
    j.obj().a("type", standardType(c.e.msg, v.chance(0.15))).a("timestamp", isoUtc(c.e.at, 3));
    j.key("data");
    nativeDonation(j, m_planner, c.g, c.e, 0, c.donor, c.campaign, c.idBits, true, c.community);
    j.end();
    return j.take();
}

// ---- Inqud -----------------------------------------------------------------------------------

QByteArray PayloadBuilder::inqud(const Context &c) const
{
    const Gift &g = c.g;
    Rng v(g.salt ^ 0x19a0d);
    const bool noPrice = !g.fixedPrice && v.chance(0.5);
    const bool numberPaid = v.chance(0.2);
    const bool withEmail = v.chance(0.4);
    const bool withName = v.chance(0.3);
    const auto status = InqudStatus(c.e.aux);
    const CurrencyInfo &pay = currencyInfo(g.payCurrency);
    const char *chain = g.payCurrency == Cur::BTC ? "BITCOIN"
        : g.payCurrency == Cur::ETH               ? "ETHEREUM"
        : (g.salt >> 3) % 3 == 0                  ? "ETHEREUM"
                                                  : "TRON";

    Int128 paid = 0;
    switch (status) {
    case InqudStatus::PartiallyPaid:
        paid = g.payUnits * Int128(40 + (g.salt >> 5) % 50) / 100;
        break;
    case InqudStatus::Completed:
        paid = g.payUnits;
        break;
    case InqudStatus::Overpaid:
        paid = g.payUnits + g.payUnits * Int128(1 + (g.salt >> 7) % 5) / 100;
        break;
    case InqudStatus::Conflict:
        paid = g.payUnits * 97 / 100;
        break;
    default:
        break;
    }
    // Nanoseconds, as Inqud prints them.
    auto time = [&](qint64 ms) {
        return isoUtc(ms, 9, qint64(mix(g.salt, quint64(ms)) % 1'000'000));
    };

    Json j;
    j.obj().a("id", "CCO-" + uuid(c.idBits, mix(c.idBits, 1)));
    j.a("projectId", "PRJ-000" + QByteArray::number(1 + g.campaign % 5))
        .s("projectName", c.campaign);
    if (g.fixedPrice)
        j.a("clientOrderId",
            "order-" + isoUtc(g.donatedAt).left(10) + '-' + QByteArray::number(c.serial % 10000));
    j.a("status", inqudStatusName(status));
    j.a("name", g.fixedPrice ? "Donation" : "Open donation");
    j.a("type", g.fixedPrice ? "FIXED_PRICE" : noPrice ? "NO_PRICE" : "SUGGESTED_FIXED_PRICE");
    if (g.fixedPrice) {
        j.key("fixedAmount").obj();
        if (g.dead == DeadLetter::TooManyDecimals)
            j.a("amount", "10.005");
        else
            j.a("amount", units(g.units, c.cur.scale));
        j.a("currency", c.cur.code).end();
    }
    j.a("createdAt", time(g.donatedAt)).a("expiresAt", time(g.donatedAt + Hour));
    // The payer picks the coin after the checkout is created.
    if (status != InqudStatus::New) {
        j.a("currency", pay.code).a("blockchain", chain);
        const QByteArray asked = noPrice ? QByteArray("0") : units(g.payUnits, pay.scale);
        j.a("requestAmount", asked).a("payAmount", asked);
        const QByteArray paidText = paid == 0 ? QByteArray("0") : units(paid, pay.scale);
        if (numberPaid && paid != 0)
            j.r("paidAmount", paidText);
        else
            j.a("paidAmount", paidText);
        j.b("overpaid", status == InqudStatus::Overpaid);
        if (paid != 0) {
            const QByteArray tx = hex(mix(c.idBits, 2), 16) + hex(mix(c.idBits, 3), 16)
                + hex(mix(c.idBits, 4), 16) + hex(mix(c.idBits, 5), 16);
            j.a("txHash",
                g.payCurrency == Cur::BTC || QByteArrayView(chain) == "TRON" ? tx : "0x" + tx);
        }
    }
    j.a("lastUpdatedAt", time(c.e.at));
    if (withEmail && !c.donor.email.isEmpty())
        j.s("customerEmail", c.donor.email);
    if (withName && !c.donor.name.isEmpty())
        j.s("customerName", c.donor.name);
    j.end();
    return j.take();
}

// ---- Givecloud -------------------------------------------------------------------------------

QByteArray PayloadBuilder::givecloud(const Context &c) const
{
    const Gift &g = c.g;
    Rng v(g.salt ^ 0x61c1);
    const bool currencyObject = v.chance(0.2);
    const bool stringAmounts = v.chance(0.3);
    const bool spacedTimes = v.chance(0.2);
    static const char *gateways[] = {"stripe", "stripe", "paypal", "authorizenet", "nmi"};
    const char *gateway = gateways[v.below(5)];
    static const char *sources[][2] = {{"newsletter", "email"}, {"facebook", "social"},
        {"google", "cpc"}, {"direct", "none"}, {"instagram", "social"}};
    const auto *source = sources[v.below(5)];
    const auto time = [&](qint64 ms) -> QByteArray {
        return spacedTimes ? QByteArray(spaced(ms) + " UTC") : isoUtc(ms, 6);
    };
    // Four decimals, as Givecloud prints stored amounts: "250.0000".
    const auto amountText = [&](Int128 u) {
        Int128 scaled = u;
        for (int k = c.cur.scale; k < 4; ++k)
            scaled *= 10;
        return units(scaled, 4);
    };

    Json j(true);
    const auto supporter = [&](const Person &p, quint64 id) {
        j.key("supporter").obj().a("id", givecloudId(id, 7777));
        j.s("display_name", v.chance(0.2) ? QString() : p.name);
        j.s("first_name", p.given).s("last_name", p.family);
        j.sOrNull("email", p.email).end();
    };

    if (c.e.msg == Msg::SupporterCreated) {
        j.obj().a("id", givecloudId(quint64(std::max(g.donor, 0)), 7777));
        j.s("display_name", c.donor.name).s("first_name", c.donor.given);
        j.s("last_name", c.donor.family).sOrNull("email", c.donor.email);
        j.a("created_at", isoUtc(c.e.at, 6)).a("updated_at", isoUtc(c.e.at, 6));
        j.a("lifetime_donation_amount", "0.0000").n("lifetime_donation_count", 0);
        j.a("sign_up_method", "checkout").end();
        return j.take();
    }

    const int count = c.e.msg == Msg::ContributionsPaid ? g.batch : 1;
    Int128 refunded = 0;
    if (c.e.msg == Msg::ContributionRefunded)
        refunded = c.e.aux == 1 ? g.refunded : g.units;

    if (count > 1)
        j.arr();
    for (int i = 0; i < count; ++i) {
        const Member m = m_planner.member(g, i);
        const Person p = i == 0 ? c.donor
            : m.donor >= 0      ? person(m_planner.seed(), m.donor, c.community)
                                : Person();
        const quint64 id = c.serial * 8 + quint64(i);
        const qint64 ordered = g.donatedAt + i * Second;
        j.obj().a("id", givecloudId(id, m_planner.seed()));
        j.a("contribution_number", hex(mix(c.idBits, quint64(i)), 10).toUpper());
        if (g.dead == DeadLetter::CurrencyName)
            j.a("currency", "Canadian Dollar");
        else if (currencyObject)
            j.key("currency").obj().a("iso_code", c.cur.code).end();
        else
            j.a("currency", c.cur.code);
        j.b("is_paid", true)
            .a("ordered_at", time(ordered))
            .a("created_at", time(ordered - 2 * Second));
        j.n("recurring_item_count", g.recurring ? 1 : 0);
        if (stringAmounts) {
            j.a("subtotal_amount", amountText(m.units)).a("total_amount", amountText(m.units));
            if (refunded)
                j.a("refunded_amount", amountText(refunded));
            else
                j.nul("refunded_amount");
        } else {
            j.r("subtotal_amount", trimmedUnits(m.units, c.cur.scale));
            j.r("total_amount", trimmedUnits(m.units, c.cur.scale));
            if (refunded)
                j.r("refunded_amount", trimmedUnits(refunded, c.cur.scale));
            else
                j.nul("refunded_amount");
        }
        if (refunded)
            j.a("refunded_at", time(c.e.at));
        else
            j.nul("refunded_at");
        j.s("http_referer",
            QStringLiteral("https://hopefoundation.givecloud.co/donate/")
                + (g.recurring ? QStringLiteral("monthly") : QStringLiteral("give")) + u'?'
                + QStringLiteral("utm_source=") + QLatin1String(source[0]));
        j.a("tracking_source", source[0]).a("tracking_medium", source[1]);
        j.s("tracking_campaign", c.campaign);
        if (!p.name.isEmpty())
            supporter(p, quint64(m.donor));
        j.key("line_items").arr().obj().a("id", givecloudId(id, 4242));
        j.b("is_recurring", g.recurring);
        j.s("payment_string",
            formattedAmount(m.units, c.cur) + u' ' + QLatin1String(c.cur.code)
                + (g.recurring ? QStringLiteral(" monthly") : QStringLiteral(" one-time")));
        j.aOrNull("recurring_description", g.recurring ? "Monthly" : "");
        j.r("total", trimmedUnits(m.units, c.cur.scale)).end().end();
        j.key("payments").arr().obj().a("id", givecloudId(id, 9191));
        j.a("status", refunded ? "refunded" : "succeeded");
        j.r("amount", trimmedUnits(m.units, c.cur.scale));
        j.r("amount_refunded", trimmedUnits(refunded, c.cur.scale));
        j.key("currency")
            .obj()
            .a("iso_code", c.cur.code)
            .s("symbol", QString::fromUtf8(c.cur.symbol))
            .end();
        j.a("captured_at", isoUtc(ordered + 3 * Second, 6)).a("gateway", gateway).end().end();
        j.sOrNull("email", p.email);
        j.end();
    }
    if (count > 1)
        j.end();
    return j.take();
}

// ---- NationBuilder ---------------------------------------------------------------------------

QByteArray PayloadBuilder::nationBuilder(const Context &c) const
{
    const Gift &g = c.g;
    Rng v(g.salt ^ 0x7a71);
    const bool legacy = c.ep.spec.flavor == EndpointSpec::Flavor::Legacy;
    const QTimeZone &zone = legacy ? m_toronto : m_eastern;
    const qint64 created = g.donatedAt - 5 * Second;
    const qint64 succeeded = c.e.msg == Msg::NbSucceeded ? c.e.at
        : c.e.msg == Msg::NbCanceled                     ? g.donatedAt
                                                         : 0;
    const qint64 failed = c.e.msg == Msg::NbFailed ? c.e.at : 0;
    const qint64 canceled = c.e.msg == Msg::NbCanceled ? c.e.at : 0;
    static const char *paymentTypes[] = {
        "Credit Card", "Credit Card", "Credit Card", "Check", "Cash", "ACH"};
    const char *paymentType = paymentTypes[v.below(6)];
    const QString token = QString::fromUtf8(c.ep.config.secret);
    const qint64 id = 10000 + qint64(c.serial);

    Json j;
    if (legacy) {
        const auto time = [&](qint64 ms) {
            return ms ? usLegacy(ms + offsetAt(zone, ms) * Second) : QByteArray();
        };
        j.obj().s("token", token).key("payload").obj().key("donation").obj();
        j.n("donation_nationbuilder_id", id);
        j.s("amount", formattedAmount(g.units, c.cur)).n("amount_in_cents", qint64(g.units));
        if (g.dead == DeadLetter::CurrencyName)
            j.a("currency", "US Dollar");
        else if (v.chance(0.5))
            j.a("currency", c.cur.code);
        else
            j.nul("currency");
        j.aOrNull("succeeded_at", time(succeeded)).aOrNull("failed_at", time(failed));
        j.aOrNull("canceled_at", time(canceled)).a("created_at", time(created));
        j.nul("page_slug").s("tracking_code_slug", c.campaign);
        j.a("payment_type_name", paymentType);
        j.aOrNull("check_number",
            QByteArrayView(paymentType) == "Check" ? QByteArray::number(1000 + c.serial % 9000)
                                                   : QByteArray());
        if (!c.donor.name.isEmpty()) {
            j.key("signup").obj().n("nationbuilder_id", 75000 + g.donor);
            j.s("first_name", c.donor.given).s("last_name", c.donor.family);
            j.sOrNull("full_name", v.chance(0.5) ? c.donor.name : QString());
            j.sOrNull("email1", c.donor.email).nul("email2").end();
        }
        j.end().end().end();
        return j.take();
    }

    const auto time = [&](qint64 ms) {
        return ms ? isoOffset(ms, offsetAt(zone, ms)) : QByteArray();
    };
    j.obj().a("nation_slug", "hopefoundation").key("payload").obj().key("donation").obj();
    j.n("id", id);
    if (g.dead == DeadLetter::AmbiguousAmount) {
        j.a("amount", "$1,500");
    } else {
        j.s("amount", formattedAmount(g.units, c.cur));
        j.n("amount_in_cents", qint64(g.units));
    }
    j.a("created_at", time(created)).a("updated_at", time(c.e.at));
    j.aOrNull("succeeded_at", time(succeeded)).aOrNull("failed_at", time(failed));
    j.aOrNull("canceled_at", time(canceled));
    if (!c.donor.name.isEmpty()) {
        j.key("donor").obj().n("id", 75000 + g.donor).s("first_name", c.donor.given);
        j.s("last_name", c.donor.family).sOrNull("email", c.donor.email).end();
        j.sOrNull("email", c.donor.email).s("first_name", c.donor.given);
        j.s("last_name", c.donor.family);
    }
    j.s("page_slug", c.campaign).aOrNull("tracking_code_slug", v.chance(0.3) ? "email-blast" : "");
    j.nul("recurring_donation_id").nul("pledge_id").a("payment_type_name", paymentType);
    j.b("is_private", v.chance(0.05)).end().end();
    j.s("token", token).n("version", 4).end();
    return j.take();
}

// ---- Donary ----------------------------------------------------------------------------------

QByteArray PayloadBuilder::donary(const Context &c) const
{
    const Gift &g = c.g;
    Rng v(g.salt ^ 0xd0a4);
    // .NET serializers differ between Donary's webhooks: camelCase, PascalCase, OrgGUID.
    const int casing = v.weighted(std::array {70, 20, 10});
    const bool localTimes = v.chance(0.5);
    const bool omitCurrency = g.currency == Cur::USD && v.chance(0.4);
    const bool lowerCode = v.chance(0.1);
    const bool numberAmount = v.chance(0.5);
    const bool arrays = v.chance(0.5);
    static const char *methods[] = {
        "Credit_Card", "Credit_Card", "ACH", "OJC", "Matbia", "Donors_Fund", "Pledger"};
    const char *method = methods[v.below(7)];
    static const char *reasons[] = {
        "General", "Gold Reason", "Building fund", "Yahrzeit", "Simcha"};
    const char *reason = reasons[v.below(5)];
    const quint64 paymentBase = 100000 + c.serial * 4;
    const QByteArray orgGuid =
        uuid(mix(m_planner.seed(), 0x0a6), mix(m_planner.seed(), 0x0a7), true);

    QByteArray keyBuffer;
    const auto k = [&](const char *name) -> const char * {
        if (casing == 0)
            return name;
        keyBuffer = QByteArray(name);
        keyBuffer[0] = char(QChar::toUpper(uchar(keyBuffer.at(0))));
        if (casing == 2 && keyBuffer == "OrgGuid")
            keyBuffer = "OrgGUID";
        return keyBuffer.constData();
    };
    const auto time = [&](Json &j, const char *key, qint64 ms) {
        if (localTimes)
            j.a(k(key), localT(ms + offsetAt(m_eastern, ms) * Second));
        else
            j.a(k(key), spaced(ms));
    };
    const auto zone = [&](Json &j) {
        if (localTimes)
            j.a(k("timezone"), "Eastern Standard Time");
    };
    const auto amount = [&](Json &j, const char *key, Int128 u) {
        if (numberAmount)
            j.r(k(key), trimmedUnits(u, c.cur.scale));
        else
            j.a(k(key), units(u, c.cur.scale));
    };
    const auto currency = [&](Json &j) {
        if (g.dead == DeadLetter::CurrencyName)
            j.a(k("currency"), "US Dollar");
        else if (!omitCurrency)
            j.a(k("currency"),
                lowerCode ? QByteArray(c.cur.code).toLower() : QByteArray(c.cur.code));
    };
    const auto info = [&](Json &j, const char *key, const char *numberKey, qint64 number,
                          const char *nameKey, const QString &name) {
        j.key(k(key));
        if (arrays)
            j.arr();
        j.obj().n(k(numberKey), number).s(k(nameKey), name).end();
        if (arrays)
            j.end();
    };
    const auto donor = [&](Json &j, bool asNew) {
        j.key(k("donorInfo")).obj().n(k("donorNumber"), 1'000'000 + std::max(g.donor, 0));
        if (!c.donor.name.isEmpty()) {
            if (asNew)
                j.key(k("newDonor")).obj();
            j.s(k("firstName"), c.donor.given).s(k("lastName"), c.donor.family);
            if (!c.donor.email.isEmpty())
                j.s(k("email"), c.donor.email);
            if (asNew)
                j.end();
        }
        j.end();
    };
    const Int128 installment = g.scheduleCount > 0 ? g.units / g.scheduleCount : g.units;

    Json j;
    j.obj().a(k("orgGuid"), orgGuid);
    switch (c.e.msg) {
    case Msg::DonaryVoid:
        j.a(k("paymentNumber"), QByteArray::number(paymentBase));
        j.a(k("paymentStatus"), "Voided");
        time(j, "statusDateTime", c.e.at);
        zone(j);
        break;
    case Msg::DonaryPledge:
        j.n(k("pledgeNumber"), 300 + qint64(c.serial));
        amount(j, "pledgeAmount", g.units);
        currency(j);
        time(j, "pledgeDate", g.donatedAt);
        zone(j);
        donor(j, true);
        j.key(k("reasonInfo")).obj().a(k("reasonName"), reason).end();
        info(
            j, "campaignInfo", "campaignNumber", 1000 + g.campaign % 6, "campaignName", c.campaign);
        break;
    case Msg::DonarySchedule: {
        static const char *frequencies[] = {"Monthly", "Monthly", "Monthly_Hebrew", "Weekly"};
        j.a(k("scheduleUniqueID"), uuid(c.idBits, mix(c.idBits, 9)));
        amount(j, "totalScheduleAmount", g.units);
        j.a(k("countOfSchedules"), QByteArray::number(g.scheduleCount));
        j.a(k("frequency"), frequencies[v.below(4)]);
        const qint64 start = g.firstPayment ? g.donatedAt : g.donatedAt + v.range(1, 60) * Day;
        j.a(k("scheduleStartDate"), spaced(start - start % Day));
        currency(j);
        time(j, "deviceDateTime", g.donatedAt);
        zone(j);
        donor(j, true);
        info(
            j, "campaignInfo", "campaignNumber", 1000 + g.campaign % 6, "campaignName", c.campaign);
        info(j, "reasonInfo", "reasonNumber", 1001 + g.campaign % 5, "reasonName",
            QString::fromLatin1(reason));
        info(j, "collectorInfo", "collectorNumber", 1234568, "collectorName",
            QStringLiteral("Front desk"));
        j.key(k("firstPayment"));
        if (!g.firstPayment) {
            j.null();
            break;
        }
        if (arrays)
            j.arr();
        j.obj();
        time(j, "processedDateTime", g.donatedAt - FirstPaymentLead);
        zone(j);
        amount(j, "amount", installment);
        j.a(k("paymentNumber"), QByteArray::number(paymentBase));
        j.a(k("paymentStatus"), "Success");
        j.a(k("gatewayRefNum"), "ch_" + alnum(mix(c.idBits, 11), 24, false));
        j.a(k("paymentMethod"), "Matbia").a(k("gatewayName"), "Matbia").a(k("brand"), "Matbia");
        j.a(k("last4Digits"), QByteArray::number(1000 + c.serial % 9000));
        j.a(k("deviceName"), "Kiosk 2").end();
        if (arrays)
            j.end();
        break;
    }
    default: {
        // A payment: on its own, a schedule's first payment sent again, or a later installment.
        const bool ofSchedule = g.scheduleCount > 0;
        const int installmentNo = c.e.aux;
        const qint64 at = installmentNo > 0 ? c.e.at
            : ofSchedule                    ? g.donatedAt - FirstPaymentLead
                                            : g.donatedAt;
        if (numberAmount)
            j.n(k("paymentNumber"), qint64(paymentBase) + installmentNo);
        else
            j.a(k("paymentNumber"), QByteArray::number(paymentBase + quint64(installmentNo)));
        amount(j, "amount", ofSchedule ? installment : g.units);
        currency(j);
        j.a(k("gatewayRefNum"),
            "pi_" + alnum(mix(c.idBits, 12 + quint64(installmentNo)), 24, false));
        j.a(k("paymentMethod"), ofSchedule ? "Matbia" : method);
        if (c.e.msg == Msg::DonaryDeclined)
            j.a(k("paymentStatus"), (g.salt >> 11) % 5 == 0 ? "Error" : "Declined");
        else if (v.chance(0.6))
            j.a(k("paymentStatus"), "Success");
        time(j, "processedDateTime", at);
        zone(j);
        if (!c.donor.name.isEmpty())
            j.s(k("cardHolderName"),
                v.chance(0.5) ? c.donor.name
                              : QString::fromLatin1(capitalized(c.donor.latinGiven) + ' '
                                  + capitalized(c.donor.latinFamily)));
        if (c.donor.name.isEmpty())
            j.a(k("isAnonymousDonation"), "true");
        else
            j.b(k("isAnonymousDonation"), false);
        info(
            j, "campaignInfo", "campaignNumber", 1000 + g.campaign % 6, "campaignName", c.campaign);
        j.key(k("reasonInfo")).obj().a(k("reasonName"), reason).end();
        donor(j, false);
        break;
    }
    }
    j.end();
    return j.take();
}

} // namespace DemoData
