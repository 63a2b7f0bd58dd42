#include "clitest.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTest>

#include <csignal>

using Cli::byName;
using Cli::field;
using Cli::isOneJsonLine;
using Cli::isUsageError;
using Cli::Result;

namespace {

QString isoIn(qint64 seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODate);
}

} // namespace

// Silence alarms from the command line, as a setup script and a monitoring script use them:
// `endpoint add|update --alarm-*`, the settings in `list`, `endpoint alarms` (exit status 1
// while any alarm is raised), and `serve` logging each change of an alarm once.
class TestCliAlarms : public QObject
{
    Q_OBJECT

private:
    Cli::Sandbox m_sandbox;
    int m_databases = 0;

    QString freshDatabase()
    {
        return m_sandbox.path(QStringLiteral("alarms-%1.sqlite").arg(++m_databases));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(Cli::binary()).isExecutable(), qPrintable(Cli::binary()));
        QVERIFY(m_sandbox.isValid());
    }

    void settingsOnAddAndUpdate()
    {
        const QString db = freshDatabase();
        const Result added = m_sandbox.endpoint(db,
            "add --provider changeup --name widget --json --alarm-quiet 6h --alarm-window "
            "08:00-22:00 --alarm-signature-failures 3");
        QVERIFY2(isOneJsonLine(added), added.describe().constData());
        const QJsonObject o = added.jsonObject();
        QCOMPARE(field(o, "alarm_quiet_minutes").toInt(), 360);
        QCOMPARE(field(o, "alarm_window").toString(), QStringLiteral("08:00-22:00"));
        QCOMPARE(field(o, "alarm_signature_failures").toInt(), 3);
        const Result listed = m_sandbox.endpoint(db, "list --json --show-secrets");
        QCOMPARE(listed.jsonArray().first().toObject(), o);
        const Result text = m_sandbox.endpoint(db, "list");
        QVERIFY2(text.out.contains("  alarm:     no donation for 6 h (counted 08:00-22:00); 3 "
                                   "signature or token refusals in a row\n"),
            text.out.constData());

        // Each option changes its own part.
        const Result quiet = m_sandbox.endpoint(db, "update widget --alarm-quiet 1h30m --json");
        QVERIFY2(isOneJsonLine(quiet), quiet.describe().constData());
        QCOMPARE(field(quiet.jsonObject(), "alarm_quiet_minutes").toInt(), 90);
        QCOMPARE(
            field(quiet.jsonObject(), "alarm_window").toString(), QStringLiteral("08:00-22:00"));
        QCOMPARE(field(quiet.jsonObject(), "alarm_signature_failures").toInt(), 3);
        const Result night = m_sandbox.endpoint(
            db, "update widget --alarm-window 22:00-06:00 --alarm-quiet 2d --json");
        QCOMPARE(
            field(night.jsonObject(), "alarm_window").toString(), QStringLiteral("22:00-06:00"));
        QCOMPARE(field(night.jsonObject(), "alarm_quiet_minutes").toInt(), 2880);

        // All off: nothing about an alarm in the listing.
        const Result off = m_sandbox.endpoint(db,
            "update widget --alarm-quiet off --alarm-signature-failures 0 --json --alarm-window",
            {QString()});
        QVERIFY2(isOneJsonLine(off), off.describe().constData());
        QCOMPARE(field(off.jsonObject(), "alarm_quiet_minutes").toInt(), 0);
        QCOMPARE(field(off.jsonObject(), "alarm_window").toString(), QString());
        QCOMPARE(field(off.jsonObject(), "alarm_signature_failures").toInt(), 0);
        QVERIFY(!m_sandbox.endpoint(db, "list").out.contains("alarm:"));
    }

    void refusedSettings_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("option");
        auto row = [](const char *tag, const char *option, const QString &value) {
            QTest::newRow(tag) << QStringList {QLatin1String(option), value}
                               << QString::fromLatin1(option);
        };
        row("bare number", "--alarm-quiet", QStringLiteral("6"));
        row("words", "--alarm-quiet", QStringLiteral("six hours"));
        row("too long", "--alarm-quiet", QStringLiteral("31d"));
        row("one time", "--alarm-window", QStringLiteral("08:00"));
        row("no such hour", "--alarm-window", QStringLiteral("08:00-25:00"));
        row("same times", "--alarm-window", QStringLiteral("08:00-08:00"));
        row("not a number", "--alarm-signature-failures", QStringLiteral("many"));
        row("too many", "--alarm-signature-failures", QStringLiteral("1001"));
    }

    void refusedSettings()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, option);
        const QString db = freshDatabase();
        const Result add =
            m_sandbox.endpoint(db, "add --provider changeup --name refused", arguments);
        QVERIFY2(isUsageError(add, option.toUtf8().constData()), add.describe().constData());
        QVERIFY2(add.err.contains(arguments.last().toUtf8()), "quotes what was written");
        QCOMPARE(m_sandbox.endpoint(db, "list --json").out, QByteArray("[]\n"));

        QCOMPARE(
            m_sandbox.endpoint(db, "add --provider changeup --name kept --alarm-quiet 6h").exitCode,
            0);
        const Result update = m_sandbox.endpoint(db, "update kept", arguments);
        QVERIFY2(isUsageError(update, option.toUtf8().constData()), update.describe().constData());
        QCOMPARE(field(m_sandbox.endpoint(db, "list --json").jsonArray().first().toObject(),
                     "alarm_quiet_minutes")
                     .toInt(),
            360);
    }

    void alarmsReport()
    {
        const QString db = freshDatabase();
        QCOMPARE(m_sandbox.endpoint(db, "add --provider changeup --name quiet --alarm-quiet 1h")
                     .exitCode,
            0);
        QCOMPARE(m_sandbox.endpoint(db, "add --provider changeup --name none").exitCode, 0);
        QCOMPARE(m_sandbox.endpoint(db, "add --provider changeup --name paused --alarm-quiet 1m")
                     .exitCode,
            0);
        QCOMPARE(m_sandbox.endpoint(db, "update paused --disable").exitCode, 0);

        // Just made: an hour of quiet has not passed.
        const Result now = m_sandbox.endpoint(db, "alarms");
        QCOMPARE(now.exitCode, 0);
        QVERIFY2(now.err.isEmpty(), now.err.constData());
        const QList<QByteArray> lines = now.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QByteArray("none: off - No silence alarm set."));
        QCOMPARE(lines.at(1),
            QByteArray("paused: off - Silence alarm paused: the endpoint is disabled."));
        QVERIFY2(lines.at(2).startsWith("quiet: ok - No donation yet since the endpoint was "
                                        "created on "),
            now.out.constData());

        // A day later (as far as the clock of the check goes): raised, exit status 1.
        const Result later = m_sandbox.endpoint(db, "alarms --at", {isoIn(24 * 3600)});
        QCOMPARE(later.exitCode, 1);
        QVERIFY2(later.err.isEmpty(), later.err.constData());
        QVERIFY2(later.out.contains("\nquiet: quiet - No donation since the endpoint was created "
                                    "on "),
            later.out.constData());
        QVERIFY(later.out.contains(" of quiet (alarm after 1 h)."));

        const Result json = m_sandbox.endpoint(db, "alarms --json --at", {isoIn(24 * 3600)});
        QVERIFY2(isOneJsonLine(json, 1), json.describe().constData());
        QCOMPARE(json.jsonArray().size(), 3);
        const QJsonObject quiet = byName(json.jsonArray(), QStringLiteral("quiet"));
        QCOMPARE(field(quiet, "state").toString(), QStringLiteral("quiet"));
        QCOMPARE(field(quiet, "raised").toBool(), true);
        QCOMPARE(field(quiet, "alarm_quiet_minutes").toInt(), 60);
        QCOMPARE(field(quiet, "never_donated").toBool(), true);
        QVERIFY(field(quiet, "quiet_minutes_counted").toInt() >= 24 * 60 - 1);
        QVERIFY(field(quiet, "quiet_since").toString().endsWith(u'Z'));
        QVERIFY(field(quiet, "signature_refusals").isNull());
        QVERIFY(field(quiet, "text").toString().startsWith(u"No donation since"));
        const QJsonObject none = byName(json.jsonArray(), QStringLiteral("none"));
        QCOMPARE(field(none, "state").toString(), QStringLiteral("off"));
        QCOMPARE(field(none, "raised").toBool(), false);
        QVERIFY(field(none, "quiet_since").isNull());
        QCOMPARE(
            field(byName(json.jsonArray(), QStringLiteral("paused")), "raised").toBool(), false);

        // One endpoint: only its own alarm decides the exit status.
        const Result one =
            m_sandbox.endpoint(db, "alarms --endpoint none --json --at", {isoIn(24 * 3600)});
        QVERIFY2(isOneJsonLine(one), one.describe().constData());
        QCOMPARE(one.jsonArray().size(), 1);

        const Result unknown = m_sandbox.endpoint(db, "alarms --endpoint nowhere");
        QVERIFY2(isUsageError(unknown, "nowhere"), unknown.describe().constData());
        const Result badTime = m_sandbox.endpoint(db, "alarms --at", {QStringLiteral("tomorrow")});
        QVERIFY2(isUsageError(badTime, "--at"), badTime.describe().constData());

        // A mistyped database path is reported, not created.
        const QString missing = m_sandbox.path(QStringLiteral("missing.sqlite"));
        const Result absent = m_sandbox.endpoint(missing, "alarms");
        QCOMPARE(absent.exitCode, 1);
        QCOMPARE(absent.errLines().size(), 1);
        QVERIFY(!QFileInfo::exists(missing));
    }

    void serveLogsEachChangeOnce()
    {
        const QString db = freshDatabase();
        const Result added = m_sandbox.endpoint(
            db, "add --provider standard --name signed --alarm-signature-failures 2 --json");
        QVERIFY2(isOneJsonLine(added), added.describe().constData());
        const EndpointConfig good = Cli::endpointFromJson(added.jsonObject());
        EndpointConfig forged = good;
        forged.secret = Providers::find(QStringLiteral("standard"))->generateSecret();
        QVERIFY(forged.secret != good.secret);

        Cli::Server server(m_sandbox);
        QString error;
        QVERIFY2(server.start(db, &error), qPrintable(error));
        const QByteArray body = TestData::read(QStringLiteral("e2e/serve/standard.json"));
        const QByteArray raised = "endpoint \"signed\" is failing signatures: 2 requests in a "
                                  "row refused for their signature or token";
        const QByteArray recovered = "endpoint \"signed\" recovered";

        QCOMPARE(server.post(forged, body, {}, "msg_forged_1").status, 401);
        QCOMPARE(server.post(forged, body, {}, "msg_forged_2").status, 401);
        QVERIFY2(Cli::poll([&] { return server.allStderr().contains(raised); }, 10000),
            server.allStderr().constData());
        QVERIFY(server.allStderr().contains(" warning: "));
        const Result failing = m_sandbox.endpoint(db, "alarms --json");
        QVERIFY2(isOneJsonLine(failing, 1), failing.describe().constData());
        const QJsonObject state = failing.jsonArray().first().toObject();
        QCOMPARE(field(state, "state").toString(), QStringLiteral("failing"));
        QCOMPARE(field(state, "signature_refusals").toInt(), 2);
        QVERIFY(!field(state, "last_refusal_reason").toString().isEmpty());

        // Still failing: not logged again.
        QCOMPARE(server.post(forged, body, {}, "msg_forged_3").status, 401);
        QTest::qWait(2500);
        QCOMPARE(server.allStderr().count("is failing signatures"), 1);

        // An accepted request starts the count again: recovered, once.
        QCOMPARE(server.post(good, body, {}, "msg_good").status, 200);
        QVERIFY2(Cli::poll([&] { return server.allStderr().contains(recovered); }, 10000),
            server.allStderr().constData());
        const Result ok = m_sandbox.endpoint(db, "alarms");
        QVERIFY2(ok.exitCode == 0, ok.describe().constData());
        QVERIFY2(server.stop(SIGTERM, &error), qPrintable(error));
        QCOMPARE(server.exitCode(), 0);
        QCOMPARE(server.allStderr().count(recovered), 1);
        QCOMPARE(server.allStderr().count("is failing signatures"), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliAlarms)
#include "tst_cli_alarms.moc"
