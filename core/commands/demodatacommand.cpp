#include "commandline.h"
#include "demo/demodata.h"
#include "storage/database.h"
#include "time/timestamps.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

namespace CommandLine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoDataCommand", text);
}

// Progress goes to stderr, so that stdout keeps the one line scripts read.
void printProgress(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    fflush(stderr);
}

} // namespace

int demoData(const QStringList &arguments)
{
    const QString command = QStringLiteral("demo-data");
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("count"),
        tr("Donations to add, about (1 to %1).").arg(DemoData::MaxCount), QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"),
        tr("Seed of the generator (default 1): the same seed, time and database give the same "
           "donations."),
        QStringLiteral("S")});
    parser.addOption({QStringLiteral("now"),
        tr("The moment the data leads up to, ISO 8601 (default: the current time)."),
        QStringLiteral("DATETIME")});
    int exitCode = Ok;
    if (!parse(parser, command, arguments,
            QStringLiteral("Usage: donationdesk demo-data --count N [--seed S] [--now DATETIME]"),
            &exitCode))
        return exitCode;

    DemoData::Options options;
    if (!parser.isSet(QStringLiteral("count")))
        return fail(command, tr("--count is required (the number of donations to add)"), Usage);
    {
        const QString text = parser.value(QStringLiteral("count"));
        bool ok = false;
        const int count = text.toInt(&ok);
        if (!ok || count < 1 || count > DemoData::MaxCount)
            return fail(command,
                tr("--count: expected a whole number from 1 to %1, got '%2'")
                    .arg(DemoData::MaxCount)
                    .arg(text),
                Usage);
        options.count = count;
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        const QString text = parser.value(QStringLiteral("seed"));
        bool ok = false;
        options.seed = text.toUInt(&ok);
        if (!ok)
            return fail(command,
                tr("--seed: expected a whole number from 0 to 4294967295, got '%1'").arg(text),
                Usage);
    }
    options.now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("now"))) {
        const QString text = parser.value(QStringLiteral("now"));
        QString why;
        const auto now = Timestamps::parse(text, QTimeZone::utc(), &why);
        if (!now)
            return fail(command,
                tr("--now: expected a date and time such as 2025-06-01T12:00:00Z, got '%1'")
                    .arg(text),
                Usage);
        options.now = *now;
    }

    DbConnection db(databasePath(parser));
    if (!openDatabase(command, parser, db, &exitCode))
        return exitCode;

    QElapsedTimer timer;
    timer.start();
    int lastTenth = 0;
    const auto progress = [&](qint64 done, qint64 total) {
        const int tenth = total > 0 ? int(done * 10 / total) : 10;
        if (tenth > lastTenth && tenth < 10) {
            lastTenth = tenth;
            printProgress(tr("donationdesk %1: %2% (%3 of %4 donations)\n")
                              .arg(command)
                              .arg(tenth * 10)
                              .arg(done)
                              .arg(total));
        }
        return true;
    };
    QString error;
    DemoData::Summary summary;
    if (!DemoData::generate(db.db(), options, &error, progress, &summary))
        return fail(command, error, Failed);
    printOut(tr("generated %1 donations in %2 s into %3\n")
                 .arg(summary.donations)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                 .arg(db.path()));
    return Ok;
}

} // namespace CommandLine
