// The translations: every source string is in every catalog and translated (lupdate run over
// the sources into a copy finds nothing new, nothing unfinished, nothing stale), translations
// keep their placeholders, the built-in catalogs load, and the language brings its locale.

#include "i18n/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; // the translation, or its numerus forms
};

QList<Message> readCatalog(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message {
                context, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", false, {}};
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value(QLatin1String("type"));
            m.unfinished = type == u"unfinished" || type == u"vanished" || type == u"obsolete";
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.forms << xml.readElementText();
            } else {
                m.forms << xml.readElementText();
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QString describe(const Message &m)
{
    return m.context + QStringLiteral(": \"") + m.source.left(70) + u'"';
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?[1-9]"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured().remove(u'L');
    out.sort();
    return out;
}

QString catalog(const QString &language)
{
    return QStringLiteral(DD_SOURCE_DIR "/translations/donationdesk_%1.ts").arg(language);
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogsMatchTheSources_data();
    void catalogsMatchTheSources();
    void translationsKeepTheirPlaceholders_data();
    void translationsKeepTheirPlaceholders();
    void builtInCatalogsLoad();
    void stringsTranslatedThroughHelpersAreFound();
    void englishHasItsPluralForms();
    void languageFromSettingOrSystem();
    void localeFollowsTheLanguage();
};

void TranslationsTest::catalogsMatchTheSources_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("es") << QStringLiteral("es");
    QTest::newRow("en (plural forms only)") << QStringLiteral("en");
}

// lupdate over the sources into a copy of the catalog, as the update_translations target does:
// a source string missing from the catalog comes back unfinished, one no longer in the sources
// disappears from the copy.
void TranslationsTest::catalogsMatchTheSources()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy_%1.ts").arg(language));
    QVERIFY(QFile::copy(catalog(language), copy));
    QStringList args {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
        QStringLiteral("none"), QStringLiteral("-extensions"), QStringLiteral("cpp,h,qml")};
    if (language == u"en")
        args << QStringLiteral("-pluralonly");
    for (const char *sub : {"core", "ui", "app"})
        args << QStringLiteral(DD_SOURCE_DIR "/") + QLatin1String(sub);
    args << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(DD_LUPDATE), args);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QCOMPARE(lupdate.exitCode(), 0);

    QString error;
    const QList<Message> committed = readCatalog(catalog(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Message> fresh = readCatalog(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!fresh.isEmpty());

    QStringList unfinished;
    for (const Message &m : fresh) {
        if (m.unfinished || m.forms.contains(QString()))
            unfinished << describe(m);
    }
    QVERIFY2(unfinished.isEmpty(),
        qPrintable(QStringLiteral("%1 string(s) missing or untranslated in %2 (build the "
                                  "update_translations target, then translate them), e.g. %3")
                       .arg(unfinished.size())
                       .arg(catalog(language), unfinished.mid(0, 5).join(QStringLiteral("; ")))));
    QVERIFY2(committed.size() == fresh.size(),
        qPrintable(QStringLiteral("%1 has %2 entries, the sources %3: stale entries (build the "
                                  "update_translations target)")
                       .arg(catalog(language))
                       .arg(committed.size())
                       .arg(fresh.size())));
}

void TranslationsTest::translationsKeepTheirPlaceholders_data()
{
    catalogsMatchTheSources_data();
}

void TranslationsTest::translationsKeepTheirPlaceholders()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readCatalog(catalog(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList wrong;
    for (const Message &m : messages) {
        if (m.numerus && m.forms.size() != 2)
            wrong << describe(m)
                    + QStringLiteral(" has %1 plural forms, not 2").arg(m.forms.size());
        for (const QString &form : m.forms) {
            if (form.isEmpty())
                continue; // reported by catalogsMatchTheSources
            if (placeholders(form) != placeholders(m.source))
                wrong << describe(m) + QStringLiteral(" -> \"") + form.left(70) + u'"';
            if (form.count(u'\n') != m.source.count(u'\n'))
                wrong << describe(m) + QStringLiteral(": line breaks differ");
        }
        // The plural form shows the number.
        if (m.numerus && !m.forms.isEmpty() && !m.forms.last().isEmpty()
            && m.source.contains(QLatin1String("%n"))
            && !m.forms.last().contains(QLatin1String("%n"))
            && !m.forms.last().contains(QLatin1String("%Ln")))
            wrong << describe(m) + QStringLiteral(": the plural form lacks %n");
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 8).join(QStringLiteral("\n"))));
}

