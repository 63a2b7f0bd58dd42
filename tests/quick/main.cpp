// Qt Quick Tests for the views. Each test file gets a fresh engine and a fresh App over a copy
// of the seeded database (see testseed.cpp), with the listener on a free port.

#include "app/appcontroller.h"
#include "testsupport.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <cstdlib>
#include <ctime>

Q_IMPORT_QML_PLUGIN(DonationDeskPlugin)

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QString error;
        m_seed = m_dir.filePath(QStringLiteral("seed.sqlite"));
        m_endpointIds = seedTestDatabase(m_seed, &error);
        if (m_endpointIds.isEmpty())
            qFatal("cannot seed the test database: %s", qPrintable(error));
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        // A fresh copy per test file: tests that change data do not affect each other.
        const QString path = m_dir.filePath(QStringLiteral("test-%1.sqlite").arg(++m_files));
        QFile::copy(m_seed, path);
        m_app.reset();
        AppController::Options options;
        options.settingsFile = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_files));
        options.databasePath = path;
        options.listenOnFreePort = true;
        m_app = std::make_unique<AppController>(options);
        m_app->startListener();
        m_support = std::make_unique<TestSupport>(path, m_endpointIds);
        qmlRegisterSingletonInstance("DonationDeskTest", 1, 0, "TestSupport", m_support.get());
    }

    void cleanupTestCase()
    {
        m_app.reset();
        m_support.reset();
    }

private:
    QTemporaryDir m_dir;
    QString m_seed;
    QVariantMap m_endpointIds;
    int m_files = 0;
    std::unique_ptr<AppController> m_app;
    std::unique_ptr<TestSupport> m_support;
};

// The seed puts today's donations at mid-morning local time, and the tests deliver new ones
// "now", which must come after them and still be today. Run in a whole-hour zone where the
// local time is now between 14:00 and 15:00, whatever the time of day the suite starts: the
// views are the same at any hour, the date presets are the same on any day.
static void pinLocalTimeToAfternoon()
{
    const int utcHour = QDateTime::currentDateTimeUtc().time().hour();
    int offset = 14 - utcHour; // hours east of UTC, -9 ... +14: all exist as Etc/GMT zones
    // Etc/GMT signs are reversed: Etc/GMT-3 is three hours east.
    const QByteArray zone = offset == 0
        ? QByteArray("Etc/UTC")
        : "Etc/GMT" + QByteArray(offset > 0 ? "-" : "+") + QByteArray::number(std::abs(offset));
    qputenv("TZ", zone);
    tzset();
}

int main(int argc, char **argv)
{
    pinLocalTimeToAfternoon();
    // QtCharts needs a QApplication.
    QApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "views", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "main.moc"
