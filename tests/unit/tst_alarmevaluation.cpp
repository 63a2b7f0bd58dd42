#include "monitoring/alarmevaluation.h"
#include "time/timestamps.h"

#include <QtTest>

namespace {

const QTimeZone Berlin("Europe/Berlin");

// Local wall-clock time in Berlin, "2024-03-31 07:00".
QDateTime berlin(const char *text)
{
    const QDateTime t =
        QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!t.isValid())
        qFatal("bad test time %s", text);
    return QDateTime(t.date(), t.time(), Berlin);
}

QDateTime utc(const char *text)
{
    const auto t = Timestamps::parse(QString::fromLatin1(text));
    if (!t)
        qFatal("bad test time %s", text);
    return *t;
}

SilenceAlarm quiet(int minutes, const char *window = "")
{
    SilenceAlarm a;
    a.quietMinutes = minutes;
    const auto w = SilenceAlarm::parseWindow(QString::fromLatin1(window));
    if (!w)
        qFatal("bad test window %s", window);
    a.windowFrom = w->from;
    a.windowTo = w->to;
    return a;
}

SilenceAlarm failures(int count)
{
    SilenceAlarm a;
    a.signatureFailures = count;
    return a;
}

qint64 minutesInWindow(const char *window, const QDateTime &from, const QDateTime &to)
{
    return AlarmEvaluation::msInWindow(quiet(60, window), Berlin, from, to) / 60000;
}

} // namespace

// Silence alarms evaluated without a database: quiet time counted only inside the daily window
// (wrapping past midnight, across the days the clocks change), endpoints that never received a
// donation, consecutive refusals, and the settings' text forms.
class AlarmEvaluationTest : public QObject
{
    Q_OBJECT

private slots:
    void windowCountsOnlyItsMinutes_data();
    void windowCountsOnlyItsMinutes();
    void daylightSavingDays_data();
    void daylightSavingDays();
    void windowStartInTheSpringGap();
    void longSilenceCountsEveryDay();
    void quietRaisedAtTheThreshold();
    void quietTextSaysSinceWhenAndHowLong();
    void neverDonatedCountsFromCreation();
    void futureDonationIsNotQuiet();
    void failingSignatures();
    void failingWinsOverQuiet();
    void offAndPaused();
    void zoneOfTheEndpoint();
    void parseWindow_data();
    void parseWindow();
    void parseDuration_data();
    void parseDuration();
    void durationText();
    void humanDuration();
    void describeSettings();
};

void AlarmEvaluationTest::windowCountsOnlyItsMinutes_data()
{
    QTest::addColumn<QString>("window");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<qint64>("minutes");
    // The example: 21:00 yesterday, 08:00-22:00, now 09:00: 21-22 and 08-09.
    QTest::newRow("evening and morning")
        << "08:00-22:00" << berlin("2024-05-24 21:00") << berlin("2024-05-25 09:00") << qint64(120);
    QTest::newRow("all outside") << "08:00-22:00" << berlin("2024-05-24 22:30")
                                 << berlin("2024-05-25 07:59") << qint64(0);
    QTest::newRow("all inside") << "08:00-22:00" << berlin("2024-05-25 10:15")
                                << berlin("2024-05-25 12:45") << qint64(150);
    QTest::newRow("whole days") << "08:00-22:00" << berlin("2024-05-20 00:00")
                                << berlin("2024-05-23 00:00") << qint64(3 * 14 * 60);
    QTest::newRow("no window: real time")
        << "" << berlin("2024-05-24 21:00") << berlin("2024-05-25 09:00") << qint64(12 * 60);
    // Wrapping past midnight: the night belongs to the day it starts on.
    QTest::newRow("wrap: a night") << "22:00-06:00" << berlin("2024-05-24 20:00")
                                   << berlin("2024-05-25 07:00") << qint64(8 * 60);
    QTest::newRow("wrap: across midnight")
        << "22:00-06:00" << berlin("2024-05-24 23:00") << berlin("2024-05-25 02:00") << qint64(180);
    QTest::newRow("wrap: from inside the night before")
        << "22:00-06:00" << berlin("2024-05-25 05:00") << berlin("2024-05-25 23:00") << qint64(120);
    QTest::newRow("until midnight")
        << "18:00-24:00" << berlin("2024-05-24 23:30") << berlin("2024-05-25 19:00") << qint64(90);
    QTest::newRow("nothing: reversed")
        << "08:00-22:00" << berlin("2024-05-25 12:00") << berlin("2024-05-25 11:00") << qint64(0);
}

