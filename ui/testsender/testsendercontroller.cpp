#include "testsendercontroller.h"

#include "app/appcontroller.h"
#include "endpoints/endpointlistmodel.h"
#include "storage/backgrounddatabase.h"
#include "storage/sqlrun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSqlQuery>

namespace {

// Bodies larger than this are shown cut (an oversized test body is over a megabyte).
constexpr qsizetype ShownBytes = 64 * 1024;

// How often, and how many times, the inbox row is read until the processor has run.
constexpr int OutcomeIntervalMs = 150;
constexpr int OutcomeReads = 16;

QString shown(const QByteArray &bytes)
{
    if (bytes.size() <= ShownBytes)
        return QString::fromUtf8(bytes);
    return QString::fromUtf8(bytes.left(ShownBytes)) + u'\n'
        + TestSenderController::tr("… (%1 bytes in all; the rest is not shown)").arg(bytes.size());
}

QString headerText(const HeaderList &headers)
{
    QString out;
    for (const auto &h : headers)
        out +=
            QString::fromUtf8(h.first) + QStringLiteral(": ") + QString::fromUtf8(h.second) + u'\n';
    return out;
}

// The problem with a URL, as prepare() words it; empty when it will do.
QString urlProblem(const QUrl &url)
{
    if (!url.isValid() || !url.scheme().startsWith(QLatin1String("http")) || url.host().isEmpty())
        return TestSenderController::tr("“%1” is not an http:// or https:// URL")
            .arg(url.toString());
    return {};
}

struct Outcome
{
    bool found = false;
    QString state;
    QString error;
    QVariantList donations;
    QString readError;
};

} // namespace

TestSenderController::TestSenderController(QObject *parent)
    : QObject(parent)
    , m_sender(new TestSend::Sender(this))
{
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(0);
    connect(&m_previewTimer, &QTimer::timeout, this, &TestSenderController::updatePreview);
    m_outcomeTimer.setSingleShot(true);
    m_outcomeTimer.setInterval(OutcomeIntervalMs);
    connect(&m_outcomeTimer, &QTimer::timeout, this, [this] { readOutcome(m_generation); });

    for (auto signal : {&TestSenderController::overridesChanged,
             &TestSenderController::rawBodyChanged, &TestSenderController::breakageChanged,
             &TestSenderController::targetChanged, &TestSenderController::markAsTestChanged}) {
        connect(this, signal, this, &TestSenderController::schedulePreview);
    }

    AppController *app = AppController::instance();
    if (!app)
        return;
    EndpointListModel *endpoints = app->endpoints();
    // The endpoint as the listener has it (its secret, event, URL) follows every change.
    connect(endpoints, &EndpointListModel::loaded, this, &TestSenderController::loadEndpoint);
    connect(endpoints, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
            if (roles.isEmpty() || !roles.contains(EndpointListModel::CountTodayRole))
                loadEndpoint();
        });
    connect(
        endpoints, &QAbstractItemModel::rowsInserted, this, &TestSenderController::loadEndpoint);
    connect(endpoints, &QAbstractItemModel::rowsRemoved, this, &TestSenderController::loadEndpoint);
    connect(endpoints, &QAbstractItemModel::modelReset, this, &TestSenderController::loadEndpoint);
    connect(app, &AppController::listenerChanged, this, &TestSenderController::targetChanged);
    // The processor commits after the answer: a new revision may be the request's outcome.
    connect(app, &AppController::dataRevisionChanged, this, [this] {
        if (m_outcomeState == QLatin1String("waiting") && !m_outcomeTimer.isActive())
            readOutcome(m_generation);
    });
    loadEndpoint();
}

TestSenderController::~TestSenderController() = default;

void TestSenderController::setEndpointId(double id)
{
    if (qint64(id) == m_endpointId)
        return;
    m_endpointId = qint64(id);
    loadEndpoint();
}

