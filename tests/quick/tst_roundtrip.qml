import QtQuick
import QtQuick.Controls
import QtTest
import DonationDesk
import DonationDeskTest

// The round-trip check in the Endpoints view's details: a real signed test event through the
// app's own listener, the verdict's colour, reason and fix, and the last verdict of each
// endpoint kept while another is shown.
TestCase {
    id: test
    name: "RoundTripCheck"
    when: windowShown
    width: 1400
    height: 900
    visible: true

    EndpointsView {
        id: view
        anchors.fill: parent
    }

    function detail() { return findChild(view, "endpointDetail") }
    function field(name) { return findChild(detail(), name) }
    function select(name) {
        let row = -1
        for (let i = 0; i < App.endpoints.count; ++i) {
            if (App.endpoints.get(i).name === name)
                row = i
        }
        verify(row >= 0, name)
        view.select(App.endpoints.get(row).endpointId)
        tryCompare(field("detailName"), "text", name)
    }
    function runCheck() {
        const button = field("roundTripButton")
        tryVerify(() => button.enabled, 5000)
        const flick = detail().contentItem
        const p = button.mapToItem(flick.contentItem, 0, 0)
        flick.contentY = Math.max(0, Math.min(p.y - 40, flick.contentHeight - flick.height))
        wait(50)
        mouseClick(button)
        tryVerify(() => field("roundTrip").running === false && field("roundTrip").hasResult, 20000,
                  "the check finished")
    }

    function initTestCase() {
        tryVerify(() => App.listening, 10000, "the listener started")
        tryVerify(() => App.endpoints.count === 3, 10000)
    }

    function test_a_without_public_url_is_amber() {
        App.settings.publicBaseUrl = ""
        select("Spring appeal")
        verify(!field("roundTripResult").visible)
        compare(field("roundTripButton").text, qsTr("Check round trip"))
        compare(field("roundTrip").url, App.listenUrl + App.endpoints.get(
                    App.endpoints.indexOf(field("roundTrip").endpointId)).path)
        const before = Number(TestSupport.scalar("SELECT count(*) FROM donations WHERE is_test = 1"))
        runCheck()
        const rt = field("roundTrip")
        compare(rt.level, "amber")
        compare(rt.code, "no-public-url")
        verify(field("roundTripResult").visible)
        compare(field("roundTripSummary").text, rt.summary)
        verify(field("roundTripFix").text.indexOf(App.listenUrl) >= 0, field("roundTripFix").text)
        compare(rt.arrivedIn, "inbox")
        compare(field("roundTripButton").text, qsTr("Check again"))
        // The test event became a test donation, kept out of reports.
        tryVerify(() => Number(TestSupport.scalar("SELECT count(*) FROM donations WHERE is_test = 1")) === before + 1, 5000)
    }

    function test_b_public_url_reaching_the_listener_is_green() {
        // A tunnel on this machine: the public URL leads straight to the listener.
        App.settings.publicBaseUrl = App.listenUrl
        select("Spring appeal")
        runCheck()
        const rt = field("roundTrip")
        compare(rt.level, "green", rt.summary + " / " + rt.detail)
        verify(!field("roundTripFix").visible)
        verify(rt.arrivalId > 0)
        compare(TestSupport.scalar("SELECT count(*) FROM inbox WHERE id = ?", [rt.arrivalId]), 1)
    }

    function test_c_nothing_listening_is_red_and_kept_per_endpoint() {
        App.settings.publicBaseUrl = "http://127.0.0.1:1"
        select("Gala")
        verify(!field("roundTripResult").visible, "no verdict for Gala yet")
        runCheck()
        const rt = field("roundTrip")
        compare(rt.level, "red")
        compare(rt.code, "refused")
        compare(rt.arrivedIn, "")
        verify(field("roundTripFix").text.length > 0)
        // Back to the other endpoint: its own last verdict.
        select("Spring appeal")
        compare(field("roundTrip").level, "green")
        select("Gala")
        compare(field("roundTrip").level, "red")
        App.settings.publicBaseUrl = ""
    }
}
