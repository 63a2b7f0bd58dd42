import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

// The Donations view's filters: free text, date range, endpoints, providers, statuses, record
// states and currencies. Edits go straight into `filter` (App.donationFilter: it persists, and
// the Charts view follows it); the search waits for typing to pause.
Flow {
    id: bar
    property DonationFilter filter
    property DonationTableModel model
    spacing: 8

    property int endpointsRevision: 0
    Connections {
        target: App.endpoints
        // Only a name matters here; the counts change with every request under load.
        function onDataChanged(topLeft, bottomRight, roles) {
            if (roles.length === 0 || roles.indexOf(EndpointListModel.NameRole) >= 0)
                ++bar.endpointsRevision
        }
        function onModelReset() { ++bar.endpointsRevision }
        function onRowsInserted() { ++bar.endpointsRevision }
        function onRowsRemoved() { ++bar.endpointsRevision }
    }

    function focusSearch() {
        search.forceActiveFocus()
        search.selectAll()
    }

    readonly property var rangeOptions: [
        {value: "all", text: qsTr("All time")},
        {value: "today", text: qsTr("Today")},
        {value: "last7", text: qsTr("Last 7 days")},
        {value: "thisMonth", text: qsTr("This month")},
        {value: "lastMonth", text: qsTr("Last month")},
        {value: "custom", text: qsTr("Custom range")}
    ]

    TextField {
        id: search
        objectName: "donationSearch"
        width: 260
        placeholderText: qsTr("Donor, email or id (Ctrl+F)")
        selectByMouse: true
        text: bar.filter ? bar.filter.search : ""
        onTextEdited: searchDelay.restart()
        // Enter searches at once.
        onAccepted: {
            searchDelay.stop()
            bar.filter.search = text
        }
        Keys.onEscapePressed: {
            if (text.length > 0) {
                text = ""
                searchDelay.stop()
                bar.filter.search = ""
            }
        }
        Timer {
            id: searchDelay
            interval: 300
            onTriggered: bar.filter.search = search.text
        }
        // Cleared or changed elsewhere (Clear filters): follow, unless the user is typing.
        Connections {
            target: bar.filter
            function onChanged() {
                if (!searchDelay.running && search.text !== bar.filter.search)
                    search.text = bar.filter.search
            }
        }
        ToolTip.visible: hovered && text.length === 0
        ToolTip.delay: 800
        ToolTip.text: qsTr("Search donor names, emails and the provider's ids")
    }

    ComboBox {
        id: range
        objectName: "donationRange"
        width: 150
        model: bar.rangeOptions
        textRole: "text"
        valueRole: "value"
        currentIndex: Math.max(0, indexOfValue(bar.filter ? bar.filter.range : "all"))
        onActivated: bar.filter.range = currentValue
        ToolTip.visible: hovered
        ToolTip.delay: 800
        ToolTip.text: qsTr("Donation dates, in your time zone")
    }

    Row {
        visible: bar.filter && bar.filter.range === "custom"
        spacing: 4
        TextField {
            id: fromField
            objectName: "donationFrom"
            width: 110
            placeholderText: qsTr("from yyyy-mm-dd")
            text: bar.filter ? bar.filter.fromDateText : ""
            color: bar.filter && bar.filter.isDateText(text) ? Theme.text : Theme.danger
            onEditingFinished: bar.filter.fromDateText = text
        }
        Label {
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("to")
            color: Theme.mutedText
        }
        TextField {
            id: toField
            objectName: "donationTo"
            width: 110
            placeholderText: qsTr("to yyyy-mm-dd")
            text: bar.filter ? bar.filter.toDateText : ""
            color: bar.filter && bar.filter.isDateText(text) ? Theme.text : Theme.danger
            onEditingFinished: bar.filter.toDateText = text
        }
    }

    DonationFilterMenu {
        objectName: "endpointFilter"
        title: qsTr("Endpoint")
        selected: bar.filter ? bar.filter.endpointIds : []
        options: {
            bar.endpointsRevision // follows the list as endpoints are added or renamed
            const out = []
            for (let i = 0; i < App.endpoints.count; ++i) {
                const e = App.endpoints.get(i)
                out.push({value: e.endpointId, label: e.name})
            }
            return out
        }
        onEdited: values => bar.filter.endpointIds = values
    }

    DonationFilterMenu {
        objectName: "providerFilter"
        title: qsTr("Provider")
        selected: bar.filter ? bar.filter.providers : []
        options: bar.model ? bar.model.providers.map(p => ({value: p, label: bar.model.providerName(p)})) : []
        onEdited: values => bar.filter.providers = values
    }

    DonationFilterMenu {
        objectName: "statusFilter"
        title: qsTr("Status")
        selected: bar.filter ? bar.filter.statuses : []
        options: bar.model ? bar.model.statuses.map(s => ({value: s, label: Format.statusLabel(s)})) : []
        onEdited: values => bar.filter.statuses = values
    }

    DonationFilterMenu {
        objectName: "recordStateFilter"
        title: qsTr("Record state")
        selected: bar.filter ? bar.filter.recordStates : []
        options: bar.model ? bar.model.recordStates.map(s => ({value: s, label: Format.recordStateLabel(s)})) : []
        onEdited: values => bar.filter.recordStates = values
    }

    DonationFilterMenu {
        objectName: "currencyFilter"
        title: qsTr("Currency")
        selected: bar.filter ? bar.filter.currencies : []
        options: {
            if (!bar.model)
                return []
            // A chosen currency stays choosable even if no donation has it any more.
            const codes = bar.model.currencies.slice()
            for (const c of (bar.filter ? bar.filter.currencies : [])) {
                if (codes.indexOf(c) < 0)
                    codes.push(c)
            }
            return codes.map(c => ({value: c, label: c}))
        }
        onEdited: values => bar.filter.currencies = values
    }

    CheckBox {
        objectName: "includeTestsFilter"
        text: qsTr("Test events")
        checked: bar.filter ? bar.filter.includeTests : false
        onToggled: bar.filter.includeTests = checked
        ToolTip.visible: hovered
        ToolTip.delay: 600
        ToolTip.text: qsTr("Include the donations of test events (sent by the test sender), which reports leave out")
    }

    Button {
        objectName: "clearFilters"
        text: qsTr("Clear filters")
        flat: true
        visible: bar.filter && bar.filter.active
        onClicked: bar.filter.clear()
    }
}
