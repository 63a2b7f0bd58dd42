import QtQuick
import QtTest
import DonationDesk
import DonationDeskTest

// The Donations view over the seeded database (tests/quick/testseed.cpp): 12 donations, SP-4
// refunded after its payment. Filters change the rows, header clicks sort and reverse, the
// detail panel shows SP-4's two events with their requests, export writes what is shown, new
// donations appear without moving the user.
TestCase {
    id: test
    name: "DonationsView"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    DonationsView {
        id: view
        anchors.fill: parent
    }

    ExportJob { id: cancelJob }
    SignalSpy { id: cancelFinished; target: cancelJob; signalName: "finished" }
    SignalSpy { id: exportFinished; target: view.exportJob; signalName: "finished" }

    readonly property var model: view.model
    readonly property var filter: App.donationFilter

    // ---- helpers ----

    function settle() {
        tryVerify(() => model.ready && !model.loading, 10000, "the table finished loading")
        while (!model.atEnd) {
            model.loadMore()
            tryVerify(() => !model.loading, 10000)
        }
    }
    function shown() {
        return model.donationIds()
    }
    // Donation ids the view should show, newest first, as SQL written by hand gives them.
    function sql(where, binds) {
        return TestSupport.query("SELECT d.id FROM donations d JOIN endpoints e ON e.id = d.endpoint_id "
                                 + "WHERE d.is_test = 0" + (where ? " AND (" + where + ")" : "")
                                 + " ORDER BY d.donated_at DESC, d.id DESC", binds || [])
    }
    function idOf(externalId) {
        return TestSupport.scalar("SELECT id FROM donations WHERE external_id = ?", [externalId])
    }
    function localDayStart(daysFromToday) {
        const now = new Date()
        return new Date(now.getFullYear(), now.getMonth(), now.getDate() + daysFromToday).getTime()
    }
    function iso(date) {
        const two = n => (n < 10 ? "0" : "") + n
        return date.getFullYear() + "-" + two(date.getMonth() + 1) + "-" + two(date.getDate())
    }
    function headerCell(column) {
        const items = view.table.header.contentItem.children
        for (let i = 0; i < items.length; ++i) {
            if (items[i].columnIndex === column && items[i].visible)
                return items[i]
        }
        return null
    }
    function findByName(item, name) {
        if (!item)
            return null
        if (item.objectName === name)
            return item
        const kids = item.children || []
        for (let i = 0; i < kids.length; ++i) {
            const found = findByName(kids[i], name)
            if (found)
                return found
        }
        if (item.contentItem && item.contentItem !== item) {
            const found = findByName(item.contentItem, name)
            if (found)
                return found
        }
        return null
    }
    function exportUrl(name) {
        const dir = TestSupport.databasePath.replace(/\/[^/]*$/, "")
        return "file://" + dir + "/" + name
    }
    // The file's text; null when it cannot be read.
    function readFile(url) {
        const text = TestSupport.readFile(url)
        return text.length > 0 ? text : null
    }

    // ---- set up ----

    function initTestCase() {
        tryVerify(() => App.listening, 10000, "the listener started")
        tryVerify(() => !view.busy, 10000, "the first page arrived")
    }

    function init() {
        filter.clear()
        model.sortColumn = DonationTableModel.TimeColumn
        model.sortOrder = Qt.DescendingOrder
        view.selectedId = 0
        settle()
    }

    // ---- tests ----

    function test_01_loads_the_seeded_rows() {
        compare(shown(), sql())
        compare(model.count, 12)
        tryCompare(model, "totalCount", 12)
        const count = findByName(view, "donationCount")
        verify(count.text.indexOf("12") >= 0, count.text)
        // The newest first: one of today's three.
        const top = model.get(0)
        verify(["SP-1", "SP-2", "CR-1"].indexOf(top.externalId) >= 0, top.externalId)
        // Cells are there with their text.
        const cell = view.table.tableView.itemAtCell(Qt.point(DonationTableModel.DonorColumn, 0))
        verify(cell !== null)
        compare(cell.display, top.donorName)
        compare(model.get(model.rowOfDonation(idOf("GA-3"))).amount, "5000")
    }

    function test_02_filter_by_endpoint() {
        const gala = TestSupport.endpointIds["Gala"]
        filter.endpointIds = [gala]
        settle()
        compare(shown(), sql("d.endpoint_id = ?", [gala]))
        compare(model.count, 4)
        filter.endpointIds = [gala, TestSupport.endpointIds["Crypto"]]
        settle()
        compare(model.count, 6)
    }

    function test_03_filter_by_status_through_the_menu() {
        const menu = findByName(view, "statusFilter")
        verify(menu)
        compare(menu.text, "Status: all")
        mouseClick(menu)
        const popup = menu.popup
        tryVerify(() => popup.opened)
        // The check box for "refunded".
        let box = null
        const list = popup.contentItem.children[0]
        tryVerify(() => list.count === 12 && list.itemAtIndex(11) !== null, 3000, "the choices are laid out")
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            const item = list.itemAtIndex(i)
            if (item && item.text === "refunded")
                box = item
        }
        verify(box, "a refunded choice")
        mouseClick(box)
        popup.close()
        compare(filter.statuses, ["refunded"])
        settle()
        compare(shown(), [idOf("SP-4")])
        compare(menu.text, "Status: refunded")
        filter.statuses = ["paid", "pending"]
        settle()
        compare(shown(), sql("d.status IN ('paid', 'pending')"))
        compare(model.count, 11)
    }

    function test_04_filter_by_record_state() {
        filter.recordStates = ["pre-record"]
        settle()
        const asOf = model.asOf.getTime()
        const state = "dd_record_state(d.status, d.donated_at, d.record_date, d.paid_at, d.reversed_at, ?)"
        compare(shown(), sql(state + " = 'pre-record'", [asOf]))
        compare(model.count, 4) // SP-1, SP-2, SP-3 (14 days), CR-1 (7 days)
        filter.recordStates = ["reversed", "none"]
        settle()
        compare(shown(), sql(state + " IN ('reversed', 'none')", [asOf]))
        compare(shown().length, 2) // SP-4 refunded early, GA-4 pending
    }

    function test_05_filter_by_currency() {
        tryVerify(() => model.currencies.indexOf("JPY") >= 0, 5000, "currencies come from the database")
        filter.currencies = ["EUR", "GBP"]
        settle()
        compare(shown(), sql("d.currency IN ('EUR', 'GBP')"))
        compare(model.count, 2)
    }

    function test_06_filter_by_date_presets() {
        filter.range = "today"
        settle()
        compare(shown(), sql("d.donated_at >= ? AND d.donated_at < ?", [localDayStart(0), localDayStart(1)]))
        compare(model.count, 3)
        filter.range = "last7"
        settle()
        compare(shown(), sql("d.donated_at >= ? AND d.donated_at < ?", [localDayStart(-6), localDayStart(1)]))
        compare(model.count, 7)
        const now = new Date()
        filter.range = "thisMonth"
        settle()
        compare(shown(), sql("d.donated_at >= ? AND d.donated_at < ?",
                             [new Date(now.getFullYear(), now.getMonth(), 1).getTime(),
                              new Date(now.getFullYear(), now.getMonth() + 1, 1).getTime()]))
        filter.range = "lastMonth"
        settle()
        compare(shown(), sql("d.donated_at >= ? AND d.donated_at < ?",
                             [new Date(now.getFullYear(), now.getMonth() - 1, 1).getTime(),
                              new Date(now.getFullYear(), now.getMonth(), 1).getTime()]))
        // Custom: the days typed, both included.
        filter.range = "custom"
        const from = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 3)
        const to = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1)
        filter.fromDateText = iso(from)
        filter.toDateText = iso(to)
        settle()
        compare(shown(), sql("d.donated_at >= ? AND d.donated_at < ?", [localDayStart(-3), localDayStart(0)]))
        compare(model.count, 3) // GA-1, SP-3, SP-4
        // The custom fields are shown and hold the days.
        compare(findByName(view, "donationFrom").text, iso(from))
    }

    function test_07_search_after_typing_pauses() {
        view.focusSearch() // what Ctrl+F does
        const field = findByName(view, "donationSearch")
        verify(field.activeFocus, "Ctrl+F focuses the search field")
        keyClick(Qt.Key_G)
        keyClick(Qt.Key_R)
        keyClick(Qt.Key_A)
        keyClick(Qt.Key_C)
        // Not yet: the search waits for typing to pause.
        compare(filter.search, "")
        tryCompare(filter, "search", "grac", 2000)
        settle()
        compare(shown(), [idOf("SP-2")])
        // Any case, any script; emails and the provider's ids too.
        filter.search = "ИВАН"
        settle()
        compare(shown(), [idOf("SP-4")])
        filter.search = "example.jp"
        settle()
        compare(shown(), sql("d.donor_email LIKE '%example.jp%'"))
        filter.search = "ga-"
        settle()
        compare(shown(), sql("d.external_id LIKE 'GA-%'"))
        // Escape clears it.
        field.forceActiveFocus()
        keyClick(Qt.Key_Escape)
        compare(filter.search, "")
    }

    function test_08_sort_by_clicking_a_header_and_again_to_reverse() {
        const donor = headerCell(DonationTableModel.DonorColumn)
        verify(donor, "the Donor header")
        mouseClick(donor)
        compare(model.sortColumn, DonationTableModel.DonorColumn)
        compare(model.sortOrder, Qt.AscendingOrder)
        settle()
        const ascending = TestSupport.query("SELECT id FROM donations WHERE is_test = 0 ORDER BY donor_name COLLATE NOCASE, id")
        compare(shown(), ascending)
        mouseClick(headerCell(DonationTableModel.DonorColumn))
        compare(model.sortOrder, Qt.DescendingOrder)
        settle()
        compare(shown(), ascending.slice().reverse())
        // The sort indicator follows, and the order is kept for the next run.
        verify(headerCell(DonationTableModel.DonorColumn).sorted)
        compare(Number(App.settings.value("donations/sortColumn")), DonationTableModel.DonorColumn)
        compare(App.settings.value("donations/sortOrder"), "desc")

        mouseClick(headerCell(DonationTableModel.AmountColumn))
        settle()
        compare(model.sortColumn, DonationTableModel.AmountColumn)
        // By currency, then amount: BTC first, then ETH, EUR, GBP, JPY, USD.
        compare(model.get(0).currency, "BTC")
        compare(model.get(model.count - 1).currency, "USD")
        compare(model.get(model.count - 1).amount, "1000.00") // GA-1, the largest in USD
    }

    function test_09_detail_of_the_refunded_donation() {
        const id = idOf("SP-4")
        const row = model.rowOfDonation(id)
        verify(row >= 0)
        const cell = view.table.tableView.itemAtCell(Qt.point(DonationTableModel.DonorColumn, row))
        verify(cell)
        mouseClick(cell)
        compare(view.selectedId, id)
        const panel = view.detailPanel
        tryVerify(() => panel.visible && view.detail.found && !view.detail.loading, 5000)
        compare(view.detail.donation.status, "refunded")
        compare(view.detail.donation.externalId, "SP-4")
        // Two events: paid when it arrived, then refunded.
        const events = view.detail.events
        compare(events.length, 2)
        compare(events[0].statusBefore, "")
        compare(events[0].statusAfter, "paid")
        compare(events[1].statusBefore, "paid")
        compare(events[1].statusAfter, "refunded")
        const history = findByName(panel, "detailHistory")
        findByName(panel, "detailTabs").currentIndex = 1
        tryCompare(history, "count", 2)

        // Choosing the first event shows its request: the body as sent, indented.
        const first = history.itemAtIndex(0)
        verify(first)
        mouseClick(first)
        compare(view.detail.selectedEvent, 0)
        compare(findByName(panel, "detailTabs").currentIndex, 2)
        tryVerify(() => !view.detail.requestLoading && view.detail.request.inboxId > 0, 5000)
        const body = findByName(panel, "requestBody")
        verify(body.text.indexOf('"status": "completed"') >= 0, body.text)
        verify(findByName(panel, "requestHeaders").text.indexOf("Content-Type: application/json") >= 0)
        // The copy buttons carry the exact bytes.
        const raw = TestSupport.scalar("SELECT CAST(body AS TEXT) FROM inbox WHERE id = ?", [events[0].inboxId])
        compare(findByName(panel, "copyBody").value, raw)
        compare(findByName(panel, "copyHeaders").value, "Content-Type: application/json")

        // The second event's request says refunded.
        view.detail.selectedEvent = 1
        tryVerify(() => !view.detail.requestLoading && body.text.indexOf('"status": "refunded"') >= 0, 5000)

        // The arrow keys move the choice along the table.
        view.table.tableView.forceActiveFocus()
        keyClick(Qt.Key_Down)
        compare(view.selectedId, model.donationId(row + 1))
        keyClick(Qt.Key_Up)
        compare(view.selectedId, id)

        // Escape closes the panel.
        keyClick(Qt.Key_Escape)
        compare(view.selectedId, 0)
        verify(!panel.visible)
    }

    function test_10_export_writes_what_is_shown() {
        filter.endpointIds = [TestSupport.endpointIds["Spring appeal"]]
        filter.statuses = ["paid", "refunded"]
        settle()
        const rows = model.count
        compare(rows, 6)

        // Ctrl+E opens the save dialog with a dated name (Qt Quick's file dialog, or the
        // view's own path prompt where that cannot load).
        view.exportCsv()
        tryVerify(() => view.saveDialog.visible || view.pathDialog.opened, 5000)
        const today = iso(new Date())
        if (view.saveDialog.visible) {
            verify(String(view.saveDialog.selectedFile).endsWith("/donations-" + today + ".csv"), view.saveDialog.selectedFile)
            view.saveDialog.reject()
        } else {
            const path = findByName(view.pathDialog.contentItem, "exportPath")
            verify(path.text.endsWith("/donations-" + today + ".csv"), path.text)
            view.pathDialog.close()
        }

        const url = exportUrl("export-view.csv")
        exportFinished.clear()
        view.exportTo(url) // what accepting the dialog does
        verify(view.exportDialog.visible)
        exportFinished.wait(10000)
        compare(exportFinished.signalArguments[0][0], true)
        compare(view.exportJob.error, "")
        compare(view.exportJob.rowsWritten, rows)
        compare(view.exportJob.rowsTotal, rows)
        tryVerify(() => view.exportDialog.done && view.exportDialog.ok)
        compare(findByName(view.exportDialog.contentItem, "exportStatus").text.indexOf("6") >= 0, true)
        view.exportDialog.close()
    }

    function test_11_exported_file_has_header_and_rows() {
        const url = exportUrl("export-view.csv")
        const text = readFile(url)
        verify(text !== null, "the exported file exists")
        const lines = text.split("\r\n")
        compare(lines[lines.length - 1], "")
        compare(lines[0], "donation_id,endpoint,provider,external_id,status,provider_status,amount,currency,"
                          + "refunded_amount,donor_name,donor_email,campaign,recurring,donated_at,record_date,record_state")
        compare(lines.length - 2, 6)
    }

    function test_12_cancel_an_export() {
        cancelFinished.clear()
        cancelJob.start(exportUrl("export-canceled.csv"), filter)
        verify(cancelJob.running)
        cancelJob.cancel()
        cancelFinished.wait(10000)
        compare(cancelFinished.signalArguments[0][0], false)
        verify(cancelJob.canceled)
        verify(!cancelJob.running)
        compare(cancelJob.rowsWritten, 0)
    }

    function test_13_new_donations_at_the_top_appear() {
        verify(view.table.atTop)
        const before = model.count
        compare(TestSupport.deliver("Gala", TestSupport.changeupBody("LIVE-D1", "12.34", "USD", "Live Donor")), 200)
        tryVerify(() => idOf("LIVE-D1") > 0, 5000)
        tryVerify(() => model.rowOfDonation(idOf("LIVE-D1")) === 0, 10000, "the new donation is on top")
        compare(model.count, before + 1)
        compare(model.newCount, 0)
    }

    function test_14_new_donations_elsewhere_are_announced() {
        // As if scrolled down: the rows stay, a hint offers the new ones.
        model.followLive = false
        const before = shown()
        compare(TestSupport.deliver("Gala", TestSupport.changeupBody("LIVE-D2", "5.00", "USD", "Hint Donor")), 200)
        tryCompare(model, "newCount", 1, 10000)
        compare(shown(), before)
        const hint = findByName(view, "newDonationsHint")
        verify(hint.visible)
        verify(hint.text.indexOf("1") >= 0, hint.text)
        mouseClick(hint)
        settle()
        compare(model.rowOfDonation(idOf("LIVE-D2")), 0)
        compare(model.newCount, 0)
        verify(!hint.visible)
        model.followLive = Qt.binding(() => view.table.atTop)
    }

    function test_15_sort_and_widths_are_kept() {
        model.sortBy(DonationTableModel.CampaignColumn)
        // Drag the Email header's right edge 60 pixels to the right.
        const cell = headerCell(DonationTableModel.EmailColumn)
        const before = view.table.columnWidths[DonationTableModel.EmailColumn]
        const edge = cell.mapToItem(view.table, cell.width - 3, cell.height / 2)
        mousePress(view.table, edge.x, edge.y)
        mouseMove(view.table, edge.x + 30, edge.y)
        mouseMove(view.table, edge.x + 60, edge.y)
        mouseRelease(view.table, edge.x + 60, edge.y)
        const after = view.table.columnWidths[DonationTableModel.EmailColumn]
        verify(Math.abs(after - before - 60) <= 2, "resized from " + before + " to " + after)
        compare(JSON.parse(App.settings.value("donations/columnWidths"))[DonationTableModel.EmailColumn], after)
        const component = Qt.createComponent("qrc:/DonationDesk/qml/views/DonationsView.qml")
        compare(component.status, Component.Ready, component.errorString())
        const second = component.createObject(test, {width: 1024, height: 700})
        verify(second)
        compare(second.model.sortColumn, DonationTableModel.CampaignColumn)
        compare(second.model.sortOrder, Qt.AscendingOrder)
        compare(second.table.columnWidths[DonationTableModel.EmailColumn], after)
        tryVerify(() => !second.busy, 5000)
        second.destroy()
    }
}
