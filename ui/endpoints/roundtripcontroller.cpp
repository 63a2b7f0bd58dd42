#include "roundtripcontroller.h"

#include "app/appcontroller.h"
#include "storage/backgrounddatabase.h"

RoundTripController::RoundTripController(QObject *parent)
    : QObject(parent)
{
    if (AppController *app = AppController::instance()) {
        connect(app, &AppController::listenerChanged, this, &RoundTripController::urlChanged);
        connect(app->settings(), &AppSettings::changed, this, &RoundTripController::urlChanged);
    }
}

RoundTripController::~RoundTripController() = default;

void RoundTripController::setDatabase(BackgroundDatabase *database)
{
    m_database = database;
}

void RoundTripController::setEndpointId(double id)
{
    if (qint64(id) == m_endpointId)
        return;
    m_endpointId = qint64(id);
    emit endpointIdChanged();
    emit urlChanged();
    emit stateChanged();
}

const RoundTripController::Result &RoundTripController::current() const
{
    static const Result none;
    const auto it = m_results.constFind(m_endpointId);
    return it == m_results.constEnd() ? none : *it;
}

QString RoundTripController::level() const
{
    return hasResult() ? RoundTrip::levelName(current().verdict.level) : QString();
}

QString RoundTripController::arrivedIn() const
{
    switch (current().arrival.where) {
    case RoundTrip::Arrival::Where::Nowhere:
        return {};
    case RoundTrip::Arrival::Where::Inbox:
        return QStringLiteral("inbox");
    case RoundTrip::Arrival::Where::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

std::optional<EndpointConfig> RoundTripController::endpoint() const
{
    AppController *app = AppController::instance();
    if (!app)
        return std::nullopt;
    for (const EndpointListModel::Entry &e : app->endpoints()->entries()) {
        if (e.config.id == m_endpointId)
            return e.config;
    }
    return std::nullopt;
}

RoundTrip::Setup RoundTripController::setup(const EndpointConfig &endpoint) const
{
    RoundTrip::Setup s;
    s.endpoint = endpoint;
    s.arrivalWaitMs = m_arrivalWaitMs;
    if (AppController *app = AppController::instance()) {
        s.publicBaseUrl = app->settings()->publicBaseUrl();
        s.listenUrl = app->listenUrl();
    }
    return s;
}

QString RoundTripController::url() const
{
    const std::optional<EndpointConfig> e = endpoint();
    if (!e)
        return {};
    const RoundTrip::Setup s = setup(*e);
    if (s.publicBaseUrl.trimmed().isEmpty() && s.listenUrl.isEmpty())
        return {};
    return RoundTrip::checkUrl(s).toString();
}

bool RoundTripController::usesPublicUrl() const
{
    AppController *app = AppController::instance();
    return app && !app->settings()->publicBaseUrl().trimmed().isEmpty();
}

void RoundTripController::store(qint64 endpointId, const Result &result)
{
    m_results.insert(endpointId, result);
    if (endpointId == m_endpointId)
        emit stateChanged();
}

void RoundTripController::run()
{
    if (m_check)
        return;
    AppController *app = AppController::instance();
    BackgroundDatabase *db = AppController::databaseOr(m_database);
    const std::optional<EndpointConfig> e = endpoint();
    if (!app || !db || !e)
        return;
    if (!app->isListening()) {
        // The check watches this app's listener: without it, nothing could arrive.
        Result r;
        r.verdict = RoundTrip::Verdict {RoundTrip::Level::Red, QStringLiteral("not-listening"),
            tr("The listener is not running"),
            app->lastError().isEmpty()
                ? tr("Donation Desk is not receiving webhooks, so nothing can arrive.")
                : tr("Donation Desk is not receiving webhooks: %1").arg(app->lastError()),
            tr("Start the listener (Settings), then check again.")};
        r.at = QDateTime::currentDateTime();
        store(e->id, r);
        emit finished();
        return;
    }
    if (!e->enabled) {
        Result r;
        r.verdict = RoundTrip::Verdict {RoundTrip::Level::Red, QStringLiteral("disabled"),
            tr("The endpoint is disabled"), tr("A disabled endpoint refuses every request."),
            tr("Enable the endpoint, then check again.")};
        r.at = QDateTime::currentDateTime();
        store(e->id, r);
        emit finished();
        return;
    }

    QPointer<RoundTripController> self(this);
    QPointer<BackgroundDatabase> database(db);
    RoundTrip::Probe probe;
    probe.marks = [self, database](std::function<void(RoundTrip::Marks)> done) {
        if (!self || !database)
            return;
        database->read<RoundTrip::Marks>(
            self, [](QSqlDatabase &c) { return RoundTrip::marks(c); }, std::move(done));
    };
    probe.find = [self, database](RoundTrip::Marks since, QByteArray nonce,
                     std::function<void(RoundTrip::Arrival)> done) {
        if (!self || !database)
            return;
        database->read<RoundTrip::Arrival>(
            self, [since, nonce](QSqlDatabase &c) { return RoundTrip::find(c, since, nonce); },
            std::move(done));
    };
    m_runningFor = e->id;
    m_check = new RoundTrip::Check(setup(*e), probe, this);
    m_step = QStringLiteral("sending");
    connect(m_check, &RoundTrip::Check::stepChanged, this, [this](const QString &step) {
        m_step = step;
        emit stateChanged();
    });
    connect(m_check, &RoundTrip::Check::finished, this, [this] {
        Result r;
        r.verdict = m_check->verdict();
        r.arrival = m_check->observation().arrival;
        r.at = QDateTime::currentDateTime();
        m_check->deleteLater();
        m_check = nullptr;
        m_step.clear();
        m_results.insert(m_runningFor, r);
        emit stateChanged();
        emit finished();
    });
    emit stateChanged();
    m_check->start();
}