// Takes the chosen endpoint's settings from App.endpoints (the first enabled endpoint when
// none is chosen) and a sample of its provider.
void TestSenderController::loadEndpoint()
{
    AppController *app = AppController::instance();
    if (!app)
        return;
    const QList<EndpointListModel::Entry> &entries = app->endpoints()->entries();
    const EndpointListModel::Entry *found = nullptr;
    for (const auto &e : entries) {
        if (e.config.id == m_endpointId)
            found = &e;
    }
    if (!found && m_endpointId < 0) {
        for (const auto &e : entries) {
            if (e.config.enabled) {
                found = &e;
                break;
            }
        }
        if (!found && !entries.isEmpty())
            found = &entries.first();
    }
    const EndpointConfig config = found ? found->config : EndpointConfig();
    const bool otherEndpoint = config.id != m_endpoint.id;
    const bool otherProvider = config.provider != m_endpoint.provider;
    if (!otherEndpoint && config.secret == m_endpoint.secret && config.event == m_endpoint.event
        && config.token == m_endpoint.token && config.currency == m_endpoint.currency
        && config.enabled == m_endpoint.enabled)
        return;
    m_endpoint = config;
    if (found)
        m_endpointId = config.id;
    if (otherEndpoint)
        m_customUrl = publicUrl();
    if (otherProvider || !currentSample()) {
        const QList<SampleEvents::Sample> samples = SampleEvents::forProvider(config.provider);
        QString chosen = samples.isEmpty() ? QString() : samples.first().id;
        for (const auto &s : samples) {
            if (!config.event.isEmpty() && s.endpointEvent == config.event) {
                chosen = s.id;
                break;
            }
        }
        m_sampleId = chosen;
        m_rawBody.clear();
        emit rawBodyChanged();
    }
    emit endpointChanged();
    emit sampleChanged();
    emit targetChanged();
    updatePreview();
}

void TestSenderController::setSampleId(const QString &id)
{
    if (id == m_sampleId)
        return;
    m_sampleId = id;
    emit sampleChanged();
    // A new sample: the editor starts again from its body.
    if (m_rawMode) {
        updatePreview();
        resetRawBody();
    }
    schedulePreview();
}

void TestSenderController::setVariant(int variant)
{
    if (variant == m_variant || variant < 0)
        return;
    m_variant = variant;
    emit variantChanged();
    schedulePreview();
}

void TestSenderController::setRawMode(bool raw)
{
    if (raw == m_rawMode)
        return;
    m_rawMode = raw;
    if (raw && m_rawBody.isEmpty()) {
        updatePreview();
        m_rawBody = m_builtBody;
        emit rawBodyChanged();
    }
    emit rawModeChanged();
    schedulePreview();
}

std::optional<SampleEvents::Sample> TestSenderController::currentSample() const
{
    const auto sample = SampleEvents::find(m_sampleId);
    if (!sample || sample->provider != m_endpoint.provider)
        return std::nullopt;
    return sample;
}

QVariantList TestSenderController::samples() const
{
    QVariantList out;
    for (const auto &s : SampleEvents::forProvider(m_endpoint.provider)) {
        out << QVariantMap {{QStringLiteral("id"), s.id}, {QStringLiteral("title"), s.title},
            {QStringLiteral("description"), s.description}, {QStringLiteral("event"), s.event},
            {QStringLiteral("endpointEvent"), s.endpointEvent}};
    }
    return out;
}

QString TestSenderController::sampleTitle() const
{
    const auto s = currentSample();
    return s ? s->title : QString();
}

QString TestSenderController::sampleDescription() const
{
    const auto s = currentSample();
    return s ? s->description : QString();
}

QString TestSenderController::sampleNote() const
{
    const auto s = currentSample();
    if (!s || s->endpointEvent.isEmpty() || m_endpoint.event.isEmpty()
        || s->endpointEvent == m_endpoint.event)
        return {};
    return tr("This endpoint is set to the “%1” event: the listener reads every request to it as "
              "that event. Choose a sample for “%1”, or change the endpoint's event in "
              "Endpoints.")
        .arg(m_endpoint.event);
}

QString TestSenderController::localUrl() const
{
    AppController *app = AppController::instance();
    if (!app || !app->isListening() || m_endpoint.token.isEmpty())
        return {};
    QUrl url(app->listenUrl());
    // A listener on every interface is reached on this computer through the loopback.
    if (url.host() == QLatin1String("0.0.0.0"))
        url.setHost(QStringLiteral("127.0.0.1"));
    else if (url.host() == QLatin1String("::"))
        url.setHost(QStringLiteral("::1"));
    url.setPath(QString::fromLatin1(m_endpoint.path()));
    return url.toString();
}

QString TestSenderController::publicUrl() const
{
    AppController *app = AppController::instance();
    if (!app || m_endpoint.token.isEmpty())
        return {};
    return app->baseUrl() + QString::fromLatin1(m_endpoint.path());
}

QString TestSenderController::targetUrl() const
{
    return m_useCustomUrl ? m_customUrl.trimmed() : localUrl();
}

bool TestSenderController::canSend() const
{
    return m_error.isEmpty() && !m_sending;
}

SampleEvents::Overrides TestSenderController::overrides() const
{
    SampleEvents::Overrides o;
    o.amount = m_amount.trimmed();
    o.currency = m_currency.trimmed().toUpper();
    o.donorName = m_donorName.trimmed();
    o.donorEmail = m_donorEmail.trimmed();
    o.status = m_status.trimmed();
    o.externalId = m_externalId.trimmed();
    return o;
}

