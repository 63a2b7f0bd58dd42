#include "appcontroller.h"

#include "appsettings.h"
#include "endpoints/endpointlistmodel.h"
#include "i18n/translations.h"
#include "live/livefeed.h"
#include "storage/backgrounddatabase.h"
#include "storage/database.h"

#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QUrl>

namespace {
AppController *s_instance = nullptr;
} // namespace

AppController::AppController(const Options &options, QObject *parent)
    : QObject(parent)
    , m_settings(new AppSettings(options.settingsFile, this))
    , m_endpoints(new EndpointListModel(this))
    , m_live(new LiveFeed(this))
    , m_donationFilter(new DonationFilterObject(this))
    , m_listenOnFreePort(options.listenOnFreePort)
    , m_languageOverride(options.language)
{
    s_instance = this;
    applyLanguage();
    m_live->setEndpoints(m_endpoints);
    const QVariant savedFilter = m_settings->value(QStringLiteral("donations/filter"));
    if (savedFilter.canConvert<QVariantMap>())
        m_donationFilter->fromMap(savedFilter.toMap());
    connect(m_donationFilter, &DonationFilterObject::changed, this, [this] {
        m_settings->setValue(QStringLiteral("donations/filter"), m_donationFilter->toMap());
    });
    // Views that show stored donations refresh at most a few times a second under load.
    m_revisionTimer.setSingleShot(true);
    m_revisionTimer.setInterval(250);
    connect(&m_revisionTimer, &QTimer::timeout, this, [this] {
        ++m_dataRevision;
        emit dataRevisionChanged();
    });
    // The refusal log is written by the storage thread just after the signal: a moment later
    // it is there to read.
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(250);
    connect(&m_requestTimer, &QTimer::timeout, this, [this] {
        ++m_requestRevision;
        emit requestRevisionChanged();
    });
    connect(m_settings, &AppSettings::listenerSettingsChanged, this, [this] {
        if (m_service)
            restartListener();
    });
    connect(m_settings, &AppSettings::changed, this, [this] {
        m_endpoints->setBaseUrl(baseUrl());
        applyLanguage();
    });

    QString path = options.databasePath;
    if (path.isEmpty())
        path = m_settings->databasePath();
    if (path.isEmpty())
        path = DbConnection::defaultPath();
    m_databasePath = QFileInfo(path).absoluteFilePath();
}

AppController::~AppController()
{
    delete m_service; // ends its threads if shutdown() was not awaited
    m_service = nullptr;
    s_instance = nullptr;
}

AppController *AppController::instance()
{
    return s_instance;
}

BackgroundDatabase *AppController::databaseOr(BackgroundDatabase *own)
{
    if (own)
        return own;
    AppController *app = instance();
    return app ? app->database() : nullptr;
}

