#include "traynotifier.h"

#include "appcontroller.h"
#include "appsettings.h"
#include "endpoints/endpointlistmodel.h"
#include "live/livefeed.h"
#include "monitoring/silencealarmmonitor.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWindow>

TrayNotifier::TrayNotifier(AppController *app, QObject *parent)
    : QObject(parent)
    , m_app(app)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setToolTip(tr("Donation Desk"));
    m_menu = new QMenu;
    m_menu->addAction(tr("Show Donation Desk"), this, &TrayNotifier::showWindow);
    QAction *quiet = m_menu->addAction(tr("Quiet mode"));
    quiet->setCheckable(true);
    quiet->setChecked(app->settings()->quietMode());
    connect(quiet, &QAction::toggled, app->settings(), &AppSettings::setQuietMode);
    connect(app->settings(), &AppSettings::changed, quiet,
        [quiet, app] { quiet->setChecked(app->settings()->quietMode()); });
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayNotifier::quitRequested);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
        [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                showWindow();
        });
    connect(app->live(), &LiveFeed::donationReceived, this,
        [this](const QString &title, const QString &message) { notify(title, message); });
    // Once when an endpoint's alarm is raised; not for those already raised when the database
    // was opened (the Endpoints view marks them).
    connect(app->endpoints()->alarmMonitor(), &SilenceAlarmMonitor::alarmChanged, this,
        [this](const SilenceAlarmMonitor::EndpointAlarm &alarm, AlarmState::Kind, bool first) {
            if (first || !alarm.state.isRaised())
                return;
            const QString title = alarm.state.kind == AlarmState::Kind::Quiet
                ? tr("%1 has gone quiet").arg(alarm.name)
                : tr("%1 is failing signatures").arg(alarm.name);
            notify(title, alarm.state.text, QSystemTrayIcon::Warning);
        });
    m_tray->show();
}

TrayNotifier::~TrayNotifier()
{
    delete m_menu;
}

void TrayNotifier::setWindow(QWindow *window)
{
    m_window = window;
}

bool TrayNotifier::keepsRunning() const
{
    return m_tray && m_app->settings()->minimizeToTray();
}

void TrayNotifier::notify(
    const QString &title, const QString &message, QSystemTrayIcon::MessageIcon icon)
{
    const AppSettings *s = m_app->settings();
    if (!m_tray || !s->notificationsEnabled() || s->quietMode())
        return;
    m_tray->showMessage(title, message, icon, 5000);
}

void TrayNotifier::showWindow()
{
    if (!m_window)
        return;
    m_window->show();
    m_window->raise();
    m_window->requestActivate();
}
