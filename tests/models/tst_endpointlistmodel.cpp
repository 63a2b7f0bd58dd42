#include "endpoints/endpointlistmodel.h"
#include "monitoring/silencealarmmonitor.h"
#include "storage/backgrounddatabase.h"
#include "storage/database.h"
#include "storage/endpointstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

// The endpoint list: loading off the UI thread, the editing API (through the shared rules and
// the write lane), live counters; every change checked by QAbstractItemModelTester.
class EndpointListModelTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loadsInNameOrder();
    void addInsertsInOrder();
    void addReportsTheNewEndpointOnce();
    void refusalNamesTheSetting_data();
    void refusalNamesTheSetting();
    void duplicateNameRefused();
    void updateChangesInPlace();
    void renameMovesTheRow_data();
    void renameMovesTheRow();
    void secretAndToken();
    void enableAndDisable();
    void removeKeepsTheRest();
    void editOfAMissingEndpointFails();
    void unknownSettingRefused();
    void liveCounters();
    void alarmSettingsThroughEdits();
    void alarmStatesFollowTheDatabase();
    void reloadAfterAnEdit();
    void providersDescribeThemselves();

private:
    // Runs `edit` (returning a ticket) and waits for its result.
    template<typename Edit> QVariantMap run(Edit edit)
    {
        QSignalSpy finished(m_model.get(), &EndpointListModel::editFinished);
        const int ticket = edit();
        for (int i = 0; i < 100; ++i) {
            for (const QList<QVariant> &args : std::as_const(finished)) {
                if (args.at(0).toInt() == ticket)
                    return args.at(1).toMap();
            }
            finished.wait(50);
        }
        qWarning("edit %d did not finish", ticket);
        return {};
    }
    QStringList names() const;
    qint64 idOf(const QString &name) const;
    QVariant stored(const QString &sql, qint64 id) const;
    void execute(const QString &sql, const QVariantList &binds = {}) const;
    QVariantMap row(const QString &name) const
    {
        return m_model->get(m_model->indexOf(idOf(name)));
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<BackgroundDatabase> m_database;
    std::unique_ptr<EndpointListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_databases = 0;
};

void EndpointListModelTest::init()
{
    m_path = m_dir.filePath(u"endpoints-%1.sqlite"_s.arg(++m_databases));
    {
        DbConnection db(m_path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        EndpointStore store(db.db());
        for (const char *name : {"Gala", "Crypto", "Spring appeal"}) {
            EndpointConfig e;
            e.name = QLatin1String(name);
            e.provider = u"changeup"_s;
            QVERIFY2(store.add(e, &error), qPrintable(error));
        }
        // Two requests today at Gala.
        QSqlQuery q(db.db());
        for (int i = 0; i < 2; ++i) {
            QVERIFY(
                q.exec(u"INSERT INTO inbox (endpoint_id, received_at, peer, method, target, "
                       u"headers, body) "
                       u"SELECT id, %1, '127.0.0.1:1', 'POST', '/hooks/x', '', '{}' FROM endpoints "
                       u"WHERE name = 'Gala'"_s.arg(QDateTime::currentMSecsSinceEpoch() - i)));
        }
    }
    m_database = std::make_unique<BackgroundDatabase>(m_path);
    m_model = std::make_unique<EndpointListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(m_model.get(), &EndpointListModel::loaded);
    m_model->setBaseUrl(u"https://donations.example.org"_s);
    m_model->setDatabase(m_database.get());
    QVERIFY(m_model->isLoading());
    QVERIFY(loaded.wait(5000));
    QVERIFY(!m_model->isLoading());
}

void EndpointListModelTest::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_database.reset();
}

QStringList EndpointListModelTest::names() const
{
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row)
        out << m_model->data(m_model->index(row), EndpointListModel::NameRole).toString();
    return out;
}

qint64 EndpointListModelTest::idOf(const QString &name) const
{
    for (const auto &e : m_model->entries()) {
        if (e.config.name == name)
            return e.config.id;
    }
    return -1;
}

