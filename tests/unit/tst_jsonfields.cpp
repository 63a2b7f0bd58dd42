#include "json/jsonfields.h"

#include <QtTest>

using namespace JsonFields;

namespace {

QJsonValue undefined()
{
    return QJsonValue(QJsonValue::Undefined);
}

QJsonObject parseObject(const QByteArray &json)
{
    QString error;
    const QJsonDocument doc = parseLossless(json, &error);
    if (!doc.isObject())
        qFatal("test JSON did not parse: %s", qPrintable(error));
    return doc.object();
}

} // namespace

class JsonFieldsTest : public QObject
{
    Q_OBJECT

private slots:
    void parseLosslessKeepsNumberText_data();
    void parseLosslessKeepsNumberText();
    void parseLosslessLeavesStringsAlone();
    void parseLosslessTopLevelArray();
    void parseLosslessRejects_data();
    void parseLosslessRejects();
    void parseLosslessErrorOffset();
    void isAbsent_data();
    void isAbsent();
    void text_data();
    void text();
    void decimal_data();
    void decimal();
    void integer_data();
    void integer();
    void boolean_data();
    void boolean();
    void objectLenient();
    void arrayLenient();
    void firstSkipsAbsent();
    void atWalksObjectsAndArrays();
    void lowerKeys();
    void lowerKeysCollisionKeepsValue_data();
    void lowerKeysCollisionKeepsValue();
};

void JsonFieldsTest::parseLosslessKeepsNumberText_data()
{
    QTest::addColumn<QByteArray>("number");

    QTest::newRow("trailing zeros") << QByteArray("0.000123450000000000");
    QTest::newRow("beyond double precision") << QByteArray("12345678901234567890.123");
    QTest::newRow("ETH amount") << QByteArray("12.345678901234567891");
    QTest::newRow("beyond 2^53") << QByteArray("9007199254740993");
    QTest::newRow("Standard Webhooks vector") << QByteArray("2432232314");
    QTest::newRow("negative") << QByteArray("-20.20");
    QTest::newRow("negative zero") << QByteArray("-0");
    QTest::newRow("exponent") << QByteArray("1.5e-7");
    QTest::newRow("upper exponent with sign") << QByteArray("2E+10");
    QTest::newRow("beyond double range") << QByteArray("1e999");
    QTest::newRow("zero") << QByteArray("0");
}

void JsonFieldsTest::parseLosslessKeepsNumberText()
{
    QFETCH(QByteArray, number);

    const QByteArray json = "{\"a\": " + number + ", \"list\": [" + number + ", {\"deep\":" + number
        + "}], \"s\": \"x\"}";
    QString error;
    const QJsonDocument doc = parseLossless(json, &error);
    QVERIFY2(doc.isObject(), qPrintable(error));
    const QJsonObject o = doc.object();
    const QString expected = QString::fromLatin1(number);
    QVERIFY(o.value(u"a").isString());
    QCOMPARE(o.value(u"a").toString(), expected);
    QCOMPARE(o.value(u"list").toArray().at(0).toString(), expected);
    QCOMPARE(o.value(u"list").toArray().at(1).toObject().value(u"deep").toString(), expected);
    QCOMPARE(o.value(u"s").toString(), QStringLiteral("x"));
}

void JsonFieldsTest::parseLosslessLeavesStringsAlone()
{
    // Digits inside strings, escaped quotes, \/ and \u escapes as PHP writes them.
    const QByteArray json =
        R"({"12": "1.50", "q": "say \"3.0\" twice", "url": "https:\/\/x.example\/a\/1",)"
        R"( "he": "\u05e9\u05e8\u05d4", "emoji": "\ud83c\udf3b", "t": true, "f": false,)"
        R"( "n": null, "neg": "-1"})";
    QString error;
    const QJsonDocument doc = parseLossless(json, &error);
    QVERIFY2(doc.isObject(), qPrintable(error));
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(u"12").toString(), QStringLiteral("1.50"));
    QCOMPARE(o.value(u"q").toString(), QStringLiteral("say \"3.0\" twice"));
    QCOMPARE(o.value(u"url").toString(), QStringLiteral("https://x.example/a/1"));
    QCOMPARE(o.value(u"he").toString(), QStringLiteral("\u05e9\u05e8\u05d4"));
    QCOMPARE(o.value(u"emoji").toString(), QStringLiteral("\U0001F33B"));
    QCOMPARE(o.value(u"t"), QJsonValue(true));
    QCOMPARE(o.value(u"f"), QJsonValue(false));
    QVERIFY(o.value(u"n").isNull());
    QCOMPARE(o.value(u"neg").toString(), QStringLiteral("-1"));
}

