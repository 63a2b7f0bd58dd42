#pragma once

#include <QList>
#include <QLocale>
#include <QString>

// The languages Donation Desk speaks, and switching between them. The translations are built
// from translations/*.ts into the binary; Qt's own strings (standard dialog buttons) come from
// Qt's translations when the system has them.
namespace Translations {

struct Language
{
    QString code; // "de"
    QString nativeName; // "Deutsch"
};

// English first, then the shipped translations.
QList<Language> available();

// The language to use: `override` if it names a shipped language ("de", "fr", "es", "en"),
// otherwise the first of the system's preferred languages that is shipped, otherwise English.
QString resolve(const QString &override, const QLocale &system = QLocale::system());

// Makes `code` the application's language: installs its translators (replacing any installed
// before) and makes its locale the default, so dates, times, numbers and money follow it.
// The locale keeps the system's territory when it speaks that language (de_AT stays de_AT),
// otherwise the language's main one. Call from the main thread after the application exists.
// Returns the locale now in use.
QLocale install(const QString &code, const QLocale &system = QLocale::system());

// The language installed last ("en" before any).
QString current();

} // namespace Translations
