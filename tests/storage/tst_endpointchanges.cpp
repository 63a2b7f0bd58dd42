#include "providers/provideradapter.h"
#include "storage/endpointchanges.h"

#include <QRegularExpression>
#include <QtTest>

namespace {

const ProviderAdapter &provider(const char *id)
{
    const ProviderAdapter *adapter = Providers::find(QString::fromLatin1(id));
    if (!adapter)
        qFatal("no provider %s", id);
    return *adapter;
}

EndpointConfig existing(const char *providerId)
{
    EndpointConfig e;
    e.id = 7;
    e.name = QStringLiteral("Existing");
    e.provider = QLatin1String(providerId);
    e.token = "existing-token";
    e.secret = provider(providerId).generateSecret();
    if (provider(providerId).needsCurrency())
        e.currency = QStringLiteral("EUR");
    e.recordPolicy = RecordPolicy::delay(14);
    return e;
}

EndpointChanges named(const QString &name)
{
    EndpointChanges c;
    c.name = name;
    return c;
}

bool matches(const char *pattern, const QByteArray &text)
{
    return QRegularExpression(QLatin1String(pattern)).match(QString::fromLatin1(text)).hasMatch();
}

} // namespace

// The rules for endpoint settings shared by the command line and the desktop: what each
// change does, what is refused, and how a refusal names its setting for each of them.
class EndpointChangesTest : public QObject
{
    Q_OBJECT

private slots:
    void addingGeneratesTheProvidersSecret_data();
    void addingGeneratesTheProvidersSecret();
    void addingNeedsAName_data();
    void addingNeedsAName();
    void givenSecretIsTrimmed();
    void secretRules_data();
    void secretRules();
    void newSecretReplacesTheSecret();
    void currencyIsNormalizedOrRefused();
    void currencyRequiredWhereThePayloadHasNone();
    void eventRules_data();
    void eventRules();
    void timezone();
    void allowList();
    void recordPolicy_data();
    void recordPolicy();
    void renameOnUpdate_data();
    void renameOnUpdate();
    void newTokenAndEnabled();
    void silenceAlarm_data();
    void silenceAlarm();
    void silenceAlarmPartsChangeAlone();
    void refusalChangesNothing();
    void refusalNamesTheSettingForBothInterfaces();
    void firstRefusalWins();
};

void EndpointChangesTest::addingGeneratesTheProvidersSecret_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("pattern"); // empty: no secret
    QTest::newRow("changeup") << "changeup" << QString();
    QTest::newRow("donary") << "donary" << QString();
    QTest::newRow("nationbuilder") << "nationbuilder" << QString();
    QTest::newRow("inqud") << "inqud"
                           << "^[0-9a-f]{64}$";
    QTest::newRow("givecloud") << "givecloud"
                               << "^[0-9a-f]{64}$";
    QTest::newRow("standard") << "standard"
                              << "^whsec_[A-Za-z0-9+/]{32,}={0,2}$";
}

void EndpointChangesTest::addingGeneratesTheProvidersSecret()
{
    QFETCH(QString, provider);
    QFETCH(QString, pattern);
    const ProviderAdapter *adapter = Providers::find(provider);
    EndpointConfig e;
    e.provider = provider;
    EndpointChanges c = named(QStringLiteral("  Spring appeal  "));
    if (adapter->needsCurrency())
        c.currency = QStringLiteral("usd");
    QCOMPARE(applyEndpointChanges(e, c, *adapter, true), QString());
    QCOMPARE(e.name, QStringLiteral("Spring appeal"));
    if (pattern.isEmpty())
        QVERIFY(e.secret.isEmpty());
    else
        QVERIFY2(matches(pattern.toLatin1().constData(), e.secret), e.secret.constData());
    // Nothing else is invented: the defaults stay.
    QCOMPARE(e.recordPolicy, RecordPolicy::delay(0));
    QVERIFY(e.enabled);
    QVERIFY(e.token.isEmpty()); // the store makes the token when it inserts
}

