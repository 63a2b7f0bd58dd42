#include "clitest.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using Cli::byName;
using Cli::field;
using Cli::isOneJsonLine;
using Cli::isUsageError;
using Cli::Result;

namespace {

bool matches(const char *pattern, const QString &text)
{
    return QRegularExpression(QLatin1String(pattern)).match(text).hasMatch();
}

} // namespace

// `donationdesk endpoint add|list|update|remove`, as a setup script would use them.
class TestCliEndpoint : public QObject
{
    Q_OBJECT

private:
    Cli::Sandbox m_sandbox;
    int m_databases = 0;

    // A database of its own for each test, so that ids and names do not depend on test order.
    QString freshDatabase()
    {
        return m_sandbox.path(QStringLiteral("endpoints-%1.sqlite").arg(++m_databases));
    }

    QJsonArray list(const QString &db) const
    {
        return m_sandbox.endpoint(db, "list --json --show-secrets").jsonArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(Cli::binary()).isExecutable(), qPrintable(Cli::binary()));
        QVERIFY(m_sandbox.isValid());
    }

    void addPrintsJson_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QStringList>("extra");
        // none: the URL is the secret; hex: a generated 256-bit hex secret; whsec: a generated
        // Standard Webhooks secret; given: the --secret passed.
        QTest::addColumn<QString>("secretKind");
        QTest::addColumn<QString>("currency");

        auto add = [](const char *tag, const char *provider, const char *extra,
                       const char *secretKind, const char *currency) {
            QTest::newRow(tag) << provider << Cli::words(extra) << secretKind << currency;
        };
        add("changeup", "changeup", "", "none", "");
        add("changeup signed", "changeup", "--secret whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "given", "");
        add("inqud", "inqud", "", "hex", "");
        add("givecloud", "givecloud", "--currency cad", "hex", "CAD");
        add("nationbuilder", "nationbuilder", "--currency usd --secret nb-shared-token", "given",
            "USD");
        add("donary", "donary", "", "none", "");
        add("standard", "standard", "", "whsec", "");
        // Provider names are matched without regard to case, as people type them.
        add("upper-case provider", "Standard", "", "whsec", "");
    }

    void addPrintsJson()
    {
        QFETCH(QString, provider);
        QFETCH(QStringList, extra);
        QFETCH(QString, secretKind);
        QFETCH(QString, currency);
        const QString db = freshDatabase();
        const QString name = QStringLiteral("Кампания «%1» 春").arg(provider);

        const Result r = m_sandbox.endpoint(db, "add --json",
            QStringList {QStringLiteral("--provider"), provider, QStringLiteral("--name"), name}
                + extra);
        QVERIFY2(isOneJsonLine(r), r.describe().constData());
        const QJsonObject o = r.jsonObject();
        QCOMPARE(field(o, "id").toInteger(), 1);
        QCOMPARE(field(o, "name").toString(), name);
        QCOMPARE(field(o, "provider").toString(), provider.toLower());
        const QString path = field(o, "path").toString();
        QVERIFY2(Cli::isHookPath(path), qPrintable(path));
        QCOMPARE(field(o, "enabled").toBool(false), true);
        QCOMPARE(field(o, "currency").toString(), currency);
        QCOMPARE(field(o, "record_policy").toString(), QStringLiteral("delay:0"));

        const QString secret = field(o, "secret").toString();
        if (secretKind == u"none") {
            QVERIFY(secret.isEmpty());
            QCOMPARE(field(o, "has_secret").toBool(true), false);
        } else {
            QCOMPARE(field(o, "has_secret").toBool(false), true);
            if (secretKind == u"hex")
                QVERIFY2(matches("^[0-9a-f]{64}$", secret), qPrintable(secret));
            else if (secretKind == u"whsec")
                QVERIFY2(matches("^whsec_[A-Za-z0-9+/]{32,}={0,2}$", secret), qPrintable(secret));
            else
                QCOMPARE(secret, extra.at(extra.indexOf(QStringLiteral("--secret")) + 1));
        }

        // What add printed is what was stored.
        const Result listed = m_sandbox.endpoint(db, "list --json --show-secrets");
        QVERIFY2(isOneJsonLine(listed), listed.describe().constData());
        QCOMPARE(listed.jsonArray().size(), 1);
        QCOMPARE(listed.jsonArray().first().toObject(), o);
    }

    void addPrintsTextWithoutJson()
    {
        const QString db = freshDatabase();
        const Result r = m_sandbox.endpoint(db, "add --provider inqud --name crypto");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY2(r.out.startsWith("Created endpoint crypto (inqud)"), r.out.constData());
        const QJsonObject stored = list(db).first().toObject();
        // The one moment the secret is shown without asking: right after it was generated.
        QVERIFY(r.out.contains(field(stored, "path").toString().toUtf8()));
        QVERIFY(r.out.contains(field(stored, "secret").toString().toUtf8()));
    }

    void tokensAreUnique()
    {
        const QString db = freshDatabase();
        QSet<QString> paths;
        for (const char *name : {"a", "b", "c", "d", "e", "f"}) {
            const Result r = m_sandbox.endpoint(db, "add --provider donary --json",
                {QStringLiteral("--name"), QLatin1String(name)});
            QVERIFY2(isOneJsonLine(r), r.describe().constData());
            paths.insert(field(r.jsonObject(), "path").toString());
        }
        QCOMPARE(paths.size(), 6);
    }

    void addSettings_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QJsonObject>("expected"); // fields the printed object must have

        QTest::newRow("currency, event, delay, zone, allow-list")
            << (Cli::words("--provider nationbuilder --event Succeeded --record-delay 14 "
                           "--timezone Europe/Berlin")
                   + QStringList {QStringLiteral("--currency"), QStringLiteral(" eur "),
                       QStringLiteral("--allow-from"), QStringLiteral("127.0.0.1, 10.0.0.0/8")})
            << QJsonObject {{QStringLiteral("currency"), QStringLiteral("EUR")},
                   {QStringLiteral("event"), QStringLiteral("succeeded")},
                   {QStringLiteral("record_policy"), QStringLiteral("delay:14")},
                   {QStringLiteral("record_delay_days"), 14},
                   {QStringLiteral("timezone"), QStringLiteral("Europe/Berlin")},
                   {QStringLiteral("allow_from"),
                       QJsonArray {QStringLiteral("127.0.0.1"), QStringLiteral("10.0.0.0/8")}}};
        QTest::newRow("record date")
            << Cli::words("--provider givecloud --record-date 2024-06-15 "
                          "--event contribution_refunded")
            << QJsonObject {{QStringLiteral("record_policy"), QStringLiteral("date:2024-06-15")},
                   {QStringLiteral("record_date"), QStringLiteral("2024-06-15")},
                   {QStringLiteral("event"), QStringLiteral("contribution_refunded")}};
        QTest::newRow("longest delay")
            << Cli::words("--provider changeup --record-delay 3650")
            << QJsonObject {{QStringLiteral("record_policy"), QStringLiteral("delay:3650")},
                   {QStringLiteral("record_delay_days"), 3650}};
        QTest::newRow("leap day") << Cli::words(
            "--provider donary --record-date 2028-02-29 --currency ILS --event charge")
                                  << QJsonObject {{QStringLiteral("record_policy"),
                                                      QStringLiteral("date:2028-02-29")},
                                         {QStringLiteral("currency"), QStringLiteral("ILS")},
                                         {QStringLiteral("event"), QStringLiteral("charge")}};
    }

    void addSettings()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QJsonObject, expected);
        const QString db = freshDatabase();
        const Result r = m_sandbox.endpoint(db, "add --name settings --json", arguments);
        QVERIFY2(isOneJsonLine(r), r.describe().constData());
        const QJsonObject o = r.jsonObject();
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QVERIFY2(o.value(it.key()) == it.value(),
                qPrintable(it.key() + u' ' + QString::fromUtf8(r.out)));
        if (field(o, "record_policy").toString().startsWith(u"date:"))
            QVERIFY(!o.contains(QLatin1String("record_delay_days")));

        const QJsonObject stored = list(db).first().toObject();
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QCOMPARE(stored.value(it.key()), it.value());
    }

    void addRefusesDuplicateName()
    {
        const QString db = freshDatabase();
        const QStringList name {QStringLiteral("--name"), QStringLiteral("Crypto Widget")};
        QCOMPARE(m_sandbox.endpoint(db, "add --provider inqud", name).exitCode, 0);
        const Result again = m_sandbox.endpoint(db, "add --provider givecloud", name);
        // Not a usage error: the arguments are fine, the database says no.
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.out.isEmpty());
        QCOMPARE(again.errLines().size(), 1);
        QVERIFY2(again.err.contains("Crypto Widget"), again.err.constData());
        QCOMPARE(list(db).size(), 1);
    }

    void listJson()
    {
        const QString db = freshDatabase();
        // An empty database lists as an empty array, not as nothing: scripts parse it.
        const Result empty = m_sandbox.endpoint(db, "list --json");
        QVERIFY2(isOneJsonLine(empty), empty.describe().constData());
        QCOMPARE(empty.out, QByteArray("[]\n"));

        QHash<QString, QString> secrets;
        for (const auto &[provider, name] : {std::pair {"givecloud", "Givecloud — main"},
                 std::pair {"standard", "Standard hooks"}, std::pair {"donary", "Donary שול"}}) {
            const Result r = m_sandbox.endpoint(db, "add --json",
                {QStringLiteral("--provider"), QLatin1String(provider), QStringLiteral("--name"),
                    QString::fromUtf8(name)});
            QVERIFY2(isOneJsonLine(r), r.describe().constData());
            secrets.insert(QString::fromUtf8(name), field(r.jsonObject(), "secret").toString());
        }

        const Result hidden = m_sandbox.endpoint(db, "list --json");
        QVERIFY2(isOneJsonLine(hidden), hidden.describe().constData());
        QCOMPARE(hidden.jsonArray().size(), 3);
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
            const QJsonObject o = byName(hidden.jsonArray(), it.key());
            QVERIFY2(!o.isEmpty(), qPrintable(it.key()));
            // Secrets stay out of listings unless asked for; whether there is one is shown.
            QVERIFY(!o.contains(QLatin1String("secret")));
            QCOMPARE(field(o, "has_secret").toBool(), !it.value().isEmpty());
            QVERIFY(Cli::isHookPath(field(o, "path").toString()));
            if (!it.value().isEmpty())
                QVERIFY(!hidden.out.contains(it.value().toUtf8()));
        }

        const Result shown = m_sandbox.endpoint(db, "list --json --show-secrets");
        QVERIFY2(isOneJsonLine(shown), shown.describe().constData());
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
            QCOMPARE(field(byName(shown.jsonArray(), it.key()), "secret").toString(), it.value());
    }

    void listText()
    {
        const QString db = freshDatabase();
        const Result empty = m_sandbox.endpoint(db, "list");
        QCOMPARE(empty.exitCode, 0);
        QVERIFY2(empty.out.startsWith("No endpoints yet"), empty.out.constData());

        const Result added = m_sandbox.endpoint(db, "add --provider inqud --name Δωρεές --json");
        const QByteArray secret = field(added.jsonObject(), "secret").toString().toUtf8();
        QVERIFY(!secret.isEmpty());

        const Result hidden = m_sandbox.endpoint(db, "list");
        QCOMPARE(hidden.exitCode, 0);
        QVERIFY2(hidden.out.contains("Δωρεές (inqud)"), hidden.out.constData());
        QVERIFY(hidden.out.contains(field(added.jsonObject(), "path").toString().toUtf8()));
        QVERIFY2(!hidden.out.contains(secret), "the secret was listed without --show-secrets");

        const Result shown = m_sandbox.endpoint(db, "list --show-secrets");
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains(secret), shown.out.constData());
    }

    void updateRename()
    {
        const QString db = freshDatabase();
        const QJsonObject before = m_sandbox
                                       .endpoint(db, "add --provider givecloud --json",
                                           {QStringLiteral("--name"), QStringLiteral("old name")})
                                       .jsonObject();

        const Result r = m_sandbox.endpoint(db, "update --json",
            {QStringLiteral("old name"), QStringLiteral("--name"),
                QStringLiteral("Nouveau nom ✓")});
        QVERIFY2(isOneJsonLine(r), r.describe().constData());
        QCOMPARE(field(r.jsonObject(), "name").toString(), QStringLiteral("Nouveau nom ✓"));
        // A rename keeps the URL the provider was given, and the secret.
        QCOMPARE(field(r.jsonObject(), "path"), field(before, "path"));
        QCOMPARE(field(r.jsonObject(), "id"), field(before, "id"));
        const QJsonObject stored = list(db).first().toObject();
        QCOMPARE(field(stored, "name").toString(), QStringLiteral("Nouveau nom ✓"));
        QCOMPARE(field(stored, "secret"), field(before, "secret"));

        const Result old = m_sandbox.endpoint(db, "update --disable", {QStringLiteral("old name")});
        QVERIFY2(isUsageError(old, "old name"), old.describe().constData());
    }

    void updateById()
    {
        const QString db = freshDatabase();
        m_sandbox.endpoint(db, "add --provider donary --name first");
        const QJsonObject second =
            m_sandbox.endpoint(db, "add --provider donary --name second --json").jsonObject();
        const QString id = QString::number(field(second, "id").toInteger());
        const Result r = m_sandbox.endpoint(db, "update --name by-id --json", {id});
        QVERIFY2(isOneJsonLine(r), r.describe().constData());
        QCOMPARE(field(r.jsonObject(), "id"), field(second, "id"));
        QVERIFY(!byName(list(db), QStringLiteral("first")).isEmpty());
        QVERIFY(!byName(list(db), QStringLiteral("by-id")).isEmpty());
    }

    void updateNewSecret()
    {
        const QString db = freshDatabase();
        const QJsonObject before =
            m_sandbox.endpoint(db, "add --provider inqud --name rotate --json").jsonObject();
        const Result r = m_sandbox.endpoint(db, "update rotate --new-secret --json");
        QVERIFY2(isOneJsonLine(r), r.describe().constData());
        const QString secret = field(r.jsonObject(), "secret").toString();
        QVERIFY2(matches("^[0-9a-f]{64}$", secret), qPrintable(secret));
        QVERIFY(secret != field(before, "secret").toString());
        QCOMPARE(field(r.jsonObject(), "path"), field(before, "path"));
        QCOMPARE(field(list(db).first().toObject(), "secret").toString(), secret);

        // A given secret replaces it too; a provider without secrets has nothing to rotate.
        const Result given = m_sandbox.endpoint(db, "update rotate --secret my-own-secret --json");
        QCOMPARE(field(given.jsonObject(), "secret").toString(), QStringLiteral("my-own-secret"));
        m_sandbox.endpoint(db, "add --provider donary --name unsigned");
        const Result none = m_sandbox.endpoint(db, "update unsigned --new-secret");
        QVERIFY2(isUsageError(none, "--new-secret"), none.describe().constData());
    }

    void updateDisableEnable()
    {
        const QString db = freshDatabase();
        m_sandbox.endpoint(db, "add --provider standard --name toggle");
        const Result off = m_sandbox.endpoint(db, "update toggle --disable --json");
        QVERIFY2(isOneJsonLine(off), off.describe().constData());
        QCOMPARE(field(off.jsonObject(), "enabled").toBool(true), false);
        // A change that is not about the secret does not print it.
        QVERIFY(!off.jsonObject().contains(QLatin1String("secret")));
        QCOMPARE(field(list(db).first().toObject(), "enabled").toBool(true), false);
        QVERIFY(m_sandbox.endpoint(db, "list").out.contains("toggle (standard) [disabled]"));

        const Result on = m_sandbox.endpoint(db, "update toggle --enable --json");
        QVERIFY2(isOneJsonLine(on), on.describe().constData());
        QCOMPARE(field(on.jsonObject(), "enabled").toBool(false), true);
        QCOMPARE(field(list(db).first().toObject(), "enabled").toBool(false), true);
    }

    void updateRecordPolicy()
    {
        const QString db = freshDatabase();
        m_sandbox.endpoint(db, "add --provider changeup --name widget");
        const std::pair<const char *, const char *> steps[] = {
            {"update widget --json --record-delay 30", "delay:30"},
            {"update widget --json --record-date 2024-12-31", "date:2024-12-31"},
            {"update widget --json --record-delay 0", "delay:0"},
        };
        for (const auto &[command, rule] : steps) {
            const Result r = m_sandbox.endpoint(db, command);
            QVERIFY2(isOneJsonLine(r), r.describe().constData());
            QCOMPARE(field(r.jsonObject(), "record_policy").toString(), QLatin1String(rule));
            QCOMPARE(field(list(db).first().toObject(), "record_policy").toString(),
                QLatin1String(rule));
        }
    }

    void updateCurrencyAndToken()
    {
        const QString db = freshDatabase();
        const QJsonObject before =
            m_sandbox.endpoint(db, "add --provider donary --name shul --json").jsonObject();
        QCOMPARE(field(before, "currency").toString(), QString());
        const Result currency = m_sandbox.endpoint(db, "update shul --currency usd --json");
        QCOMPARE(field(currency.jsonObject(), "currency").toString(), QStringLiteral("USD"));
        QCOMPARE(field(currency.jsonObject(), "path"), field(before, "path"));

        const Result token = m_sandbox.endpoint(db, "update shul --new-token --json");
        QVERIFY2(isOneJsonLine(token), token.describe().constData());
        const QString path = field(token.jsonObject(), "path").toString();
        QVERIFY(Cli::isHookPath(path));
        QVERIFY(path != field(before, "path").toString());
        QCOMPARE(field(list(db).first().toObject(), "path").toString(), path);
    }

    void updateCannotClearRequiredCurrency()
    {
        // NationBuilder payloads carry no currency: without the endpoint's, every later
        // donation would be a dead letter. Refused on update as it is on add.
        const QString db = freshDatabase();
        m_sandbox.endpoint(db, "add --provider nationbuilder --name nation --currency EUR");
        const Result r = m_sandbox.endpoint(db, "update nation --currency", {QString()});
        QVERIFY2(isUsageError(r, "--currency"), r.describe().constData());
        QCOMPARE(field(list(db).first().toObject(), "currency").toString(), QStringLiteral("EUR"));
        // Other changes to such an endpoint still work, and so does another currency.
        QCOMPARE(m_sandbox.endpoint(db, "update nation --disable").exitCode, 0);
        const Result chf = m_sandbox.endpoint(db, "update nation --currency chf --json");
        QCOMPARE(field(chf.jsonObject(), "currency").toString(), QStringLiteral("CHF"));
    }

    void standardEndpointNeedsASecret_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("add") << "add --provider standard --name signed --no-secret";
        QTest::newRow("update") << "update signed --no-secret";
    }

    void standardEndpointNeedsASecret()
    {
        // Standard Webhooks endpoints answer 401 to everything without a signing secret, so
        // setting one up without it can only be a mistake and should be refused as such.
        QFETCH(QString, command);
        const QString db = freshDatabase();
        if (command.startsWith(u"update"))
            QCOMPARE(m_sandbox.endpoint(db, "add --provider standard --name signed").exitCode, 0);
        const Result r = m_sandbox.endpoint(db, command.toUtf8().constData());
        QVERIFY2(isUsageError(r, "--no-secret"), r.describe().constData());
    }

    void databaseBeforeTheCommand_data()
    {
        QTest::addColumn<QStringList>("prefix");
        QTest::newRow("--db PATH") << Cli::words("--db @DB@");
        QTest::newRow("--db=PATH") << Cli::words("--db=@DB@");
    }

    void databaseBeforeTheCommand()
    {
        QFETCH(QStringList, prefix);
        const QString db = freshDatabase();
        prefix.replaceInStrings(QStringLiteral("@DB@"), db);
        const Result added = m_sandbox.run(
            prefix + Cli::words("endpoint add --provider inqud --name global --json"));
        QVERIFY2(isOneJsonLine(added), added.describe().constData());
        // It went to that database, not to the default one.
        QCOMPARE(list(db).size(), 1);
        QCOMPARE(field(list(db).first().toObject(), "name").toString(), QStringLiteral("global"));
    }

    void removeEndpoint()
    {
        const QString db = freshDatabase();
        const QStringList gone {QStringLiteral("Ünïcode → gone")};
        const QJsonObject before =
            m_sandbox.endpoint(db, "add --provider givecloud --json --name", gone).jsonObject();
        m_sandbox.endpoint(db, "add --provider givecloud --name stays");

        const Result r = m_sandbox.endpoint(db, "remove", gone);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY2(r.out.contains("Ünïcode → gone"), r.out.constData());
        QCOMPARE(list(db).size(), 1);
        QCOMPARE(field(list(db).first().toObject(), "name").toString(), QStringLiteral("stays"));

        // Gone for good: neither removed again nor updated.
        const Result again = m_sandbox.endpoint(db, "remove", gone);
        QVERIFY2(isUsageError(again, "Ünïcode → gone"), again.describe().constData());
        const Result update = m_sandbox.endpoint(db, "update --enable", gone);
        QVERIFY2(isUsageError(update, "Ünïcode → gone"), update.describe().constData());

        // The name is free again; the new endpoint gets a new URL, never the removed one.
        const Result reused =
            m_sandbox.endpoint(db, "add --provider givecloud --json --name", gone);
        QVERIFY2(isOneJsonLine(reused), reused.describe().constData());
        QVERIFY(field(reused.jsonObject(), "id").toInteger() > field(before, "id").toInteger());
        QVERIFY(field(reused.jsonObject(), "path") != field(before, "path"));
    }
};

QTEST_GUILESS_MAIN(TestCliEndpoint)
#include "tst_cli_endpoint.moc"
