#pragma once

#include "testing/testsend.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantList>

// The Test sender view's state: a sample event of the chosen endpoint's provider, edited
// (fields or the raw body), signed as the provider signs it or broken on purpose, sent to the
// running listener or any URL, and what came back: the answer and, from the local listener,
// what the request became (the inbox row's state and the donations it made or changed).
//
// Preparing a request is pure computation (TestSend::prepare); the request itself goes through
// TestSend::Sender (asynchronous), and the outcome is read through App.database()'s read lane.
class TestSenderController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    // What to send.
    Q_PROPERTY(double endpointId READ endpointId WRITE setEndpointId NOTIFY endpointChanged)
    Q_PROPERTY(QString sampleId READ sampleId WRITE setSampleId NOTIFY sampleChanged)
    Q_PROPERTY(int variant READ variant WRITE setVariant NOTIFY variantChanged)
    Q_PROPERTY(QString amount MEMBER m_amount NOTIFY overridesChanged)
    Q_PROPERTY(QString currency MEMBER m_currency NOTIFY overridesChanged)
    Q_PROPERTY(QString donorName MEMBER m_donorName NOTIFY overridesChanged)
    Q_PROPERTY(QString donorEmail MEMBER m_donorEmail NOTIFY overridesChanged)
    Q_PROPERTY(QString status MEMBER m_status NOTIFY overridesChanged)
    Q_PROPERTY(QString externalId MEMBER m_externalId NOTIFY overridesChanged)
    // Send rawBody as typed instead of the fields' body.
    Q_PROPERTY(bool rawMode READ rawMode WRITE setRawMode NOTIFY rawModeChanged)
    Q_PROPERTY(QString rawBody MEMBER m_rawBody NOTIFY rawBodyChanged)
    // TestSend::breakageName(): "none", "bad-signature", ...
    Q_PROPERTY(QString breakage MEMBER m_breakage NOTIFY breakageChanged)
    Q_PROPERTY(bool useCustomUrl MEMBER m_useCustomUrl NOTIFY targetChanged)
    Q_PROPERTY(QString customUrl MEMBER m_customUrl NOTIFY targetChanged)
    Q_PROPERTY(bool markAsTest MEMBER m_markAsTest NOTIFY markAsTestChanged)

    // Derived from the choices.
    Q_PROPERTY(QString provider READ provider NOTIFY endpointChanged)
    // {id, title, description, event, endpointEvent} of the provider's samples.
    Q_PROPERTY(QVariantList samples READ samples NOTIFY endpointChanged)
    Q_PROPERTY(QString sampleTitle READ sampleTitle NOTIFY sampleChanged)
    Q_PROPERTY(QString sampleDescription READ sampleDescription NOTIFY sampleChanged)
    // Set when the endpoint's fixed event makes the listener read this sample as another.
    Q_PROPERTY(QString sampleNote READ sampleNote NOTIFY sampleChanged)
    // {name, label, hint, available, reason} for every breakage, "none" first.
    Q_PROPERTY(QVariantList breakages READ breakages NOTIFY breakagesChanged)
    // The endpoint's URL on the running listener; empty while it is stopped.
    Q_PROPERTY(QString localUrl READ localUrl NOTIFY targetChanged)
    // The endpoint's URL as the provider is given it (the public base URL when set).
    Q_PROPERTY(QString publicUrl READ publicUrl NOTIFY targetChanged)
    Q_PROPERTY(QString targetUrl READ targetUrl NOTIFY targetChanged)
    // The sample's body with the fields applied (unsigned), for the preview and the editor.
    Q_PROPERTY(QString builtBody READ builtBody NOTIFY previewChanged)
    // The same, indented for reading.
    Q_PROPERTY(QString builtBodyPretty READ builtBodyPretty NOTIFY previewChanged)
    // Why the request cannot be made, and the field it is about: amount, currency, donorName,
    // donorEmail, status, externalId, raw, url, breakage; "" for others.
    Q_PROPERTY(QString error READ error NOTIFY previewChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY previewChanged)
    // The raw body is not valid JSON (it is sent anyway).
    Q_PROPERTY(QString rawWarning READ rawWarning NOTIFY previewChanged)
    Q_PROPERTY(bool canSend READ canSend NOTIFY previewChanged)

    // The last request and its answer.
    Q_PROPERTY(bool sending READ isSending NOTIFY sendingChanged)
    Q_PROPERTY(bool hasResult READ hasResult NOTIFY resultChanged)
    Q_PROPERTY(QString requestUrl READ requestUrl NOTIFY resultChanged)
    Q_PROPERTY(QString requestHeaders READ requestHeaders NOTIFY resultChanged)
    Q_PROPERTY(QString requestBody READ requestBody NOTIFY resultChanged)
    Q_PROPERTY(int responseStatus READ responseStatus NOTIFY resultChanged)
    Q_PROPERTY(QString responseReason READ responseReason NOTIFY resultChanged)
    Q_PROPERTY(double elapsedMs READ elapsedMs NOTIFY resultChanged)
    Q_PROPERTY(QString responseHeaders READ responseHeaders NOTIFY resultChanged)
    Q_PROPERTY(QString responseBody READ responseBody NOTIFY resultChanged)
    // The answer's JSON "error": why the listener refused it.
    Q_PROPERTY(QString refusal READ refusal NOTIFY resultChanged)
    // No answer: dns, refused, tls, timeout, closed, other; with a sentence to act on.
    Q_PROPERTY(QString failure READ failure NOTIFY resultChanged)
    Q_PROPERTY(QString failureText READ failureText NOTIFY resultChanged)
    Q_PROPERTY(QString networkError READ networkError NOTIFY resultChanged)

    // What the request became (local listener, 200 with inbox_id).
    Q_PROPERTY(double inboxId READ inboxId NOTIFY outcomeChanged)
    // "", "waiting" (not processed yet), "processed", "ignored", "dead", "unknown"
    Q_PROPERTY(QString outcomeState READ outcomeState NOTIFY outcomeChanged)
    Q_PROPERTY(QString outcomeError READ outcomeError NOTIFY outcomeChanged)
    // {externalId, amount, currency, status, statusBefore, donorName, isTest}
    Q_PROPERTY(QVariantList donations READ donations NOTIFY outcomeChanged)