TestSend::Plan TestSenderController::plan(bool withOverrides) const
{
    TestSend::Plan p;
    p.url = QUrl(targetUrl());
    p.endpoint = m_endpoint;
    if (const auto s = currentSample())
        p.sample = *s;
    if (withOverrides && !m_rawMode)
        p.overrides = overrides();
    p.variant = quint64(m_variant);
    p.breakage = TestSend::breakageFromName(m_breakage).value_or(TestSend::Breakage::None);
    p.markAsTest = m_markAsTest;
    if (m_rawMode)
        p.body = m_rawBody.toUtf8();
    return p;
}

// The field an override error is about: the first override that fails alone.
QString TestSenderController::fieldOfBuildError() const
{
    const auto sample = currentSample();
    if (!sample)
        return {};
    const SampleEvents::Overrides all = overrides();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::pair<const char *, QString SampleEvents::Overrides::*> fields[] = {
        {"amount", &SampleEvents::Overrides::amount},
        {"currency", &SampleEvents::Overrides::currency},
        {"donorName", &SampleEvents::Overrides::donorName},
        {"donorEmail", &SampleEvents::Overrides::donorEmail},
        {"status", &SampleEvents::Overrides::status},
        {"externalId", &SampleEvents::Overrides::externalId},
    };
    for (const auto &[name, member] : fields) {
        if ((all.*member).isEmpty())
            continue;
        SampleEvents::Overrides one;
        one.*member = all.*member;
        if (!SampleEvents::build(*sample, quint64(m_variant), one, now).error.isEmpty())
            return QString::fromLatin1(name);
    }
    return {};
}

void TestSenderController::schedulePreview()
{
    m_previewTimer.start();
}

// The body the fields make, the breakages that apply, and why the request cannot be made.
void TestSenderController::updatePreview()
{
    m_previewTimer.stop();
    QString error;
    QString field;
    QString built;
    QString rawWarning;
    QVariantList breakages;
    const auto sample = currentSample();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    struct Kind
    {
        TestSend::Breakage breakage;
        QString label;
        QString hint;
    };
    const Kind kinds[] = {
        {TestSend::Breakage::None, tr("Correctly signed"),
            tr("Signed exactly as the provider signs: the listener should accept it.")},
        {TestSend::Breakage::BadSignature, tr("Bad signature"),
            tr("Signed with another secret, as if someone forged it: expect 401.")},
        {TestSend::Breakage::MissingSignature, tr("Missing signature"),
            tr("No signature at all: expect 401 when the endpoint has a secret.")},
        {TestSend::Breakage::WrongToken, tr("Wrong URL token"),
            tr("Another token in the URL, an endpoint that does not exist: expect 404.")},
        {TestSend::Breakage::StaleTimestamp, tr("Stale timestamp"),
            tr("Signed ten minutes ago, like a replayed request: expect 401.")},
        {TestSend::Breakage::Oversized, tr("Oversized body"),
            tr("A body over the 1 MiB limit: expect 413.")},
    };

    if (m_endpoint.provider.isEmpty()) {
        error = tr("Choose an endpoint: add one in Endpoints first.");
    } else if (!sample) {
        error = tr("Choose a sample event.");
    } else {
        const SampleEvents::Built plain = SampleEvents::build(*sample, quint64(m_variant), {}, now);
        const SampleEvents::Built edited =
            SampleEvents::build(*sample, quint64(m_variant), overrides(), now);
        built = QString::fromUtf8(edited.error.isEmpty() ? edited.body : plain.body);
        if (!m_rawMode && !edited.error.isEmpty()) {
            error = edited.error;
            field = fieldOfBuildError();
        }
        if (m_rawMode) {
            if (m_rawBody.trimmed().isEmpty()) {
                error = tr("The body is empty: type one, or start again from the sample.");
                field = QStringLiteral("raw");
            } else {
                QJsonParseError parse;
                QJsonDocument::fromJson(m_rawBody.toUtf8(), &parse);
                if (parse.error != QJsonParseError::NoError)
                    rawWarning = tr("This is not valid JSON (%1 at character %2): it will be "
                                    "sent as typed, and the listener will probably refuse it.")
                                     .arg(parse.errorString())
                                     .arg(parse.offset);
            }
        }
        // Which breakages apply: prepare() says why one does not (the URL does not matter).
        TestSend::Plan probe;
        probe.url = QUrl(QStringLiteral("http://127.0.0.1/hooks/probe"));
        probe.endpoint = m_endpoint;
        probe.sample = *sample;
        probe.variant = quint64(m_variant);
        probe.now = now;
        for (const Kind &k : kinds) {
            QString reason;
            // An oversized body always applies (and is a megabyte to build).
            if (k.breakage != TestSend::Breakage::Oversized) {
                probe.breakage = k.breakage;
                reason = TestSend::prepare(probe).error;
            }
            breakages << QVariantMap {{QStringLiteral("name"), TestSend::breakageName(k.breakage)},
                {QStringLiteral("label"), k.label}, {QStringLiteral("hint"), k.hint},
                {QStringLiteral("available"), reason.isEmpty()},
                {QStringLiteral("reason"), reason}};
            if (!reason.isEmpty() && m_breakage == TestSend::breakageName(k.breakage)
                && error.isEmpty()) {
                error = reason;
                field = QStringLiteral("breakage");
            }
        }
        if (error.isEmpty()) {
            if (!m_useCustomUrl && localUrl().isEmpty()) {
                error = tr("The listener is not running: start it in Live, or send to another "
                           "URL.");
                field = QStringLiteral("url");
            } else if (m_useCustomUrl && m_customUrl.trimmed().isEmpty()) {
                error = tr("Type the URL to send to.");
                field = QStringLiteral("url");
            } else if (const QString problem = urlProblem(QUrl(targetUrl())); !problem.isEmpty()) {
                error = problem;
                field = QStringLiteral("url");
            }
        }
        if (error.isEmpty()) {
            // Everything else prepare() checks, without building an oversized body.
            TestSend::Plan p = plan(true);
            if (p.breakage == TestSend::Breakage::Oversized)
                p.breakage = TestSend::Breakage::None;
            p.now = now;
            error = TestSend::prepare(p).error;
            if (!error.isEmpty())
                field = m_rawMode ? QStringLiteral("raw") : fieldOfBuildError();
        }
    }

    m_builtBody = built;
    m_error = error;
    m_errorField = field;
    m_rawWarning = rawWarning;
    emit previewChanged();
    // Only when it changes: the view makes a radio button of each.
    if (breakages != m_breakages) {
        m_breakages = breakages;
        emit breakagesChanged();
    }
}

