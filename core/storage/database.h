#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

// One SQLite connection, owned by the thread that opened it (QSqlDatabase cannot move between
// threads in Qt 6.4). Opening checks that the file is ours and not from a newer version before
// anything writes to it, then applies pending migrations.
class DbConnection
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    struct Options
    {
        Mode mode = Mode::ReadWrite;
        int busyTimeoutMs = 5000;
        // Caps the file size (pages of 4 KiB); 0 = no cap. Lets tests provoke "disk full".
        qint64 maxPageCount = 0;
        bool migrate = true;
    };

    DbConnection(const QString &path, const Options &options);
    explicit DbConnection(const QString &path);
    ~DbConnection();
    DbConnection(const DbConnection &) = delete;
    DbConnection &operator=(const DbConnection &) = delete;

    // Opens, checks and migrates. On failure returns false with a message a user can act on.
    bool open(QString *error);
    bool isOpen() const;
    QSqlDatabase &db() { return m_db; }
    const QString &path() const { return m_path; }

    static QString defaultPath();

private:
    void releaseFile();

    QString m_path;
    Options m_options;
    QString m_name;
    QString m_fileKey; // counted among the files this process has open (database.cpp)
    QSqlDatabase m_db;
};

namespace Schema {

constexpr int CurrentVersion = 3;
constexpr quint32 ApplicationId = 0x44446b31; // "DDk1"

// Reads the SQLite header without opening the file through SQLite. An empty or absent file is
// fine (it will be created); anything else must be a Donation Desk database no newer than us.
bool checkFileHeader(const QString &path, QString *error);

} // namespace Schema
