import QtQuick
import QtQuick.Controls
import QtTest
import DonationDesk
import DonationDeskTest

// The Settings view: listener settings checked before they are applied and applied together
// (restarting the listener), the public base URL reaching the endpoints' URLs, the theme
// applied at once, notification switches, and switching databases.
TestCase {
    id: test
    name: "SettingsView"
    when: windowShown
    width: 1024
    height: 700
    visible: true

    SettingsView {
        id: view
        anchors.fill: parent
    }

    SignalSpy {
        id: listenerSpy
        target: App
        signalName: "listenerChanged"
    }

    function field(name) { return findChild(view, name) }
    // Clicks an item, scrolled into view first (at 1024×700 the lower cards are below the fold).
    function click(item) {
        const flick = findChild(view, "settingsScroll").contentItem
        const p = item.mapToItem(flick.contentItem, 0, 0)
        flick.contentY = Math.max(0, Math.min(p.y - 40, flick.contentHeight - flick.height))
        wait(50)
        mouseClick(item)
    }
    function setText(name, text) {
        const f = field(name)
        f.text = ""
        f.forceActiveFocus()
        for (const c of text)
            keyClick(c)
    }

    function initTestCase() {
        tryVerify(() => App.listening, 10000, "the listener started")
        verify(!view.busy)
    }

    function test_listener_state_shown() {
        verify(field("listenerState").text.indexOf(App.listenUrl) >= 0)
        compare(field("hostField").text, App.settings.listenHost)
        compare(field("portField").value, App.settings.listenPort)
        verify(!field("applyListener").enabled, "nothing to apply yet")
    }

    function test_bad_host_is_not_applied() {
        setText("hostField", "not-an-address")
        verify(!field("applyListener").enabled)
        verify(view.hostError.indexOf("not-an-address") >= 0)
        compare(App.settings.listenHost, "127.0.0.1")
        setText("hostField", "127.0.0.1")
        verify(!field("applyListener").enabled, "back to what is stored")
        compare(view.hostError, "")
    }

    function test_bad_base_url_is_not_applied() {
        setText("baseUrlField", "donations.example.org")
        verify(!field("applyListener").enabled)
        verify(view.baseUrlError.length > 0)
        setText("baseUrlField", "https://donations.example.org/x?y=1")
        verify(view.baseUrlError.length > 0, "no query")
        view.revertListener()
        compare(field("baseUrlField").text, "")
    }

    function test_apply_restarts_the_listener() {
        const before = App.listenUrl
        listenerSpy.clear()
        field("portField").value = 18787
        field("bodyField").value = 2048
        verify(field("applyListener").enabled)
        click(field("applyListener"))
        compare(App.settings.listenPort, 18787)
        compare(App.settings.maxBodyBytes, 2048 * 1024)
        // Stopped and started again (the test app listens on a free port whatever is set).
        tryVerify(() => listenerSpy.count >= 2 && App.listening, 10000)
        verify(field("listenerState").text.indexOf(App.listenUrl) >= 0)
        verify(!field("applyListener").enabled, "applied")
        // Still receiving.
        tryVerify(() => TestSupport.deliver("Gala", TestSupport.changeupBody("SET-1", "1.00", "USD", "Restart")) === 200, 5000)
        verify(before.length > 0)
    }

    function test_public_base_url_reaches_the_endpoints() {
        setText("baseUrlField", "https://donations.example.org/")
        click(field("applyListener"))
        compare(App.settings.publicBaseUrl, "https://donations.example.org")
        compare(App.baseUrl, "https://donations.example.org")
        const gala = App.endpoints.get(App.endpoints.indexOf(TestSupport.endpointIds["Gala"]))
        compare(gala.url, "https://donations.example.org" + gala.path)
        compare(field("baseUrlField").text, "https://donations.example.org", "shown as stored")
        setText("baseUrlField", "")
        click(field("applyListener"))
        compare(App.settings.publicBaseUrl, "")
        compare(App.baseUrl, App.listenUrl)
    }

    function test_theme_applies_at_once() {
        click(field("theme_dark"))
        compare(App.settings.theme, "dark")
        verify(Theme.dark)
        click(field("theme_light"))
        compare(App.settings.theme, "light")
        verify(!Theme.dark)
        click(field("theme_system"))
        compare(App.settings.theme, "system")
        verify(field("theme_system").checked)
    }

    function test_language_applies_at_once() {
        try {
            languageSwitch()
        } finally {
            App.settings.language = "" // a failure must not leave the other tests in German
        }
    }

    function languageSwitch() {
        const box = field("languageBox")
        const label = field("languageLabel")
        // The suite runs in English: "follow the system" is English, the C locale's formats.
        compare(box.currentIndex, 0)
        verify(box.displayText.indexOf("English") > 0, box.displayText)
        compare(label.text, "Language")
        compare(App.language, "en")
        compare(Format.money("1234.5", "EUR"), "1,234.50\u00a0EUR")

        box.currentIndex = box.indexOfValue("de")
        box.activated(box.currentIndex)
        compare(App.settings.language, "de")
        compare(App.language, "de")
        // Retranslated in place, and the formats are German.
        verify(label.text !== "Language", label.text)
        compare(label.text, qsTranslate("SettingsView", "Language"))
        compare(Format.money("1234.5", "EUR"), "1.234,50\u00a0EUR")
        tryCompare(box, "currentValue", "de")
        verify(box.displayText === "Deutsch", box.displayText)

        box.currentIndex = box.indexOfValue("es")
        box.activated(box.currentIndex)
        compare(App.language, "es")
        compare(label.text, qsTranslate("SettingsView", "Language"))
        verify(label.text !== "Language", label.text)

        // Back to the system's.
        box.currentIndex = 0
        box.activated(0)
        compare(App.settings.language, "")
        compare(App.language, "en")
        compare(label.text, "Language")
        compare(Format.money("1234.5", "EUR"), "1,234.50\u00a0EUR")
        tryCompare(box, "currentIndex", 0)
        verify(box.displayText.indexOf("English") > 0, box.displayText)
    }

    function test_notifications() {
        const notify = field("notificationsSwitch")
        const quiet = field("quietModeBox")
        verify(notify.checked)
        verify(quiet.enabled)
        click(quiet)
        verify(App.settings.quietMode)
        click(notify)
        verify(!App.settings.notificationsEnabled)
        verify(!quiet.enabled, "quiet mode only means something with notifications on")
        click(notify)
        verify(App.settings.notificationsEnabled)
        click(quiet)
        verify(!App.settings.quietMode)
        // Changed elsewhere (the tray menu): shown here.
        App.settings.quietMode = true
        verify(quiet.checked)
        App.settings.quietMode = false
        const tray = field("trayModeSwitch")
        const keep = App.settings.minimizeToTray
        click(tray)
        compare(App.settings.minimizeToTray, !keep)
        click(tray)
        compare(App.settings.minimizeToTray, keep)
    }

    function test_privacy_a_retention_is_kept_in_the_database() {
        const days = field("retentionDaysField")
        tryVerify(() => view.retention.days === 0, 5000, "read from the database: kept for ever")
        compare(days.value, 0)
        verify(!field("applyRetention").enabled, "nothing to apply yet")
        verify(!field("purgeNowButton").enabled, "nothing to purge while kept for ever")

        days.value = 30
        verify(field("applyRetention").enabled)
        click(field("applyRetention"))
        tryVerify(() => view.retention.days === 30 && !view.retention.busy, 5000)
        // Where the listener and `serve` read it.
        compare(TestSupport.scalar("SELECT value FROM settings WHERE key = 'raw_retention_days'"), "30")
        verify(field("retentionMessage").text.indexOf("30") >= 0, field("retentionMessage").text)
        verify(!field("applyRetention").enabled, "applied")

        // Purge now: the two requests of 40 days ago lose their bytes, donations stay.
        const cutoff = Date.now() - 30 * 24 * 3600 * 1000
        compare(Number(TestSupport.scalar("SELECT count(*) FROM inbox WHERE received_at < ? AND erased_at IS NULL", [cutoff])), 2)
        const donations = Number(TestSupport.scalar("SELECT count(*) FROM donations"))
        const amounts = TestSupport.scalar("SELECT group_concat(amount_text || currency || donor_name) FROM donations ORDER BY id")
        verify(field("purgeNowButton").enabled)
        click(field("purgeNowButton"))
        tryVerify(() => !view.retention.busy && field("retentionMessage").text.indexOf("Erased") === 0, 5000, field("retentionMessage").text)
        verify(view.retention.ok)
        verify(field("retentionMessage").text.indexOf("2 stored request") > 0, field("retentionMessage").text)
        compare(Number(TestSupport.scalar("SELECT count(*) FROM inbox WHERE erased_why = 'retention' AND length(body) = 0 AND received_at < ?", [cutoff])), 2)
        compare(Number(TestSupport.scalar("SELECT count(*) FROM inbox WHERE erased_at IS NOT NULL AND received_at >= ?", [cutoff])), 0)
        compare(Number(TestSupport.scalar("SELECT count(*) FROM donations")), donations)
        compare(TestSupport.scalar("SELECT group_concat(amount_text || currency || donor_name) FROM donations ORDER BY id"), amounts)

        // Back to keeping everything.
        days.value = 0
        click(field("applyRetention"))
        tryVerify(() => view.retention.days === 0 && !view.retention.busy, 5000)
        compare(TestSupport.scalar("SELECT value FROM settings WHERE key = 'raw_retention_days'"), "0")
        verify(!field("purgeNowButton").enabled)
    }

    function test_privacy_b_erase_a_donor() {
        const dialog = view.erasureDialog
        const job = dialog.job
        click(field("eraseDonorButton"))
        tryVerify(() => dialog.opened, 3000)
        const email = findChild(dialog.contentItem, "erasureEmailField")
        const find = findChild(dialog.contentItem, "erasureFindButton")
        const confirm = findChild(dialog.footer, "erasureConfirmButton")
        verify(email.activeFocus, "the address field has the focus")
        verify(!find.enabled)
        verify(!confirm.enabled)

        // Not an address: said so, nothing to find.
        for (const c of "ada")
            keyClick(c)
        verify(findChild(dialog.contentItem, "erasureEmailError").visible)
        verify(!find.enabled)

        // The preview: what holds the address, in any case.
        email.text = "ADA@example.org"
        compare(findChild(dialog.contentItem, "erasureEmailError").visible, false)
        verify(find.enabled)
        mouseClick(find)
        tryVerify(() => job.previewed && !job.busy, 10000, "busy=" + job.busy + " email=" + job.email + " error=" + job.error + " summary=" + job.summary)
        compare(job.donations, 1)
        compare(job.requests, Number(TestSupport.scalar("SELECT count(*) FROM inbox WHERE instr(lower(body), 'ada@example.org') > 0")))
        compare(job.requests, 1)
        compare(job.refusals, 0)
        const summary = findChild(dialog.contentItem, "erasureSummary")
        verify(summary.text.indexOf("1 donation") >= 0, summary.text)
        compare(TestSupport.scalar("SELECT donor_email FROM donations WHERE external_id = 'SP-1'"), "ada@example.org", "nothing erased yet")
        const liveHadHer = () => {
            for (let i = 0; i < App.live.count; ++i) {
                if (App.live.get(i).title.indexOf("Ada Lovelace") >= 0)
                    return true
            }
            return false
        }

        tryVerify(liveHadHer, 5000, "the live feed shows her donation")

        // Confirmed: erased, the amounts and ids kept.
        verify(confirm.enabled)
        mouseClick(confirm)
        tryVerify(() => job.erased && !job.busy, 10000, job.error)
        verify(summary.text.indexOf("Erased the personal data of ADA@example.org") === 0, summary.text)
        compare(TestSupport.scalar("SELECT donor_name || '|' || donor_email || '|' || amount_text || '|' || currency || '|' || status FROM donations WHERE external_id = 'SP-1'"),
                "||25.00|USD|paid")
        compare(TestSupport.scalar("SELECT group_concat(erased_why) FROM inbox WHERE id IN (SELECT inbox_id FROM donation_events de JOIN donations d ON d.id = de.donation_id WHERE d.external_id = 'SP-1')"),
                "donor erasure")
        compare(TestSupport.scalar("SELECT donor_name FROM donations WHERE external_id = 'SP-2'"), "Grace Hopper", "other donors stay")
        // The live feed forgets her name too.
        verify(!liveHadHer())
        verify(!confirm.enabled, "erased: nothing more to confirm")

        // Again: nothing holds it any more.
        email.text = "ada@example.org"
        mouseClick(find)
        tryVerify(() => job.previewed && !job.busy, 10000)
        verify(job.nothingFound)
        verify(!confirm.enabled)
        mouseClick(findChild(dialog.footer, "erasureCloseButton"))
        tryVerify(() => !dialog.visible, 3000)
    }

    function test_no_tray_is_explained() {
        // Tests run offscreen, where there is never a system tray.
        compare(SettingsSupport.trayAvailable, false)
        verify(field("noTrayNote").visible)
    }

    function test_about() {
        verify(field("versionLabel").text.indexOf(App.version) >= 0)
        compare(field("settingsFile").text, App.settings.fileName)
        compare(field("databasePath").text, App.databasePath)
    }

    function test_switch_databases() {
        const original = App.databasePath
        compare(original, TestSupport.databasePath)
        tryVerify(() => App.endpoints.count === 3 && !App.endpoints.loading, 10000)

        // Not a Donation Desk database: refused, and the one in use stays.
        verify(!view.openDatabase(Qt.resolvedUrl("tst_settings.qml"), false))
        verify(field("databaseError").visible)
        verify(field("databaseError").text.indexOf("not a Donation Desk database") >= 0, field("databaseError").text)
        compare(App.databasePath, original)

        // A new one: the listener moves there, the views show its (no) endpoints.
        const fresh = original.replace(/[^/]*$/, "settings-test-new.sqlite")
        verify(view.openDatabase("file://" + fresh, true))
        verify(!field("databaseError").visible)
        compare(App.databasePath, fresh)
        compare(field("databasePath").text, fresh)
        tryVerify(() => App.listening && App.endpoints.count === 0 && !App.endpoints.loading, 10000)
        // Creating it again is refused: it exists now.
        verify(!view.openDatabase("file://" + fresh, true))
        verify(field("databaseError").text.indexOf("already exists") >= 0)

        // And back.
        verify(view.openDatabase(original, false))
        tryVerify(() => App.listening && App.endpoints.count === 3 && !App.endpoints.loading, 10000)
        compare(App.settings.databasePath, original)
    }
}
