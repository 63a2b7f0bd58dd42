#pragma once

#include "testing/roundtrip.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>

class BackgroundDatabase;

// The round-trip check of the Endpoints view: sends a signed test event to the chosen
// endpoint's public URL (Settings' public URL, else the listener's own) and watches the app's
// database for it (RoundTrip::Check), reading off the UI thread. The last verdict of each
// endpoint stays until the app quits, so coming back to an endpoint shows how it went.
class RoundTripController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(double endpointId READ endpointId WRITE setEndpointId NOTIFY endpointIdChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY stateChanged)
    // While running: "sending" (waiting for the answer), "waiting" (looking for the request).
    Q_PROPERTY(QString step READ step NOTIFY stateChanged)
    // The URL the check sends to (the endpoint's path on the public or local base URL).
    Q_PROPERTY(QString url READ url NOTIFY urlChanged)
    Q_PROPERTY(bool usesPublicUrl READ usesPublicUrl NOTIFY urlChanged)
    // The endpoint's last verdict.
    Q_PROPERTY(bool hasResult READ hasResult NOTIFY stateChanged)
    Q_PROPERTY(QString level READ level NOTIFY stateChanged) // green, amber, red
    Q_PROPERTY(QString code READ code NOTIFY stateChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY stateChanged)
    Q_PROPERTY(QString detail READ detail NOTIFY stateChanged)
    Q_PROPERTY(QString fix READ fix NOTIFY stateChanged)
    Q_PROPERTY(QDateTime checkedAt READ checkedAt NOTIFY stateChanged)
    // Where the request was stored: "inbox" or "refused" (and its id), "" when it never arrived.
    Q_PROPERTY(QString arrivedIn READ arrivedIn NOTIFY stateChanged)
    Q_PROPERTY(double arrivalId READ arrivalId NOTIFY stateChanged)

public:
    explicit RoundTripController(QObject *parent = nullptr);
    ~RoundTripController() override;

    // Tests: a database of their own instead of the app's.
    void setDatabase(BackgroundDatabase *database);
    // Tests: how long to look for the request after the answer.
    void setArrivalWaitMs(int ms) { m_arrivalWaitMs = ms; }

    double endpointId() const { return double(m_endpointId); }
    void setEndpointId(double id);
    bool isRunning() const { return m_check != nullptr; }
    QString step() const { return m_step; }
    QString url() const;
    bool usesPublicUrl() const;
    bool hasResult() const { return m_results.contains(m_endpointId); }
    QString level() const;
    QString code() const { return current().verdict.code; }
    QString summary() const { return current().verdict.summary; }
    QString detail() const { return current().verdict.detail; }
    QString fix() const { return current().verdict.fix; }
    QDateTime checkedAt() const { return current().at; }
    QString arrivedIn() const;
    double arrivalId() const { return double(current().arrival.id); }

    Q_INVOKABLE void run();

Q_SIGNALS:
    void endpointIdChanged();
    void stateChanged();
    void urlChanged();
    void finished();

private:
    struct Result
    {
        RoundTrip::Verdict verdict;
        RoundTrip::Arrival arrival;
        QDateTime at;
    };
    const Result &current() const;
    std::optional<EndpointConfig> endpoint() const;
    RoundTrip::Setup setup(const EndpointConfig &endpoint) const;
    void store(qint64 endpointId, const Result &result);

    QPointer<BackgroundDatabase> m_database;
    qint64 m_endpointId = 0;
    qint64 m_runningFor = 0;
    int m_arrivalWaitMs = 3000;
    RoundTrip::Check *m_check = nullptr;
    QString m_step;
    QHash<qint64, Result> m_results;
};
