#include "storage/endpointstore.h"
#include "storagetest.h"

#include <QSet>
#include <QtTest>

using StorageTest::scalar;
using StorageTest::TempDatabase;

namespace {

QString summary(const EndpointConfig &e)
{
    return QStringList {QString::number(e.id), e.name, e.provider, QString::fromLatin1(e.token),
        QString::fromUtf8(e.secret), e.currency, e.event, e.timezone, e.recordPolicy.toRule(),
        e.allowFrom.join(u','), e.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"),
        QString::number(e.alarm.quietMinutes), e.alarm.windowText(),
        QString::number(e.alarm.signatureFailures)}
        .join(u'|');
}

QStringList names(const QList<EndpointConfig> &list)
{
    QStringList out;
    for (const EndpointConfig &e : list)
        out << e.name;
    return out;
}

} // namespace

class EndpointStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addFillsIdAndToken();
    void addKeepsAGivenToken();
    void addStoresEveryField();
    void listIsByNameAndLiveOnly();
    void findByNameOrId();
    void updateChangesEveryField();
    void updateOfMissingEndpointFails();
    void duplicateLiveNameRefused();
    void duplicateNameOnUpdateRefused();
    void removeRetiresTheEndpoint();
    void removedNameCanBeReused();
    void removeTwiceFails();
    void tokensAreLongAndRandom();
    void revisionGrowsOnEveryChange();
    void revisionSeenByOtherConnections();
    void nullStringsStoredAsEmpty();
    void unreadableRuleFallsBackToNoDelay();
    void alarmStoredInItsColumns();
    void unreadableAlarmWindowIsAllDay();

private:
    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<EndpointStore> m_store;
};

void EndpointStoreTest::init()
{
    m_db = std::make_unique<TempDatabase>();
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    m_store = std::make_unique<EndpointStore>(m_db->db());
}

void EndpointStoreTest::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void EndpointStoreTest::addFillsIdAndToken()
{
    EndpointConfig e =
        StorageTest::endpoint(QStringLiteral("Spring appeal"), QStringLiteral("givecloud"));
    QString error;
    QVERIFY2(m_store->add(e, &error), qPrintable(error));
    QVERIFY(e.id > 0);
    QCOMPARE(e.token.size(), 43);
    QCOMPARE(e.path(), QByteArray("/hooks/") + e.token);

    EndpointConfig second =
        StorageTest::endpoint(QStringLiteral("Autumn appeal"), QStringLiteral("givecloud"));
    QVERIFY2(m_store->add(second, &error), qPrintable(error));
    QVERIFY(second.id != e.id);
    QVERIFY(second.token != e.token);
}

void EndpointStoreTest::addKeepsAGivenToken()
{
    EndpointConfig e = StorageTest::endpoint(QStringLiteral("imported"), QStringLiteral("inqud"));
    e.token = "kept-token-from-an-export_0123456789abcdef";
    QString error;
    QVERIFY2(m_store->add(e, &error), qPrintable(error));
    QCOMPARE(
        m_store->findById(e.id)->token, QByteArray("kept-token-from-an-export_0123456789abcdef"));

    // Tokens are unique across all endpoints: two URLs must never reach the same endpoint.
    EndpointConfig clash = StorageTest::endpoint(QStringLiteral("other"), QStringLiteral("inqud"));
    clash.token = e.token;
    QVERIFY(!m_store->add(clash, &error));
    QVERIFY(!error.isEmpty());
}

void EndpointStoreTest::addStoresEveryField()
{
    EndpointConfig e;
    e.name = QStringLiteral("Nation — général");
    e.provider = QStringLiteral("nationbuilder");
    e.secret = "s3cr\xc3\xa9t";
    e.currency = QStringLiteral("EUR");
    e.event = QStringLiteral("succeeded");
    e.timezone = QStringLiteral("Europe/Paris");
    e.recordPolicy = RecordPolicy::fixed(QDate(2024, 6, 1));
    e.allowFrom = {QStringLiteral("192.0.2.0/24"), QStringLiteral("2001:db8::1")};
    e.enabled = false;
    e.alarm.quietMinutes = 90;
    e.alarm.windowFrom = QTime(22, 0);
    e.alarm.windowTo = QTime(6, 30);
    e.alarm.signatureFailures = 5;
    QString error;
    QVERIFY2(m_store->add(e, &error), qPrintable(error));
    const auto found = m_store->findById(e.id);
    QVERIFY(found);
    QCOMPARE(summary(*found), summary(e));
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT record_rule FROM endpoints")).toString(),
        QStringLiteral("date:2024-06-01"));
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT allow_from FROM endpoints")).toString(),
        QStringLiteral("192.0.2.0/24,2001:db8::1"));
    QVERIFY(
        scalar(m_db->db(), QStringLiteral("SELECT created_at FROM endpoints")).toLongLong() > 0);
    QVERIFY(scalar(m_db->db(), QStringLiteral("SELECT removed_at FROM endpoints")).isNull());
}