void EndpointChangesTest::addingNeedsAName_data()
{
    QTest::addColumn<std::optional<QString>>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("absent") << std::optional<QString>() << "--name is required";
    QTest::newRow("blank") << std::optional<QString>(QStringLiteral("   ")) << "--name is required";
    QTest::newRow("101 characters")
        << std::optional<QString>(QString(101, u'x')) << "--name: at most 100 characters";
}

void EndpointChangesTest::addingNeedsAName()
{
    QFETCH(std::optional<QString>, name);
    QFETCH(QString, message);
    EndpointConfig e;
    e.provider = QStringLiteral("changeup");
    EndpointChanges c;
    c.name = name;
    EndpointChangeError error;
    QCOMPARE(applyEndpointChanges(e, c, provider("changeup"), true, &error), message);
    QCOMPARE(error.setting, QStringLiteral("name"));
    QCOMPARE(error.message, message);

    EndpointChanges hundred = named(QString(100, u'é'));
    QCOMPARE(applyEndpointChanges(e, hundred, provider("changeup"), true), QString());
}

void EndpointChangesTest::givenSecretIsTrimmed()
{
    EndpointConfig e;
    e.provider = QStringLiteral("nationbuilder");
    EndpointChanges c = named(QStringLiteral("Nation"));
    c.secret = QStringLiteral("  nb-token \n");
    c.currency = QStringLiteral("usd");
    QCOMPARE(applyEndpointChanges(e, c, provider("nationbuilder"), true), QString());
    QCOMPARE(e.secret, QByteArray("nb-token"));
    QCOMPARE(e.currency, QStringLiteral("USD"));
}

void EndpointChangesTest::secretRules_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<bool>("adding");
    QTest::addColumn<std::optional<QString>>("secret");
    QTest::addColumn<bool>("noSecret");
    QTest::addColumn<QString>("message"); // empty: accepted
    const std::optional<QString> none;
    const std::optional<QString> given(QStringLiteral("s3cret"));

    QTest::newRow("donary has no secret") << "donary" << true << given << false
                                          << "--secret: Donary does not sign its webhooks; the "
                                             "URL is the secret (use --allow-from to restrict "
                                             "senders)";
    QTest::newRow("empty secret") << "inqud" << false << std::optional<QString>(QStringLiteral(" "))
                                  << false << "--secret: empty; use --no-secret for none";
    QTest::newRow("both") << "inqud" << false << given << true
                          << "use either --secret or --no-secret";
    QTest::newRow("standard cannot go without")
        << "standard" << true << none << true
        << "--no-secret: Standard Webhooks (signed) endpoints check every request's signature and "
           "cannot work without a secret";
    QTest::newRow("standard update cannot go without")
        << "standard" << false << none << true
        << "--no-secret: Standard Webhooks (signed) endpoints check every request's signature and "
           "cannot work without a secret";
    QTest::newRow("inqud may go without") << "inqud" << false << none << true << QString();
    QTest::newRow("changeup may be signed") << "changeup" << false << given << false << QString();
}

void EndpointChangesTest::secretRules()
{
    QFETCH(QString, provider);
    QFETCH(bool, adding);
    QFETCH(std::optional<QString>, secret);
    QFETCH(bool, noSecret);
    QFETCH(QString, message);
    const ProviderAdapter *adapter = Providers::find(provider);
    EndpointConfig e = existing(provider.toLatin1().constData());
    const QByteArray before = e.secret;
    EndpointChanges c = adding ? named(QStringLiteral("x")) : EndpointChanges();
    c.secret = secret;
    c.noSecret = noSecret;
    EndpointChangeError error;
    QCOMPARE(applyEndpointChanges(e, c, *adapter, adding, &error), message);
    if (!message.isEmpty()) {
        QCOMPARE(error.setting, QStringLiteral("secret"));
        QCOMPARE(e.secret, before);
    } else {
        QCOMPARE(e.secret, noSecret ? QByteArray() : secret->toUtf8());
    }
}