QVariant EndpointListModelTest::stored(const QString &sql, qint64 id) const
{
    m_database->waitForDone();
    DbConnection db(m_path);
    QString error;
    if (!db.open(&error))
        return {};
    QSqlQuery q(db.db());
    q.prepare(sql);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

void EndpointListModelTest::execute(const QString &sql, const QVariantList &binds) const
{
    DbConnection db(m_path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QSqlQuery q(db.db());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void EndpointListModelTest::loadsInNameOrder()
{
    QCOMPARE(names(), QStringList({u"Crypto"_s, u"Gala"_s, u"Spring appeal"_s}));
    const QVariantMap gala = m_model->get(1);
    QCOMPARE(gala.value(u"countToday"_s).toInt(), 2);
    QVERIFY(gala.value(u"lastRequest"_s).toDateTime().isValid());
    QVERIFY(gala.value(u"url"_s).toString().startsWith(u"https://donations.example.org/hooks/"_s));
    QCOMPARE(gala.value(u"url"_s).toString(),
        u"https://donations.example.org"_s + gala.value(u"path"_s).toString());
    QCOMPARE(m_model->get(0).value(u"countToday"_s).toInt(), 0);
}

void EndpointListModelTest::addInsertsInOrder()
{
    QSignalSpy count(m_model.get(), &EndpointListModel::countChanged);
    const QVariantMap r = run([&] {
        return m_model->add(u"givecloud"_s,
            {{u"name"_s, u"Donations"_s}, {u"currency"_s, u"cad"_s}, {u"recordDelay"_s, 14}});
    });
    QVERIFY2(r.value(u"ok"_s).toBool(), qPrintable(r.value(u"error"_s).toString()));
    QCOMPARE(r.value(u"action"_s).toString(), u"add"_s);
    QCOMPARE(names(), QStringList({u"Crypto"_s, u"Donations"_s, u"Gala"_s, u"Spring appeal"_s}));
    QCOMPARE(count.size(), 1);
    const qint64 id = idOf(u"Donations"_s);
    QCOMPARE(r.value(u"endpointId"_s).toLongLong(), id);
    QCOMPARE(stored(u"SELECT currency FROM endpoints WHERE id = ?"_s, id).toString(), u"CAD"_s);
    QCOMPARE(
        stored(u"SELECT record_rule FROM endpoints WHERE id = ?"_s, id).toString(), u"delay:14"_s);
    // Names sort as the database sorts them (bytes of UTF-8), so a reload keeps the order.
    run([&] { return m_model->add(u"donary"_s, {{u"name"_s, u"Ärzte"_s}}); });
    run([&] { return m_model->add(u"donary"_s, {{u"name"_s, u"aardvark"_s}}); });
    const QStringList before = names();
    QCOMPARE(before.last(), u"Ärzte"_s);
    QSignalSpy loaded(m_model.get(), &EndpointListModel::loaded);
    m_model->reload();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(names(), before);
}

void EndpointListModelTest::addReportsTheNewEndpointOnce()
{
    const QVariantMap r = run([&] {
        return m_model->add(u"standard"_s, {{u"name"_s, u" Signed "_s}});
    });
    QVERIFY2(r.value(u"ok"_s).toBool(), qPrintable(r.value(u"error"_s).toString()));
    const QVariantMap e = r.value(u"endpoint"_s).toMap();
    QCOMPARE(e.value(u"name"_s).toString(), u"Signed"_s);
    QVERIFY(e.value(u"secret"_s).toString().startsWith(u"whsec_"));
    QVERIFY(e.value(u"hasSecret"_s).toBool());
    QVERIFY(e.value(u"url"_s).toString().startsWith(u"https://donations.example.org/hooks/"_s));
    QCOMPARE(e.value(u"setupHint"_s).toString(),
        EndpointListModel::provider(u"standard"_s).value(u"setupHint"_s).toString());
    QCOMPARE(stored(u"SELECT secret FROM endpoints WHERE id = ?"_s,
                 e.value(u"endpointId"_s).toLongLong())
                 .toString(),
        e.value(u"secret"_s).toString());
}

void EndpointListModelTest::refusalNamesTheSetting_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QVariantMap>("settings");
    QTest::addColumn<QString>("setting");
    QTest::newRow("no name") << u"changeup"_s << QVariantMap {{u"name"_s, u"  "_s}} << u"name"_s;
    QTest::newRow("nationbuilder without currency")
        << u"nationbuilder"_s << QVariantMap {{u"name"_s, u"Nation"_s}} << u"currency"_s;
    QTest::newRow("bad currency") << u"changeup"_s
                                  << QVariantMap {{u"name"_s, u"x"_s}, {u"currency"_s, u"US$"_s}}
                                  << u"currency"_s;
    QTest::newRow("bad event") << u"donary"_s
                               << QVariantMap {{u"name"_s, u"x"_s}, {u"event"_s, u"refund"_s}}
                               << u"event"_s;
    QTest::newRow("bad zone") << u"changeup"_s
                              << QVariantMap {{u"name"_s, u"x"_s},
                                     {u"timezone"_s, u"Mars/Olympus"_s}}
                              << u"timezone"_s;
    QTest::newRow("bad allow-list") << u"donary"_s
                                    << QVariantMap {{u"name"_s, u"x"_s},
                                           {u"allowFrom"_s, QStringList {u"10.0.0.1"_s, u"bad"_s}}}
                                    << u"allowFrom"_s;
    QTest::newRow("delay too long")
        << u"changeup"_s << QVariantMap {{u"name"_s, u"x"_s}, {u"recordDelay"_s, 5000}}
        << u"recordDelay"_s;
    QTest::newRow("bad date") << u"changeup"_s
                              << QVariantMap {{u"name"_s, u"x"_s},
                                     {u"recordDate"_s, u"2024-02-30"_s}}
                              << u"recordDate"_s;
    QTest::newRow("standard without secret")
        << u"standard"_s << QVariantMap {{u"name"_s, u"x"_s}, {u"noSecret"_s, true}} << u"secret"_s;
    QTest::newRow("donary with secret")
        << u"donary"_s << QVariantMap {{u"name"_s, u"x"_s}, {u"secret"_s, u"s"_s}} << u"secret"_s;
}

void EndpointListModelTest::refusalNamesTheSetting()
{
    QFETCH(QString, provider);
    QFETCH(QVariantMap, settings);
    QFETCH(QString, setting);
    const QVariantMap r = run([&] { return m_model->add(provider, settings); });
    QCOMPARE(r.value(u"ok"_s).toBool(), false);
    QCOMPARE(r.value(u"setting"_s).toString(), setting);
    // Worded for a form: no command-line option names.
    QVERIFY2(!r.value(u"error"_s).toString().contains(u"--"),
        qPrintable(r.value(u"error"_s).toString()));
    QVERIFY(!r.value(u"error"_s).toString().isEmpty());
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(stored(u"SELECT count(*) FROM endpoints WHERE id > ?"_s, 0).toInt(), 3);
}

void EndpointListModelTest::duplicateNameRefused()
{
    QVariantMap r = run([&] { return m_model->add(u"donary"_s, {{u"name"_s, u"Gala"_s}}); });
    QCOMPARE(r.value(u"ok"_s).toBool(), false);
    QCOMPARE(r.value(u"setting"_s).toString(), u"name"_s);
    QVERIFY(r.value(u"error"_s).toString().contains(u"Gala"));
    r = run([&] { return m_model->update(idOf(u"Crypto"_s), {{u"name"_s, u"Gala"_s}}); });
    QCOMPARE(r.value(u"setting"_s).toString(), u"name"_s);
    QCOMPARE(names(), QStringList({u"Crypto"_s, u"Gala"_s, u"Spring appeal"_s}));
    // A name that is another endpoint's id is still a name.
    r = run([&] {
        return m_model->update(idOf(u"Crypto"_s), {{u"name"_s, QString::number(idOf(u"Gala"_s))}});
    });
    QVERIFY2(r.value(u"ok"_s).toBool(), qPrintable(r.value(u"error"_s).toString()));
}

void EndpointListModelTest::updateChangesInPlace()
{
    const qint64 id = idOf(u"Gala"_s);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const QVariantMap r = run([&] {
        return m_model->update(id,
            {{u"recordDate"_s, QDate(2025, 1, 31)}, {u"timezone"_s, u"Europe/Berlin"_s},
                {u"allowFrom"_s, u"10.0.0.0/8"_s}, {u"currency"_s, u"eur"_s}});
    });
    QVERIFY2(r.value(u"ok"_s).toBool(), qPrintable(r.value(u"error"_s).toString()));
    QCOMPARE(reset.size(), 0);
    QVERIFY(changed.size() >= 1);
    const QVariantMap e = m_model->get(m_model->indexOf(id));
    QCOMPARE(e.value(u"recordRule"_s).toString(), u"date:2025-01-31"_s);
    QCOMPARE(e.value(u"timezone"_s).toString(), u"Europe/Berlin"_s);
    QCOMPARE(e.value(u"allowFrom"_s).toString(), u"10.0.0.0/8"_s);
    QCOMPARE(e.value(u"currency"_s).toString(), u"EUR"_s);
    // What happened today stays.
    QCOMPARE(e.value(u"countToday"_s).toInt(), 2);
    QCOMPARE(r.value(u"endpoint"_s).toMap().value(u"recordRule"_s), e.value(u"recordRule"_s));
    QCOMPARE(stored(u"SELECT record_rule FROM endpoints WHERE id = ?"_s, id).toString(),
        u"date:2025-01-31"_s);

    // A refused change leaves the endpoint as it was, in the list and in the database.
    const QVariantMap refused = run([&] {
        return m_model->update(id, {{u"timezone"_s, u"UTC"_s}, {u"recordDelay"_s, u"soon"_s}});
    });
    QCOMPARE(refused.value(u"ok"_s).toBool(), false);
    QCOMPARE(refused.value(u"setting"_s).toString(), u"recordDelay"_s);
    QCOMPARE(refused.value(u"endpointId"_s).toLongLong(), id);
    QCOMPARE(
        m_model->get(m_model->indexOf(id)).value(u"timezone"_s).toString(), u"Europe/Berlin"_s);
    QCOMPARE(stored(u"SELECT timezone FROM endpoints WHERE id = ?"_s, id).toString(),
        u"Europe/Berlin"_s);
}

void EndpointListModelTest::renameMovesTheRow_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("to the end") << u"Crypto"_s << u"Zebra"_s
                                << QStringList {u"Gala"_s, u"Spring appeal"_s, u"Zebra"_s};
    QTest::newRow("to the start") << u"Spring appeal"_s << u"Appeal"_s
                                  << QStringList {u"Appeal"_s, u"Crypto"_s, u"Gala"_s};
    QTest::newRow("one down") << u"Crypto"_s << u"Hope"_s
                              << QStringList {u"Gala"_s, u"Hope"_s, u"Spring appeal"_s};
    QTest::newRow("stays") << u"Gala"_s << u"Galas"_s
                           << QStringList {u"Crypto"_s, u"Galas"_s, u"Spring appeal"_s};
}

void EndpointListModelTest::renameMovesTheRow()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, expected);
    const qint64 id = idOf(from);
    const QVariantMap r = run([&] { return m_model->update(id, {{u"name"_s, to}}); });
    QVERIFY2(r.value(u"ok"_s).toBool(), qPrintable(r.value(u"error"_s).toString()));
    QCOMPARE(names(), expected);
    QCOMPARE(idOf(to), id);
}