void JsonFieldsTest::parseLosslessTopLevelArray()
{
    QString error;
    const QJsonDocument doc = parseLossless("[1, 2.50, {\"x\": -3}]", &error);
    QVERIFY2(doc.isArray(), qPrintable(error));
    const QJsonArray a = doc.array();
    QCOMPARE(a.size(), 3);
    QCOMPARE(a.at(1).toString(), QStringLiteral("2.50"));
    QCOMPARE(a.at(2).toObject().value(u"x").toString(), QStringLiteral("-3"));
}

void JsonFieldsTest::parseLosslessRejects_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("amount=5&currency=USD");
    QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})");
    QTest::newRow("unterminated") << QByteArray(R"({"a": "x")");
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})");
    QTest::newRow("single quotes") << QByteArray(R"({'a': 1})");
    QTest::newRow("top-level number") << QByteArray("42");
    QTest::newRow("top-level string") << QByteArray(R"("x")");
    // Malformed numbers are JSON errors, not strings to be read later.
    QTest::newRow("leading zero") << QByteArray(R"({"a":01})");
    QTest::newRow("two points") << QByteArray(R"({"amount": 1.2.3})");
    QTest::newRow("bare minus") << QByteArray(R"({"a":-})");
    QTest::newRow("no integer part") << QByteArray(R"({"a":.5})");
    QTest::newRow("no fraction digits") << QByteArray(R"({"a":1.})");
    QTest::newRow("plus sign") << QByteArray(R"({"a":+1})");
    QTest::newRow("empty exponent") << QByteArray(R"({"a":1e})");
    QTest::newRow("double minus") << QByteArray(R"({"a":--1})");
    QTest::newRow("minus inside") << QByteArray(R"({"a":1-2})");
    QTest::newRow("in an array") << QByteArray("[1, 02]");
}

void JsonFieldsTest::parseLosslessRejects()
{
    QFETCH(QByteArray, json);

    QString error;
    const QJsonDocument doc = parseLossless(json, &error);
    QVERIFY(doc.isNull());
    QVERIFY2(error.contains(u"invalid JSON at byte "), qPrintable(error));
}

void JsonFieldsTest::parseLosslessErrorOffset()
{
    // The offset is in the sender's bytes, not in our rewritten copy (which quotes numbers and
    // so is longer).
    QString error;
    QVERIFY(parseLossless(R"({"amount": 12345, "currency": "USD",})", &error).isNull());
    QVERIFY2(error.contains(u"at byte 37"), qPrintable(error));

    QVERIFY(parseLossless(R"({"a":1,})", &error).isNull());
    QVERIFY2(error.contains(u"at byte 8"), qPrintable(error));

    // A malformed number is reported where it starts.
    QVERIFY(parseLossless(R"({"a":01})", &error).isNull());
    QVERIFY2(error.contains(u"at byte 5: malformed number"), qPrintable(error));
    QVERIFY(parseLossless(R"({"amount": 1.2.3})", &error).isNull());
    QVERIFY2(error.contains(u"at byte 11: malformed number"), qPrintable(error));
    QVERIFY(parseLossless(R"({"a":1.})", &error).isNull());
    QVERIFY2(error.contains(u"at byte 5: malformed number"), qPrintable(error));
    // The first error wins: here the missing colon comes before the bad number.
    QVERIFY(parseLossless(R"({"a" 1, "b": 01})", &error).isNull());
    QVERIFY2(!error.contains(u"malformed number"), qPrintable(error));
    QVERIFY2(error.contains(u"invalid JSON at byte "), qPrintable(error));
}