void TranslationsTest::builtInCatalogsLoad()
{
    for (const char *code : {"de", "fr", "es"}) {
        Translations::install(QLatin1String(code), QLocale::c());
        QCOMPARE(Translations::current(), QLatin1String(code));
        const QString settings = QCoreApplication::translate("SettingsView", "Language");
        QVERIFY2(!settings.isEmpty() && settings != u"Language", code);
        const QString overview = QCoreApplication::translate("Format", "just now");
        QVERIFY2(!overview.isEmpty() && overview != u"just now", code);
    }
    Translations::install(QStringLiteral("en"), QLocale::c());
    QCOMPARE(QCoreApplication::translate("SettingsView", "Language"), QStringLiteral("Language"));
}

// Code that translates through a helper of its own asks under a context lupdate did not file
// the string under (the adapters ask as "Providers", the commands under their own names, while
// lupdate files them by class or namespace): the merged catalog still finds them.
void TranslationsTest::stringsTranslatedThroughHelpersAreFound()
{
    Translations::install(QStringLiteral("de"), QLocale::c());
    const char *const asked[][2] = {
        {"Providers", "amount missing"},
        {"BackupCommand", "Replace FILE when it exists."},
        {"Database", "cannot read %1: %2"},
    };
    for (const auto &[context, source] : asked) {
        const QString t = QCoreApplication::translate(context, source);
        QVERIFY2(!t.isEmpty() && t != QLatin1String(source), source);
    }
    // A string nobody translated stays as it is.
    QCOMPARE(QCoreApplication::translate("Nowhere", "no such source text"),
        QStringLiteral("no such source text"));
    Translations::install(QStringLiteral("en"), QLocale::c());
    QCOMPARE(QCoreApplication::translate("Providers", "amount missing"),
        QStringLiteral("amount missing"));
}

void TranslationsTest::englishHasItsPluralForms()
{
    Translations::install(QStringLiteral("en"), QLocale::c());
    QCOMPARE(QCoreApplication::translate("DonationsView", "%Ln donation(s)", "", 1),
        QStringLiteral("1 donation"));
    QCOMPARE(QCoreApplication::translate("DonationsView", "%Ln donation(s)", "", 2),
        QStringLiteral("2 donations"));
    Translations::install(QStringLiteral("de"), QLocale::c());
    QCOMPARE(QCoreApplication::translate("DonationsView", "%Ln donation(s)", "", 1).contains(u'1'),
        true);
    QVERIFY(QCoreApplication::translate("DonationsView", "%Ln donation(s)", "", 1512)
                .contains(QStringLiteral("1.512")));
    Translations::install(QStringLiteral("en"), QLocale::c());
}

void TranslationsTest::languageFromSettingOrSystem()
{
    QCOMPARE(Translations::resolve(QStringLiteral("fr"), QLocale(QStringLiteral("de_DE"))),
        QStringLiteral("fr"));
    QCOMPARE(Translations::resolve({}, QLocale(QStringLiteral("de_AT"))), QStringLiteral("de"));
    QCOMPARE(Translations::resolve({}, QLocale(QStringLiteral("es_MX"))), QStringLiteral("es"));
    QCOMPARE(Translations::resolve({}, QLocale(QStringLiteral("pt_BR"))), QStringLiteral("en"));
    QCOMPARE(Translations::resolve(QStringLiteral("xx"), QLocale::c()), QStringLiteral("en"));
    QCOMPARE(Translations::available().size(), 4);
    QCOMPARE(Translations::available().at(1).nativeName, QStringLiteral("Deutsch"));
    QCOMPARE(Translations::available().at(2).nativeName, QStringLiteral("Français"));
    QCOMPARE(Translations::available().at(3).nativeName, QStringLiteral("Español"));
}

void TranslationsTest::localeFollowsTheLanguage()
{
    // The system's territory stays when it speaks the language; otherwise the language's own.
    QCOMPARE(Translations::install(QStringLiteral("fr"), QLocale(QStringLiteral("fr_CA"))).name(),
        QStringLiteral("fr_CA"));
    QCOMPARE(QLocale().name(), QStringLiteral("fr_CA"));
    QCOMPARE(Translations::install(QStringLiteral("de"), QLocale(QStringLiteral("en_GB"))).name(),
        QStringLiteral("de_DE"));
    QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));
    QCOMPARE(
        QLocale().toString(QDate(2026, 3, 1), QLocale::ShortFormat), QStringLiteral("01.03.26"));
    QCOMPARE(
        Translations::install(QStringLiteral("es"), QLocale::c()).name(), QStringLiteral("es_ES"));
    // No locale configured: English keeps the neutral C formats.
    QCOMPARE(Translations::install(QStringLiteral("en"), QLocale::c()).language(), QLocale::C);
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
