#include "commandline.h"
#include "providers/provideradapter.h"
#include "storage/database.h"
#include "storage/endpointstore.h"
#include "testing/testsend.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CommandLine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SendTestCommand", text);
}

QString samplesTable()
{
    // The name --event takes (the sample's id without its provider), the provider's event,
    // and the title.
    QString out;
    for (const SampleEvents::Sample &s : SampleEvents::all())
        out += QStringLiteral("%1  %2  %3  %4\n")
                   .arg(s.provider, -14)
                   .arg(s.id.mid(s.provider.size() + 1), -32)
                   .arg(s.event, -26)
                   .arg(s.title);
    return out;
}

// "2.1 ms", "1.24 s"
QString duration(qint64 us)
{
    if (us < 1000)
        return QStringLiteral("%1 µs").arg(us);
    if (us < 1'000'000)
        return QStringLiteral("%1 ms").arg(double(us) / 1000.0, 0, 'f', us < 10'000 ? 2 : 1);
    return QStringLiteral("%1 s").arg(double(us) / 1e6, 0, 'f', 2);
}

QJsonObject resultJson(const TestSend::Result &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("status"), r.status);
    o.insert(QStringLiteral("reason"), QString::fromUtf8(r.reason));
    o.insert(QStringLiteral("elapsed_ms"), double(r.elapsedUs) / 1000.0);
    QJsonArray headers;
    for (const auto &h : r.headers)
        headers.append(QJsonArray {QString::fromUtf8(h.first), QString::fromUtf8(h.second)});
    o.insert(QStringLiteral("headers"), headers);
    o.insert(QStringLiteral("body"), QString::fromUtf8(r.body));
    if (r.failure != TestSend::Failure::None) {
        o.insert(QStringLiteral("failure"), TestSend::failureName(r.failure));
        o.insert(QStringLiteral("error"), r.error);
    }
    return o;
}

} // namespace