void EndpointListModelTest::secretAndToken()
{
    QVariantMap r = run([&] { return m_model->add(u"inqud"_s, {{u"name"_s, u"Inqud"_s}}); });
    const qint64 id = r.value(u"endpointId"_s).toLongLong();
    const QString secret = r.value(u"endpoint"_s).toMap().value(u"secret"_s).toString();
    const QString path = r.value(u"endpoint"_s).toMap().value(u"path"_s).toString();
    QCOMPARE(secret.size(), 64);

    r = run([&] { return m_model->regenerateSecret(id); });
    QVERIFY(r.value(u"ok"_s).toBool());
    const QVariantMap e = m_model->get(m_model->indexOf(id));
    QVERIFY(e.value(u"secret"_s).toString() != secret);
    QCOMPARE(e.value(u"secret"_s).toString().size(), 64);
    QCOMPARE(e.value(u"path"_s).toString(), path);

    r = run([&] { return m_model->newToken(id); });
    QVERIFY(r.value(u"ok"_s).toBool());
    const QString newPath = m_model->get(m_model->indexOf(id)).value(u"path"_s).toString();
    QVERIFY(newPath != path);
    QCOMPARE(
        stored(u"SELECT '/hooks/' || token FROM endpoints WHERE id = ?"_s, id).toString(), newPath);

    // A provider whose secret is chosen elsewhere: set it, clear it; never generated.
    r = run([&] { return m_model->regenerateSecret(idOf(u"Gala"_s)); });
    QCOMPARE(r.value(u"ok"_s).toBool(), false);
    QCOMPARE(r.value(u"setting"_s).toString(), u"secret"_s);
    const qint64 gala = idOf(u"Gala"_s);
    r = run([&] { return m_model->update(gala, {{u"secret"_s, u"whsec_abc"_s}}); });
    QVERIFY(r.value(u"ok"_s).toBool());
    QVERIFY(m_model->get(m_model->indexOf(gala)).value(u"hasSecret"_s).toBool());
    r = run([&] { return m_model->update(gala, {{u"noSecret"_s, true}}); });
    QVERIFY(r.value(u"ok"_s).toBool());
    QVERIFY(!m_model->get(m_model->indexOf(gala)).value(u"hasSecret"_s).toBool());
}