void AlarmEvaluationTest::windowCountsOnlyItsMinutes()
{
    QFETCH(QString, window);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(qint64, minutes);
    QCOMPARE(minutesInWindow(window.toLatin1().constData(), from, to), minutes);
    // The same instants written in UTC count the same: only the zone's calendar matters.
    QCOMPARE(minutesInWindow(window.toLatin1().constData(), from.toUTC(), to.toUTC()), minutes);
}

void AlarmEvaluationTest::daylightSavingDays_data()
{
    QTest::addColumn<QString>("window");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<qint64>("minutes");
    // 2024-03-31 02:00 CET -> 03:00 CEST: the night is an hour shorter.
    QTest::newRow("spring: night window") << "00:00-06:00" << berlin("2024-03-30 23:00")
                                          << berlin("2024-03-31 07:00") << qint64(5 * 60);
    QTest::newRow("spring: day window unchanged") << "08:00-22:00" << berlin("2024-03-30 22:00")
                                                  << berlin("2024-03-31 23:00") << qint64(14 * 60);
    QTest::newRow("spring: wrapping night") << "22:00-06:00" << berlin("2024-03-30 21:00")
                                            << berlin("2024-03-31 12:00") << qint64(7 * 60);
    QTest::newRow("spring: all day is 23 hours")
        << "" << berlin("2024-03-31 00:00") << berlin("2024-04-01 00:00") << qint64(23 * 60);
    // 2024-10-27 03:00 CEST -> 02:00 CET: an hour longer.
    QTest::newRow("autumn: night window") << "00:00-06:00" << berlin("2024-10-26 23:00")
                                          << berlin("2024-10-27 07:00") << qint64(7 * 60);
    QTest::newRow("autumn: day window unchanged") << "08:00-22:00" << berlin("2024-10-26 22:00")
                                                  << berlin("2024-10-27 23:00") << qint64(14 * 60);
    QTest::newRow("autumn: all day is 25 hours")
        << "" << berlin("2024-10-27 00:00") << berlin("2024-10-28 00:00") << qint64(25 * 60);
    QTest::newRow("a week over the spring change")
        << "08:00-22:00" << berlin("2024-03-28 00:00") << berlin("2024-04-04 00:00")
        << qint64(7 * 14 * 60);
}

void AlarmEvaluationTest::daylightSavingDays()
{
    QFETCH(QString, window);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(qint64, minutes);
    QCOMPARE(minutesInWindow(window.toLatin1().constData(), from, to), minutes);
}

void AlarmEvaluationTest::windowStartInTheSpringGap()
{
    // 02:30 does not exist on 2024-03-31 in Berlin: the window is what remains of it, never
    // negative and never more than an hour (03:00 to 03:30 CEST at most).
    const qint64 m =
        minutesInWindow("02:30-03:30", berlin("2024-03-30 12:00"), berlin("2024-03-31 12:00"));
    QVERIFY2(m >= 0 && m <= 60, qPrintable(QString::number(m)));
    // The days around it are whole.
    QCOMPARE(minutesInWindow("02:30-03:30", berlin("2024-03-29 12:00"), berlin("2024-03-30 12:00")),
        qint64(60));
}

void AlarmEvaluationTest::longSilenceCountsEveryDay()
{
    // A year and more, cheaply and exactly: 2024 is a leap year, each day has 14 window hours.
    QCOMPARE(minutesInWindow("08:00-22:00", berlin("2024-01-01 00:00"), berlin("2025-01-01 00:00")),
        qint64(366 * 14 * 60));
}

