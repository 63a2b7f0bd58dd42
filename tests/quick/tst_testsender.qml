import QtQuick
import QtQuick.Controls
import QtTest
import DonationDesk
import DonationDeskTest

// The Test sender view against the listener the app runs: a correct sample is accepted and its
// donation shown, a bad signature is refused with the reason, breakages that do not apply are
// disabled, a raw body is sent as typed, and an invalid field stops the request inline.
TestCase {
    id: test
    name: "TestSenderView"
    when: windowShown
    width: 1024
    height: 700
    visible: true

    // The Donations view's filter bar and table, for test events' visibility.
    DonationFilter { id: testsFilter }
    DonationTableModel { id: testsTable; filter: testsFilter }
    DonationFilterBar {
        id: testsBar
        visible: false
        filter: testsFilter
        model: testsTable
    }

    TestSenderView {
        id: view
        anchors.fill: parent
    }

    function field(name) {
        const item = findChild(view, name)
        verify(item !== null, "no item " + name)
        return item
    }
    function rowOf(name) {
        for (let i = 0; i < App.endpoints.count; ++i) {
            if (App.endpoints.get(i).name === name)
                return i
        }
        return -1
    }
    function inboxCount() { return Number(TestSupport.scalar("SELECT count(*) FROM inbox")) }
    // Clicks an item of the scrolled page, scrolled into view first (at 1024×700 the form and
    // the answer do not fit together).
    function click(item) {
        const flick = field("scroll").contentItem
        // Twice: the first pass may lay the page out anew (a tab switched, a card appeared).
        for (let pass = 0; pass < 2; ++pass) {
            wait(50)
            const p = item.mapToItem(flick.contentItem, 0, 0)
            flick.contentY = Math.max(0, Math.min(p.y - 40, flick.contentHeight - flick.height))
        }
        wait(50)
        const at = item.mapToItem(flick, 0, 0)
        verify(at.y >= 0 && at.y + item.height <= flick.height, item.objectName + " is in view")
        verify(item.enabled, item.objectName + " is enabled")
        mouseClick(item)
    }
    function type(name, text) {
        const f = field(name)
        f.text = ""
        f.forceActiveFocus()
        for (const c of text)
            keyClick(c)
    }
    function choose(endpointName) {
        const row = rowOf(endpointName)
        verify(row >= 0, endpointName)
        view.controller.endpointId = App.endpoints.get(row).endpointId
        tryCompare(field("endpointField"), "currentText", endpointName)
    }
    // Adds an endpoint through the app (as the Endpoints view does) and waits for it.
    function addEndpoint(provider, name) {
        if (rowOf(name) >= 0)
            return
        App.endpoints.add(provider, { name: name })
        tryVerify(() => rowOf(name) >= 0, 5000, name + " was added")
        // The running listener takes new endpoints up within half a second.
        wait(800)
    }
    SignalSpy { id: answered; target: view.controller; signalName: "finished" }
    function sendAndWait() {
        const before = answered.count
        const button = field("sendButton")
        click(button)
        tryVerify(() => answered.count > before, 15000, "answered")
    }

    function initTestCase() {
        tryVerify(() => App.listening, 10000, "the listener started")
        tryVerify(() => !view.busy && App.endpoints.count === 3, 10000)
    }

    function test_a_initial_state_is_ready_to_send() {
        // The first endpoint by name, its provider's first sample, and the body it makes.
        tryCompare(field("endpointField"), "currentText", "Crypto")
        compare(field("sampleField").currentIndex, 0)
        verify(field("sampleDescription").text.length > 0)
        verify(view.controller.builtBody.length > 10, view.controller.builtBody)
        verify(view.controller.localUrl.startsWith(App.listenUrl + "/hooks/"), view.controller.localUrl)
        verify(field("sendButton").enabled)
        verify(field("markAsTest").checked)
        compare(view.controller.breakage, "none")
        verify(field("breakage_none").checked)
        verify(!field("outcomeCard").visible)
    }

    function test_b_correct_sample_is_accepted_and_shows_its_donation() {
        choose("Spring appeal")
        type("externalIdField", "TS-OK-1")
        type("donorNameField", "Test Sender")
        tryCompare(view.controller, "externalId", "TS-OK-1")
        verify(view.controller.builtBody.indexOf("TS-OK-1") >= 0, view.controller.builtBody)
        sendAndWait()
        compare(view.controller.responseStatus, 200)
        verify(field("responseStatus").text.startsWith("200"), field("responseStatus").text)
        verify(field("responseBody").text.indexOf("inbox_id") >= 0)
        verify(view.controller.elapsedMs > 0)
        compare(view.controller.refusal, "")
        // What it became: processed, and the donation it created, marked as a test.
        tryCompare(view.controller, "outcomeState", "processed", 5000)
        verify(field("outcomeCard").visible)
        const row = findChild(view, "donation_TS-OK-1")
        verify(row !== null, "the donation is shown")
        verify(row.visible)
        compare(row.modelData.donorName, "Test Sender")
        compare(row.modelData.isTest, true)
        compare(Number(TestSupport.scalar("SELECT is_test FROM donations WHERE external_id = 'TS-OK-1'")), 1)
        // The request as sent, behind its toggle.
        verify(field("requestCard").visible)
        verify(!field("requestHeaders").visible)
        click(field("requestToggle"))
        verify(field("requestHeaders").visible)
        verify(field("requestHeadersText").text.indexOf("X-Donation-Desk-Test") >= 0, field("requestHeadersText").text)
        verify(field("requestBodyText").text.indexOf("TS-OK-1") >= 0)
        verify(field("requestLine").text.indexOf(view.controller.localUrl) >= 0)
        view.controller.clearOverrides()
    }

    function test_c_bad_signature_is_refused_with_the_reason() {
        addEndpoint("standard", "Signed hooks")
        choose("Signed hooks")
        tryVerify(() => field("breakage_bad-signature").enabled)
        const before = inboxCount()
        click(field("breakage_bad-signature"))
        compare(view.controller.breakage, "bad-signature")
        sendAndWait()
        compare(view.controller.responseStatus, 401)
        const answer = JSON.parse(view.controller.responseBody)
        verify(answer.error.length > 0)
        const refusal = field("refusal")
        verify(refusal.visible, "the reason is shown")
        compare(refusal.text, answer.error)
        compare(view.controller.outcomeState, "", "nothing to follow for a refusal")
        compare(inboxCount(), before, "nothing was stored")
        // Correctly signed, the same endpoint accepts it.
        click(field("breakage_none"))
        compare(view.controller.breakage, "none")
        sendAndWait()
        compare(view.controller.responseStatus, 200)
        verify(!field("refusal").visible)
    }

    function test_d_breakages_that_do_not_apply_are_disabled() {
        // Givecloud signs without a timestamp: a stale one cannot be sent.
        addEndpoint("givecloud", "Givecloud hooks")
        choose("Givecloud hooks")
        tryVerify(() => view.controller.provider === "givecloud")
        const stale = field("breakage_stale-timestamp")
        tryVerify(() => !stale.enabled, 5000)
        verify(field("breakageNote_stale-timestamp").text.indexOf("timestamp") >= 0,
               field("breakageNote_stale-timestamp").text)
        verify(field("breakage_bad-signature").enabled)
        verify(field("breakage_oversized").enabled)
        // And one that applies is sent and refused as expected.
        click(field("breakage_wrong-token"))
        sendAndWait()
        compare(view.controller.responseStatus, 404)
        click(field("breakage_none"))
        compare(view.controller.breakage, "none")
    }

    function test_e_raw_json_is_sent_as_typed() {
        choose("Spring appeal")
        click(field("rawTab"))
        tryCompare(view.controller, "rawMode", true)
        // Pre-filled with the sample's body.
        compare(field("rawEditor").text, view.controller.builtBody)
        const body = TestSupport.changeupBody("RAW-1", "12.34", "USD", "Raw Donor")
        field("rawEditor").text = body
        compare(view.controller.rawBody, body)
        sendAndWait()
        compare(view.controller.responseStatus, 200)
        compare(field("requestBodyText").text, body)
        tryCompare(view.controller, "outcomeState", "processed", 5000)
        const row = findChild(view, "donation_RAW-1")
        verify(row !== null, "the donation of the typed body is shown")
        compare(row.modelData.amount, "12.34")
        compare(String(TestSupport.scalar("SELECT donor_name FROM donations WHERE external_id = 'RAW-1'")), "Raw Donor")
        // Not JSON: a warning, sent anyway.
        field("rawEditor").text = "{not json"
        tryVerify(() => field("rawWarning").visible)
        verify(field("sendButton").enabled)
        // Emptied: an error under the editor, nothing to send.
        field("rawEditor").text = ""
        tryVerify(() => field("error_raw").visible)
        verify(!field("sendButton").enabled)
        click(field("resetRawButton"))
        compare(field("rawEditor").text, view.controller.builtBody)
        click(field("fieldsTab"))
        tryCompare(view.controller, "rawMode", false)
    }

    function test_f_invalid_amount_is_shown_inline_and_nothing_is_sent() {
        choose("Spring appeal")
        const before = inboxCount()
        const sentBefore = view.controller.requestUrl
        type("amountField", "12,5x")
        const error = field("error_amount")
        tryVerify(() => error.visible, 5000)
        verify(error.text.length > 0)
        verify(!field("error_currency").visible)
        verify(!field("sendButton").enabled)
        verify(!view.controller.send(), "refused")
        compare(view.controller.sending, false)
        wait(300)
        compare(inboxCount(), before)
        // Fixed, the error goes.
        type("amountField", "7.50")
        tryVerify(() => !error.visible, 5000)
        verify(field("sendButton").enabled)
        view.controller.clearOverrides()
    }

    function test_g_failure_without_an_answer_is_explained() {
        choose("Spring appeal")
        click(field("customTarget"))
        // A port nothing listens on (the listener's port + 1 is very likely free; port 9 is
        // "discard", closed on test machines).
        type("customUrlField", "http://127.0.0.1:9/hooks/x")
        sendAndWait()
        compare(view.controller.responseStatus, 0)
        compare(view.controller.failure, "refused")
        verify(field("failureText").visible)
        verify(field("failureText").text.length > 20)
        click(field("localTarget"))
        // Not a URL.
        view.controller.useCustomUrl = true
        view.controller.customUrl = "ftp://example.org/x"
        tryVerify(() => field("error_url").visible)
        verify(!field("sendButton").enabled)
        view.controller.useCustomUrl = false
        tryVerify(() => !field("error_url").visible)
    }

    function test_h_test_donations_shown_only_when_asked() {
        // The sends above made test donations; reports and the table leave them out.
        const tests = Number(TestSupport.scalar("SELECT count(*) FROM donations WHERE is_test = 1"))
        const real = Number(TestSupport.scalar("SELECT count(*) FROM donations WHERE is_test = 0"))
        verify(tests > 0)
        tryVerify(() => !testsTable.loading && testsTable.totalCount === real, 5000)
        const box = findChild(testsBar, "includeTestsFilter")
        verify(box && !box.checked)
        box.toggle()
        box.toggled()
        compare(testsFilter.includeTests, true)
        tryVerify(() => !testsTable.loading && testsTable.totalCount === real + tests, 5000)
        box.toggle()
        box.toggled()
        tryVerify(() => !testsTable.loading && testsTable.totalCount === real, 5000)
    }
}