void EndpointChangesTest::newSecretReplacesTheSecret()
{
    EndpointConfig e = existing("givecloud");
    const QByteArray before = e.secret;
    EndpointChanges c;
    c.newSecret = true;
    QCOMPARE(applyEndpointChanges(e, c, provider("givecloud"), false), QString());
    QVERIFY(matches("^[0-9a-f]{64}$", e.secret));
    QVERIFY(e.secret != before);
    QCOMPARE(e.token, QByteArray("existing-token")); // the URL stays

    // A provider whose secret is chosen elsewhere (or that has none) cannot make one.
    EndpointConfig nation = existing("nationbuilder");
    EndpointChangeError error;
    QCOMPARE(applyEndpointChanges(nation, c, provider("nationbuilder"), false, &error),
        QStringLiteral("--new-secret: nationbuilder endpoints have no generated secret; pass "
                       "--secret"));
    QCOMPARE(error.setting, QStringLiteral("secret"));

    // Together with a given secret or none: refused before anything else.
    c.secret = QStringLiteral("mine");
    const QString conflict =
        QStringLiteral("use only one of --secret, --new-secret and --no-secret");
    QCOMPARE(conflictingEndpointChanges(c), conflict);
    QCOMPARE(applyEndpointChanges(e, c, provider("givecloud"), false), conflict);
    c.secret.reset();
    c.noSecret = true;
    QCOMPARE(conflictingEndpointChanges(c), conflict);
    c.noSecret = false;
    QCOMPARE(conflictingEndpointChanges(c), QString());
}

void EndpointChangesTest::currencyIsNormalizedOrRefused()
{
    EndpointConfig e = existing("donary");
    EndpointChanges c;
    c.currency = QStringLiteral(" ils ");
    QCOMPARE(applyEndpointChanges(e, c, provider("donary"), false), QString());
    QCOMPARE(e.currency, QStringLiteral("ILS"));

    c.currency = QStringLiteral("US$");
    EndpointChangeError error;
    QCOMPARE(applyEndpointChanges(e, c, provider("donary"), false, &error),
        QStringLiteral("--currency: 'US$' is not a currency code"));
    QCOMPARE(error.setting, QStringLiteral("currency"));
    QCOMPARE(error.detail, QStringLiteral("'US$' is not a currency code."));
    QCOMPARE(e.currency, QStringLiteral("ILS"));

    c.currency = QString(); // cleared: fine where the payload has its own
    QCOMPARE(applyEndpointChanges(e, c, provider("donary"), false), QString());
    QCOMPARE(e.currency, QString());
}

void EndpointChangesTest::currencyRequiredWhereThePayloadHasNone()
{
    const QString required = QStringLiteral(
        "--currency is required for NationBuilder endpoints: its payloads carry no currency");
    EndpointConfig fresh;
    fresh.provider = QStringLiteral("nationbuilder");
    QCOMPARE(
        applyEndpointChanges(fresh, named(QStringLiteral("n")), provider("nationbuilder"), true),
        required);

    // On update only a change that clears it is refused; other changes still work.
    EndpointConfig e = existing("nationbuilder");
    EndpointChanges clear;
    clear.currency = QString();
    EndpointChangeError error;
    QCOMPARE(applyEndpointChanges(e, clear, provider("nationbuilder"), false, &error), required);
    QCOMPARE(error.setting, QStringLiteral("currency"));
    QCOMPARE(e.currency, QStringLiteral("EUR"));
    EndpointChanges disable;
    disable.enabled = false;
    QCOMPARE(applyEndpointChanges(e, disable, provider("nationbuilder"), false), QString());
    QVERIFY(!e.enabled);
}