void EndpointStoreTest::listIsByNameAndLiveOnly()
{
    QString error;
    for (const char *name : {"zeta", "Alpha", "beta", "gone"}) {
        EndpointConfig e =
            StorageTest::endpoint(QString::fromLatin1(name), QStringLiteral("changeup"));
        QVERIFY2(m_store->add(e, &error), qPrintable(error));
    }
    const auto gone = m_store->find(QStringLiteral("gone"));
    QVERIFY(gone);
    QVERIFY2(m_store->remove(gone->id, &error), qPrintable(error));

    QCOMPARE(names(m_store->list(&error)),
        (QStringList {QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("zeta")}));
    QVERIFY(error.isEmpty());
    // The removed one is still there for reading its old requests, in insertion order.
    QCOMPARE(names(m_store->listIncludingRemoved(&error)),
        (QStringList {QStringLiteral("zeta"), QStringLiteral("Alpha"), QStringLiteral("beta"),
            QStringLiteral("gone")}));
}

void EndpointStoreTest::findByNameOrId()
{
    QString error;
    EndpointConfig a = StorageTest::endpoint(QStringLiteral("widget"), QStringLiteral("changeup"));
    QVERIFY2(m_store->add(a, &error), qPrintable(error));
    EndpointConfig b = StorageTest::endpoint(QStringLiteral("other"), QStringLiteral("changeup"));
    QVERIFY2(m_store->add(b, &error), qPrintable(error));

    QCOMPARE(m_store->find(QStringLiteral("widget"))->id, a.id);
    QCOMPARE(m_store->find(QString::number(b.id))->name, QStringLiteral("other"));
    QCOMPARE(m_store->findById(a.id)->name, QStringLiteral("widget"));
    QVERIFY(!m_store->find(QStringLiteral("Widget"))); // names are exact
    QVERIFY(!m_store->find(QStringLiteral("nope")));
    QVERIFY(!m_store->find(QStringLiteral("999")));
    QVERIFY(!m_store->findById(999));

    // A name that looks like a number names its own endpoint before any id does.
    EndpointConfig numeric = StorageTest::endpoint(QString::number(a.id), QStringLiteral("inqud"));
    QVERIFY2(m_store->add(numeric, &error), qPrintable(error));
    QCOMPARE(m_store->find(QString::number(a.id))->id, numeric.id);
}

void EndpointStoreTest::updateChangesEveryField()
{
    QString error;
    EndpointConfig e = StorageTest::endpoint(QStringLiteral("nb"), QStringLiteral("nationbuilder"));
    QVERIFY2(m_store->add(e, &error), qPrintable(error));
    e.name = QStringLiteral("NationBuilder (USD)");
    e.currency = QStringLiteral("USD");
    e.secret = "sharedsecret";
    e.event = QStringLiteral("changed");
    e.timezone = QStringLiteral("America/New_York");
    e.recordPolicy = RecordPolicy::delay(30);
    e.allowFrom = {QStringLiteral("203.0.113.0/24")};
    e.enabled = false;
    e.alarm.quietMinutes = 6 * 60;
    e.alarm.windowFrom = QTime(8, 0);
    e.alarm.windowTo = QTime(22, 0);
    e.alarm.signatureFailures = 3;
    e.token = EndpointStore::newToken(); // rotating the URL
    QVERIFY2(m_store->update(e, &error), qPrintable(error));
    QCOMPARE(summary(*m_store->findById(e.id)), summary(e));
    QCOMPARE(m_store->list().size(), 1);
}

void EndpointStoreTest::updateOfMissingEndpointFails()
{
    EndpointConfig e = StorageTest::endpoint(QStringLiteral("ghost"), QStringLiteral("inqud"));
    e.id = 4711;
    e.token = EndpointStore::newToken();
    QString error;
    QVERIFY(!m_store->update(e, &error));
    QVERIFY2(error.contains(QStringLiteral("4711")), qPrintable(error));
    QVERIFY(m_store->list().isEmpty());
}

