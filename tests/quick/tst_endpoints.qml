import QtQuick
import QtQuick.Controls
import QtTest
import DonationDesk
import DonationDeskTest

// The Endpoints view: the list and the chosen endpoint's details, adding through the dialog,
// refusals shown under their field (the command line's rules), and each action reaching the
// database and the running listener.
TestCase {
    id: test
    name: "EndpointsView"
    when: windowShown
    width: 1024
    height: 700
    visible: true

    EndpointsView {
        id: view
        anchors.fill: parent
    }

    function list() { return findChild(view, "endpointList") }
    function detail() { return findChild(view, "endpointDetail") }
    function field(name) { return findChild(detail(), name) }
    function rowOf(name) {
        for (let i = 0; i < App.endpoints.count; ++i) {
            if (App.endpoints.get(i).name === name)
                return i
        }
        return -1
    }
    function idOf(name) { return App.endpoints.get(rowOf(name)).endpointId }
    function stored(column, name) {
        return TestSupport.scalar("SELECT " + column + " FROM endpoints WHERE name = ? AND removed_at IS NULL", [name])
    }
    // The row's delegate, once the list has laid out the model's latest rows (an item view
    // applies inserts at its next polish; until then the row's old item is still there).
    function rowItem(name) {
        let item = null
        tryVerify(() => {
            const row = rowOf(name)
            item = row >= 0 ? list().itemAtIndex(row) : null
            return item !== null && item.name === name
        }, 5000, "the row of " + name + " is laid out")
        return item
    }
    function selectByClick(name) {
        const item = rowItem(name)
        list().positionViewAtIndex(item.index, ListView.Contain)
        mouseClick(item)
        tryCompare(field("detailName"), "text", name)
    }
    // Opens the add dialog and fills it in; returns the dialog.
    function startAdding(providerId, name) {
        mouseClick(findChild(view, "addButton"))
        const dialog = findChild(view, "addDialog")
        tryVerify(() => dialog.opened)
        const providers = App.endpoints.providers
        const index = providers.findIndex(p => p.id === providerId)
        verify(index >= 0)
        findChild(dialog, "providerField").currentIndex = index
        const nameField = findChild(dialog, "nameField")
        nameField.text = ""
        nameField.forceActiveFocus()
        keySequence(name)
        return dialog
    }
    // Clicks an item of the details, scrolled into view first (at 1024×700 the settings and
    // the actions are below the fold).
    function clickDetail(item) {
        // Not while the list reloads (after a rename) or an edit is under way.
        tryVerify(() => !App.endpoints.loading && !detail().saving, 5000)
        const flick = detail().contentItem
        const p = item.mapToItem(flick.contentItem, 0, 0)
        flick.contentY = Math.max(0, Math.min(p.y - 40, flick.contentHeight - flick.height))
        wait(50)
        mouseClick(item)
    }
    function keySequence(text) {
        for (const c of text)
            keyClick(c)
    }

    function initTestCase() {
        tryVerify(() => App.listening, 10000, "the listener started")
        tryVerify(() => !view.busy && App.endpoints.count === 3, 10000)
    }

    function test_a_list_and_first_endpoint() {
        compare(list().count, 3)
        // The first by name is shown at once.
        tryCompare(field("detailName"), "text", "Crypto")
        const e = App.endpoints.get(rowOf("Crypto"))
        compare(field("urlField").text, App.baseUrl + e.path)
        verify(field("urlField").text.indexOf("/hooks/") > 0)
        compare(field("setupHint").text, App.endpoints.provider("changeup").setupHint)
        // Today's seeded requests at Spring appeal are counted in its row.
        const spring = rowItem("Spring appeal")
        compare(spring.countToday, 2)
    }

    function test_b_click_selects() {
        selectByClick("Spring appeal")
        compare(field("countToday").text, "2")
        selectByClick("Gala")
        compare(field("lastError").text, qsTr("None"))
    }

    function test_c_add_shows_url_and_secret_once() {
        const dialog = startAdding("standard", "Signed hooks")
        mouseClick(findChild(dialog, "createButton"))
        tryVerify(() => dialog.created !== null, 5000)
        const secret = stored("secret", "Signed hooks")
        verify(String(secret).startsWith("whsec_"), "a signing secret was generated")
        compare(findChild(dialog, "createdSecret").text, secret)
        const path = "/hooks/" + stored("token", "Signed hooks")
        compare(findChild(dialog, "createdUrl").text, App.baseUrl + path)
        mouseClick(findChild(dialog, "doneButton"))
        tryVerify(() => !dialog.visible)
        // The new endpoint is listed and chosen; its secret is masked until revealed.
        compare(App.endpoints.count, 4)
        tryCompare(field("detailName"), "text", "Signed hooks")
        verify(field("secretField").text.indexOf("whsec_") < 0, "masked")
        clickDetail(field("revealButton"))
        compare(field("secretField").text, secret)
        clickDetail(field("revealButton"))
        verify(field("secretField").text.indexOf("whsec_") < 0)
        // It works with the listener straight away.
        // The running listener takes it up within half a second.
        const body = JSON.stringify({ type: "donation.completed",
                                      data: JSON.parse(TestSupport.changeupBody("SIGNED-1", "5.00", "USD", "Signed Donor")) })
        tryVerify(() => TestSupport.deliver("Signed hooks", body) === 200, 5000)
    }

    function test_d_add_refusals_under_their_field() {
        // NationBuilder payloads carry no currency: the same rule as the command line's.
        const dialog = startAdding("nationbuilder", "Nation")
        mouseClick(findChild(dialog, "createButton"))
        const error = findChild(dialog, "error_currency")
        tryVerify(() => error.visible, 5000)
        verify(error.text.indexOf("NationBuilder") >= 0, error.text)
        verify(error.text.indexOf("--") < 0, "worded for the form: " + error.text)
        compare(dialog.created, null)
        // A bad zone, then a good one.
        findChild(dialog, "currencyField").text = "eur"
        findChild(dialog, "timezoneField").text = "Mars/Olympus"
        mouseClick(findChild(dialog, "createButton"))
        tryVerify(() => findChild(dialog, "error_timezone").visible, 5000)
        verify(!findChild(dialog, "error_currency").visible, "the old refusal is gone")
        findChild(dialog, "timezoneField").text = "Europe/Berlin"
        findChild(dialog, "secretField").text = "nb-token"
        mouseClick(findChild(dialog, "createButton"))
        tryVerify(() => dialog.created !== null, 5000)
        compare(stored("currency", "Nation"), "EUR")
        compare(stored("timezone", "Nation"), "Europe/Berlin")
        compare(stored("secret", "Nation"), "nb-token")
        mouseClick(findChild(dialog, "doneButton"))
        // A name that is taken.
        const again = startAdding("donary", "Gala")
        mouseClick(findChild(again, "createButton"))
        tryVerify(() => findChild(again, "error_name").visible, 5000)
        verify(findChild(again, "error_name").text.indexOf("Gala") >= 0)
        again.close()
    }

    function test_e_edit_settings_inline_errors() {
        selectByClick("Gala")
        field("currencyField").text = "US$"
        clickDetail(field("saveButton"))
        const error = field("error_currency")
        tryVerify(() => error.visible, 5000)
        verify(error.text.indexOf("US$") >= 0, error.text)
        compare(stored("currency", "Gala"), "")
        // Fixed.
        field("currencyField").text = "usd"
        field("dateMode").checked = true
        field("dateField").text = "2024/06/30"
        clickDetail(field("saveButton"))
        tryVerify(() => field("error_recordDate").visible, 5000)
        field("dateField").text = "2024-06-30"
        clickDetail(field("saveButton"))
        tryVerify(() => stored("record_rule", "Gala") === "date:2024-06-30", 5000)
        compare(stored("currency", "Gala"), "USD")
        tryVerify(() => !detail().saving, 5000)
        verify(!field("saveButton").enabled, "saved: nothing left to save")
        verify(!field("error_recordDate").visible)
        compare(field("currencyField").text, "USD", "the form shows what was stored")
    }

    function test_f_rename_keeps_the_selection() {
        selectByClick("Crypto")
        field("nameField").text = "Zeta crypto"
        clickDetail(field("saveButton"))
        tryVerify(() => rowOf("Zeta crypto") === App.endpoints.count - 1, 5000, "moved to the end")
        tryCompare(field("detailName"), "text", "Zeta crypto")
        compare(stored("count(*)", "Zeta crypto"), 1)
        field("nameField").text = "Crypto"
        clickDetail(field("saveButton"))
        tryVerify(() => rowOf("Crypto") === 0, 5000)
        tryCompare(field("detailName"), "text", "Crypto")
    }

    function test_g_disable_and_enable() {
        selectByClick("Gala")
        const body = TestSupport.changeupBody("EP-1", "1.00", "USD", "Toggle")
        clickDetail(field("enabledSwitch"))
        tryVerify(() => stored("enabled", "Gala") === 0, 5000)
        tryVerify(() => !App.endpoints.get(rowOf("Gala")).enabled)
        compare(field("enabledSwitch").checked, false)
        verify(rowItem("Gala").enabled, "a disabled endpoint's row can still be chosen")
        // The listener follows within half a second: a disabled endpoint answers 404.
        tryVerify(() => TestSupport.deliver("Gala", body) === 404, 5000)
        clickDetail(field("enabledSwitch"))
        tryVerify(() => stored("enabled", "Gala") === 1, 5000)
        tryVerify(() => TestSupport.deliver("Gala", body) === 200, 5000)
    }

    function test_h_regenerate_secret() {
        selectByClick("Signed hooks")
        const before = stored("secret", "Signed hooks")
        clickDetail(field("regenerateButton"))
        const confirm = findChild(detail(), "regenerateDialog")
        tryVerify(() => confirm.opened)
        verify(confirm.message.indexOf("401") >= 0, "says what happens to the provider's requests")
        mouseClick(findChild(confirm, "confirmButton"))
        tryVerify(() => stored("secret", "Signed hooks") !== before, 5000)
        // Shown, to be entered at the provider.
        tryCompare(field("secretField"), "text", stored("secret", "Signed hooks"))
        // Signed with the new secret, requests are accepted.
        const body = JSON.stringify({ type: "donation.completed",
                                      data: JSON.parse(TestSupport.changeupBody("SIGNED-2", "6.00", "USD", "Signed Donor")) })
        tryVerify(() => TestSupport.deliver("Signed hooks", body) === 200, 5000)
    }

    function test_i_set_and_clear_a_secret() {
        selectByClick("Spring appeal")
        verify(!field("regenerateButton").visible, "ChangeUp-style secrets are not generated")
        clickDetail(field("changeSecretButton"))
        const dialog = findChild(detail(), "secretDialog")
        tryVerify(() => dialog.opened)
        findChild(dialog, "newSecretField").text = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
        mouseClick(findChild(dialog, "saveSecretButton"))
        tryVerify(() => !dialog.visible, 5000)
        compare(stored("secret", "Spring appeal"), "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        clickDetail(field("changeSecretButton"))
        tryVerify(() => dialog.opened)
        mouseClick(findChild(dialog, "noSecretChoice"))
        mouseClick(findChild(dialog, "saveSecretButton"))
        tryVerify(() => !dialog.visible, 5000)
        compare(stored("secret", "Spring appeal"), "")
    }

    function test_j_donary_has_no_secret() {
        App.endpoints.add("donary", { name: "Donary" })
        tryVerify(() => rowOf("Donary") >= 0, 5000)
        selectByClick("Donary")
        verify(field("noSigningNote").visible)
        verify(!field("secretField").visible)
        verify(!field("changeSecretButton").visible)
    }

    function test_k_new_url() {
        selectByClick("Gala")
        const before = field("urlField").text
        clickDetail(field("newUrlButton"))
        const confirm = findChild(detail(), "newUrlDialog")
        tryVerify(() => confirm.opened)
        mouseClick(findChild(confirm, "confirmButton"))
        tryVerify(() => field("urlField").text !== before, 5000)
        compare(field("urlField").text, App.baseUrl + "/hooks/" + stored("token", "Gala"))
        // The new URL works (once the listener has taken it up).
        tryVerify(() => TestSupport.deliver("Gala", TestSupport.changeupBody("EP-2", "2.00", "USD", "New URL")) === 200, 5000)
    }

    function test_l_live_counts_and_errors() {
        selectByClick("Spring appeal")
        // An edit under way is not disturbed by what arrives meanwhile.
        field("timezoneField").text = "Europe/Paris"
        field("eventField").currentIndex = 0
        const before = App.endpoints.get(rowOf("Spring appeal")).countToday
        compare(TestSupport.deliver("Spring appeal", TestSupport.changeupBody("EP-3", "3.00", "USD", "Live")), 200)
        tryCompare(field("countToday"), "text", String(before + 1), 5000)
        compare(field("timezoneField").text, "Europe/Paris")
        verify(field("saveButton").enabled)
        clickDetail(findChild(detail(), "revertButton"))
        compare(field("timezoneField").text, "")
        compare(TestSupport.deliver("Spring appeal", "not json"), 400)
        const row = rowItem("Spring appeal")
        tryVerify(() => findChild(row, "rowError").visible, 5000)
        // The detail follows activity within a quarter of a second.
        tryVerify(() => field("lastError").text.indexOf("malformed") >= 0, 1000, field("lastError").text)
    }

    function test_m_public_base_url() {
        App.settings.publicBaseUrl = "https://donations.example.org/"
        tryVerify(() => field("urlField").text.startsWith("https://donations.example.org/hooks/"))
        App.settings.publicBaseUrl = ""
        tryVerify(() => field("urlField").text.startsWith(App.listenUrl + "/hooks/"))
    }

    function test_o_silence_alarm() {
        App.endpoints.add("changeup", { name: "Quiet widget" })
        tryVerify(() => rowOf("Quiet widget") >= 0, 5000)
        selectByClick("Quiet widget")
        const row = rowItem("Quiet widget")
        const mark = findChild(row, "alarmMark")
        verify(mark !== null)
        verify(!mark.visible, "no alarm, no mark")
        verify(!field("alarmBanner").visible)
        verify(field("alarmSection").visible, "the form has a silence alarm section")
        tryVerify(() => field("alarmStatus").text.indexOf("Off") === 0, 5000, field("alarmStatus").text)

        // Refusals under their field, the command line's rules, one at a time.
        field("alarmQuietField").text = "6"
        field("alarmFromField").text = "08:00"
        clickDetail(field("saveButton"))
        tryVerify(() => field("error_alarmQuiet").visible, 5000)
        verify(field("error_alarmQuiet").text.indexOf("'6'") >= 0, field("error_alarmQuiet").text)
        verify(field("error_alarmQuiet").text.indexOf("--") < 0, "worded for the form")
        compare(stored("alarm_quiet_minutes", "Quiet widget"), 0)
        field("alarmQuietField").text = "1m"
        clickDetail(field("saveButton"))
        tryVerify(() => field("error_alarmWindow").visible, 5000)
        verify(!field("error_alarmQuiet").visible, "the old refusal is gone")
        compare(stored("alarm_quiet_minutes", "Quiet widget"), 0)
        // Fixed: saved, the form shows what was stored.
        field("alarmToField").text = "22:00"
        field("alarmFailuresField").value = 3
        clickDetail(field("saveButton"))
        tryVerify(() => stored("alarm_window", "Quiet widget") === "08:00-22:00", 5000)
        compare(stored("alarm_quiet_minutes", "Quiet widget"), 1)
        compare(stored("alarm_signature_failures", "Quiet widget"), 3)
        tryVerify(() => !detail().saving, 5000)
        verify(!field("error_alarmWindow").visible)
        verify(!field("saveButton").enabled, "saved: nothing left to save")
        compare(field("alarmQuietField").text, "1m")

        // A real donation made long ago, and nothing since: quiet for years, so the mark is
        // there whatever the time of day, and the sentence in the detail.
        const donation = JSON.parse(TestSupport.changeupBody("QW-1", "5.00", "USD", "Long ago"))
        donation.transactionOrderDate = "2020-01-06T09:30:00Z" // 6 January in every zone the suite runs in
        compare(TestSupport.deliver("Quiet widget", JSON.stringify(donation)), 200)
        tryVerify(() => mark.visible, 10000, "the red mark")
        compare(row.alarmRaised, true)
        verify(field("alarmBanner").visible)
        verify(field("alarmText").text.indexOf("No donation for") === 0, field("alarmText").text)
        verify(field("alarmText").text.indexOf("2020-01-06") > 0, field("alarmText").text)
        verify(field("alarmStatus").text.indexOf("Raised") === 0, field("alarmStatus").text)
        compare(mark.text, field("alarmText").text)
        // The other rows have none.
        verify(!findChild(rowItem("Spring appeal"), "alarmMark").visible)

        // Off again: the mark goes.
        field("alarmQuietField").text = ""
        clickDetail(field("saveButton"))
        tryVerify(() => stored("alarm_quiet_minutes", "Quiet widget") === 0, 5000)
        tryVerify(() => !mark.visible, 10000)
        verify(!field("alarmBanner").visible)
    }

    function test_n_remove_keeps_donations() {
        selectByClick("Gala")
        const id = idOf("Gala")
        const donations = TestSupport.scalar("SELECT count(*) FROM donations WHERE endpoint_id = ?", [id])
        verify(donations > 0)
        const count = App.endpoints.count
        clickDetail(findChild(detail(), "removeButton"))
        const confirm = findChild(detail(), "removeDialog")
        tryVerify(() => confirm.opened)
        verify(confirm.message.indexOf("kept") >= 0, "says the donations are kept")
        mouseClick(findChild(confirm, "confirmButton"))
        tryVerify(() => App.endpoints.count === count - 1, 5000)
        verify(TestSupport.scalar("SELECT removed_at FROM endpoints WHERE id = ?", [id]) > 0)
        compare(TestSupport.scalar("SELECT count(*) FROM donations WHERE endpoint_id = ?", [id]), donations)
        // Another endpoint is shown in its place.
        tryVerify(() => field("detailName").text.length > 0 && field("detailName").text !== "Gala")
        tryVerify(() => TestSupport.deliver("Spring appeal", TestSupport.changeupBody("EP-4", "4.00", "USD", "After")) === 200)
    }
}
