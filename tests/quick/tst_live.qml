import QtQuick
import QtTest
import DonationDesk
import DonationDeskTest

// The Live view: arrivals appear as they are stored, pause holds them back, resume shows them.
TestCase {
    id: test
    name: "LiveView"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    LiveView {
        id: view
        anchors.fill: parent
    }

    function initTestCase() {
        tryVerify(() => App.listening, 10000, "the listener started")
        tryVerify(() => !view.busy, 10000)
    }

    function test_history_is_shown() {
        // The seeded donations are there as context before anything arrives.
        tryVerify(() => App.live.count >= 10)
        verify(App.live.donationsToday >= 4, "today's seeded donations are counted")
    }

    function test_arrival_appears() {
        // After the history (it may still be loading: test functions run in name order).
        tryVerify(() => App.live.count >= 10, 10000)
        const before = App.live.count
        compare(TestSupport.deliver("Gala", TestSupport.changeupBody("LIVE-1", "12.34", "USD", "Live Donor")), 200)
        // The stored request and then the donation, on top.
        tryVerify(() => App.live.count >= before + 2 && App.live.get(0).kind === "donation", 5000)
        const top = App.live.get(0)
        compare(top.kind, "donation")
        compare(top.amount, "12.34")
        compare(top.endpointName, "Gala")
        verify(top.title.indexOf("Live Donor") >= 0)
    }

    function test_pause_holds_the_feed() {
        App.live.paused = true
        const before = App.live.count
        compare(TestSupport.deliver("Gala", TestSupport.changeupBody("LIVE-2", "5.00", "USD", "Paused Donor")), 200)
        // The stored request and the donation are both held: the donation is made and its news
        // reaches the feed a moment after the request (under the sanitizers, a long moment).
        tryVerify(() => App.live.heldCount >= 2
                  && TestSupport.scalar("SELECT count(*) FROM donations WHERE external_id = 'LIVE-2'") === 1, 5000)
        wait(200)
        compare(App.live.count, before, "nothing shown while paused")
        App.live.paused = false
        compare(App.live.heldCount, 0)
        verify(App.live.count >= before + 2, "resume shows everything that arrived")
        // Among what was held (newest first; under load another arrival may come after it).
        let shown = false
        for (let i = 0; i < App.live.count - before; ++i)
            shown = shown || App.live.get(i).title.indexOf("Paused Donor") >= 0
        verify(shown, "the held donation is shown")
    }

    function test_refusal_appears() {
        const before = App.live.refusedToday
        // A wrong method on a known endpoint: 405, refused and shown.
        compare(TestSupport.deliver("Gala", "not json"), 400)
        tryVerify(() => App.live.refusedToday === before + 1, 5000)
        compare(App.live.get(0).kind, "refused")
        compare(App.live.get(0).httpStatus, 400)
    }

    function test_endpoint_counters_follow() {
        const row = App.endpoints.indexOf(TestSupport.endpointIds["Gala"])
        verify(row >= 0)
        const before = App.endpoints.get(row).countToday
        compare(TestSupport.deliver("Gala", TestSupport.changeupBody("LIVE-3", "1.00", "USD", "Counter")), 200)
        tryVerify(() => App.endpoints.get(row).countToday === before + 1, 5000)
    }

    function test_silence_alarm_mark() {
        // An endpoint whose only donation is years old, with an alarm after a minute of quiet.
        App.endpoints.add("changeup", { name: "Live quiet" })
        const rowOf = name => {
            for (let i = 0; i < App.endpoints.count; ++i) {
                if (App.endpoints.get(i).name === name)
                    return i
            }
            return -1
        }
        tryVerify(() => rowOf("Live quiet") >= 0, 5000)
        const id = App.endpoints.get(rowOf("Live quiet")).endpointId
        const donation = JSON.parse(TestSupport.changeupBody("LIVE-Q", "2.00", "USD", "Long ago"))
        donation.transactionOrderDate = "2020-01-06T12:00:00Z"
        // The running listener takes the new endpoint up within half a second.
        tryVerify(() => TestSupport.deliver("Live quiet", JSON.stringify(donation)) === 200, 5000)
        const list = findChild(view, "liveEndpointList")
        const item = () => list.itemAtIndex(App.endpoints.indexOf(id))
        tryVerify(() => item() !== null, 5000)
        verify(!findChild(item(), "liveAlarmMark").visible)
        App.endpoints.update(id, { alarmQuiet: "1m" })
        tryVerify(() => App.endpoints.get(App.endpoints.indexOf(id)).alarmRaised, 10000)
        tryVerify(() => findChild(item(), "liveAlarmMark").visible, 5000)
        verify(findChild(item(), "liveAlarmMark").text.indexOf("No donation for") === 0)
        // Gala's donations arrive today: no mark there.
        const gala = list.itemAtIndex(App.endpoints.indexOf(TestSupport.endpointIds["Gala"]))
        verify(!findChild(gala, "liveAlarmMark").visible)
    }
}