void EndpointListModelTest::enableAndDisable()
{
    const qint64 id = idOf(u"Crypto"_s);
    QVariantMap r = run([&] { return m_model->setEnabled(id, false); });
    QVERIFY(r.value(u"ok"_s).toBool());
    QCOMPARE(m_model->get(m_model->indexOf(id)).value(u"enabled"_s).toBool(), false);
    QCOMPARE(stored(u"SELECT enabled FROM endpoints WHERE id = ?"_s, id).toInt(), 0);
    r = run([&] { return m_model->setEnabled(id, true); });
    QCOMPARE(m_model->get(m_model->indexOf(id)).value(u"enabled"_s).toBool(), true);
    QCOMPARE(stored(u"SELECT enabled FROM endpoints WHERE id = ?"_s, id).toInt(), 1);
}

void EndpointListModelTest::removeKeepsTheRest()
{
    const qint64 id = idOf(u"Gala"_s);
    QSignalSpy count(m_model.get(), &EndpointListModel::countChanged);
    const QVariantMap r = run([&] { return m_model->remove(id); });
    QVERIFY2(r.value(u"ok"_s).toBool(), qPrintable(r.value(u"error"_s).toString()));
    QCOMPARE(r.value(u"action"_s).toString(), u"remove"_s);
    QCOMPARE(names(), QStringList({u"Crypto"_s, u"Spring appeal"_s}));
    QCOMPARE(count.size(), 1);
    QVERIFY(!stored(u"SELECT removed_at FROM endpoints WHERE id = ?"_s, id).isNull());
    // Its requests stay.
    QCOMPARE(stored(u"SELECT count(*) FROM inbox WHERE endpoint_id = ?"_s, id).toInt(), 2);
}