void JsonFieldsTest::isAbsent_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("absent");

    QTest::newRow("null") << QJsonValue() << true;
    QTest::newRow("undefined") << undefined() << true;
    QTest::newRow("empty string") << QJsonValue(QStringLiteral("")) << true;
    QTest::newRow("blank string") << QJsonValue(QStringLiteral("  \t")) << true;
    QTest::newRow("zero string") << QJsonValue(QStringLiteral("0")) << false;
    QTest::newRow("zero") << QJsonValue(0) << false;
    QTest::newRow("false") << QJsonValue(false) << false;
    QTest::newRow("empty object") << QJsonValue(QJsonObject()) << false;
    QTest::newRow("empty array") << QJsonValue(QJsonArray()) << false;
    QTest::newRow("the word null") << QJsonValue(QStringLiteral("null")) << false;
}

void JsonFieldsTest::isAbsent()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, absent);
    QCOMPARE(JsonFields::isAbsent(value), absent);
}

void JsonFieldsTest::text_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("text");

    QTest::newRow("string trimmed")
        << QJsonValue(QStringLiteral("  Hilma Hill \n")) << "Hilma Hill";
    QTest::newRow("unicode kept") << QJsonValue(
        QStringLiteral("\u05e9\u05c2\u05b8\u05e8\u05b8\u05d4"))
                                  << QStringLiteral("\u05e9\u05c2\u05b8\u05e8\u05b8\u05d4");
    QTest::newRow("whole double") << QJsonValue(2020.0) << "2020";
    QTest::newRow("negative whole double") << QJsonValue(-7.0) << "-7";
    QTest::newRow("fractional double") << QJsonValue(20.2) << "20.2";
    QTest::newRow("large id") << QJsonValue(double(Q_INT64_C(1234567890123))) << "1234567890123";
    QTest::newRow("huge double") << QJsonValue(1e20) << "1e+20";
    QTest::newRow("true") << QJsonValue(true) << "true";
    QTest::newRow("false") << QJsonValue(false) << "false";
    QTest::newRow("null") << QJsonValue() << "";
    QTest::newRow("object") << QJsonValue(QJsonObject {{QStringLiteral("a"), 1}}) << "";
    QTest::newRow("array") << QJsonValue(QJsonArray {1}) << "";
}

void JsonFieldsTest::text()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, text);
    QCOMPARE(JsonFields::text(value), text);
}

void JsonFieldsTest::decimal_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("result"); // shortest text, or "none"
    QTest::addColumn<QString>("error"); // fragment; empty: no error

    QTest::newRow("string") << QJsonValue(QStringLiteral("20.20")) << "20.2"
                            << "";
    QTest::newRow("lossless number text")
        << QJsonValue(QStringLiteral("12.345678901234567891")) << "12.345678901234567891"
        << "";
    QTest::newRow("double") << QJsonValue(20.5) << "20.5"
                            << "";
    QTest::newRow("whole double") << QJsonValue(9.0) << "9"
                                  << "";
    QTest::newRow("padded string") << QJsonValue(QStringLiteral(" 5 ")) << "5"
                                   << "";
    QTest::newRow("empty string is absent") << QJsonValue(QStringLiteral("")) << "none"
                                            << "";
    QTest::newRow("null is absent") << QJsonValue() << "none"
                                    << "";
    QTest::newRow("undefined is absent") << undefined() << "none"
                                         << "";
    QTest::newRow("bool") << QJsonValue(true) << "none"
                          << "expected a number";
    QTest::newRow("object") << QJsonValue(QJsonObject {{QStringLiteral("amount"), 5}}) << "none"
                            << "expected a number";
    QTest::newRow("array") << QJsonValue(QJsonArray {5}) << "none"
                           << "expected a number";
    QTest::newRow("formatted") << QJsonValue(QStringLiteral("$20.20")) << "none"
                               << "is not a decimal number";
}

void JsonFieldsTest::decimal()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, result);
    QFETCH(QString, error);

    QString why;
    const auto d = JsonFields::decimal(value, &why);
    QCOMPARE(d ? d->toString() : QStringLiteral("none"), result);
    if (error.isEmpty())
        QVERIFY2(why.isEmpty(), qPrintable(why));
    else
        QVERIFY2(why.contains(error), qPrintable(why));
}

