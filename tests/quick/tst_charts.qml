import QtQuick
import QtTest
import DonationDesk
import DonationDeskTest

// The Charts view follows the Donations view's filter (App.donationFilter) and charts the
// seeded database (testseed.cpp): counts and money checked against SQL, series sizes bounded,
// one currency at a time, hours for a day and days for longer, updates when donations arrive.
TestCase {
    id: test
    name: "ChartsView"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    ChartsView {
        id: view
        anchors.fill: parent
    }

    readonly property var charts: view.charts
    readonly property var filter: App.donationFilter
    readonly property string holdsMoney: "d.status IN ('paid', 'partially_paid', 'partially_refunded')"

    // A local day as "yyyy-MM-dd" (a JavaScript Date would cross into C++ as a UTC day).
    function isoDay(daysFromToday) {
        const d = new Date()
        d.setDate(d.getDate() + daysFromToday)
        return Qt.formatDate(d, "yyyy-MM-dd")
    }

    function settle() {
        wait(300) // the debounce
        tryVerify(() => charts.ready && !charts.loading, 10000)
    }

    // The last 60 days, local.
    function lastSixtyDays() {
        filter.clear()
        filter.range = "custom"
        filter.fromDateText = isoDay(-60)
        filter.toDateText = isoDay(0)
        settle()
    }

    function initTestCase() {
        tryVerify(() => App.listening, 10000, "the listener started")
        tryVerify(() => !view.busy, 10000, "the first charts were shown")
    }

    function cleanup() {
        filter.clear()
    }

    function test_1_counts_follow_the_shared_filter() {
        filter.clear()
        settle()
        compare(charts.count, Number(TestSupport.scalar("SELECT count(*) FROM donations WHERE is_test = 0")))
        compare(charts.count, 12)
        compare(charts.endpointLabels, ["Spring appeal", "Gala", "Crypto"])
        compare(charts.endpointCounts, [6, 4, 2])
        compare(charts.providerLabels, ["changeup"])
        compare(charts.statusKeys, ["paid", "pending", "refunded"])
        compare(charts.statusCounts, [10, 1, 1])
        compare(findChild(view, "filterSummary").text, filter.description)

        // The Donations view narrows the filter: the charts follow.
        filter.statuses = ["paid"]
        settle()
        compare(charts.count, 10)
        verify(findChild(view, "filterSummary").text.indexOf("paid") >= 0)
        filter.endpointIds = [TestSupport.endpointIds["Gala"]]
        settle()
        compare(charts.count, 3)
        compare(charts.endpointLabels, ["Gala"])
        // The status mix as a pie, one slice per status.
        const pie = view.series.statuses
        compare(pie.count, 1)
        compare(pie.at(0).value, 3)
    }

    function test_2_money_per_currency_matches_sql() {
        lastSixtyDays()
        compare(charts.bucket, "day")
        verify(charts.bucketCount >= 60 && charts.bucketCount <= 62)
        // USD has the most donations: it is shown first.
        compare(charts.currency, "USD")
        const usd = charts.currencies.get(charts.currencies.indexOf("USD"))
        const kept = Number(TestSupport.scalar("SELECT dd_sum(d.amount_units) FROM donations d WHERE d.currency = 'USD' AND " + holdsMoney))
                   - Number(TestSupport.scalar("SELECT dd_sum(d.refunded_units) FROM donations d WHERE d.currency = 'USD' AND " + holdsMoney))
        compare(kept, 170000)
        compare(usd.kept, "1700.00")
        compare(usd.returned, "60.00")

        // Bars: four USD days with money (today, yesterday, three and twenty days ago), four
        // points each; their heights add up to the totals.
        const keptSeries = view.series.kept
        const top = view.series.returnedTop
        compare(keptSeries.count, 16)
        let keptSum = 0
        let returnedSum = 0
        for (let i = 1; i < keptSeries.count; i += 4) {
            keptSum += keptSeries.at(i).y
            returnedSum += top.at(i).y - keptSeries.at(i).y
        }
        compare(keptSum, 1700)
        compare(returnedSum, 60)
        verify(keptSeries.count <= 4 * charts.bucketCount)

        // Another currency: its own bars, never added to USD.
        const box = findChild(view, "currencyBox")
        box.currentIndex = charts.currencies.indexOf("EUR")
        box.activated(box.currentIndex)
        compare(charts.currency, "EUR")
        compare(keptSeries.count, 4)
        compare(keptSeries.at(1).y, 40)
    }

    function test_3_hours_for_today() {
        filter.clear()
        filter.range = "today"
        settle()
        compare(charts.bucket, "hour")
        verify(charts.bucketCount >= 23 && charts.bucketCount <= 25)
        const keptSeries = view.series.kept
        // Every bar is inside today.
        for (let i = 0; i < keptSeries.count; ++i) {
            verify(keptSeries.at(i).x >= charts.rangeStart.getTime())
            verify(keptSeries.at(i).x <= charts.rangeEnd.getTime())
        }
    }

    function test_4_pre_and_post_record_over_time() {
        lastSixtyDays()
        charts.currency = "USD" // a choice made before sticks
        const pre = view.series.preRecord
        const post = view.series.postRecord
        // One point per day begun, the last one now.
        compare(pre.count, charts.bucketCount)
        compare(post.count, pre.count)
        const last = pre.at(pre.count - 1).x
        compare(last, charts.computedAt.getTime())
        // The last point agrees with the record states SQL computes as of that moment.
        const range = [charts.rangeStart.getTime(), charts.rangeEnd.getTime(), last]
        const sql = state => Number(TestSupport.scalar(
                "SELECT dd_sum(d.amount_units) FROM donations d WHERE d.currency = 'USD' AND d.donated_at >= ? AND d.donated_at < ? "
                + "AND dd_record_state(d.status, d.donated_at, d.record_date, d.paid_at, d.reversed_at, ?) = ?", range.concat([state]))) / 100
        compare(pre.at(pre.count - 1).y, sql("pre-record"))
        compare(post.at(post.count - 1).y, sql("post-record"))
    }

    function test_5_updates_when_donations_arrive() {
        filter.clear()
        settle()
        const before = charts.count
        compare(TestSupport.deliver("Gala", TestSupport.changeupBody("CHART-1", "12.00", "CHF", "Chart Donor")), 200)
        tryVerify(() => charts.count === before + 1, 10000)
        tryVerify(() => charts.currencies.indexOf("CHF") >= 0, 5000)
    }

    function test_6_nothing_matches() {
        filter.clear()
        filter.search = "nobody by this name"
        settle()
        compare(charts.count, 0)
        verify(view.empty)
        compare(view.series.kept.count, 0)
        filter.clear()
        settle()
        verify(!view.empty)
    }
}
