#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

#include <memory>

Q_LOGGING_CATEGORY(lcI18n, "donationdesk.i18n")

namespace {

// Each translation by its own name, as a language menu lists it.
const std::pair<const char *, const char *> shipped[] = {
    {"de", "Deutsch"}, {"fr", "Fran\u00e7ais"}, {"es", "Espa\u00f1ol"}};

// Looks a string up under its context first, then by its text alone. Some code translates
// through a helper whose context is not the one lupdate files the string under (a namespace,
// a class without Q_OBJECT); the second catalog, built with every context merged, finds those.
class CatalogTranslator : public QTranslator
{
public:
    bool loadCatalog(const QString &language)
    {
        return load(QStringLiteral(":/i18n/donationdesk_%1.qm").arg(language))
            && m_anyContext.load(QStringLiteral(":/i18n/donationdesk_any_%1.qm").arg(language));
    }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
        int n) const override
    {
        const QString t = QTranslator::translate(context, sourceText, disambiguation, n);
        return t.isEmpty() ? m_anyContext.translate("*", sourceText, disambiguation, n) : t;
    }

    bool isEmpty() const override { return QTranslator::isEmpty() && m_anyContext.isEmpty(); }

private:
    QTranslator m_anyContext;
};

std::unique_ptr<QTranslator> &ownTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}

QString &currentCode()
{
    static QString code = QStringLiteral("en");
    return code;
}

bool isShipped(const QString &code)
{
    if (code == QLatin1String("en"))
        return true;
    for (const auto &[shippedCode, name] : shipped) {
        if (code == QLatin1String(shippedCode))
            return true;
    }
    return false;
}

void replace(std::unique_ptr<QTranslator> &slot, std::unique_ptr<QTranslator> next)
{
    if (slot)
        QCoreApplication::removeTranslator(slot.get());
    slot = std::move(next);
    if (slot)
        QCoreApplication::installTranslator(slot.get());
}

} // namespace

namespace Translations {

QList<Language> available()
{
    QList<Language> out {{QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, name] : shipped)
        out.append({QLatin1String(code), QString::fromUtf8(name)});
    return out;
}

QString resolve(const QString &override, const QLocale &system)
{
    if (isShipped(override))
        return override;
    for (const QString &ui : system.uiLanguages()) {
        // "de-AT", "de", "en-US": the language part decides.
        const QString language = ui.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (isShipped(language))
            return language;
    }
    return QStringLiteral("en");
}

QLocale install(const QString &code, const QLocale &system)
{
    const QString language = isShipped(code) ? code : QStringLiteral("en");
    // The "C" locale (no locale configured) keeps its neutral formats in English.
    const bool keepSystem = system.name().section(u'_', 0, 0) == language
        || (language == QLatin1String("en") && system.language() == QLocale::C);
    const QLocale locale = keepSystem ? system : QLocale(language);

    // English needs its plural forms ("1 donation", "2 donations"); the others everything.
    auto own = std::make_unique<CatalogTranslator>();
    if (!own->loadCatalog(language)) {
        qCWarning(lcI18n) << "no translation built in for" << language;
        own.reset();
    }
    replace(ownTranslator(), std::move(own));

    auto qt = std::make_unique<QTranslator>();
    if (language == QLatin1String("en")
        || !qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        qt.reset(); // Qt's own strings stay English: the system has no Qt translations
    }
    replace(qtTranslator(), std::move(qt));

    QLocale::setDefault(locale);
    currentCode() = language;
    return locale;
}

QString current()
{
    return currentCode();
}

} // namespace Translations