void EndpointChangesTest::eventRules_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("message");
    QTest::newRow("nationbuilder") << "nationbuilder"
                                   << " Succeeded "
                                   << "succeeded" << QString();
    QTest::newRow("donary") << "donary"
                            << "charge"
                            << "charge" << QString();
    QTest::newRow("auto clears") << "donary"
                                 << "AUTO" << QString() << QString();
    QTest::newRow("empty clears") << "givecloud" << QString() << QString() << QString();
    QTest::newRow("not one of them")
        << "givecloud"
        << "paid"
        << "charge"
        << "--event: 'paid' is not one of contribution_paid, contributions_paid, "
           "contribution_refunded, order_completed";
    QTest::newRow("no events") << "inqud"
                               << "paid"
                               << "charge"
                               << "--event: inqud endpoints have no event setting";
}

void EndpointChangesTest::eventRules()
{
    QFETCH(QString, provider);
    QFETCH(QString, event);
    QFETCH(QString, stored);
    QFETCH(QString, message);
    EndpointConfig e = existing(provider.toLatin1().constData());
    e.event = QStringLiteral("charge");
    EndpointChanges c;
    c.event = event;
    EndpointChangeError error;
    QCOMPARE(applyEndpointChanges(e, c, *Providers::find(provider), false, &error), message);
    QCOMPARE(e.event, stored);
    if (!message.isEmpty())
        QCOMPARE(error.setting, QStringLiteral("event"));
}

void EndpointChangesTest::timezone()
{
    EndpointConfig e = existing("nationbuilder");
    EndpointChanges c;
    c.timezone = QStringLiteral(" Europe/Berlin ");
    QCOMPARE(applyEndpointChanges(e, c, provider("nationbuilder"), false), QString());
    QCOMPARE(e.timezone, QStringLiteral("Europe/Berlin"));
    c.timezone = QStringLiteral("Mars/Olympus");
    EndpointChangeError error;
    QCOMPARE(applyEndpointChanges(e, c, provider("nationbuilder"), false, &error),
        QStringLiteral("--timezone: unknown zone 'Mars/Olympus' (use an IANA name such as "
                       "America/New_York)"));
    QCOMPARE(error.setting, QStringLiteral("timezone"));
    QCOMPARE(e.timezone, QStringLiteral("Europe/Berlin"));
    c.timezone = QString();
    QCOMPARE(applyEndpointChanges(e, c, provider("nationbuilder"), false), QString());
    QCOMPARE(e.timezone, QString());
}

void EndpointChangesTest::allowList()
{
    EndpointConfig e = existing("donary");
    EndpointChanges c;
    c.allowFrom = QStringLiteral(" 127.0.0.1, 10.0.0.0/8,,::1 , 2001:db8::/32");
    QCOMPARE(applyEndpointChanges(e, c, provider("donary"), false), QString());
    QCOMPARE(e.allowFrom,
        QStringList({QStringLiteral("127.0.0.1"), QStringLiteral("10.0.0.0/8"),
            QStringLiteral("::1"), QStringLiteral("2001:db8::/32")}));
    c.allowFrom = QStringLiteral("10.0.0.1, 10.0.0.300");
    EndpointChangeError error;
    QCOMPARE(applyEndpointChanges(e, c, provider("donary"), false, &error),
        QStringLiteral("--allow-from: '10.0.0.300' is not an address or CIDR range"));
    QCOMPARE(error.setting, QStringLiteral("allowFrom"));
    QCOMPARE(e.allowFrom.size(), 4);
    c.allowFrom = QString();
    QCOMPARE(applyEndpointChanges(e, c, provider("donary"), false), QString());
    QVERIFY(e.allowFrom.isEmpty());
}