bool TestSenderController::send()
{
    if (m_sending)
        return false;
    updatePreview();
    if (!m_error.isEmpty())
        return false;
    const TestSend::Prepared request = TestSend::prepare(plan(true));
    if (!request.error.isEmpty()) {
        m_error = request.error;
        m_errorField = m_rawMode ? QStringLiteral("raw") : QString();
        emit previewChanged();
        return false;
    }
    const quint64 generation = ++m_generation;
    clearOutcome();
    m_sentLocally = !m_useCustomUrl;
    m_hasResult = false;
    m_result = {};
    m_refusal.clear();
    m_requestUrl = request.url.toString();
    m_requestHeaders = headerText(request.headers);
    m_requestBody = shown(request.body);
    m_sending = true;
    emit sendingChanged();
    emit resultChanged();
    emit previewChanged(); // canSend
    m_sender->send(request, [this, generation](const TestSend::Result &r) {
        if (generation != m_generation)
            return;
        m_sending = false;
        m_hasResult = true;
        m_result = r;
        const QJsonObject answer = QJsonDocument::fromJson(r.body).object();
        if (!r.ok())
            m_refusal = answer.value(QLatin1String("error")).toString();
        const qint64 inboxId = answer.value(QLatin1String("inbox_id")).toInteger();
        if (r.ok() && m_sentLocally && inboxId > 0) {
            m_inboxId = inboxId;
            m_outcomeState = QStringLiteral("waiting");
            m_outcomeReads = 0;
            m_outcomeTimer.start();
            emit outcomeChanged();
        }
        emit sendingChanged();
        emit resultChanged();
        emit previewChanged();
        emit finished();
    });
    return true;
}

void TestSenderController::nextVariant()
{
    setVariant(m_variant + 1);
}

void TestSenderController::resetRawBody()
{
    updatePreview();
    m_rawBody = m_builtBody;
    emit rawBodyChanged();
}

void TestSenderController::clearOverrides()
{
    m_amount.clear();
    m_currency.clear();
    m_donorName.clear();
    m_donorEmail.clear();
    m_status.clear();
    m_externalId.clear();
    emit overridesChanged();
}

QString TestSenderController::builtBodyPretty() const
{
    const QJsonDocument doc = QJsonDocument::fromJson(m_builtBody.toUtf8());
    if (doc.isNull())
        return m_builtBody;
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented).trimmed());
}

QString TestSenderController::responseHeaders() const
{
    return headerText(m_result.headers);
}

