#pragma once

#include <QObject>
#include <QSystemTrayIcon>

class AppController;
class QMenu;
class QWindow;

// The system tray icon: notifications of new donations and of endpoints whose silence alarm is
// raised (unless notifications are off or quiet mode is on), and a place for the app to live
// while its window is closed and the listener keeps running. Without a tray (some desktops,
// offscreen) it does nothing and closing the window quits.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    TrayNotifier(AppController *app, QObject *parent = nullptr);
    ~TrayNotifier() override;

    bool isAvailable() const { return m_tray != nullptr; }
    void setWindow(QWindow *window);
    // Whether closing the window should only hide it.
    bool keepsRunning() const;

Q_SIGNALS:
    void quitRequested();

private:
    void notify(const QString &title, const QString &message,
        QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information);
    void showWindow();

    AppController *m_app;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QWindow *m_window = nullptr;
};