void EndpointListModelTest::editOfAMissingEndpointFails()
{
    const qint64 id = idOf(u"Gala"_s);
    QVERIFY(run([&] { return m_model->remove(id); }).value(u"ok"_s).toBool());
    QVariantMap r = run([&] { return m_model->remove(id); });
    QCOMPARE(r.value(u"ok"_s).toBool(), false);
    QVERIFY(!r.value(u"error"_s).toString().isEmpty());
    r = run([&] { return m_model->setEnabled(id, true); });
    QCOMPARE(r.value(u"ok"_s).toBool(), false);
    QCOMPARE(m_model->rowCount(), 2);
}

void EndpointListModelTest::unknownSettingRefused()
{
    QSignalSpy pending(m_model.get(), &EndpointListModel::pendingEditsChanged);
    const QVariantMap r = run([&] {
        return m_model->add(u"changeup"_s, {{u"name"_s, u"x"_s}, {u"colour"_s, u"red"_s}});
    });
    QCOMPARE(r.value(u"ok"_s).toBool(), false);
    QVERIFY(r.value(u"error"_s).toString().contains(u"colour"));
    QCOMPARE(m_model->pendingEdits(), 0);
    QCOMPARE(pending.size(), 2);
    const QVariantMap noProvider = run([&] {
        return m_model->add(u"paypal"_s, {{u"name"_s, u"x"_s}});
    });
    QCOMPARE(noProvider.value(u"ok"_s).toBool(), false);
    QCOMPARE(m_model->rowCount(), 3);
}