void EndpointChangesTest::recordPolicy_data()
{
    QTest::addColumn<std::optional<QString>>("delay");
    QTest::addColumn<std::optional<QString>>("date");
    QTest::addColumn<QString>("rule"); // after the change
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("message");
    const std::optional<QString> none;
    auto text = [](const char *t) {
        return std::optional<QString>(QLatin1String(t));
    };
    QTest::newRow("delay") << text("30") << none << "delay:30" << QString() << QString();
    QTest::newRow("no delay") << text("0") << none << "delay:0" << QString() << QString();
    QTest::newRow("longest") << text("3650") << none << "delay:3650" << QString() << QString();
    QTest::newRow("date") << none << text("2028-02-29") << "date:2028-02-29" << QString()
                          << QString();
    QTest::newRow("too long") << text("3651") << none << "delay:14"
                              << "recordDelay"
                              << "--record-delay: expected a whole number of days from 0 to "
                                 "3650, got '3651'";
    QTest::newRow("negative") << text("-1") << none << "delay:14"
                              << "recordDelay"
                              << "--record-delay: expected a whole number of days from 0 to "
                                 "3650, got '-1'";
    QTest::newRow("fraction") << text("1.5") << none << "delay:14"
                              << "recordDelay"
                              << "--record-delay: expected a whole number of days from 0 to "
                                 "3650, got '1.5'";
    QTest::newRow("both") << text("3") << text("2024-06-01") << "delay:14"
                          << "recordDelay"
                          << "use either --record-delay or --record-date, not both";
    QTest::newRow("no such day") << none << text("2024-02-30") << "delay:14"
                                 << "recordDate"
                                 << "--record-date: expected a date as YYYY-MM-DD, got "
                                    "'2024-02-30'";
    QTest::newRow("slashes") << none << text("2024/06/15") << "delay:14"
                             << "recordDate"
                             << "--record-date: expected a date as YYYY-MM-DD, got "
                                "'2024/06/15'";
}

void EndpointChangesTest::recordPolicy()
{
    QFETCH(std::optional<QString>, delay);
    QFETCH(std::optional<QString>, date);
    QFETCH(QString, rule);
    QFETCH(QString, setting);
    QFETCH(QString, message);
    EndpointConfig e = existing("changeup");
    EndpointChanges c;
    c.recordDelay = delay;
    c.recordDate = date;
    EndpointChangeError error;
    QCOMPARE(applyEndpointChanges(e, c, provider("changeup"), false, &error), message);
    QCOMPARE(e.recordPolicy.toRule(), rule);
    QCOMPARE(error.setting, setting);
}

void EndpointChangesTest::renameOnUpdate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stored");
    QTest::newRow("trimmed") << "  Gala 2025 "
                             << "Gala 2025";
    QTest::newRow("blank") << "  "
                           << "Existing";
    QTest::newRow("too long") << QString(101, u'n') << "Existing";
}

void EndpointChangesTest::renameOnUpdate()
{
    QFETCH(QString, name);
    QFETCH(QString, stored);
    EndpointConfig e = existing("changeup");
    EndpointChangeError error;
    const QString why = applyEndpointChanges(e, named(name), provider("changeup"), false, &error);
    QCOMPARE(e.name, stored);
    if (stored == name.trimmed()) {
        QCOMPARE(why, QString());
    } else {
        QCOMPARE(why, QStringLiteral("--name: 1 to 100 characters"));
        QCOMPARE(error.setting, QStringLiteral("name"));
        QCOMPARE(error.detail, QStringLiteral("1 to 100 characters."));
    }
}

void EndpointChangesTest::newTokenAndEnabled()
{
    EndpointConfig e = existing("donary");
    EndpointChanges c;
    c.newToken = true;
    c.enabled = false;
    QCOMPARE(applyEndpointChanges(e, c, provider("donary"), false), QString());
    QCOMPARE(e.token.size(), 43);
    QVERIFY(e.token != "existing-token");
    QVERIFY(!e.enabled);
    QCOMPARE(e.id, qint64(7));
    QCOMPARE(e.name, QStringLiteral("Existing"));
    c = {};
    c.enabled = true;
    QCOMPARE(applyEndpointChanges(e, c, provider("donary"), false), QString());
    QVERIFY(e.enabled);
}