void EndpointStoreTest::duplicateLiveNameRefused()
{
    QString error;
    EndpointConfig a =
        StorageTest::endpoint(QStringLiteral("Main widget"), QStringLiteral("changeup"));
    QVERIFY2(m_store->add(a, &error), qPrintable(error));
    const qint64 revision = m_store->revision();
    EndpointConfig b =
        StorageTest::endpoint(QStringLiteral("Main widget"), QStringLiteral("inqud"));
    QVERIFY(!m_store->add(b, &error));
    // Says which name, in words a user can act on (not SQLite's "UNIQUE constraint failed").
    QCOMPARE(error, QStringLiteral("an endpoint named \"Main widget\" already exists"));
    QCOMPARE(m_store->list().size(), 1);
    QCOMPARE(m_store->revision(), revision);
}

void EndpointStoreTest::duplicateNameOnUpdateRefused()
{
    QString error;
    EndpointConfig a = StorageTest::endpoint(QStringLiteral("first"), QStringLiteral("changeup"));
    EndpointConfig b = StorageTest::endpoint(QStringLiteral("second"), QStringLiteral("changeup"));
    QVERIFY2(m_store->add(a, &error), qPrintable(error));
    QVERIFY2(m_store->add(b, &error), qPrintable(error));
    b.name = QStringLiteral("first");
    QVERIFY(!m_store->update(b, &error));
    QCOMPARE(error, QStringLiteral("an endpoint named \"first\" already exists"));
    QCOMPARE(m_store->findById(b.id)->name, QStringLiteral("second"));
}

void EndpointStoreTest::removeRetiresTheEndpoint()
{
    QString error;
    EndpointConfig e = StorageTest::endpoint(
        QStringLiteral("retired"), QStringLiteral("donary"), QStringLiteral("USD"));
    QVERIFY2(m_store->add(e, &error), qPrintable(error));
    const QByteArray oldToken = e.token;
    QVERIFY2(m_store->remove(e.id, &error), qPrintable(error));

    QVERIFY(!m_store->find(QStringLiteral("retired")));
    QVERIFY(!m_store->findById(e.id));
    QVERIFY(m_store->list().isEmpty());
    // The row stays: its donations remain in the books under its name.
    const auto kept = m_store->findIncludingRemoved(QStringLiteral("retired"));
    QVERIFY(kept);
    QCOMPARE(kept->id, e.id);
    QCOMPARE(kept->currency, QStringLiteral("USD"));
    QVERIFY(!kept->enabled);
    // Its URL no longer reaches anything.
    QVERIFY(kept->token != oldToken);
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM endpoints WHERE token = ?"),
                 {QString::fromLatin1(oldToken)})
                 .toInt(),
        0);
    QVERIFY(
        !scalar(m_db->db(), QStringLiteral("SELECT removed_at FROM endpoints WHERE id = ?"), {e.id})
             .isNull());
    // And it can no longer be changed.
    EndpointConfig again = *kept;
    again.enabled = true;
    QVERIFY(!m_store->update(again, &error));
    QVERIFY(!m_store->findById(e.id));
}

void EndpointStoreTest::removedNameCanBeReused()
{
    QString error;
    EndpointConfig old = StorageTest::endpoint(QStringLiteral("Gala"), QStringLiteral("givecloud"));
    QVERIFY2(m_store->add(old, &error), qPrintable(error));
    QVERIFY2(m_store->remove(old.id, &error), qPrintable(error));
    EndpointConfig fresh = StorageTest::endpoint(QStringLiteral("Gala"), QStringLiteral("inqud"));
    QVERIFY2(m_store->add(fresh, &error), qPrintable(error));
    QVERIFY(fresh.id != old.id);
    QCOMPARE(m_store->find(QStringLiteral("Gala"))->id, fresh.id);
    // The live endpoint comes first; with it gone too, the most recently removed.
    QCOMPARE(m_store->findIncludingRemoved(QStringLiteral("Gala"))->id, fresh.id);
    QVERIFY2(m_store->remove(fresh.id, &error), qPrintable(error));
    QCOMPARE(
        m_store->findIncludingRemoved(QStringLiteral("Gala"))->provider, QStringLiteral("inqud"));
    QCOMPARE(
        scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM endpoints WHERE name = 'Gala'"))
            .toInt(),
        2);
}