public:
    explicit TestSenderController(QObject *parent = nullptr);
    ~TestSenderController() override;

    double endpointId() const { return double(m_endpointId); }
    void setEndpointId(double id);
    QString sampleId() const { return m_sampleId; }
    void setSampleId(const QString &id);
    int variant() const { return m_variant; }
    void setVariant(int variant);
    bool rawMode() const { return m_rawMode; }
    void setRawMode(bool raw);

    QString provider() const { return m_endpoint.provider; }
    QVariantList samples() const;
    QString sampleTitle() const;
    QString sampleDescription() const;
    QString sampleNote() const;
    QVariantList breakages() const { return m_breakages; }
    QString localUrl() const;
    QString publicUrl() const;
    QString targetUrl() const;
    QString builtBody() const { return m_builtBody; }
    QString builtBodyPretty() const;
    QString error() const { return m_error; }
    QString errorField() const { return m_errorField; }
    QString rawWarning() const { return m_rawWarning; }
    bool canSend() const;

    bool isSending() const { return m_sending; }
    bool hasResult() const { return m_hasResult; }
    QString requestUrl() const { return m_requestUrl; }
    QString requestHeaders() const { return m_requestHeaders; }
    QString requestBody() const { return m_requestBody; }
    int responseStatus() const { return m_result.status; }
    QString responseReason() const { return QString::fromUtf8(m_result.reason); }
    double elapsedMs() const { return double(m_result.elapsedUs) / 1000.0; }
    QString responseHeaders() const;
    QString responseBody() const;
    QString refusal() const { return m_refusal; }
    QString failure() const;
    QString failureText() const;
    QString networkError() const { return m_result.error; }

    double inboxId() const { return double(m_inboxId); }
    QString outcomeState() const { return m_outcomeState; }
    QString outcomeError() const { return m_outcomeError; }
    QVariantList donations() const { return m_donations; }

    // Sends the request as the choices make it; false (and nothing sent) when it cannot be
    // made: `error` says why.
    Q_INVOKABLE bool send();
    // The next variant: another donor, amount and ids.
    Q_INVOKABLE void nextVariant();
    // Puts the fields' body in the raw editor.
    Q_INVOKABLE void resetRawBody();
    // Empties every field override.
    Q_INVOKABLE void clearOverrides();
    // One sentence about a failure without an answer (dns, refused...), for a person to act on.
    Q_INVOKABLE static QString failureSentence(const QString &failure);

Q_SIGNALS:
    void endpointChanged();
    void sampleChanged();
    void variantChanged();
    void overridesChanged();
    void rawModeChanged();
    void rawBodyChanged();
    void breakageChanged();
    void targetChanged();
    void markAsTestChanged();
    void previewChanged();
    void breakagesChanged();
    void sendingChanged();
    void resultChanged();
    void outcomeChanged();
    // A request was answered (or failed); for tests and focus handling.
    void finished();

private:
    void loadEndpoint();
    void schedulePreview();
    void updatePreview();
    TestSend::Plan plan(bool withOverrides) const;
    SampleEvents::Overrides overrides() const;
    std::optional<SampleEvents::Sample> currentSample() const;
    QString fieldOfBuildError() const;
    void clearOutcome();
    void readOutcome(quint64 generation);

    qint64 m_endpointId = -1;
    EndpointConfig m_endpoint;
    QString m_sampleId;
    int m_variant = 0;
    QString m_amount;
    QString m_currency;
    QString m_donorName;
    QString m_donorEmail;
    QString m_status;
    QString m_externalId;
    bool m_rawMode = false;
    QString m_rawBody;
    QString m_breakage = QStringLiteral("none");
    bool m_useCustomUrl = false;
    QString m_customUrl;
    bool m_markAsTest = true;

    QVariantList m_breakages;
    QString m_builtBody;
    QString m_error;
    QString m_errorField;
    QString m_rawWarning;
    QTimer m_previewTimer;

    TestSend::Sender *m_sender = nullptr;
    bool m_sending = false;
    bool m_hasResult = false;
    bool m_sentLocally = false;
    QString m_requestUrl;
    QString m_requestHeaders;
    QString m_requestBody;
    TestSend::Result m_result;
    QString m_refusal;

    quint64 m_generation = 0;
    qint64 m_inboxId = 0;
    QString m_outcomeState;
    QString m_outcomeError;
    QVariantList m_donations;
    int m_outcomeReads = 0;
    QTimer m_outcomeTimer;
};
