#include "settingssupport.h"

#include "storage/database.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHostAddress>
#include <QLocale>
#include <QSystemTrayIcon>

namespace {

QString localPath(const QString &pathOrUrl)
{
    if (pathOrUrl.startsWith(QLatin1String("file:")))
        return QUrl(pathOrUrl).toLocalFile();
    return pathOrUrl;
}

} // namespace

bool SettingsSupport::trayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

QString SettingsSupport::qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString SettingsSupport::defaultDatabasePath()
{
    return DbConnection::defaultPath();
}

QString SettingsSupport::checkHost(const QString &host)
{
    const QString h = host.trimmed();
    if (h.isEmpty())
        return tr("Enter the address to listen on, such as 127.0.0.1.");
    if (h == u"localhost" || !QHostAddress(h).isNull())
        return {};
    return tr("'%1' is not an IP address: use 127.0.0.1 (this computer only), 0.0.0.0 (all "
              "networks) or one of this computer's addresses.")
        .arg(h);
}

QString SettingsSupport::hostCaution(const QString &host)
{
    const QString h = host.trimmed();
    const QHostAddress address(h);
    if (h == u"localhost" || address.isNull() || address.isLoopback())
        return {};
    return tr("Other machines can reach the listener at this address. Webhooks carry donors' "
              "data: receive them from the internet through a reverse proxy or tunnel with TLS.");
}

QString SettingsSupport::checkPublicBaseUrl(const QString &url)
{
    const QString text = url.trimmed();
    if (text.isEmpty())
        return {};
    const QUrl u(text, QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != u"https" && u.scheme() != u"http") || u.host().isEmpty())
        return tr("Expected a URL such as https://donations.example.org (the address of the "
                  "reverse proxy or tunnel).");
    if (u.hasQuery() || u.hasFragment())
        return tr("The base URL cannot have a query (?) or fragment (#): /hooks/<token> is "
                  "added to it.");
    return {};
}

QString SettingsSupport::formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

bool SettingsSupport::fileExists(const QString &pathOrUrl)
{
    return QFileInfo::exists(localPath(pathOrUrl));
}

QString SettingsSupport::chooseDatabaseFile(bool create, const QString &current)
{
    const QString folder = QFileInfo(localPath(current)).absolutePath();
    const QString filter = tr("Donation Desk databases (*.sqlite *.db);;All files (*)");
    if (!create)
        return QFileDialog::getOpenFileName(
            nullptr, tr("Open a Donation Desk database"), folder, filter);
    QFileDialog dialog(nullptr, tr("Create a Donation Desk database"), folder, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("sqlite"));
    // An existing file is refused afterwards (it would be opened, not made anew), so the
    // dialog's "replace it?" question would only mislead.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}
