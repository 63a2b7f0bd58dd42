#include "silencealarm.h"

#include <QRegularExpression>

#include <limits>

namespace {

// "8:00", "08:00"; "24:00" only as an end, read as midnight.
std::optional<QTime> parseClock(QStringView text, bool isEnd)
{
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto m = clock.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (isEnd && h == 24 && min == 0)
        return QTime(0, 0);
    if (h > 23 || min > 59)
        return std::nullopt;
    return QTime(h, min);
}

} // namespace

QString SilenceAlarm::windowText() const
{
    if (!hasWindow())
        return {};
    return windowFrom.toString(QStringLiteral("HH:mm")) + u'-'
        + windowTo.toString(QStringLiteral("HH:mm"));
}

std::optional<SilenceAlarm::Window> SilenceAlarm::parseWindow(QStringView text)
{
    const QString t = text.trimmed().toString();
    if (t.isEmpty())
        return Window {};
    QString normalized = t;
    normalized.replace(QChar(0x2013), u'-'); // en dash, as typographic text writes ranges
    const QStringList parts = normalized.split(u'-');
    if (parts.size() != 2)
        return std::nullopt;
    const auto from = parseClock(parts.at(0).trimmed(), false);
    const auto to = parseClock(parts.at(1).trimmed(), true);
    if (!from || !to)
        return std::nullopt;
    return Window {*from, *to};
}

std::optional<int> SilenceAlarm::parseDuration(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t.isEmpty() || t == u"0" || t == u"off" || t == u"none")
        return 0;
    // Each unit at most once, largest first; at most six digits each, so nothing overflows.
    static const QRegularExpression duration(
        QStringLiteral("^(?:(\\d{1,6})\\s*d)?\\s*(?:(\\d{1,6})\\s*h)?\\s*"
                       "(?:(\\d{1,6})\\s*m(?:in)?)?$"));
    const auto m = duration.match(t);
    if (!m.hasMatch() || (!m.hasCaptured(1) && !m.hasCaptured(2) && !m.hasCaptured(3)))
        return std::nullopt;
    const qint64 minutes = m.captured(1).toLongLong() * 24 * 60 + m.captured(2).toLongLong() * 60
        + m.captured(3).toLongLong();
    return int(qMin<qint64>(minutes, std::numeric_limits<int>::max()));
}

QString SilenceAlarm::durationText(int minutes)
{
    if (minutes <= 0)
        return {};
    QString out;
    if (const int days = minutes / (24 * 60); days > 0)
        out += QString::number(days) + u'd';
    if (const int hours = minutes / 60 % 24; hours > 0)
        out += QString::number(hours) + u'h';
    if (const int rest = minutes % 60; rest > 0)
        out += QString::number(rest) + u'm';
    return out;
}