AppController *AppController::create(QQmlEngine *engine, QJSEngine *)
{
    if (s_instance)
        s_instance->m_engine = engine;
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void AppController::applyLanguage()
{
    const QString wanted = Translations::resolve(
        m_languageOverride.isEmpty() ? m_settings->language() : m_languageOverride);
    if (wanted == m_language)
        return;
    Translations::install(wanted);
    const bool first = m_language.isEmpty();
    m_language = wanted;
    if (first)
        return;
    // Texts from QML, then what C++ models formatted (dates, amounts, sentences).
    if (m_engine)
        m_engine->retranslate();
    refresh();
    emit languageChanged();
}

QVariantList AppController::languages()
{
    QVariantList out;
    for (const Translations::Language &l : Translations::available())
        out << QVariantMap {
            {QStringLiteral("code"), l.code}, {QStringLiteral("name"), l.nativeName}};
    return out;
}

QString AppController::systemLanguageName()
{
    const QString code = Translations::resolve({});
    for (const Translations::Language &l : Translations::available()) {
        if (l.code == code)
            return l.nativeName;
    }
    return code;
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

QString AppController::baseUrl() const
{
    const QString pub = m_settings->publicBaseUrl();
    if (!pub.isEmpty())
        return pub;
    if (m_listening)
        return listenUrl();
    const QString host = m_settings->listenHost();
    return QStringLiteral("http://%1:%2")
        .arg(host.contains(u':') ? u'[' + host + u']' : host)
        .arg(m_settings->listenPort());
}

int AppController::inboxDepth() const
{
    if (!m_service)
        return 0;
    return int(m_service->counters().unprocessed + m_service->counters().awaitingCommit);
}

QDateTime AppController::lastCommit() const
{
    if (!m_service || m_service->counters().lastCommitMs == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_service->counters().lastCommitMs);
}

QString AppController::databasePath() const
{
    return m_databasePath;
}

void AppController::startListener()
{
    if (m_service || m_shuttingDown)
        return;
    createService();
}

void AppController::createService()
{
    WebhookService::Config config;
    config.databasePath = m_databasePath;
    const QString host = m_settings->listenHost();
    if (host == u"localhost" || !config.address.setAddress(host))
        config.address = QHostAddress::LocalHost;
    config.port = m_listenOnFreePort ? 0 : quint16(m_settings->listenPort());
    config.limits.maxBodyBytes = m_settings->maxBodyBytes();
    m_service = new WebhookService(config, this);
    WebhookService *service = m_service;

    connect(service, &WebhookService::started, this, [this] {
        m_listening = true;
        m_lastError.clear();
        if (!m_database)
            setDatabase(m_databasePath);
        m_endpoints->setBaseUrl(baseUrl());
        emit listenerChanged();
        emit statsChanged();
    });
    connect(service, &WebhookService::failed, this, [this, service](const QString &error) {
        m_listening = false;
        m_lastError = error;
        service->deleteLater();
        if (m_service == service)
            m_service = nullptr;
        // The database may still be readable (e.g. the port was taken).
        if (!m_database && QFileInfo::exists(m_databasePath))
            setDatabase(m_databasePath);
        emit listenerChanged();
        emit problem(error);
    });
    connect(service, &WebhookService::stopped, this, [this, service] {
        m_listening = false;
        service->deleteLater();
        if (m_service == service)
            m_service = nullptr;
        emit listenerChanged();
        if (m_shuttingDown) {
            emit shutDown();
        } else if (m_restartWanted) {
            m_restartWanted = false;
            createService();
        }
    });
    connect(service, &WebhookService::storageError, this, [this](const QString &error) {
        m_lastError = error;
        emit listenerChanged();
    });
    connect(service, &WebhookService::donationsChanged, this,
        [this](const QList<DonationChange> &changes) {
            m_live->addDonationChanges(changes);
            // A donation may end a quiet spell, a refusal start a run of them: alarms follow.
            m_endpoints->checkAlarmsSoon();
            emit donationsChanged(changes);
            emit statsChanged();
            if (!m_revisionTimer.isActive())
                m_revisionTimer.start();
        });
    connect(service, &WebhookService::requestsStored, this,
        [this](const QList<StoredRequest> &requests) {
            m_live->addStoredRequests(requests);
            m_endpoints->checkAlarmsSoon();
            emit statsChanged();
            noteRequests();
        });
    connect(service, &WebhookService::rowsProcessed, this, [this](const QList<ProcessedRow> &rows) {
        m_live->addProcessedRows(rows);
        emit statsChanged();
        noteRequests();
    });
    connect(service, &WebhookService::requestRefused, this, [this](const RefusalItem &item) {
        m_live->addRefusal(item);
        m_endpoints->checkAlarmsSoon();
        noteRequests();
    });
    // An endpoint added, changed or removed in the app answers at once, not after the poll.
    connect(m_endpoints, &EndpointListModel::editFinished, service,
        [service] { service->reloadEndpoints(); });
    // Retention blanked old requests or deleted old refusals: the inspector shows it.
    connect(service, &WebhookService::rawRequestsPurged, this, [this] { noteRequests(); });
    emit listenerChanged();
    service->start();
}

void AppController::stopListener()
{
    m_restartWanted = false;
    if (m_service)
        m_service->stop();
}

void AppController::restartListener()
{
    if (!m_service) {
        startListener();
        return;
    }
    m_restartWanted = true;
    m_service->stop();
}

void AppController::setDatabase(const QString &path)
{
    m_database = std::make_unique<BackgroundDatabase>(path);
    m_endpoints->setDatabase(m_database.get());
    m_live->clear();
    m_live->loadHistory(m_database.get());
    emit databaseChanged();
    ++m_dataRevision;
    emit dataRevisionChanged();
    ++m_requestRevision;
    emit requestRevisionChanged();
}

bool AppController::openDatabase(const QString &pathOrUrl)
{
    QString path =
        pathOrUrl.startsWith(QLatin1String("file:")) ? localPath(QUrl(pathOrUrl)) : pathOrUrl;
    path = QFileInfo(path).absoluteFilePath();
    QString error;
    if (!Schema::checkFileHeader(path, &error)) {
        m_lastError = error;
        emit listenerChanged();
        emit problem(error);
        return false;
    }
    m_databasePath = path;
    m_settings->setDatabasePath(path);
    m_database.reset();
    if (m_service)
        restartListener(); // the service reopens the database, then the views follow
    else
        startListener();
    emit databaseChanged();
    return true;
}

void AppController::copyText(const QString &text) const
{
    if (auto *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

QString AppController::localPath(const QUrl &url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}

void AppController::noteRequests()
{
    if (!m_requestTimer.isActive())
        m_requestTimer.start();
}

void AppController::refresh()
{
    m_endpoints->reload();
    ++m_dataRevision;
    emit dataRevisionChanged();
    ++m_requestRevision;
    emit requestRevisionChanged();
}

void AppController::forgetDonors(const QList<qint64> &donationIds)
{
    m_live->forgetDonors(donationIds);
    refresh();
}

void AppController::shutdown()
{
    m_shuttingDown = true;
    if (m_service)
        m_service->stop();
    else
        emit shutDown();
}