void AlarmEvaluationTest::quietRaisedAtTheThreshold()
{
    AlarmFacts facts;
    facts.createdAt = berlin("2024-01-01 00:00");
    facts.lastDonation = berlin("2024-05-24 21:00");
    const SilenceAlarm alarm = quiet(120, "08:00-22:00");
    const AlarmState before =
        AlarmEvaluation::evaluate(alarm, Berlin, facts, berlin("2024-05-25 08:59"));
    QCOMPARE(before.kind, AlarmState::Kind::Ok);
    QCOMPARE(before.quietMinutes, qint64(119));
    QVERIFY(!before.isRaised());
    const AlarmState at =
        AlarmEvaluation::evaluate(alarm, Berlin, facts, berlin("2024-05-25 09:00"));
    QCOMPARE(at.kind, AlarmState::Kind::Quiet);
    QCOMPARE(at.kindName(), QStringLiteral("quiet"));
    QVERIFY(at.isRaised());
    QCOMPARE(at.quietMinutes, qint64(120));
    QCOMPARE(at.quietSince, facts.lastDonation);
    QVERIFY(!at.neverDonated);
    // Overnight nothing more is counted.
    const AlarmState night = AlarmEvaluation::evaluate(
        quiet(180, "08:00-22:00"), Berlin, facts, berlin("2024-05-25 07:00"));
    QCOMPARE(night.kind, AlarmState::Kind::Ok);
    QCOMPARE(night.quietMinutes, qint64(60));
}

void AlarmEvaluationTest::quietTextSaysSinceWhenAndHowLong()
{
    AlarmFacts facts;
    facts.createdAt = berlin("2024-01-01 00:00");
    facts.lastDonation = berlin("2024-05-24 21:00");
    const AlarmState s = AlarmEvaluation::evaluate(
        quiet(360, "08:00-22:00"), Berlin, facts, berlin("2024-05-25 15:10"));
    QCOMPARE(s.kind, AlarmState::Kind::Quiet);
    QCOMPARE(s.text,
        QStringLiteral("No donation for 8 h 10 min (alarm after 6 h, counted between 08:00 and "
                       "22:00). The last one was on 2024-05-24 21:00 CEST."));
    const AlarmState ok =
        AlarmEvaluation::evaluate(quiet(600), Berlin, facts, berlin("2024-05-25 02:00"));
    QCOMPARE(ok.text,
        QStringLiteral("Last donation on 2024-05-24 21:00 CEST; 5 h of quiet so far (alarm after "
                       "10 h)."));
}

void AlarmEvaluationTest::neverDonatedCountsFromCreation()
{
    AlarmFacts facts;
    facts.createdAt = berlin("2024-05-25 07:00");
    const SilenceAlarm alarm = quiet(60, "08:00-22:00");
    const AlarmState early =
        AlarmEvaluation::evaluate(alarm, Berlin, facts, berlin("2024-05-25 08:30"));
    QCOMPARE(early.kind, AlarmState::Kind::Ok);
    QVERIFY(early.neverDonated);
    QCOMPARE(early.quietSince, facts.createdAt);
    QCOMPARE(early.quietMinutes, qint64(30));
    QVERIFY2(early.text.startsWith(u"No donation yet since the endpoint was created on "
                                   u"2024-05-25 07:00"),
        qPrintable(early.text));
    const AlarmState late =
        AlarmEvaluation::evaluate(alarm, Berlin, facts, berlin("2024-05-25 09:00"));
    QCOMPARE(late.kind, AlarmState::Kind::Quiet);
    QVERIFY2(late.text.startsWith(u"No donation since the endpoint was created on "
                                  u"2024-05-25 07:00 CEST: 1 h of quiet"),
        qPrintable(late.text));
}

