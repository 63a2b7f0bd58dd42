#include "jsonfields.h"

#include <QCoreApplication>

namespace JsonFields {

namespace {

// Whether [p, end) is a JSON number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(const char *p, const char *end)
{
    auto digits = [&]() {
        const char *start = p;
        while (p < end && *p >= '0' && *p <= '9')
            ++p;
        return p - start;
    };
    if (p < end && *p == '-')
        ++p;
    if (p < end && *p == '0')
        ++p;
    else if (digits() == 0)
        return false;
    if (p < end && *p == '.') {
        ++p;
        if (digits() == 0)
            return false;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        if (digits() == 0)
            return false;
    }
    return p == end;
}

// Wraps every number token outside strings in quotes. The input need not be valid JSON: the
// real parser judges the result. A malformed number ("01", "1.2.3", "-", "1.") sets
// `badNumber` to its offset: Qt's parser would let some of them through.
QByteArray quoteNumbers(const QByteArray &in, qsizetype *badNumber)
{
    QByteArray out;
    out.reserve(in.size() + in.size() / 8 + 16);
    const char *p = in.constData();
    const char *end = p + in.size();
    while (p < end) {
        const char c = *p;
        if (c == '"') {
            const char *start = p++;
            while (p < end && *p != '"') {
                if (*p == '\\' && p + 1 < end)
                    ++p;
                ++p;
            }
            if (p < end)
                ++p;
            out.append(start, p - start);
        } else if (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')) {
            // Outside strings these only occur in numbers: "+1" and ".5" are malformed ones.
            const char *start = p;
            while (p < end
                && ((*p >= '0' && *p <= '9') || *p == '-' || *p == '+' || *p == '.' || *p == 'e'
                    || *p == 'E'))
                ++p;
            if (!isJsonNumber(start, p) && *badNumber < 0)
                *badNumber = start - in.constData();
            out.append('"');
            out.append(start, p - start);
            out.append('"');
        } else {
            out.append(c);
            ++p;
        }
    }
    return out;
}

} // namespace

QJsonDocument parseLossless(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    qsizetype badNumber = -1;
    const QJsonDocument doc = QJsonDocument::fromJson(quoteNumbers(json, &badNumber), &pe);
    if (badNumber < 0 && pe.error == QJsonParseError::NoError && !doc.isNull())
        return doc;
    // Report the first error against the bytes the sender wrote, not our rewritten copy.
    QJsonDocument::fromJson(json, &pe);
    if (error) {
        if (pe.error != QJsonParseError::NoError && (badNumber < 0 || pe.offset <= badNumber))
            *error = QCoreApplication::translate("JsonFields", "invalid JSON at byte %1: %2")
                         .arg(pe.offset)
                         .arg(pe.errorString());
        else if (badNumber >= 0)
            *error = QCoreApplication::translate(
                "JsonFields", "invalid JSON at byte %1: malformed number")
                         .arg(badNumber);
        else
            *error =
                QCoreApplication::translate("JsonFields", "body is not a JSON object or array");
    }
    return {};
}

bool isAbsent(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().trimmed().isEmpty());
}

QString text(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString().trimmed();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        // Range first: converting a double beyond qint64 (or NaN) to an integer is undefined.
        if (qAbs(d) < 9.0e15 && d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

std::optional<Decimal> decimal(const QJsonValue &v, QString *error)
{
    if (isAbsent(v))
        return std::nullopt;
    if (!v.isString() && !v.isDouble()) {
        if (error)
            *error = QCoreApplication::translate("JsonFields", "expected a number");
        return std::nullopt;
    }
    return Decimal::parse(text(v), error);
}

std::optional<qint64> integer(const QJsonValue &v)
{
    if (isAbsent(v))
        return std::nullopt;
    const auto d = Decimal::parse(text(v));
    if (!d)
        return std::nullopt;
    const auto units = d->toUnits(0);
    if (!units || *units > std::numeric_limits<qint64>::max()
        || *units < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return qint64(*units);
}

bool boolean(const QJsonValue &v, bool fallback)
{
    if (v.isBool())
        return v.toBool();
    const QString t = text(v).toLower();
    if (t == u"true" || t == u"1" || t == u"yes")
        return true;
    if (t == u"false" || t == u"0" || t == u"no")
        return false;
    return fallback;
}

QJsonObject object(const QJsonValue &v)
{
    if (v.isObject())
        return v.toObject();
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray()) {
            if (e.isObject())
                return e.toObject();
        }
    }
    return {};
}

QJsonArray array(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray();
    if (v.isObject())
        return QJsonArray {v};
    return {};
}

QJsonValue first(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (!isAbsent(v))
            return v;
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonValue at(const QJsonObject &o, std::initializer_list<const char *> path)
{
    QJsonValue cur(o);
    for (const char *k : path) {
        const QJsonObject obj = object(cur);
        if (obj.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        cur = obj.value(QLatin1String(k));
    }
    return cur;
}

QJsonValue lowerKeys(const QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject in = v.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            const QString key = it.key().toLower();
            // When two spellings collide keep the one that carries a value.
            if (out.contains(key) && isAbsent(it.value()))
                continue;
            out.insert(key, lowerKeys(it.value()));
        }
        return out;
    }
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray())
            out.append(lowerKeys(e));
        return out;
    }
    return v;
}

} // namespace JsonFields
