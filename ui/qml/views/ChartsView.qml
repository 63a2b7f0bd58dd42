import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import DonationDesk

// Charts of the donations the Donations view's filter selects (App.donationFilter): money per
// hour, day or month in one currency at a time, pre- vs post-record over time, by provider,
// by endpoint, and the status mix. Aggregated in SQL off the UI thread; the series are filled
// from C++.
Page {
    id: view
    readonly property bool busy: !charts.ready
    readonly property alias charts: charts
    // The series the data is pushed into (QtCharts keeps them out of the item tree).
    readonly property var series: ({ kept: keptSeries, returnedBase: returnedBase, returnedTop: returnedTop,
                                     preRecord: preSeries, postRecord: postSeries, statuses: statusPie })
    // The person wants to change the filter (the Donations view edits it).
    signal editFilterRequested()
    background: Rectangle { color: Theme.window }

    function editFilter() {
        editFilterRequested()
        const w = ApplicationWindow.window
        if (w && typeof w.showView === "function")
            w.showView("donations")
    }

    // Pushes the loaded aggregates into the series.
    function refill() {
        charts.fillTotals(keptSeries, returnedBase, returnedTop)
        charts.fillRecordStates(preSeries, postSeries)
        charts.fillStatuses(statusPie)
        for (let i = 0; i < statusPie.count; ++i) {
            const slice = statusPie.at(i)
            const status = slice.label
            slice.color = Theme.statusColor(status)
            slice.borderColor = Theme.base
        }
    }

    function reversed(list) {
        return list.slice().reverse()
    }

    readonly property string bucketText: charts.bucket === "hour" ? qsTr("per hour")
                                       : charts.bucket === "month" ? qsTr("per month") : qsTr("per day")
    readonly property bool empty: charts.ready && charts.count === 0

    DonationCharts {
        id: charts
        objectName: "donationCharts"
        filter: App.donationFilter
        onLoaded: view.refill()
        onCurrencyChanged: view.refill()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            Label {
                text: qsTr("Charts")
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            Label {
                Layout.alignment: Qt.AlignBottom
                Layout.bottomMargin: 3
                color: Theme.mutedText
                text: !charts.ready ? qsTr("loading…")
                                    : qsTr("%n donation(s)", "", charts.count) + (charts.loading ? " · " + qsTr("updating…") : "")
            }
            Item { Layout.fillWidth: true }
            Label {
                visible: charts.currencies.count > 0
                text: qsTr("Currency")
            }
            ComboBox {
                id: currencyBox
                objectName: "currencyBox"
                visible: charts.currencies.count > 0
                Layout.preferredWidth: 110
                model: charts.currencies
                textRole: "currency"
                valueRole: "currency"
                currentIndex: charts.currencies.indexOf(charts.currency)
                onActivated: charts.currency = currentValue
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Money charts show one currency at a time: amounts of different currencies are never added")
            }
        }

        // The filter the charts follow
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: filterRow.implicitHeight + 12
            radius: Theme.radius
            color: Theme.base
            border.color: Theme.border
            RowLayout {
                id: filterRow
                anchors.fill: parent
                anchors.margins: 6
                anchors.leftMargin: 10
                spacing: 8
                Label {
                    text: qsTr("Filter")
                    color: Theme.mutedText
                }
                Label {
                    objectName: "filterSummary"
                    Layout.fillWidth: true
                    text: App.donationFilter.description
                    elide: Text.ElideRight
                    font.bold: App.donationFilter.active
                }
                Label {
                    visible: charts.ready && charts.count > 0
                    text: qsTr("%1 to %2").arg(Format.date(charts.rangeStart)).arg(Format.date(new Date(charts.rangeEnd.getTime() - 1)))
                          + " · " + view.bucketText
                    color: Theme.mutedText
                    font.pixelSize: Theme.fontSmall
                }
                Button {
                    text: qsTr("Clear")
                    visible: App.donationFilter.active
                    flat: true
                    onClicked: App.donationFilter.clear()
                }
                Button {
                    objectName: "editFilterButton"
                    text: qsTr("Edit in Donations…")
                    onClicked: view.editFilter()
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    ToolTip.text: qsTr("The charts follow the Donations view's filter")
                }
            }
        }

        Label {
            visible: charts.error.length > 0
            text: qsTr("The charts could not be loaded: %1").arg(charts.error)
            color: Theme.danger
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }

        Flickable {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: width
            contentHeight: grid.height
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            interactive: contentHeight > height
            ScrollBar.vertical: ScrollBar { policy: scroller.contentHeight > scroller.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }

            GridLayout {
                id: grid
                width: scroller.width - (scroller.contentHeight > scroller.height ? 12 : 0)
                // Fill the window when it is tall enough; scroll when it is not.
                height: Math.max(scroller.height, 3 * 280 + 2 * rowSpacing)
                columns: 3
                rowSpacing: 12
                columnSpacing: 12
                visible: !view.empty

                Card {
                    title: qsTr("Received %1 · %2").arg(view.bucketText).arg(charts.currency)
                    Layout.row: 0
                    Layout.column: 0
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 2
                    Layout.preferredHeight: 1
                    ChartsChart {
                        id: totalsChart
                        objectName: "totalsChart"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        ChartsTimeAxis {
                            id: totalsX
                            bucket: charts.bucket
                            min: charts.rangeStart
                            max: charts.rangeEnd
                            tickCount: Math.max(2, Math.min(9, Math.floor(totalsChart.width / 110)))
                        }
                        ChartsValueAxis {
                            id: totalsY
                            max: charts.totalsMax
                        }
                        AreaSeries {
                            name: qsTr("Kept")
                            axisX: totalsX
                            axisY: totalsY
                            color: Theme.accent
                            borderColor: "transparent"
                            upperSeries: LineSeries { id: keptSeries; objectName: "keptSeries" }
                            onHovered: (point, state) => totalsTip.show(point, state)
                        }
                        AreaSeries {
                            name: qsTr("Refunded or reversed")
                            axisX: totalsX
                            axisY: totalsY
                            color: Theme.warning
                            borderColor: "transparent"
                            upperSeries: LineSeries { id: returnedTop; objectName: "returnedTop" }
                            lowerSeries: LineSeries { id: returnedBase; objectName: "returnedBase" }
                            onHovered: (point, state) => totalsTip.show(point, state)
                        }
                        ToolTip {
                            id: totalsTip
                            function show(point, state) {
                                const b = charts.bucketAt(point.x)
                                if (!state || b.count === undefined) {
                                    visible = false
                                    return
                                }
                                const when = charts.bucket === "hour" ? Format.dateTime(b.start) : Format.date(b.start)
                                text = qsTr("%1: %2 kept, %3 refunded or reversed, %n donation(s)", "", b.count)
                                        .arg(when).arg(Format.money(b.kept, b.currency)).arg(Format.money(b.returned, b.currency))
                                const p = totalsChart.mapToPosition(point, keptSeries)
                                x = Math.min(p.x, totalsChart.width - implicitWidth)
                                y = Math.max(0, p.y - implicitHeight - 8)
                                visible = true
                            }
                        }
                    }
                }

                Card {
                    title: qsTr("Status mix")
                    Layout.row: 0
                    Layout.column: 2
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: 1
                    ChartsChart {
                        id: statusChart
                        objectName: "statusChart"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        legend.visible: false
                        PieSeries {
                            id: statusPie
                            objectName: "statusPie"
                            size: 0.95
                            holeSize: 0.5
                            onHovered: (slice, state) => barTip.show(state, "statuses", charts.statusKeys.indexOf(slice.label), statusChart)
                        }
                    }
                    // The legend: QtCharts' own elides labels in a narrow card.
                    Flow {
                        Layout.fillWidth: true
                        spacing: 10
                        Repeater {
                            model: charts.statusKeys
                            delegate: RowLayout {
                                required property int index
                                required property string modelData
                                spacing: 4
                                Rectangle {
                                    width: 10; height: 10; radius: 5
                                    color: Theme.statusColor(modelData)
                                }
                                Label {
                                    text: qsTr("%1 %2").arg(Format.statusLabel(modelData)).arg(charts.statusCounts[index])
                                    font.pixelSize: Theme.fontSmall
                                }
                            }
                        }
                    }
                }

                Card {
                    title: qsTr("Pre- vs post-record over time · %1").arg(charts.currency)
                    Layout.row: 1
                    Layout.column: 0
                    Layout.columnSpan: 3
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: 1
                    ChartsChart {
                        id: statesChart
                        objectName: "statesChart"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        ChartsTimeAxis {
                            id: statesX
                            bucket: charts.bucket
                            min: charts.rangeStart
                            max: charts.rangeEnd
                            tickCount: Math.max(2, Math.min(12, Math.floor(statesChart.width / 110)))
                        }
                        ChartsValueAxis {
                            id: statesY
                            max: charts.statesMax
                        }
                        LineSeries {
                            id: preSeries
                            objectName: "preSeries"
                            name: qsTr("Pre-record (waiting for the record date)")
                            axisX: statesX
                            axisY: statesY
                            color: Theme.info
                            width: 2
                            pointsVisible: charts.bucketCount <= 60
                        }
                        LineSeries {
                            id: postSeries
                            objectName: "postSeries"
                            name: qsTr("Post-record (actualised)")
                            axisX: statesX
                            axisY: statesY
                            color: Theme.success
                            width: 2
                            pointsVisible: charts.bucketCount <= 60
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Amounts of the filtered donations in each record state at the end of each %1 (the last point is now).")
                                .arg(charts.bucket === "hour" ? qsTr("hour") : charts.bucket === "month" ? qsTr("month") : qsTr("day"))
                        color: Theme.mutedText
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                    }
                }

                Card {
                    title: qsTr("Donations by provider")
                    Layout.row: 2
                    Layout.column: 0
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: 1
                    ChartsBarList {
                        objectName: "providerBars"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        labels: charts.providerLabels
                        counts: charts.providerCounts
                        maximum: charts.countMax
                        barColor: Theme.accent
                        group: "providers"
                        charts: view.charts
                    }
                }

                Card {
                    title: qsTr("Donations by endpoint")
                    Layout.row: 2
                    Layout.column: 1
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 2
                    Layout.preferredHeight: 1
                    ChartsBarList {
                        objectName: "endpointBars"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        labels: charts.endpointLabels
                        counts: charts.endpointCounts
                        maximum: charts.countMax
                        barColor: Theme.info
                        group: "endpoints"
                        charts: view.charts
                    }
                }
            }
        }

        EmptyState {
            Layout.alignment: Qt.AlignHCenter
            Layout.fillHeight: true
            visible: view.empty
            title: qsTr("No donations match the filter")
            hint: App.donationFilter.active ? qsTr("Change or clear the filter to see charts.")
                                            : qsTr("Charts appear once donations have been received.")
        }
    }

    ToolTip {
        id: barTip
        parent: view
        function show(status, group, index, chart) {
            if (!status) {
                visible = false
                return
            }
            const s = charts.sliceAt(group, index)
            const kept = s.kept.map(k => Format.money(k.amount, k.currency)).join(", ")
            text = qsTr("%1: %n donation(s)", "", s.count).arg(s.label) + (kept.length > 0 ? " · " + qsTr("kept %1").arg(kept) : "")
            const p = chart.mapToItem(view, chart.width / 2, chart.height / 2)
            x = Math.max(0, Math.min(p.x - implicitWidth / 2, view.width - implicitWidth))
            y = p.y
            visible = true
        }
    }
}