void AlarmEvaluationTest::futureDonationIsNotQuiet()
{
    // A provider's clock ahead of ours.
    AlarmFacts facts;
    facts.createdAt = utc("2024-01-01T00:00:00Z");
    facts.lastDonation = utc("2024-05-25T12:05:00Z");
    const AlarmState s =
        AlarmEvaluation::evaluate(quiet(1), Berlin, facts, utc("2024-05-25T12:00:00Z"));
    QCOMPARE(s.kind, AlarmState::Kind::Ok);
    QCOMPARE(s.quietMinutes, qint64(0));
}

void AlarmEvaluationTest::failingSignatures()
{
    AlarmFacts facts;
    facts.createdAt = utc("2024-01-01T00:00:00Z");
    facts.lastAccepted = utc("2024-05-25T10:00:00Z");
    facts.refusals = 2;
    facts.lastRefusalAt = utc("2024-05-25T11:00:00Z");
    facts.lastRefusalReason = QStringLiteral("signature does not match");
    const QDateTime now = utc("2024-05-25T12:00:00Z");
    const AlarmState below = AlarmEvaluation::evaluate(failures(3), Berlin, facts, now);
    QCOMPARE(below.kind, AlarmState::Kind::Ok);
    QCOMPARE(below.refusals, 2);
    QVERIFY2(below.text.contains(u"2 request(s) refused"), qPrintable(below.text));

    facts.refusals = 3;
    const AlarmState at = AlarmEvaluation::evaluate(failures(3), Berlin, facts, now);
    QCOMPARE(at.kind, AlarmState::Kind::FailingSignatures);
    QCOMPARE(at.kindName(), QStringLiteral("failing"));
    QVERIFY(at.isRaised());
    QCOMPARE(at.lastRefusalReason, facts.lastRefusalReason);
    QVERIFY2(at.text.contains(u"since the last accepted one on 2024-05-25 12:00 CEST"),
        qPrintable(at.text));
    QVERIFY2(at.text.endsWith(u"The last, on 2024-05-25 13:00 CEST: signature does not match"),
        qPrintable(at.text));

    // An accepted request resets the count (the query counts from it): nothing to say.
    facts.refusals = 0;
    facts.lastRefusalAt = {};
    const AlarmState reset = AlarmEvaluation::evaluate(failures(3), Berlin, facts, now);
    QCOMPARE(reset.kind, AlarmState::Kind::Ok);
    QCOMPARE(reset.text,
        QStringLiteral("No requests refused for their signature or token since the last "
                       "accepted one."));

    // Never accepted at all.
    facts.lastAccepted = {};
    facts.refusals = 5;
    const AlarmState never = AlarmEvaluation::evaluate(failures(1), Berlin, facts, now);
    QCOMPARE(never.kind, AlarmState::Kind::FailingSignatures);
    QVERIFY2(never.text.contains(u"none ever accepted"), qPrintable(never.text));
}

void AlarmEvaluationTest::failingWinsOverQuiet()
{
    AlarmFacts facts;
    facts.createdAt = utc("2024-01-01T00:00:00Z");
    facts.lastDonation = utc("2024-05-20T00:00:00Z");
    facts.refusals = 4;
    SilenceAlarm both = quiet(60);
    both.signatureFailures = 4;
    const AlarmState s =
        AlarmEvaluation::evaluate(both, Berlin, facts, utc("2024-05-25T00:00:00Z"));
    QCOMPARE(s.kind, AlarmState::Kind::FailingSignatures);
    // Both are said, the failures first.
    QVERIFY2(s.text.startsWith(u"4 request(s) in a row refused"), qPrintable(s.text));
    QVERIFY2(s.text.contains(u"No donation for 5 d"), qPrintable(s.text));
}

