#pragma once

#include "money/decimal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <initializer_list>
#include <optional>

// JSON as the providers really send it.
namespace JsonFields {

// Parses like QJsonDocument::fromJson, except that every number arrives as a string holding its
// exact source text ("0.000123450000000000", "2020"): amounts never pass through a double.
// On failure returns a null document and a message naming the offset.
QJsonDocument parseLossless(const QByteArray &json, QString *error);

// Lenient field readers. `""` and null read as absent; numbers and strings are interchangeable.
QString text(const QJsonValue &v);
std::optional<Decimal> decimal(const QJsonValue &v, QString *error = nullptr);
std::optional<qint64> integer(const QJsonValue &v);
// true/false, "true"/"false", 1/0, "1"/"0", "yes"/"no"; `fallback` otherwise.
bool boolean(const QJsonValue &v, bool fallback = false);
// An object; an array's first object when an object was expected.
QJsonObject object(const QJsonValue &v);
// An array; a lone object wrapped in an array when an array was expected.
QJsonArray array(const QJsonValue &v);
bool isAbsent(const QJsonValue &v);

// The first of several keys that is present and not absent.
QJsonValue first(const QJsonObject &o, std::initializer_list<const char *> keys);
// Nested lookup: at(o, {"payload", "donation"}).
QJsonValue at(const QJsonObject &o, std::initializer_list<const char *> path);

// A copy whose object keys are all lower-case, recursively (for providers whose key casing
// varies: OrgGUID / orgGuid).
QJsonValue lowerKeys(const QJsonValue &v);

} // namespace JsonFields
