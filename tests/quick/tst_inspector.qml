import QtQuick
import QtQuick.Controls
import QtTest
import DonationDesk
import DonationDeskTest

// The request inspector against the running listener: each request appears at the top with
// what became of it (accepted, duplicate, dead letter, refused and why), the filters select
// what SQL says they should, and the detail carries the exact request.
TestCase {
    id: test
    name: "InspectorView"
    when: windowShown
    width: 1024
    height: 700
    visible: true

    InspectorView {
        id: view
        anchors.fill: parent
    }
    DonorErasureJob { id: eraser }
    RetentionSettings { id: retention }
    ReprocessJob { id: rerun }

    function model() { return view.requests }
    function rowOf(predicate) {
        for (let i = 0; i < model().count; ++i) {
            if (predicate(model().get(i)))
                return i
        }
        return -1
    }
    function latestInboxId() { return Number(TestSupport.scalar("SELECT max(id) FROM inbox")) }
    function latestRefusalId() { return Number(TestSupport.scalar("SELECT ifnull(max(id), 0) FROM request_log")) }
    // Chooses a row by clicking it, once the list has laid it out.
    function clickRow(row) {
        const list = findChild(view, "requestList")
        list.positionViewAtIndex(row, ListView.Contain)
        let item = null
        tryVerify(() => (item = list.itemAtIndex(row)) !== null && item.index === row, 3000)
        mouseClick(item)
    }
    function setResultFilter(name) {
        const box = findChild(view, "resultFilter")
        const i = box.indexOfValue(name)
        verify(i >= 0, name)
        box.currentIndex = i
        box.activated(i)
    }

    function init() {
        setResultFilter("")
        findChild(view, "searchField").text = ""
        tryVerify(() => model().loaded && !model().loading, 5000)
    }

    function test_a_an_accepted_request_at_the_top() {
        compare(TestSupport.deliver("Spring appeal", TestSupport.changeupBody("INS-1", "12.50", "USD", "Ada Inspector")), 200)
        const id = latestInboxId()
        tryVerify(() => model().count > 0 && model().get(0).requestId === id && !model().get(0).refused, 5000)
        tryVerify(() => model().get(0).result === "accepted" && model().get(0).donations === 1, 5000, "processed")
        clickRow(0)
        tryVerify(() => view.detail.found && view.detail.entry.requestId === id, 3000)
        compare(findChild(view, "detailResult").text, qsTr("Accepted"))
        tryVerify(() => view.detail.touched.length === 1, 3000)
        compare(view.detail.touched[0].externalId, "INS-1")
        compare(view.detail.touched[0].statusAfter, "paid")
        verify(view.detail.body.indexOf("\"INS-1\"") >= 0)
        verify(view.detail.headers.indexOf("Content-Type: application/json") >= 0)
    }

    function test_b_a_redelivery_is_a_duplicate() {
        compare(TestSupport.deliver("Spring appeal", TestSupport.changeupBody("INS-1", "12.50", "USD", "Ada Inspector")), 200)
        const id = latestInboxId()
        tryVerify(() => model().get(0).requestId === id && model().get(0).result === "duplicate", 5000)
        compare(model().get(0).resultLabel, qsTr("Duplicate"))
        compare(model().get(0).donations, 0)
    }

    function test_c_a_refusal_says_why() {
        const before = latestRefusalId()
        compare(TestSupport.deliver("Spring appeal", "{\"transactionId\": \"INS-2\", "), 400)
        tryVerify(() => latestRefusalId() > before, 3000)
        const id = latestRefusalId()
        tryVerify(() => model().count > 0 && model().get(0).refused && model().get(0).requestId === id, 5000)
        compare(model().get(0).httpStatus, 400)
        compare(model().get(0).result, "refused")
        clickRow(0)
        tryVerify(() => view.detail.found && view.detail.entry.refused && view.detail.entry.requestId === id, 3000)
        const reason = findChild(view, "detailReason")
        verify(reason.visible)
        compare(reason.text, TestSupport.scalar("SELECT reason FROM request_log WHERE id = ?", [id]))
        verify(reason.text.length > 0)
        compare(findChild(view, "detailResult").text, qsTr("Refused: malformed"))
    }

    function test_d_a_dead_letter() {
        compare(TestSupport.deliver("Spring appeal", TestSupport.changeupBody("INS-3", "5.00", "US Dollar", "Dee Letter")), 200)
        const id = latestInboxId()
        tryVerify(() => model().get(0).requestId === id && model().get(0).result === "dead", 5000,
                  JSON.stringify(model().get(0)) + " " + TestSupport.scalar("SELECT state || ' ' || ifnull(error, '') FROM inbox WHERE id = ?", [id]))
        compare(model().get(0).reason, TestSupport.scalar("SELECT error FROM inbox WHERE id = ?", [id]))
        verify(model().get(0).reason.length > 0)
    }

    function test_e_result_filters_match_the_database() {
        setResultFilter("refused-malformed")
        tryVerify(() => !model().loading && model().count === Number(TestSupport.scalar(
            "SELECT count(*) FROM request_log WHERE category IN ('malformed', 'framing', 'method')")), 5000)
        verify(model().count > 0)
        for (let i = 0; i < model().count; ++i)
            compare(model().get(i).result, "refused")
        setResultFilter("dead")
        tryVerify(() => !model().loading && model().count === Number(TestSupport.scalar(
            "SELECT count(*) FROM inbox WHERE state = 'dead'")), 5000)
        for (let i = 0; i < model().count; ++i)
            compare(model().get(i).result, "dead")
        setResultFilter("")
        tryVerify(() => !model().loading && model().count === Math.min(model().pageSize, Number(TestSupport.scalar(
            "SELECT (SELECT count(*) FROM inbox) + (SELECT count(*) FROM request_log)"))), 5000)
    }

    function test_f_search_in_bodies() {
        const field = findChild(view, "searchField")
        field.forceActiveFocus()
        field.text = "ins-1" // another case than sent
        tryVerify(() => !model().loading && model().search === "ins-1" && model().count === 2, 5000)
        for (let i = 0; i < model().count; ++i)
            verify(!model().get(i).refused)
        field.text = "no such text 41f0"
        tryVerify(() => !model().loading && model().count === 0, 5000)
    }

    function test_g_copy_as_curl_sends_the_same_request() {
        compare(TestSupport.deliver("Spring appeal", TestSupport.changeupBody("INS-4", "7.00", "EUR", "Cee Url")), 200)
        const id = latestInboxId()
        tryVerify(() => model().get(0).requestId === id, 5000)
        clickRow(0)
        tryVerify(() => view.detail.found && view.detail.entry.requestId === id && view.detail.curl.length > 0, 3000)
        const token = TestSupport.scalar("SELECT token FROM endpoints WHERE name = 'Spring appeal'")
        verify(view.detail.curl.indexOf("curl -X POST '" + App.listenUrl + "/hooks/" + token + "'") === 0, view.detail.curl)
        verify(view.detail.curl.indexOf("-H 'Content-Type: application/json'") > 0)
        verify(view.detail.curl.indexOf("INS-4") > 0)
        verify(findChild(view, "copyCurlButton").enabled)
    }

    function test_h_run_again_changes_nothing_twice() {
        compare(TestSupport.deliver("Spring appeal", TestSupport.changeupBody("INS-5", "9.00", "USD", "Ree Play")), 200)
        const id = latestInboxId()
        tryVerify(() => model().get(0).requestId === id && model().get(0).result === "accepted", 5000)
        clickRow(0)
        tryVerify(() => view.detail.found && view.detail.entry.requestId === id, 3000)
        const replay = findChild(view, "replayButton")
        verify(replay.visible && replay.enabled)
        mouseClick(replay)
        const summary = findChild(view, "reprocessSummary")
        tryVerify(() => summary.text.indexOf(qsTranslate("ReprocessJob", "Ran %n request(s) again: %1 processed, %2 without a donation, %3 dead letter(s).", "", 1).arg(1).arg(0).arg(0)) === 0, 5000, summary.text)
        compare(Number(TestSupport.scalar("SELECT count(*) FROM donations WHERE external_id = 'INS-5'")), 1)
        compare(TestSupport.scalar("SELECT status FROM donations WHERE external_id = 'INS-5'"), "paid")
        // A refusal was never stored: nothing to run again.
        setResultFilter("refused-malformed")
        tryVerify(() => !model().loading && model().count > 0, 5000)
        clickRow(0)
        tryVerify(() => view.detail.found && view.detail.entry.refused, 3000)
        verify(!findChild(view, "replayButton").visible)
    }

    function test_i_reprocess_dead_letters() {
        setResultFilter("dead")
        const dead = Number(TestSupport.scalar("SELECT count(*) FROM inbox WHERE state = 'dead'"))
        tryVerify(() => !model().loading && model().count === dead, 5000)
        verify(dead > 0)
        const button = findChild(view, "reprocessDeadButton")
        verify(button.visible && button.enabled)
        mouseClick(button)
        const summary = findChild(view, "reprocessSummary")
        // Nothing was fixed: they stay dead letters, counted.
        tryVerify(() => summary.text === qsTranslate("ReprocessJob", "Ran %n request(s) again: %1 processed, %2 without a donation, %3 dead letter(s).", "", dead).arg(0).arg(0).arg(dead), 5000, summary.text)
        compare(Number(TestSupport.scalar("SELECT count(*) FROM inbox WHERE state = 'dead'")), dead)
        setResultFilter("accepted")
        verify(!button.visible)
    }

    function test_j_an_erased_request_says_so() {
        // Grace asks for her data to be erased: her request loses its bytes, stays listed.
        const id = Number(TestSupport.scalar("SELECT de.inbox_id FROM donation_events de JOIN donations d ON d.id = de.donation_id WHERE d.external_id = 'SP-2'"))
        verify(id > 0)
        eraser.preview("grace@example.org")
        tryVerify(() => eraser.previewed && !eraser.busy, 5000, eraser.error)
        eraser.erase()
        tryVerify(() => eraser.erased && !eraser.busy, 5000, eraser.error)
        tryVerify(() => !model().loading && model().indexOf(false, id) >= 0 && model().get(model().indexOf(false, id)).erased, 5000)
        compare(model().get(model().indexOf(false, id)).erasedWhy, "donor erasure")
        clickRow(model().indexOf(false, id))
        tryVerify(() => view.detail.found && view.detail.entry.requestId === id && view.detail.entry.erased, 5000)
        const note = findChild(view, "erasedNote")
        verify(note.visible)
        verify(note.text.indexOf(qsTr("Raw request erased on %1 (%2)").arg(Format.dateTime(view.detail.entry.erasedAt)).arg(qsTr("donor erasure"))) === 0, note.text)
        verify(findChild(view, "replayButton").visible)
        verify(!findChild(view, "replayButton").enabled, "nothing left to run again")
        verify(!findChild(view, "copyCurlButton").enabled)
        compare(view.detail.curl, "")
        compare(view.detail.body, "")
        verify(!findChild(view, "headersCard").visible)
        verify(!findChild(view, "bodyCard").visible)
        // The donation it made stays, amount and id, without her name.
        compare(view.detail.touched.length, 1)
        compare(view.detail.touched[0].externalId, "SP-2")
        compare(view.detail.touched[0].amount, "100.00")
        compare(view.detail.touched[0].donorName, "")
        // Asked to run it again all the same (the job behind "Run again"): skipped, and said so.
        const donation = TestSupport.scalar("SELECT status || amount_text || external_id FROM donations WHERE external_id = 'SP-2'")
        rerun.replay(id)
        tryVerify(() => !rerun.running && rerun.summary.length > 0, 5000)
        compare(rerun.summary, qsTranslate("ReprocessJob", "Nothing to run again.") + " " + qsTranslate("ReprocessJob", "Skipped %n erased request(s).", "", 1))
        compare(TestSupport.scalar("SELECT state FROM inbox WHERE id = ?", [id]), "processed")
        compare(TestSupport.scalar("SELECT status || amount_text || external_id FROM donations WHERE external_id = 'SP-2'"), donation)

        // A request of 40 days ago, erased by the retention.
        retention.setDays(30)
        tryVerify(() => retention.days === 30 && !retention.busy, 5000)
        retention.purgeNow()
        tryVerify(() => !retention.busy && retention.message.indexOf("Erased") === 0, 5000, retention.message)
        const old = Number(TestSupport.scalar("SELECT i.id FROM inbox i JOIN donation_events de ON de.inbox_id = i.id JOIN donations d ON d.id = de.donation_id WHERE d.external_id = 'GA-3'"))
        compare(TestSupport.scalar("SELECT erased_why FROM inbox WHERE id = ?", [old]), "retention")
        view.select(false, old)
        tryVerify(() => view.detail.found && view.detail.entry.requestId === old && view.detail.entry.erased, 5000)
        verify(findChild(view, "erasedNote").text.indexOf("(" + qsTr("retention") + ")") > 0, findChild(view, "erasedNote").text)
        verify(!findChild(view, "replayButton").enabled)
        // Others are whole.
        const whole = latestInboxId()
        view.select(false, whole)
        tryVerify(() => view.detail.found && view.detail.entry.requestId === whole, 5000)
        verify(!view.detail.entry.erased)
        verify(!findChild(view, "erasedNote").visible)
        verify(findChild(view, "headersCard").visible)
        verify(findChild(view, "replayButton").enabled)
        retention.setDays(0)
        tryVerify(() => retention.days === 0 && !retention.busy, 5000)
    }

    function test_k_run_a_time_window_again() {
        compare(TestSupport.deliver("Spring appeal", TestSupport.changeupBody("INS-W1", "4.00", "USD", "Win Dow")), 200)
        tryVerify(() => Number(TestSupport.scalar("SELECT count(*) FROM donations WHERE external_id = 'INS-W1'")) === 1, 5000)
        const donationsBefore = Number(TestSupport.scalar("SELECT count(*) FROM donations"))
        const historyBefore = Number(TestSupport.scalar("SELECT count(*) FROM donation_events WHERE duplicate = 0"))
        mouseClick(findChild(view, "replayWindowButton"))
        const dialog = findChild(view, "replayDialog")
        tryVerify(() => dialog.opened, 3000)
        // The last day is offered; a bound that is not a time is refused where it was typed.
        verify(findChild(dialog, "replayFrom").text.length === 16)
        const endpointBox = findChild(dialog, "replayEndpoint")
        endpointBox.currentIndex = endpointBox.find("Spring appeal")
        verify(endpointBox.currentIndex > 0)
        findChild(dialog, "replayFrom").text = "yesterday-ish"
        mouseClick(findChild(dialog, "replayRunButton"))
        const error = findChild(dialog, "replayError")
        verify(error.visible && error.text.indexOf("yesterday-ish") >= 0, error.text)
        verify(dialog.opened)
        findChild(dialog, "replayFrom").text = "2026-01-02 10:00"
        findChild(dialog, "replayTo").text = "2026-01-01"
        mouseClick(findChild(dialog, "replayRunButton"))
        compare(error.text, qsTr("the window ends before it starts"))
        // The last hour of Spring appeal: INS-W1 among them, run again, nothing made twice.
        const fromMs = Date.now() - 3600 * 1000
        const expected = Number(TestSupport.scalar(
            "SELECT count(*) FROM inbox i JOIN endpoints e ON e.id = i.endpoint_id WHERE e.name = 'Spring appeal' AND i.received_at >= ? AND i.erased_at IS NULL", [Math.floor(fromMs / 60000) * 60000]))
        verify(expected >= 1)
        findChild(dialog, "replayFrom").text = Qt.formatDateTime(new Date(fromMs), "yyyy-MM-dd HH:mm")
        findChild(dialog, "replayTo").text = ""
        mouseClick(findChild(dialog, "replayRunButton"))
        tryVerify(() => !dialog.visible, 3000)
        const summary = findChild(view, "reprocessSummary")
        tryVerify(() => summary.text.indexOf(qsTranslate("ReprocessJob", "Ran %n request(s) again: %1 processed, %2 without a donation, %3 dead letter(s).", "", expected).split(":")[0]) === 0, 5000, summary.text)
        compare(Number(TestSupport.scalar("SELECT count(*) FROM donations")), donationsBefore)
        compare(Number(TestSupport.scalar("SELECT count(*) FROM donation_events WHERE duplicate = 0")), historyBefore)
        compare(Number(TestSupport.scalar("SELECT count(*) FROM donations WHERE external_id = 'INS-W1'")), 1)
    }
}
