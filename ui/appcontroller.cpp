#include "appcontroller.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

namespace {
AppController *s_instance = nullptr;
constexpr int MaxRecent = 200;
} // namespace

AppController::AppController(const WebhookService::Config &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    s_instance = this;
}

AppController::~AppController()
{
    s_instance = nullptr;
}

AppController *AppController::instance()
{
    return s_instance;
}

AppController *AppController::create(QQmlEngine *, QJSEngine *)
{
    // Owned by C++ (DesktopApp): QML must not delete it.
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString AppController::databasePath() const
{
    return QFileInfo(m_config.databasePath).absoluteFilePath();
}

QString AppController::listenUrl() const
{
    if (!m_service || !m_listening)
        return {};
    const QString host = m_service->host();
    return QStringLiteral("http://%1:%2")
        .arg(host.contains(u':') ? u'[' + host + u']' : host)
        .arg(m_service->port());
}

void AppController::startListener()
{
    if (m_service)
        return;
    m_service = new WebhookService(m_config, this);
    connect(m_service, &WebhookService::started, this, [this] {
        m_listening = true;
        m_lastError.clear();
        addActivity(tr("Listening on %1").arg(listenUrl()));
        emit listenerChanged();
    });
    connect(m_service, &WebhookService::failed, this, [this](const QString &error) {
        m_listening = false;
        m_lastError = error;
        addActivity(tr("Listener failed: %1").arg(error));
        m_service->deleteLater();
        m_service = nullptr;
        emit listenerChanged();
    });
    connect(m_service, &WebhookService::stopped, this, [this] {
        m_listening = false;
        m_service->deleteLater();
        m_service = nullptr;
        emit listenerChanged();
        emit listenerStopped();
    });
    connect(m_service, &WebhookService::storageError, this, [this](const QString &error) {
        m_lastError = error;
        emit listenerChanged();
    });
    connect(m_service, &WebhookService::donationsChanged, this,
        [this](const QList<DonationChange> &changes) {
            for (const DonationChange &c : changes) {
                if (c.created) {
                    ++m_created;
                    addActivity(tr("Donation #%1 received (%2)").arg(c.donationId).arg(c.status));
                } else {
                    ++m_updated;
                    addActivity(tr("Donation #%1 updated (%2)").arg(c.donationId).arg(c.status));
                }
            }
            emit activityChanged();
        });
    connect(m_service, &WebhookService::requestRefused, this, [this](const RefusalItem &r) {
        ++m_refused;
        addActivity(tr("Refused %1 from %2: %3").arg(r.httpStatus).arg(r.request.peer, r.reason));
        emit activityChanged();
    });
    m_service->start();
}

void AppController::stopListener()
{
    if (m_service)
        m_service->stop();
    else
        emit listenerStopped();
}

void AppController::addActivity(const QString &line)
{
    const QString stamp = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    m_recent.prepend(stamp + QStringLiteral("  ") + line);
    if (m_recent.size() > MaxRecent)
        m_recent.removeLast();
    emit activityChanged();
}