void EndpointChangesTest::silenceAlarm_data()
{
    QTest::addColumn<std::optional<QString>>("quiet");
    QTest::addColumn<std::optional<QString>>("window");
    QTest::addColumn<std::optional<QString>>("failures");
    // After the change (from 6h, 08:00-22:00, 3): minutes, window, failures; or the refusal.
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("storedWindow");
    QTest::addColumn<int>("storedFailures");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("detail");
    const std::optional<QString> none;
    auto text = [](const char *t) {
        return std::optional<QString>(QString::fromUtf8(t));
    };
    auto ok = [&](const char *tag, std::optional<QString> q, std::optional<QString> w,
                  std::optional<QString> f, int minutes, const char *window, int failures) {
        QTest::newRow(tag) << q << w << f << minutes << QString::fromLatin1(window) << failures
                           << QString() << QString() << QString();
    };
    auto refused = [&](const char *tag, std::optional<QString> q, std::optional<QString> w,
                       std::optional<QString> f, const char *setting, const char *message,
                       const char *detail) {
        QTest::newRow(tag) << q << w << f << 360 << QStringLiteral("08:00-22:00") << 3
                           << QString::fromLatin1(setting) << QString::fromUtf8(message)
                           << QString::fromUtf8(detail);
    };
    ok("nothing", none, none, none, 360, "08:00-22:00", 3);
    ok("minutes", text("90m"), none, none, 90, "08:00-22:00", 3);
    ok("hours and minutes", text(" 1h30m "), none, none, 90, "08:00-22:00", 3);
    ok("days", text("2d"), none, none, 2880, "08:00-22:00", 3);
    ok("longest", text("30d"), none, none, 43200, "08:00-22:00", 3);
    ok("quiet off", text("off"), none, none, 0, "08:00-22:00", 3);
    ok("quiet 0", text("0"), none, none, 0, "08:00-22:00", 3);
    ok("quiet empty", text(""), none, none, 0, "08:00-22:00", 3);
    ok("wrapping window", none, text("22:00-06:00"), none, 360, "22:00-06:00", 3);
    ok("short hours, spaces, en dash", none, text("8:00 – 9:30"), none, 360, "08:00-09:30", 3);
    ok("until midnight", none, text("18:00-24:00"), none, 360, "18:00-00:00", 3);
    ok("all day", none, text(""), none, 360, "", 3);
    ok("all-day", none, text("all-day"), none, 360, "", 3);
    ok("failures", none, none, text("10"), 360, "08:00-22:00", 10);
    ok("failures off", none, none, text("off"), 360, "08:00-22:00", 0);
    ok("failures most", none, none, text("1000"), 360, "08:00-22:00", 1000);
    refused("bare number", text("6"), none, none, "alarmQuiet",
        "--alarm-quiet: expected a duration such as 90m, 6h or 1h30m (0 or off: no alarm), got "
        "'6'",
        "Expected a duration such as 90m, 6h or 1h30m (empty or 0: no alarm), got '6'.");
    refused("words", text("6 hours"), none, none, "alarmQuiet",
        "--alarm-quiet: expected a duration such as 90m, 6h or 1h30m (0 or off: no alarm), got "
        "'6 hours'",
        "Expected a duration such as 90m, 6h or 1h30m (empty or 0: no alarm), got '6 hours'.");
    refused("negative", text("-1h"), none, none, "alarmQuiet",
        "--alarm-quiet: expected a duration such as 90m, 6h or 1h30m (0 or off: no alarm), got "
        "'-1h'",
        "Expected a duration such as 90m, 6h or 1h30m (empty or 0: no alarm), got '-1h'.");
    refused("too long", text("31d"), none, none, "alarmQuiet",
        "--alarm-quiet: at most 30 days (30d), got '31d'", "At most 30 days, got '31d'.");
    refused("one time", none, text("08:00"), none, "alarmWindow",
        "--alarm-window: expected HH:MM-HH:MM such as 08:00-22:00 (empty: all day), got '08:00'",
        "Expected two times as HH:MM, such as 08:00 and 22:00 (both empty: all day), got "
        "'08:00'.");
    refused("half a window", none, text("08:00-"), none, "alarmWindow",
        "--alarm-window: expected HH:MM-HH:MM such as 08:00-22:00 (empty: all day), got '08:00-'",
        "Expected two times as HH:MM, such as 08:00 and 22:00 (both empty: all day), got "
        "'08:00-'.");
    refused("no such hour", none, text("08:00-25:00"), none, "alarmWindow",
        "--alarm-window: expected HH:MM-HH:MM such as 08:00-22:00 (empty: all day), got "
        "'08:00-25:00'",
        "Expected two times as HH:MM, such as 08:00 and 22:00 (both empty: all day), got "
        "'08:00-25:00'.");
    refused("24:00 as a start", none, text("24:00-06:00"), none, "alarmWindow",
        "--alarm-window: expected HH:MM-HH:MM such as 08:00-22:00 (empty: all day), got "
        "'24:00-06:00'",
        "Expected two times as HH:MM, such as 08:00 and 22:00 (both empty: all day), got "
        "'24:00-06:00'.");
    refused("empty window", none, text("09:00-09:00"), none, "alarmWindow",
        "--alarm-window: '09:00-09:00' starts and ends at the same time; leave it empty for all "
        "day",
        "It starts and ends at the same time: leave both empty for all day.");
    refused("failures not a number", none, none, text("three"), "alarmSignatureFailures",
        "--alarm-signature-failures: expected a whole number from 0 (off) to 1000, got 'three'",
        "Expected a whole number from 0 (off) to 1000, got 'three'.");
    refused("too many failures", none, none, text("1001"), "alarmSignatureFailures",
        "--alarm-signature-failures: expected a whole number from 0 (off) to 1000, got '1001'",
        "Expected a whole number from 0 (off) to 1000, got '1001'.");
    refused("negative failures", none, none, text("-2"), "alarmSignatureFailures",
        "--alarm-signature-failures: expected a whole number from 0 (off) to 1000, got '-2'",
        "Expected a whole number from 0 (off) to 1000, got '-2'.");
}