void JsonFieldsTest::integer_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("result"); // or "none"

    QTest::newRow("string") << QJsonValue(QStringLiteral("42")) << "42";
    QTest::newRow("double") << QJsonValue(7.0) << "7";
    QTest::newRow("whole with zero fraction") << QJsonValue(QStringLiteral("42.00")) << "42";
    QTest::newRow("exponent") << QJsonValue(QStringLiteral("1e3")) << "1000";
    QTest::newRow("negative") << QJsonValue(QStringLiteral("-3")) << "-3";
    QTest::newRow("qint64 max") << QJsonValue(QStringLiteral("9223372036854775807"))
                                << "9223372036854775807";
    QTest::newRow("qint64 min") << QJsonValue(QStringLiteral("-9223372036854775808"))
                                << "-9223372036854775808";
    QTest::newRow("beyond qint64") << QJsonValue(QStringLiteral("9223372036854775808")) << "none";
    QTest::newRow("fraction") << QJsonValue(QStringLiteral("42.5")) << "none";
    QTest::newRow("word") << QJsonValue(QStringLiteral("ninety")) << "none";
    QTest::newRow("empty") << QJsonValue(QStringLiteral("")) << "none";
    QTest::newRow("null") << QJsonValue() << "none";
    QTest::newRow("bool") << QJsonValue(true) << "none";
}

void JsonFieldsTest::integer()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, result);
    const auto i = JsonFields::integer(value);
    QCOMPARE(i ? QString::number(*i) : QStringLiteral("none"), result);
}

void JsonFieldsTest::boolean_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("fallback");
    QTest::addColumn<bool>("result");

    for (const bool fallback : {false, true}) {
        const char *f = fallback ? "fallback true" : "fallback false";
        QTest::addRow("true (%s)", f) << QJsonValue(true) << fallback << true;
        QTest::addRow("false (%s)", f) << QJsonValue(false) << fallback << false;
        QTest::addRow("\"true\" (%s)", f) << QJsonValue(QStringLiteral("true")) << fallback << true;
        QTest::addRow("\"TRUE\" (%s)", f) << QJsonValue(QStringLiteral("TRUE")) << fallback << true;
        QTest::addRow("\"Yes\" (%s)", f) << QJsonValue(QStringLiteral("Yes")) << fallback << true;
        QTest::addRow("\"1\" (%s)", f) << QJsonValue(QStringLiteral("1")) << fallback << true;
        QTest::addRow("1 (%s)", f) << QJsonValue(1) << fallback << true;
        QTest::addRow("\"false\" (%s)", f)
            << QJsonValue(QStringLiteral("false")) << fallback << false;
        QTest::addRow("\"no\" (%s)", f) << QJsonValue(QStringLiteral("no")) << fallback << false;
        QTest::addRow("\"0\" (%s)", f) << QJsonValue(QStringLiteral("0")) << fallback << false;
        QTest::addRow("0 (%s)", f) << QJsonValue(0) << fallback << false;
        QTest::addRow("\"maybe\" (%s)", f)
            << QJsonValue(QStringLiteral("maybe")) << fallback << fallback;
        QTest::addRow("\"\" (%s)", f) << QJsonValue(QStringLiteral("")) << fallback << fallback;
        QTest::addRow("null (%s)", f) << QJsonValue() << fallback << fallback;
        QTest::addRow("2 (%s)", f) << QJsonValue(2) << fallback << fallback;
        QTest::addRow("object (%s)", f) << QJsonValue(QJsonObject()) << fallback << fallback;
    }
}

void JsonFieldsTest::boolean()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, fallback);
    QFETCH(bool, result);
    QCOMPARE(JsonFields::boolean(value, fallback), result);
}

void JsonFieldsTest::objectLenient()
{
    const QJsonObject o = parseObject(R"({"obj": {"a": 1}, "arr": [1, "x", {"b": 2}, {"c": 3}],)"
                                      R"( "scalars": [1, 2], "s": "x", "n": null})");
    QCOMPARE(object(o.value(u"obj")).value(u"a").toString(), QStringLiteral("1"));
    // An array where an object was expected: its first object.
    QCOMPARE(object(o.value(u"arr")).value(u"b").toString(), QStringLiteral("2"));
    QVERIFY(object(o.value(u"scalars")).isEmpty());
    QVERIFY(object(o.value(u"s")).isEmpty());
    QVERIFY(object(o.value(u"n")).isEmpty());
    QVERIFY(object(o.value(u"missing")).isEmpty());
}