void EndpointStoreTest::removeTwiceFails()
{
    QString error;
    EndpointConfig e = StorageTest::endpoint(QStringLiteral("once"), QStringLiteral("inqud"));
    QVERIFY2(m_store->add(e, &error), qPrintable(error));
    QVERIFY2(m_store->remove(e.id, &error), qPrintable(error));
    const QStringList row =
        StorageTest::dump(m_db->db(), QStringLiteral("SELECT * FROM endpoints"));
    QVERIFY(!m_store->remove(e.id, &error));
    QVERIFY2(error.contains(QString::number(e.id)), qPrintable(error));
    QCOMPARE(StorageTest::dump(m_db->db(), QStringLiteral("SELECT * FROM endpoints")), row);
    QVERIFY(!m_store->remove(12345, &error));
}

void EndpointStoreTest::tokensAreLongAndRandom()
{
    // 256 bits of system randomness: 43 characters of URL-safe base64 without padding. The
    // token is the whole secret for providers that do not sign.
    QSet<QByteArray> seen;
    QSet<char> alphabet;
    for (int i = 0; i < 2000; ++i) {
        const QByteArray t = EndpointStore::newToken();
        QCOMPARE(t.size(), 43);
        for (char c : t) {
            QVERIFY2((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_',
                t.constData());
            alphabet.insert(c);
        }
        const QByteArray raw = QByteArray::fromBase64(t, QByteArray::Base64UrlEncoding);
        QCOMPARE(raw.size(), 32);
        seen.insert(t);
    }
    QCOMPARE(seen.size(), 2000);
    // All 64 symbols turn up: no symbol is systematically missing.
    QCOMPARE(alphabet.size(), 64);
}

void EndpointStoreTest::revisionGrowsOnEveryChange()
{
    QString error;
    qint64 last = m_store->revision();
    QCOMPARE(last, 0);
    auto grew = [&]() {
        const qint64 now = m_store->revision();
        const bool ok = now > last;
        last = now;
        return ok;
    };
    EndpointConfig e = StorageTest::endpoint(QStringLiteral("r"), QStringLiteral("changeup"));
    QVERIFY(m_store->add(e, &error));
    QVERIFY(grew());
    e.enabled = false;
    QVERIFY(m_store->update(e, &error));
    QVERIFY(grew());
    // Even an update that changes nothing but the time: running servers reload, harmlessly.
    QVERIFY(m_store->update(e, &error));
    QVERIFY(grew());
    QVERIFY(m_store->remove(e.id, &error));
    QVERIFY(grew());
    // A hard delete (not something the store does, but a maintenance script may).
    QSqlQuery q(m_db->db());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM endpoints")));
    QVERIFY(grew());
    // Failed changes leave it alone.
    EndpointConfig a = StorageTest::endpoint(QStringLiteral("dup"), QStringLiteral("changeup"));
    EndpointConfig b = StorageTest::endpoint(QStringLiteral("dup"), QStringLiteral("changeup"));
    QVERIFY(m_store->add(a, &error));
    QVERIFY(grew());
    QVERIFY(!m_store->add(b, &error));
    QCOMPARE(m_store->revision(), last);
}

void EndpointStoreTest::revisionSeenByOtherConnections()
{
    // `serve` polls the revision on its own connection while the command line edits.
    DbConnection other(m_db->path());
    QString error;
    QVERIFY2(other.open(&error), qPrintable(error));
    EndpointStore watcher(other.db());
    const qint64 before = watcher.revision();
    EndpointConfig e = StorageTest::endpoint(QStringLiteral("new"), QStringLiteral("inqud"));
    QVERIFY(m_store->add(e, &error));
    QVERIFY(watcher.revision() > before);
    QCOMPARE(watcher.find(QStringLiteral("new"))->token, e.token);
}

void EndpointStoreTest::nullStringsStoredAsEmpty()
{
    // Null QStrings would bind as SQL NULL; the columns are NOT NULL DEFAULT ''.
    EndpointConfig e;
    e.name = QStringLiteral("minimal");
    e.provider = QStringLiteral("donary");
    QVERIFY(e.currency.isNull() && e.event.isNull() && e.timezone.isNull() && e.secret.isNull());
    QString error;
    QVERIFY2(m_store->add(e, &error), qPrintable(error));
    QCOMPARE(StorageTest::dump(m_db->db(),
                 QStringLiteral("SELECT secret, currency, event, timezone, allow_from, "
                                "record_rule, enabled FROM endpoints")),
        QStringList {QStringLiteral("secret=text:|currency=text:|event=text:|timezone=text:|"
                                    "allow_from=text:|record_rule=text:delay:0|enabled=int:1")});
    QCOMPARE(
        scalar(m_db->db(),
            QStringLiteral("SELECT count(*) FROM endpoints WHERE secret IS NULL OR currency IS "
                           "NULL OR event IS NULL OR timezone IS NULL OR allow_from IS NULL"))
            .toInt(),
        0);
    const auto found = m_store->findById(e.id);
    QVERIFY(found->allowFrom.isEmpty());
    QVERIFY(found->secret.isEmpty());

    // The same through update, after the fields had values.
    EndpointConfig full = *found;
    full.currency = QStringLiteral("USD");
    full.allowFrom = {QStringLiteral("10.0.0.1")};
    QVERIFY(m_store->update(full, &error));
    full.currency = QString();
    full.allowFrom.clear();
    full.secret = QByteArray();
    QVERIFY2(m_store->update(full, &error), qPrintable(error));
    QCOMPARE(StorageTest::dump(
                 m_db->db(), QStringLiteral("SELECT secret, currency, allow_from FROM endpoints")),
        QStringList {QStringLiteral("secret=text:|currency=text:|allow_from=text:")});
}

void EndpointStoreTest::unreadableRuleFallsBackToNoDelay()
{
    // A rule edited by hand into something unreadable must not make the endpoint vanish.
    QString error;
    EndpointConfig e = StorageTest::endpoint(
        QStringLiteral("odd"), QStringLiteral("changeup"), {}, RecordPolicy::delay(7));
    QVERIFY(m_store->add(e, &error));
    QSqlQuery q(m_db->db());
    QVERIFY(q.exec(QStringLiteral("UPDATE endpoints SET record_rule = 'weekly'")));
    const auto found = m_store->find(QStringLiteral("odd"));
    QVERIFY(found);
    QCOMPARE(found->recordPolicy.toRule(), QStringLiteral("delay:0"));
}

void EndpointStoreTest::alarmStoredInItsColumns()
{
    QString error;
    EndpointConfig e = StorageTest::endpoint(QStringLiteral("quiet"), QStringLiteral("changeup"));
    QVERIFY2(m_store->add(e, &error), qPrintable(error));
    // Off by default: the migration's defaults.
    QCOMPARE(StorageTest::dump(m_db->db(),
                 QStringLiteral("SELECT alarm_quiet_minutes, alarm_window, "
                                "alarm_signature_failures FROM endpoints")),
        QStringList {QStringLiteral(
            "alarm_quiet_minutes=int:0|alarm_window=text:|alarm_signature_failures=int:0")});
    QVERIFY(!m_store->findById(e.id)->alarm.isSet());

    e.alarm.quietMinutes = 360;
    e.alarm.windowFrom = QTime(8, 0);
    e.alarm.windowTo = QTime(0, 0); // "24:00": until midnight
    e.alarm.signatureFailures = 3;
    QVERIFY2(m_store->update(e, &error), qPrintable(error));
    QCOMPARE(StorageTest::dump(m_db->db(),
                 QStringLiteral("SELECT alarm_quiet_minutes, alarm_window, "
                                "alarm_signature_failures FROM endpoints")),
        QStringList {QStringLiteral("alarm_quiet_minutes=int:360|alarm_window=text:08:00-00:00|"
                                    "alarm_signature_failures=int:3")});
    QCOMPARE(m_store->findById(e.id)->alarm, e.alarm);

    // Off again, all day.
    e.alarm = SilenceAlarm();
    QVERIFY2(m_store->update(e, &error), qPrintable(error));
    QCOMPARE(m_store->findById(e.id)->alarm, SilenceAlarm());
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT alarm_window FROM endpoints")).toString(),
        QString());
}

void EndpointStoreTest::unreadableAlarmWindowIsAllDay()
{
    // Written by hand: read as all day rather than losing the endpoint or its alarm.
    QString error;
    EndpointConfig e = StorageTest::endpoint(QStringLiteral("odd"), QStringLiteral("changeup"));
    e.alarm.quietMinutes = 60;
    QVERIFY(m_store->add(e, &error));
    QSqlQuery q(m_db->db());
    for (const char *window : {"mornings", "08:00-08:00", "25:00-26:00"}) {
        q.prepare(QStringLiteral("UPDATE endpoints SET alarm_window = ?"));
        q.addBindValue(QLatin1String(window));
        QVERIFY(q.exec());
        const auto found = m_store->find(QStringLiteral("odd"));
        QVERIFY(found);
        QVERIFY2(!found->alarm.hasWindow(), window);
        QCOMPARE(found->alarm.quietMinutes, 60);
    }
}

QTEST_GUILESS_MAIN(EndpointStoreTest)
#include "tst_endpointstore.moc"