void AlarmEvaluationTest::offAndPaused()
{
    AlarmFacts facts;
    facts.createdAt = utc("2020-01-01T00:00:00Z");
    const QDateTime now = utc("2024-05-25T00:00:00Z");
    const AlarmState off = AlarmEvaluation::evaluate(SilenceAlarm(), Berlin, facts, now);
    QCOMPARE(off.kind, AlarmState::Kind::Off);
    QCOMPARE(off.kindName(), QStringLiteral("off"));
    QVERIFY(!off.isRaised());
    QCOMPARE(off.text, QStringLiteral("No silence alarm set."));

    EndpointConfig e;
    e.alarm = quiet(1);
    e.enabled = false;
    const AlarmState paused = AlarmEvaluation::evaluate(e, facts, now);
    QCOMPARE(paused.kind, AlarmState::Kind::Off);
    QCOMPARE(paused.text, QStringLiteral("Silence alarm paused: the endpoint is disabled."));
    e.enabled = true;
    QCOMPARE(AlarmEvaluation::evaluate(e, facts, now).kind, AlarmState::Kind::Quiet);
}

void AlarmEvaluationTest::zoneOfTheEndpoint()
{
    QCOMPARE(AlarmEvaluation::zoneFor(QString()), QTimeZone::systemTimeZone());
    QCOMPARE(AlarmEvaluation::zoneFor(QStringLiteral("Nowhere/Else")), QTimeZone::systemTimeZone());
    QCOMPARE(AlarmEvaluation::zoneFor(QStringLiteral("Europe/Berlin")).id(),
        QByteArray("Europe/Berlin"));

    // The window is read in the endpoint's zone: 08:00-22:00 in New York is 12:00-02:00 UTC
    // (EDT) for an endpoint whose zone it is.
    EndpointConfig e;
    e.timezone = QStringLiteral("America/New_York");
    e.alarm = quiet(60, "08:00-22:00");
    AlarmFacts facts;
    facts.createdAt = utc("2024-01-01T00:00:00Z");
    facts.lastDonation = utc("2024-05-25T02:00:00Z"); // 22:00 EDT
    QCOMPARE(AlarmEvaluation::evaluate(e, facts, utc("2024-05-25T12:59:00Z")).kind,
        AlarmState::Kind::Ok);
    QCOMPARE(AlarmEvaluation::evaluate(e, facts, utc("2024-05-25T13:00:00Z")).kind,
        AlarmState::Kind::Quiet);
}

void AlarmEvaluationTest::parseWindow_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<QString>("stored");
    QTest::newRow("empty") << "" << true << "";
    QTest::newRow("blank") << "  " << true << "";
    QTest::newRow("day") << "08:00-22:00" << true << "08:00-22:00";
    QTest::newRow("short hour") << "8:00-9:05" << true << "08:00-09:05";
    QTest::newRow("spaces") << " 22:00 - 06:00 " << true << "22:00-06:00";
    QTest::newRow("en dash") << QStringLiteral("08:00\u201322:00") << true << "08:00-22:00";
    QTest::newRow("until midnight") << "18:00-24:00" << true << "18:00-00:00";
    QTest::newRow("same") << "09:00-09:00" << true << "09:00-09:00";
    QTest::newRow("one time") << "08:00" << false << "";
    QTest::newRow("three") << "08:00-12:00-14:00" << false << "";
    QTest::newRow("seconds") << "08:00:00-22:00:00" << false << "";
    QTest::newRow("no minutes") << "8-22" << false << "";
    QTest::newRow("hour 25") << "08:00-25:00" << false << "";
    QTest::newRow("minute 60") << "08:60-22:00" << false << "";
    QTest::newRow("24 start") << "24:00-06:00" << false << "";
    QTest::newRow("24:30") << "08:00-24:30" << false << "";
}

void AlarmEvaluationTest::parseWindow()
{
    QFETCH(QString, text);
    QFETCH(bool, readable);
    QFETCH(QString, stored);
    const auto w = SilenceAlarm::parseWindow(text);
    QCOMPARE(w.has_value(), readable);
    if (!w)
        return;
    SilenceAlarm a;
    a.windowFrom = w->from;
    a.windowTo = w->to;
    QCOMPARE(a.windowText(), stored);
}

