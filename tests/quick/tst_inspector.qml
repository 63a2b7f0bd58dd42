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
        tryVerify(() => summary.text.indexOf(qsTr("Ran %n request(s) again: %1 processed, %2 without a donation, %3 dead letter(s).", "", 1).arg(1).arg(0).arg(0)) === 0, 5000, summary.text)
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
        tryVerify(() => summary.text === qsTr("Ran %n request(s) again: %1 processed, %2 without a donation, %3 dead letter(s).", "", dead).arg(0).arg(0).arg(dead), 5000, summary.text)
        compare(Number(TestSupport.scalar("SELECT count(*) FROM inbox WHERE state = 'dead'")), dead)
        setResultFilter("accepted")
        verify(!button.visible)
    }
}