void EndpointChangesTest::silenceAlarm()
{
    QFETCH(std::optional<QString>, quiet);
    QFETCH(std::optional<QString>, window);
    QFETCH(std::optional<QString>, failures);
    QFETCH(int, minutes);
    QFETCH(QString, storedWindow);
    QFETCH(int, storedFailures);
    QFETCH(QString, setting);
    QFETCH(QString, message);
    QFETCH(QString, detail);
    EndpointConfig e = existing("standard");
    e.alarm.quietMinutes = 360;
    e.alarm.windowFrom = QTime(8, 0);
    e.alarm.windowTo = QTime(22, 0);
    e.alarm.signatureFailures = 3;
    EndpointChanges c;
    c.alarmQuiet = quiet;
    c.alarmWindow = window;
    c.alarmSignatureFailures = failures;
    EndpointChangeError error;
    QCOMPARE(applyEndpointChanges(e, c, provider("standard"), false, &error), message);
    QCOMPARE(error.setting, setting);
    QCOMPARE(error.detail, detail);
    QVERIFY2(!error.detail.contains(u"--"), "worded for a form");
    QCOMPARE(e.alarm.quietMinutes, minutes);
    QCOMPARE(e.alarm.windowText(), storedWindow);
    QCOMPARE(e.alarm.signatureFailures, storedFailures);
}