int sendTest(const QStringList &arguments)
{
    const QString command = QStringLiteral("send-test");
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("provider"),
        tr("Provider of the event: %1.").arg(Providers::ids().join(QStringLiteral(", "))),
        QStringLiteral("P")});
    parser.addOption({QStringLiteral("event"),
        tr("The sample event: its name or the provider's event name (see --list); default: the "
           "provider's first."),
        QStringLiteral("E")});
    parser.addOption({QStringLiteral("url"),
        tr("Where to send it: the endpoint's full URL (default with --endpoint: the local "
           "listener at 127.0.0.1:8787)."),
        QStringLiteral("URL")});
    parser.addOption({QStringLiteral("endpoint"),
        tr("Take the provider, secret and URL from this endpoint of the database."),
        QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("secret"),
        tr("The endpoint's secret to sign with (NationBuilder: its token)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("set"),
        tr("Set a field of the body: a dotted path (payments.0.amount) and a JSON value or text. "
           "Repeatable."),
        QStringLiteral("PATH=VALUE")});
    parser.addOption({QStringLiteral("amount"), tr("The amount, in major units (25.00)."),
        QStringLiteral("AMOUNT")});
    parser.addOption({QStringLiteral("currency"), tr("The currency code."), QStringLiteral("CUR")});
    parser.addOption({QStringLiteral("donor"), tr("The donor's name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("email"), tr("The donor's email."), QStringLiteral("EMAIL")});
    parser.addOption({QStringLiteral("status"), tr("The provider's own status word."),
        QStringLiteral("STATUS")});
    parser.addOption(
        {QStringLiteral("id"), tr("The provider's id of the donation."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("variant"),
        tr("Which of the sample's varied donors, amounts and currencies (default 0)."),
        QStringLiteral("N")});
    parser.addOption({QStringLiteral("bad-signature"), tr("Sign with another secret.")});
    parser.addOption({QStringLiteral("missing-signature"), tr("Send no signature.")});
    parser.addOption({QStringLiteral("wrong-token"), tr("Send to another token's URL.")});
    parser.addOption({QStringLiteral("stale-timestamp"),
        tr("Sign with a timestamp ten minutes old (Standard Webhooks).")});
    parser.addOption({QStringLiteral("oversized"), tr("Pad the body beyond 1 MiB.")});
    parser.addOption({QStringLiteral("not-a-test"),
        tr("Do not mark the request as a test: its donation counts in reports.")});
    parser.addOption({QStringLiteral("count"),
        tr("Send N requests (each its own donation) and print throughput and latency."),
        QStringLiteral("N")});
    parser.addOption({QStringLiteral("concurrency"),
        tr("Requests under way at once with --count (default 8)."), QStringLiteral("C")});
    parser.addOption({QStringLiteral("timeout"),
        tr("Seconds to wait for each answer (default 15)."), QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("show-request"),
        tr("Print the request as sent (headers and body) to standard error.")});
    parser.addOption({QStringLiteral("json"), tr("Print the answer as one JSON object.")});
    parser.addOption({QStringLiteral("list"), tr("List the sample events and exit.")});
    int exitCode = Ok;
    if (!parse(parser, command, arguments,
            QStringLiteral(
                "Usage: donationdesk send-test (--provider P --url URL | --endpoint NAME) "
                "[--event E] [--secret S] [--set PATH=VALUE ...] [--bad-signature] "
                "[--count N --concurrency C]"),
            &exitCode))
        return exitCode;

    if (parser.isSet(QStringLiteral("list"))) {
        printOut(samplesTable());
        return Ok;
    }

    auto positiveNumber = [&](const char *name, qint64 fallback, qint64 max, qint64 *out) {
        *out = fallback;
        if (!parser.isSet(QLatin1String(name)))
            return true;
        bool ok = false;
        const QString text = parser.value(QLatin1String(name));
        *out = text.toLongLong(&ok);
        if (ok && *out >= 1 && *out <= max)
            return true;
        exitCode = fail(command,
            tr("--%1: expected a whole number from 1 to %2, got '%3'")
                .arg(QLatin1String(name))
                .arg(max)
                .arg(text),
            Usage);
        return false;
    };
    qint64 count = 1, concurrency = 8, timeoutSeconds = 15, variant = 0;
    if (!positiveNumber("count", 1, 10'000'000, &count)
        || !positiveNumber("concurrency", 8, 1024, &concurrency)
        || !positiveNumber("timeout", 15, 3600, &timeoutSeconds))
        return exitCode;
    if (parser.isSet(QStringLiteral("variant"))) {
        bool ok = false;
        variant = parser.value(QStringLiteral("variant")).toLongLong(&ok);
        if (!ok || variant < 0)
            return fail(command,
                tr("--variant: expected a whole number, got '%1'")
                    .arg(parser.value(QStringLiteral("variant"))),
                Usage);
    }

    TestSend::Plan plan;
    QList<TestSend::Breakage> breakages;
    for (const TestSend::Breakage b : {TestSend::Breakage::BadSignature,
             TestSend::Breakage::MissingSignature, TestSend::Breakage::WrongToken,
             TestSend::Breakage::StaleTimestamp, TestSend::Breakage::Oversized}) {
        if (parser.isSet(TestSend::breakageName(b)))
            breakages << b;
    }
    if (breakages.size() > 1)
        return fail(command,
            tr("choose one way to break the request, not %1").arg(breakages.size()), Usage);
    if (!breakages.isEmpty())
        plan.breakage = breakages.first();
    plan.markAsTest = !parser.isSet(QStringLiteral("not-a-test"));

    if (parser.isSet(QStringLiteral("endpoint"))) {
        DbConnection db(databasePath(parser));
        std::optional<EndpointConfig> endpoint;
        if (!openDatabase(command, parser, db, &exitCode, true)
            || !endpointOption(command, parser, db, &endpoint, &exitCode))
            return exitCode;
        plan.endpoint = *endpoint;
        plan.url =
            QUrl(QStringLiteral("http://127.0.0.1:8787") + QString::fromLatin1(endpoint->path()));
        if (parser.isSet(QStringLiteral("provider"))
            && parser.value(QStringLiteral("provider")).trimmed().toLower() != endpoint->provider)
            return fail(command,
                tr("--provider %1 does not match the endpoint, a %2 endpoint")
                    .arg(parser.value(QStringLiteral("provider")), endpoint->provider),
                Usage);
    } else {
        if (!parser.isSet(QStringLiteral("provider")))
            return fail(command, tr("--provider is required (or --endpoint)"), Usage);
        if (!parser.isSet(QStringLiteral("url")))
            return fail(command, tr("--url is required (or --endpoint)"), Usage);
        plan.endpoint.provider = parser.value(QStringLiteral("provider")).trimmed().toLower();
        if (!Providers::find(plan.endpoint.provider))
            return fail(command,
                tr("--provider: unknown provider '%1' (one of: %2)")
                    .arg(plan.endpoint.provider, Providers::ids().join(QStringLiteral(", "))),
                Usage);
    }
    if (parser.isSet(QStringLiteral("url"))) {
        plan.url = QUrl(parser.value(QStringLiteral("url")), QUrl::StrictMode);
        if (!plan.url.isValid() || (plan.url.scheme() != u"http" && plan.url.scheme() != u"https")
            || plan.url.host().isEmpty())
            return fail(command,
                tr("--url: expected an http:// or https:// URL, got '%1'")
                    .arg(parser.value(QStringLiteral("url"))),
                Usage);
    }
    if (parser.isSet(QStringLiteral("secret")))
        plan.endpoint.secret = parser.value(QStringLiteral("secret")).toUtf8();

    const QList<SampleEvents::Sample> samples = SampleEvents::forProvider(plan.endpoint.provider);
    if (samples.isEmpty())
        return fail(command, tr("no sample events for %1").arg(plan.endpoint.provider), Failed);
    if (parser.isSet(QStringLiteral("event"))) {
        const QString wanted = parser.value(QStringLiteral("event")).trimmed();
        // The sample's name (its id, with or without the provider), else the first sample of
        // that provider event.
        auto it =
            std::find_if(samples.cbegin(), samples.cend(), [&](const SampleEvents::Sample &s) {
                return s.id == wanted || s.id == plan.endpoint.provider + u'.' + wanted;
            });
        if (it == samples.cend())
            it = std::find_if(samples.cbegin(), samples.cend(),
                [&](const SampleEvents::Sample &s) { return s.event == wanted; });
        if (it == samples.cend()) {
            QStringList names;
            for (const auto &s : samples)
                names << s.id.mid(s.provider.size() + 1);
            return fail(command,
                tr("--event: %1 has no sample '%2' (one of: %3)")
                    .arg(plan.endpoint.provider, wanted, names.join(QStringLiteral(", "))),
                Usage);
        }
        plan.sample = *it;
    } else {
        plan.sample = samples.first();
    }

    plan.overrides.amount = parser.value(QStringLiteral("amount"));
    plan.overrides.currency = parser.value(QStringLiteral("currency"));
    plan.overrides.donorName = parser.value(QStringLiteral("donor"));
    plan.overrides.donorEmail = parser.value(QStringLiteral("email"));
    plan.overrides.status = parser.value(QStringLiteral("status"));
    plan.overrides.externalId = parser.value(QStringLiteral("id"));
    for (const QString &edit : parser.values(QStringLiteral("set"))) {
        const qsizetype eq = edit.indexOf(u'=');
        if (eq <= 0)
            return fail(command, tr("--set: expected PATH=VALUE, got '%1'").arg(edit), Usage);
        plan.overrides.set << qMakePair(edit.left(eq), edit.mid(eq + 1));
    }
    plan.variant = quint64(variant);

    if (count == 1) {
        const TestSend::Prepared request = TestSend::prepare(plan);
        if (!request.error.isEmpty())
            return fail(command, request.error, Usage);
        if (parser.isSet(QStringLiteral("show-request"))) {
            QString text = QStringLiteral("POST %1\n").arg(request.url.toString());
            for (const auto &h : request.headers)
                text += QString::fromUtf8(h.first + ": " + h.second) + u'\n';
            text += u'\n' + QString::fromUtf8(request.body.left(64 * 1024)) + u'\n';
            fputs(qPrintable(text), stderr);
        }
        TestSend::Sender sender;
        sender.setTimeout(int(timeoutSeconds * 1000));
        TestSend::Result result;
        QEventLoop loop;
        sender.send(request, [&](const TestSend::Result &r) {
            result = r;
            loop.quit();
        });
        loop.exec();
        if (parser.isSet(QStringLiteral("json"))) {
            printOut(
                QString::fromUtf8(QJsonDocument(resultJson(result)).toJson(QJsonDocument::Compact))
                + u'\n');
        } else if (result.status > 0) {
            printOut(QStringLiteral("HTTP %1 %2 in %3\n%4\n")
                         .arg(result.status)
                         .arg(QString::fromUtf8(result.reason), duration(result.elapsedUs),
                             QString::fromUtf8(result.body)));
        } else {
            return fail(command,
                tr("no answer from %1 (%2): %3")
                    .arg(request.url.toDisplayString(QUrl::RemovePath),
                        TestSend::failureName(result.failure), result.error),
                Failed);
        }
        return result.ok() ? Ok : Failed;
    }

    // Many: each its own donation (its own variant), at the set concurrency.
    {
        const TestSend::Prepared first = TestSend::prepare(plan);
        if (!first.error.isEmpty())
            return fail(command, first.error, Usage);
    }
    TestSend::LoadRun run(count, int(concurrency), [plan](qint64 i) {
        TestSend::Plan p = plan;
        p.variant = plan.variant + quint64(i);
        return TestSend::prepare(p);
    });
    QEventLoop loop;
    QObject::connect(&run, &TestSend::LoadRun::finished, &loop, &QEventLoop::quit);
    run.start();
    loop.exec();
    const TestSend::Summary &s = run.summary();
    QStringList statuses;
    for (auto it = s.byStatus.cbegin(); it != s.byStatus.cend(); ++it)
        statuses << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
    for (auto it = s.failures.cbegin(); it != s.failures.cend(); ++it)
        statuses << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
    printOut(QStringLiteral("sent %1 in %2 (%3/s) at concurrency %4: %5\n"
                            "latency of 2xx answers: p50 %6, p90 %7, p99 %8, max %9\n")
                 .arg(s.sent)
                 .arg(duration(s.elapsedUs))
                 .arg(s.perSecond(), 0, 'f', 0)
                 .arg(concurrency)
                 .arg(statuses.join(QStringLiteral(", ")))
                 .arg(duration(s.percentileUs(50)), duration(s.percentileUs(90)),
                     duration(s.percentileUs(99)),
                     duration(s.latenciesUs.isEmpty() ? 0 : s.latenciesUs.last())));
    if (s.succeeded != s.sent) {
        fail(command,
            tr("%1 of %2 not answered 2xx; first: %3")
                .arg(s.sent - s.succeeded)
                .arg(s.sent)
                .arg(s.firstError),
            Failed);
        return Failed;
    }
    return Ok;
}

} // namespace CommandLine