QString TestSenderController::responseBody() const
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(m_result.body, &parse);
    if (parse.error == QJsonParseError::NoError && !doc.isNull())
        return shown(doc.toJson(QJsonDocument::Indented).trimmed());
    return shown(m_result.body);
}

QString TestSenderController::failure() const
{
    if (!m_hasResult || m_result.status > 0)
        return {};
    return TestSend::failureName(m_result.failure);
}

QString TestSenderController::failureText() const
{
    return failureSentence(failure());
}

QString TestSenderController::failureSentence(const QString &failure)
{
    if (failure == QLatin1String("dns"))
        return tr("The server's name could not be found: check the spelling of the URL, and "
                  "that this computer is connected to the internet.");
    if (failure == QLatin1String("refused"))
        return tr("Nothing is listening at that address and port: check the port in the URL, "
                  "and that the listener (or your proxy or tunnel) is running.");
    if (failure == QLatin1String("tls"))
        return tr("The secure (https) connection failed: the server's certificate is not "
                  "trusted or has expired, or the server does not use https on that port.");
    if (failure == QLatin1String("timeout"))
        return tr("The server did not answer in time: it may be overloaded, or a firewall may "
                  "be silently dropping the connection.");
    if (failure == QLatin1String("closed"))
        return tr("The server hung up without answering: check that the URL leads to a web "
                  "server, and that your proxy accepts requests of this size.");
    if (failure.isEmpty() || failure == QLatin1String("none"))
        return {};
    return tr("The request could not be completed: the technical message below says why.");
}

void TestSenderController::clearOutcome()
{
    m_outcomeTimer.stop();
    m_inboxId = 0;
    m_outcomeState.clear();
    m_outcomeError.clear();
    m_donations.clear();
    m_outcomeReads = 0;
    emit outcomeChanged();
}

// Reads the inbox row and the donations it made or changed, off the UI thread.
void TestSenderController::readOutcome(quint64 generation)
{
    AppController *app = AppController::instance();
    BackgroundDatabase *db = app ? app->database() : nullptr;
    if (!db || m_inboxId <= 0) {
        m_outcomeState = QStringLiteral("unknown");
        emit outcomeChanged();
        return;
    }
    ++m_outcomeReads;
    const qint64 inboxId = m_inboxId;
    db->read<Outcome>(
        this,
        [inboxId](QSqlDatabase &db) {
            Outcome out;
            QSqlQuery q(db);
            if (!Sql::run(q,
                    QStringLiteral("SELECT state, coalesce(error, '') FROM inbox WHERE id = ?"),
                    {inboxId}, &out.readError)
                || !q.next())
                return out;
            out.found = true;
            out.state = q.value(0).toString();
            out.error = q.value(1).toString();
            if (out.state == QLatin1String("pending"))
                return out;
            QSqlQuery d(db);
            if (!Sql::run(d,
                    QStringLiteral(
                        "SELECT d.external_id, d.amount_text, d.currency, d.status, "
                        "coalesce(e.status_before, ''), e.status_after, d.donor_name, d.is_test, "
                        "e.duplicate, d.id FROM donation_events e JOIN donations d ON d.id = "
                        "e.donation_id WHERE e.inbox_id = ? ORDER BY e.id"),
                    {inboxId}, &out.readError))
                return out;
            while (d.next()) {
                out.donations << QVariantMap {{QStringLiteral("externalId"), d.value(0)},
                    {QStringLiteral("amount"), d.value(1)},
                    {QStringLiteral("currency"), d.value(2)},
                    {QStringLiteral("status"), d.value(3)},
                    {QStringLiteral("statusBefore"), d.value(4)},
                    {QStringLiteral("statusAfter"), d.value(5)},
                    {QStringLiteral("donorName"), d.value(6)},
                    {QStringLiteral("isTest"), d.value(7).toInt() != 0},
                    {QStringLiteral("duplicate"), d.value(8).toInt() != 0},
                    {QStringLiteral("donationId"), d.value(9)}};
            }
            return out;
        },
        [this, generation](Outcome out) {
            if (generation != m_generation)
                return;
            if (!out.found || out.state == QLatin1String("pending")) {
                // Not committed or not processed yet: again shortly, then on the next revision.
                if (m_outcomeReads < OutcomeReads)
                    m_outcomeTimer.start();
                else if (!out.readError.isEmpty())
                    m_outcomeState = QStringLiteral("unknown");
                emit outcomeChanged();
                return;
            }
            m_outcomeState = out.state;
            m_outcomeError = out.error;
            m_donations = out.donations;
            emit outcomeChanged();
        });
}