void EndpointListModelTest::liveCounters()
{
    const qint64 id = idOf(u"Crypto"_s);
    const int row = m_model->indexOf(id);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_model->noteRequest(id, now);
    QCOMPARE(m_model->get(row).value(u"countToday"_s).toInt(), 1);
    QCOMPARE(m_model->get(row).value(u"lastRequest"_s).toDateTime(), now);
    m_model->noteError(id, u"bad signature"_s, now.addSecs(1));
    QCOMPARE(m_model->get(row).value(u"lastError"_s).toString(), u"bad signature"_s);
    QCOMPARE(changed.size(), 2);
    // Unknown endpoints (removed meanwhile) are ignored.
    m_model->noteRequest(9999, now);
    QCOMPARE(changed.size(), 2);
}

void EndpointListModelTest::alarmSettingsThroughEdits()
{
    const qint64 id = idOf(u"Gala"_s);
    QCOMPARE(row(u"Gala"_s).value(u"alarmQuiet"_s).toString(), QString());
    QVariantMap r = run([&] {
        return m_model->update(id,
            {{u"alarmQuiet"_s, u"90m"_s}, {u"alarmWindow"_s, u"22:00-06:00"_s},
                {u"alarmSignatureFailures"_s, 3}});
    });
    QVERIFY2(r.value(u"ok"_s).toBool(), qPrintable(r.value(u"error"_s).toString()));
    const QVariantMap e = row(u"Gala"_s);
    QCOMPARE(e.value(u"alarmQuiet"_s).toString(), u"1h30m"_s);
    QCOMPARE(e.value(u"alarmQuietMinutes"_s).toInt(), 90);
    QCOMPARE(e.value(u"alarmWindow"_s).toString(), u"22:00-06:00"_s);
    QCOMPARE(e.value(u"alarmSignatureFailures"_s).toInt(), 3);
    QVERIFY2(e.value(u"alarmSummary"_s).toString().startsWith(u"no donation for 1 h 30 min"),
        qPrintable(e.value(u"alarmSummary"_s).toString()));
    QCOMPARE(stored(u"SELECT alarm_quiet_minutes || ' ' || alarm_window || ' ' || "
                    u"alarm_signature_failures FROM endpoints WHERE id = ?"_s,
                 id)
                 .toString(),
        u"90 22:00-06:00 3"_s);

    // Refusals name their field, as the form shows them.
    const std::pair<QString, QVariant> refused[] = {{u"alarmQuiet"_s, u"6"_s},
        {u"alarmWindow"_s, u"08:00-"_s}, {u"alarmSignatureFailures"_s, 5000}};
    for (const auto &[setting, value] : refused) {
        r = run([&] { return m_model->update(id, {{setting, value}}); });
        QCOMPARE(r.value(u"ok"_s).toBool(), false);
        QCOMPARE(r.value(u"setting"_s).toString(), setting);
        QVERIFY(!r.value(u"error"_s).toString().contains(u"--"));
    }
    // Off again.
    r = run([&] {
        return m_model->update(id,
            {{u"alarmQuiet"_s, QString()}, {u"alarmWindow"_s, QString()},
                {u"alarmSignatureFailures"_s, 0}});
    });
    QVERIFY(r.value(u"ok"_s).toBool());
    QCOMPARE(row(u"Gala"_s).value(u"alarmSummary"_s).toString(), u"off"_s);
}