void AlarmEvaluationTest::parseDuration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minutes"); // -1: unreadable
    QTest::newRow("minutes") << "90m" << 90;
    QTest::newRow("min") << "45min" << 45;
    QTest::newRow("hours") << "6h" << 360;
    QTest::newRow("both") << "1h30m" << 90;
    QTest::newRow("spaced") << " 1h 30m " << 90;
    QTest::newRow("upper case") << "6H" << 360;
    QTest::newRow("days") << "2d" << 2880;
    QTest::newRow("all units") << "1d2h3m" << 1563;
    QTest::newRow("zero") << "0" << 0;
    QTest::newRow("off") << "off" << 0;
    QTest::newRow("OFF") << "OFF" << 0;
    QTest::newRow("none") << "none" << 0;
    QTest::newRow("empty") << "" << 0;
    QTest::newRow("zero hours") << "0h" << 0;
    QTest::newRow("bare number") << "6" << -1;
    QTest::newRow("words") << "6 hours" << -1;
    QTest::newRow("seconds") << "30s" << -1;
    QTest::newRow("wrong order") << "30m1h" << -1;
    QTest::newRow("negative") << "-1h" << -1;
    QTest::newRow("decimal") << "1.5h" << -1;
    QTest::newRow("unit alone") << "h" << -1;
    QTest::newRow("huge") << "9999999h" << -1;
}

void AlarmEvaluationTest::parseDuration()
{
    QFETCH(QString, text);
    QFETCH(int, minutes);
    const auto parsed = SilenceAlarm::parseDuration(text);
    QCOMPARE(parsed.has_value(), minutes >= 0);
    if (parsed)
        QCOMPARE(*parsed, minutes);
}

void AlarmEvaluationTest::durationText()
{
    QCOMPARE(SilenceAlarm::durationText(0), QString());
    QCOMPARE(SilenceAlarm::durationText(45), QStringLiteral("45m"));
    QCOMPARE(SilenceAlarm::durationText(90), QStringLiteral("1h30m"));
    QCOMPARE(SilenceAlarm::durationText(360), QStringLiteral("6h"));
    QCOMPARE(SilenceAlarm::durationText(1563), QStringLiteral("1d2h3m"));
    QCOMPARE(SilenceAlarm::durationText(43200), QStringLiteral("30d"));
    // What is written is read back the same.
    for (int m : {1, 59, 60, 61, 1439, 1440, 1441, 10000, 43200})
        QCOMPARE(SilenceAlarm::parseDuration(SilenceAlarm::durationText(m)), std::optional(m));
}

void AlarmEvaluationTest::humanDuration()
{
    QCOMPARE(AlarmEvaluation::humanDuration(0), QStringLiteral("0 min"));
    QCOMPARE(AlarmEvaluation::humanDuration(45), QStringLiteral("45 min"));
    QCOMPARE(AlarmEvaluation::humanDuration(60), QStringLiteral("1 h"));
    QCOMPARE(AlarmEvaluation::humanDuration(430), QStringLiteral("7 h 10 min"));
    QCOMPARE(AlarmEvaluation::humanDuration(47 * 60 + 59), QStringLiteral("47 h 59 min"));
    QCOMPARE(AlarmEvaluation::humanDuration(48 * 60), QStringLiteral("2 d"));
    QCOMPARE(AlarmEvaluation::humanDuration(51 * 60 + 30), QStringLiteral("2 d 3 h"));
}

void AlarmEvaluationTest::describeSettings()
{
    QCOMPARE(AlarmEvaluation::describeSettings(SilenceAlarm()), QStringLiteral("off"));
    QCOMPARE(AlarmEvaluation::describeSettings(quiet(360, "08:00-22:00")),
        QStringLiteral("no donation for 6 h (counted 08:00-22:00)"));
    SilenceAlarm both = quiet(90);
    both.signatureFailures = 3;
    QCOMPARE(AlarmEvaluation::describeSettings(both),
        QStringLiteral("no donation for 1 h 30 min; 3 signature or token refusal(s) in a row"));
}

QTEST_GUILESS_MAIN(AlarmEvaluationTest)
#include "tst_alarmevaluation.moc"
