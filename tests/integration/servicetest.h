#pragma once

#include "ingest/webhookservice.h"

#include <QSignalSpy>

// Starting and stopping the real ingest service in the integration suites.
namespace ServiceTest {

// Starts `service` and waits (up to 5 s) until it listens; false with the reason otherwise.
inline bool start(WebhookService &service, QString *error)
{
    QSignalSpy started(&service, &WebhookService::started);
    QSignalSpy failed(&service, &WebhookService::failed);
    service.start();
    if (!started.wait(5000) && failed.isEmpty()) {
        *error = QStringLiteral("the service did not start within 5 s");
        return false;
    }
    if (!failed.isEmpty()) {
        *error = failed.first().first().toString();
        return false;
    }
    if (service.port() == 0) {
        *error = QStringLiteral("the service started without a port");
        return false;
    }
    return true;
}

// Stops `service` and waits (up to 12 s) until it has answered what it accepted.
inline bool stop(WebhookService &service)
{
    QSignalSpy stopped(&service, &WebhookService::stopped);
    service.stop();
    return stopped.wait(12000);
}

} // namespace ServiceTest