void EndpointChangesTest::silenceAlarmPartsChangeAlone()
{
    // Each option changes its own part; adding with none leaves the alarm off.
    EndpointConfig fresh;
    QCOMPARE(applyEndpointChanges(fresh, named(QStringLiteral("new")), provider("changeup"), true),
        QString());
    QCOMPARE(fresh.alarm, SilenceAlarm());
    EndpointChanges c = named(QStringLiteral("alarmed"));
    c.alarmQuiet = QStringLiteral("6h");
    c.alarmWindow = QStringLiteral("08:00-22:00");
    EndpointConfig added;
    QCOMPARE(applyEndpointChanges(added, c, provider("changeup"), true), QString());
    QCOMPARE(added.alarm.quietMinutes, 360);
    QCOMPARE(added.alarm.windowText(), QStringLiteral("08:00-22:00"));
    QCOMPARE(added.alarm.signatureFailures, 0);
    EndpointChanges failures;
    failures.alarmSignatureFailures = QStringLiteral("2");
    QCOMPARE(applyEndpointChanges(added, failures, provider("changeup"), false), QString());
    QCOMPARE(added.alarm.quietMinutes, 360);
    QCOMPARE(added.alarm.windowText(), QStringLiteral("08:00-22:00"));
    QCOMPARE(added.alarm.signatureFailures, 2);
}

void EndpointChangesTest::refusalChangesNothing()
{
    // Good changes before the bad one are not half-applied.
    EndpointConfig e = existing("givecloud");
    const EndpointConfig before = e;
    EndpointChanges c = named(QStringLiteral("Renamed"));
    c.secret = QStringLiteral("new-secret");
    c.currency = QStringLiteral("cad");
    c.timezone = QStringLiteral("America/Toronto");
    c.alarmQuiet = QStringLiteral("6h");
    c.recordDelay = QStringLiteral("many");
    c.newToken = true;
    QVERIFY(!applyEndpointChanges(e, c, provider("givecloud"), false).isEmpty());
    QCOMPARE(e.alarm, before.alarm);
    QCOMPARE(e.name, before.name);
    QCOMPARE(e.secret, before.secret);
    QCOMPARE(e.currency, before.currency);
    QCOMPARE(e.timezone, before.timezone);
    QCOMPARE(e.token, before.token);
    QCOMPARE(e.recordPolicy, before.recordPolicy);
}

void EndpointChangesTest::refusalNamesTheSettingForBothInterfaces()
{
    // The command line names the option; a form shows the reason next to the field instead.
    EndpointConfig e = existing("changeup");
    EndpointChanges c;
    c.timezone = QStringLiteral("Nowhere/Else");
    EndpointChangeError error;
    const QString why = applyEndpointChanges(e, c, provider("changeup"), false, &error);
    QCOMPARE(why, error.message);
    QVERIFY(error.message.startsWith(u"--timezone: "));
    QVERIFY(!error.detail.contains(u"--"));
    QVERIFY(error.detail.contains(u"Nowhere/Else"));
}

void EndpointChangesTest::firstRefusalWins()
{
    // The order the command line has always checked in: a bad secret before a bad currency,
    // a bad currency before a bad record delay, settings before the name on update.
    EndpointConfig e = existing("donary");
    EndpointChanges c = named(QString());
    c.secret = QStringLiteral("s");
    c.currency = QStringLiteral("US$");
    c.recordDelay = QStringLiteral("x");
    EndpointChangeError error;
    applyEndpointChanges(e, c, provider("donary"), false, &error);
    QCOMPARE(error.setting, QStringLiteral("secret"));
    c.secret.reset();
    applyEndpointChanges(e, c, provider("donary"), false, &error);
    QCOMPARE(error.setting, QStringLiteral("currency"));
    c.currency.reset();
    applyEndpointChanges(e, c, provider("donary"), false, &error);
    QCOMPARE(error.setting, QStringLiteral("recordDelay"));
    c.recordDelay.reset();
    applyEndpointChanges(e, c, provider("donary"), false, &error);
    QCOMPARE(error.setting, QStringLiteral("name"));
    // Adding: the name first.
    EndpointConfig fresh;
    c.currency = QStringLiteral("US$");
    applyEndpointChanges(fresh, c, provider("donary"), true, &error);
    QCOMPARE(error.setting, QStringLiteral("name"));
}

QTEST_GUILESS_MAIN(EndpointChangesTest)
#include "tst_endpointchanges.moc"