void JsonFieldsTest::arrayLenient()
{
    const QJsonObject o = parseObject(R"({"arr": [1, 2], "obj": {"a": 1}, "s": "x", "n": null})");
    QCOMPARE(array(o.value(u"arr")).size(), 2);
    // An object where an array was expected: wrapped.
    const QJsonArray wrapped = array(o.value(u"obj"));
    QCOMPARE(wrapped.size(), 1);
    QCOMPARE(wrapped.at(0).toObject().value(u"a").toString(), QStringLiteral("1"));
    QVERIFY(array(o.value(u"s")).isEmpty());
    QVERIFY(array(o.value(u"n")).isEmpty());
    QVERIFY(array(o.value(u"missing")).isEmpty());
}

void JsonFieldsTest::firstSkipsAbsent()
{
    const QJsonObject o = parseObject(R"({"a": "", "b": null, "c": " ", "d": 0, "e": "later"})");
    QCOMPARE(first(o, {"a", "b", "c", "d", "e"}).toString(), QStringLiteral("0"));
    QCOMPARE(first(o, {"missing", "e"}).toString(), QStringLiteral("later"));
    QVERIFY(first(o, {"a", "b", "c", "missing"}).isUndefined());
    QVERIFY(first(o, {}).isUndefined());
}

void JsonFieldsTest::atWalksObjectsAndArrays()
{
    const QJsonObject o = parseObject(
        R"({"payload": {"donation": {"id": 87}}, "list": [{"donation": {"id": 88}}], "s": "x"})");
    QCOMPARE(at(o, {"payload", "donation", "id"}).toString(), QStringLiteral("87"));
    QCOMPARE(at(o, {"list", "donation", "id"}).toString(), QStringLiteral("88"));
    QVERIFY(at(o, {"payload", "missing", "id"}).isUndefined());
    QVERIFY(at(o, {"s", "x"}).isUndefined());
    QVERIFY(at(o, {"payload", "donation", "id", "deeper"}).isUndefined());
    QCOMPARE(at(o, {}).toObject(), o);
}

void JsonFieldsTest::lowerKeys()
{
    const QJsonObject o =
        parseObject(R"({"OrgGUID": "F987-AB", "DonorInfo": {"NewDonor": )"
                    R"({"FirstName": "Test"}}, "CampaignInfo": [{"CampaignName": )"
                    R"("Gold Page"}], "Amount": 100})");
    const QJsonObject l = JsonFields::lowerKeys(o).toObject();
    QCOMPARE(l.keys(),
        (QStringList {QStringLiteral("amount"), QStringLiteral("campaigninfo"),
            QStringLiteral("donorinfo"), QStringLiteral("orgguid")}));
    // Values keep their case; nested objects, also inside arrays, are lowered too.
    QCOMPARE(l.value(u"orgguid").toString(), QStringLiteral("F987-AB"));
    QCOMPARE(at(l, {"donorinfo", "newdonor", "firstname"}).toString(), QStringLiteral("Test"));
    QCOMPARE(at(l, {"campaigninfo", "campaignname"}).toString(), QStringLiteral("Gold Page"));
    QCOMPARE(l.value(u"amount").toString(), QStringLiteral("100"));
    // Scalars pass through.
    QCOMPARE(JsonFields::lowerKeys(QJsonValue(QStringLiteral("MiXeD"))).toString(),
        QStringLiteral("MiXeD"));
}

void JsonFieldsTest::lowerKeysCollisionKeepsValue_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("first empty") << QByteArray(R"({"OrgGUID": "", "orgGuid": "abc"})");
    QTest::newRow("second empty") << QByteArray(R"({"OrgGUID": "abc", "orgGuid": ""})");
    QTest::newRow("null and value") << QByteArray(R"({"ORGGUID": null, "orgGuid": "abc"})");
    QTest::newRow("value and null") << QByteArray(R"({"ORGGUID": "abc", "orgGuid": null})");
    QTest::newRow("three spellings")
        << QByteArray(R"({"ORGGUID": "", "OrgGUID": "abc", "orgGuid": null})");
}

void JsonFieldsTest::lowerKeysCollisionKeepsValue()
{
    QFETCH(QByteArray, json);
    const QJsonObject l = JsonFields::lowerKeys(parseObject(json)).toObject();
    QCOMPARE(l.size(), 1);
    QCOMPARE(l.value(u"orgguid").toString(), QStringLiteral("abc"));
}

QTEST_APPLESS_MAIN(JsonFieldsTest)
#include "tst_jsonfields.moc"