void EndpointListModelTest::alarmStatesFollowTheDatabase()
{
    // No alarm anywhere: all off, once checked.
    QTRY_COMPARE_WITH_TIMEOUT(
        row(u"Gala"_s).value(u"alarmText"_s).toString(), u"No silence alarm set."_s, 5000);
    QCOMPARE(row(u"Gala"_s).value(u"alarmState"_s).toString(), u"off"_s);
    QCOMPARE(row(u"Gala"_s).value(u"alarmRaised"_s).toBool(), false);

    // Gala was made a day ago and never had a donation: with an hour's quiet alarm it is quiet
    // as soon as the alarm is set.
    const qint64 gala = idOf(u"Gala"_s);
    execute(u"UPDATE endpoints SET created_at = ? WHERE id = ?"_s,
        {QDateTime::currentMSecsSinceEpoch() - 24 * 3600 * 1000, gala});
    SilenceAlarmMonitor *monitor = m_model->alarmMonitor();
    QSignalSpy alarmChanged(monitor, &SilenceAlarmMonitor::alarmChanged);
    QVERIFY(run([&] {
        return m_model->update(gala, {{u"alarmQuiet"_s, u"1h"_s}});
    })
                .value(u"ok"_s)
                .toBool());
    QTRY_VERIFY_WITH_TIMEOUT(row(u"Gala"_s).value(u"alarmRaised"_s).toBool(), 5000);
    QCOMPARE(row(u"Gala"_s).value(u"alarmState"_s).toString(), u"quiet"_s);
    QVERIFY2(row(u"Gala"_s).value(u"alarmText"_s).toString().startsWith(u"No donation since"),
        qPrintable(row(u"Gala"_s).value(u"alarmText"_s).toString()));
    // Reported once, as a change after the first check (the tray notifies of it).
    QCOMPARE(alarmChanged.size(), 1);
    QCOMPARE(alarmChanged.first().at(2).toBool(), false);

    // A real donation ends it; a test donation would not have.
    execute(u"INSERT INTO donations (endpoint_id, provider, kind, external_id, status, "
            u"donated_at, record_rule, record_date, status_at, is_test, created_at, updated_at) "
            u"VALUES (?, 'changeup', 'donation', 'T', 'paid', ?, 'delay:0', 0, 0, 1, 0, 0)"_s,
        {gala, QDateTime::currentMSecsSinceEpoch()});
    m_model->checkAlarmsSoon();
    QTest::qWait(SilenceAlarmMonitor::CoalesceMs + 500);
    QVERIFY(row(u"Gala"_s).value(u"alarmRaised"_s).toBool());
    execute(u"INSERT INTO donations (endpoint_id, provider, kind, external_id, status, "
            u"donated_at, record_rule, record_date, status_at, is_test, created_at, updated_at) "
            u"VALUES (?, 'changeup', 'donation', 'R', 'paid', ?, 'delay:0', 0, 0, 0, 0, 0)"_s,
        {gala, QDateTime::currentMSecsSinceEpoch()});
    m_model->checkAlarmsSoon();
    QTRY_COMPARE_WITH_TIMEOUT(row(u"Gala"_s).value(u"alarmState"_s).toString(), u"ok"_s, 5000);
    QCOMPARE(alarmChanged.size(), 2);

    // Two signature refusals at Crypto since its last accepted request: failing; accepted again:
    // ok.
    const qint64 crypto = idOf(u"Crypto"_s);
    QVERIFY(run([&] {
        return m_model->update(crypto, {{u"alarmSignatureFailures"_s, 2}});
    })
                .value(u"ok"_s)
                .toBool());
    QTRY_COMPARE_WITH_TIMEOUT(row(u"Crypto"_s).value(u"alarmState"_s).toString(), u"ok"_s, 5000);
    for (int i = 1; i <= 2; ++i)
        execute(u"INSERT INTO request_log (received_at, peer, endpoint_id, method, target, "
                u"http_status, category, reason) VALUES (?, 'p', ?, 'POST', '/hooks/x', 401, "
                u"'signature', 'signature does not match')"_s,
            {QDateTime::currentMSecsSinceEpoch() + i, crypto});
    m_model->checkAlarmsSoon();
    QTRY_COMPARE_WITH_TIMEOUT(
        row(u"Crypto"_s).value(u"alarmState"_s).toString(), u"failing"_s, 5000);
    QVERIFY(row(u"Crypto"_s).value(u"alarmRaised"_s).toBool());
    QVERIFY(
        row(u"Crypto"_s).value(u"alarmText"_s).toString().contains(u"signature does not match"));
    execute(u"INSERT INTO inbox (endpoint_id, received_at, peer, method, target, headers, body) "
            u"VALUES (?, ?, 'p', 'POST', '/hooks/x', '', '{}')"_s,
        {crypto, QDateTime::currentMSecsSinceEpoch() + 10});
    m_model->checkAlarmsSoon();
    QTRY_COMPARE_WITH_TIMEOUT(row(u"Crypto"_s).value(u"alarmState"_s).toString(), u"ok"_s, 5000);

    // Disabled: paused, not raised.
    QVERIFY(run([&] { return m_model->setEnabled(gala, false); }).value(u"ok"_s).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(row(u"Gala"_s).value(u"alarmState"_s).toString(), u"off"_s, 5000);
}

void EndpointListModelTest::reloadAfterAnEdit()
{
    // An edit that lands while a reload is on its way is not undone by that reload's older
    // reading of the list.
    m_model->reload();
    const QVariantMap r = run([&] {
        return m_model->add(u"donary"_s, {{u"name"_s, u"During reload"_s}});
    });
    QVERIFY(r.value(u"ok"_s).toBool());
    QTRY_VERIFY(!m_model->isLoading());
    QVERIFY(names().contains(u"During reload"_s));
}

void EndpointListModelTest::providersDescribeThemselves()
{
    const QVariantList providers = m_model->providers();
    QCOMPARE(providers.size(), 6);
    const QVariantMap nation = EndpointListModel::provider(u"nationbuilder"_s);
    QVERIFY(nation.value(u"needsCurrency"_s).toBool());
    QVERIFY(nation.value(u"acceptsSecret"_s).toBool());
    QVERIFY(!nation.value(u"generatesSecret"_s).toBool());
    QCOMPARE(nation.value(u"events"_s).toStringList().size(), 4);
    const QVariantMap donary = EndpointListModel::provider(u"donary"_s);
    QVERIFY(!donary.value(u"acceptsSecret"_s).toBool());
    const QVariantMap standard = EndpointListModel::provider(u"standard"_s);
    QVERIFY(standard.value(u"requiresSecret"_s).toBool());
    QVERIFY(standard.value(u"generatesSecret"_s).toBool());
    QVERIFY(EndpointListModel::provider(u"paypal"_s).isEmpty());
}

QTEST_GUILESS_MAIN(EndpointListModelTest)
#include "tst_endpointlistmodel.moc"
