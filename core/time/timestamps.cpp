#include "timestamps.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <chrono>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Timestamps", text);
}

std::optional<QDateTime> build(
    int y, int mo, int d, int h, int mi, int s, int ms, const QTimeZone &zone)
{
    const QDate date(y, mo, d);
    const QTime time(h, mi, s, ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    QDateTime dt(date, time, zone);
    if (!dt.isValid())
        return std::nullopt;
    // ISO 8601 UTC, as stored and exported, has four-digit years: "0001-01-01 00:00" east of
    // UTC falls before year 1, and would export as an empty string.
    const QDateTime utc = dt.toUTC();
    if (utc.date().year() < 1 || utc.date().year() > 9999)
        return std::nullopt;
    return utc;
}

int fractionToMs(QStringView frac)
{
    if (frac.isEmpty())
        return 0;
    int ms = 0;
    for (int i = 0; i < 3; ++i)
        ms = ms * 10 + (i < frac.size() ? frac[i].unicode() - u'0' : 0);
    return ms; // digits beyond milliseconds are dropped, not rounded, so 59.9999 stays in its
               // second
}

// Whether a zone name is shaped like an IANA one ("America/Port-au-Prince", "Etc/GMT+12"):
// ASCII letters, digits, '_', '+' and '-' in '/'-separated parts. Anything else given to
// QTimeZone is read as a path under the zone database or as a POSIX TZ rule, and Qt 6.4's
// rule parser does not return on some rules ("EST5EDT,M3.2.0,M112.1.0").
bool looksLikeIanaName(QByteArrayView id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QByteArray &part : id.toByteArray().split('/')) {
        if (part.isEmpty())
            return false;
        for (char c : part) {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '+' || c == '-'))
                return false;
        }
    }
    return true;
}

} // namespace

namespace Timestamps {

std::optional<QDateTime> parse(QStringView text, const QTimeZone &zone, QString *error)
{
    const QString s = text.trimmed().toString();
    if (error)
        error->clear();
    if (s.isEmpty())
        return std::nullopt;

    auto fail = [&]() -> std::optional<QDateTime> {
        if (error)
            *error = tr("unrecognised date or time \"%1\"").arg(s);
        return std::nullopt;
    };

    static const QRegularExpression iso(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
        "\\s*(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?$"));
    if (const auto m = iso.match(s); m.hasMatch()) {
        QTimeZone tz = zone;
        const QString off = m.captured(8);
        if (!off.isEmpty()) {
            if (off == u"Z" || off == u"z" || off == u"UTC" || off == u"GMT") {
                tz = QTimeZone::utc();
            } else {
                const int sign = off[0] == u'-' ? -1 : 1;
                const QString digits = off.mid(1).remove(u':');
                const int hours = digits.left(2).toInt();
                const int minutes = digits.size() > 2 ? digits.mid(2, 2).toInt() : 0;
                if (hours > 18 || minutes > 59)
                    return fail();
                tz = QTimeZone(sign * (hours * 3600 + minutes * 60));
            }
        }
        const auto r = build(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
            m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(),
            fractionToMs(m.capturedView(7)), tz);
        return r ? r : fail();
    }

    // NationBuilder legacy: "05/30/2013 12:51 AM", "05/28/2013  3:37 PM", optionally seconds.
    static const QRegularExpression us(
        QStringLiteral("^(\\d{1,2})/(\\d{1,2})/"
                       "(\\d{4})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?)?$"));
    if (const auto m = us.match(s); m.hasMatch()) {
        int hour = m.captured(4).toInt();
        const QString ampm = m.captured(7).toUpper();
        if (!ampm.isEmpty()) {
            if (hour < 1 || hour > 12)
                return fail();
            if (ampm == u"AM")
                hour = hour == 12 ? 0 : hour;
            else
                hour = hour == 12 ? 12 : hour + 12;
        }
        const auto r = build(m.captured(3).toInt(), m.captured(1).toInt(), m.captured(2).toInt(),
            hour, m.captured(5).toInt(), m.captured(6).toInt(), 0, zone);
        return r ? r : fail();
    }

    // Unix time: 9-10 digits of seconds (1973 onwards; shorter numbers are more likely a year
    // or an id than a time), or 12-13 digits of milliseconds.
    static const QRegularExpression epoch(
        QStringLiteral("^(\\d{9,10}|\\d{12,13})(?:\\.(\\d{1,9}))?$"));
    if (const auto m = epoch.match(s); m.hasMatch()) {
        const qint64 whole = m.captured(1).toLongLong();
        if (m.captured(1).size() >= 12 && m.captured(2).isEmpty())
            return QDateTime::fromMSecsSinceEpoch(whole, QTimeZone::utc());
        if (m.captured(1).size() > 10)
            return fail();
        return QDateTime::fromMSecsSinceEpoch(
            whole * 1000 + fractionToMs(m.capturedView(2)), QTimeZone::utc());
    }
    return fail();
}

QTimeZone zoneFromName(QStringView name)
{
    const QByteArray id = name.trimmed().toUtf8();
    if (id.isEmpty())
        return {};
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return QTimeZone(id);
    // The system lists only zone.tab's zones as available, yet knows the Etc/ ones too, which
    // several Windows names map to ("Dateline Standard Time" -> "Etc/GMT+12"): construct and see.
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(id);
    if (!iana.isEmpty()) {
        if (const QTimeZone z(iana); z.isValid())
            return z;
    }
    // The name comes from the sender: never let it point outside the zone database, nor be
    // read as a rule.
    if (looksLikeIanaName(id)) {
        if (const QTimeZone z(id); z.isValid())
            return z;
    }
    return {};
}

QString toIsoUtc(const QDateTime &t)
{
    const QDateTime u = t.toUTC();
    return u.toString(u.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

namespace {

void appendDigits(QByteArray &out, int value, int width)
{
    char digits[8];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(digits, width);
}

} // namespace

void appendIsoUtc(QByteArray &out, qint64 ms)
{
    using namespace std::chrono;
    const sys_time<milliseconds> t {milliseconds {ms}};
    const sys_days day = floor<days>(t);
    const year_month_day date {day};
    const int y = int(date.year());
    if (y < 1 || y > 9999) {
        out += toIsoUtc(fromMs(ms)).toUtf8(); // Qt's rules there
        return;
    }
    const qint64 inDay = (t - day).count();
    appendDigits(out, y, 4);
    out += '-';
    appendDigits(out, int(unsigned(date.month())), 2);
    out += '-';
    appendDigits(out, int(unsigned(date.day())), 2);
    out += 'T';
    appendDigits(out, int(inDay / 3'600'000), 2);
    out += ':';
    appendDigits(out, int(inDay / 60'000 % 60), 2);
    out += ':';
    appendDigits(out, int(inDay / 1000 % 60), 2);
    if (inDay % 1000) {
        out += '.';
        appendDigits(out, int(inDay % 1000), 3);
    }
    out += 'Z';
}

} // namespace Timestamps
