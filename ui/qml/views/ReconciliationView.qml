import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import DonationDesk

// Reconciliation of an endpoint (widget) for a period, as of a moment: per currency what waits
// for its record date, what was actualised, what was reversed before it, what was refunded
// after it, and the net; what will be actualised when; and the donations behind any figure.
Page {
    id: view
    readonly property bool busy: !report.ready
    readonly property alias report: report
    readonly property alias exportJob: exportJob
    background: Rectangle { color: Theme.window }

    // Ctrl+E
    function exportCsv() {
        if (!exportJob.running)
            saveDialog.open()
    }
    // Writes what the view shows (as of the moment its figures are as of) to `fileUrl`.
    function exportTo(fileUrl) {
        exportStatus.text = ""
        exportJob.start(fileUrl, report.exportFilter, report.computedAsOf)
    }

    readonly property var figureTitles: ({
        "pre-record": qsTr("Pre-record"),
        "post-record": qsTr("Post-record"),
        "reversed": qsTr("Reversed before record"),
        "adjustments": qsTr("Adjustments after record"),
        "net": qsTr("Net actualised")
    })

    ReconciliationReport {
        id: report
        Component.onCompleted: {
            // The last choices, as a person left them.
            endpointId = Number(App.settings.value("reconciliation/endpointId", 0))
            period = App.settings.value("reconciliation/period", "thisMonth")
            fromDate = App.settings.value("reconciliation/from", "")
            toDate = App.settings.value("reconciliation/to", "")
        }
        onSettingsChanged: {
            App.settings.setValue("reconciliation/endpointId", endpointId)
            App.settings.setValue("reconciliation/period", period)
            App.settings.setValue("reconciliation/from", fromDate)
            App.settings.setValue("reconciliation/to", toDate)
        }
    }

    // The fields show the settings and the moment of the figures; once edited they are not
    // bound any more, so they are refreshed here, except while someone types in them.
    function refreshFields() {
        if (!fromField.activeFocus)
            fromField.text = report.fromDate
        if (!toField.activeFocus)
            toField.text = report.toDate
        if (!asOfDate.activeFocus && !asOfTime.activeFocus && !isNaN(report.computedAsOf.getTime())) {
            asOfDate.text = Qt.formatDate(report.computedAsOf, "yyyy-MM-dd")
            asOfTime.text = Qt.formatTime(report.computedAsOf, "HH:mm")
        }
    }
    Connections {
        target: report
        function onSettingsChanged() { view.refreshFields() }
        function onLoaded() { view.refreshFields() }
    }
    Component.onCompleted: {
        refreshFields()
        checkEndpoint()
    }

    // A remembered endpoint that has since been removed: back to all endpoints, so that the
    // figures and the endpoint shown agree.
    function checkEndpoint() {
        if (report.endpointId > 0 && !App.endpoints.loading && App.endpoints.count > 0
                && App.endpoints.indexOf(report.endpointId) < 0)
            report.endpointId = 0
    }
    Connections {
        target: App.endpoints
        function onLoaded() { view.checkEndpoint() }
    }

    ExportJob {
        id: exportJob
        onFinished: ok => {
            exportStatus.ok = ok || exportJob.canceled
            exportStatus.text = ok ? qsTr("Exported %n donation(s) to %1.", "", exportJob.rowsWritten).arg(exportJob.fileName)
                                   : (exportJob.canceled ? qsTr("Export canceled; no file was written.")
                                                         : qsTr("Export failed: %1").arg(exportJob.error))
        }
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Export the reconciliation as CSV")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV files (*.csv)"), qsTr("All files (*)")]
        currentFile: report.suggestedFile(endpointBox.currentText)
        onAccepted: view.exportTo(selectedFile)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        // Title and export
        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            Label {
                text: qsTr("Reconciliation")
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            Label {
                Layout.alignment: Qt.AlignBottom
                Layout.bottomMargin: 3
                Layout.fillWidth: true
                elide: Text.ElideRight
                color: Theme.mutedText
                text: {
                    if (!report.ready)
                        return qsTr("loading…")
                    const asOf = report.asOfNow ? qsTr("as of now (%1)").arg(Format.dateTime(report.computedAsOf))
                                                : qsTr("as of %1").arg(Format.dateTime(report.computedAsOf))
                    return report.loading ? asOf + " · " + qsTr("updating…") : asOf
                }
            }
            ProgressBar {
                visible: exportJob.running
                Layout.preferredWidth: 160
                from: 0
                to: Math.max(1, exportJob.rowsTotal)
                value: exportJob.rowsWritten
                indeterminate: exportJob.rowsTotal === 0
            }
            Label {
                visible: exportJob.running
                text: qsTr("%1 of %2").arg(exportJob.rowsWritten).arg(exportJob.rowsTotal)
                color: Theme.mutedText
                font.pixelSize: Theme.fontSmall
            }
            Button {
                visible: exportJob.running
                text: qsTr("Cancel")
                onClicked: exportJob.cancel()
            }
            Button {
                objectName: "exportButton"
                text: qsTr("Export CSV…")
                enabled: !exportJob.running && report.ready && report.periodError.length === 0
                onClicked: view.exportCsv()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("The donations behind these figures, with their record states as of the same moment (Ctrl+E)")
            }
        }
        Label {
            id: exportStatus
            property bool ok: true
            Layout.fillWidth: true
            visible: text.length > 0 && !exportJob.running
            color: ok ? Theme.success : Theme.danger
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
        }

        // What to reconcile: each label stays with its controls when the row wraps.
        Flow {
            Layout.fillWidth: true
            spacing: 16

            RowLayout {
                spacing: 8
                Label { text: qsTr("Endpoint") }
                ComboBox {
                    id: endpointBox
                    objectName: "endpointBox"
                    Layout.preferredWidth: 220
                    textRole: "name"
                    valueRole: "id"
                    model: {
                        const list = [{ id: 0, name: qsTr("All endpoints") }]
                        for (let i = 0; i < App.endpoints.count; ++i) {
                            const e = App.endpoints.get(i)
                            list.push({ id: e.endpointId, name: e.name })
                        }
                        return list
                    }
                    currentIndex: Math.max(0, indexOfValue(report.endpointId))
                    onActivated: report.endpointId = currentValue
                }
            }
            RowLayout {
                spacing: 8
                Label { text: qsTr("Period") }
                ComboBox {
                    id: periodBox
                    objectName: "periodBox"
                    Layout.preferredWidth: 150
                    textRole: "text"
                    valueRole: "value"
                    model: [{ value: "thisMonth", text: qsTr("This month") },
                            { value: "lastMonth", text: qsTr("Last month") },
                            { value: "custom", text: qsTr("Custom dates") }]
                    currentIndex: Math.max(0, indexOfValue(report.period))
                    onActivated: report.period = currentValue
                }
                ReconciliationDateField {
                    id: fromField
                    objectName: "fromField"
                    visible: report.period === "custom"
                    onEditingFinished: report.fromDate = text.trim()
                    Accessible.name: qsTr("First day")
                }
                Label {
                    visible: report.period === "custom"
                    text: qsTr("to")
                }
                ReconciliationDateField {
                    id: toField
                    objectName: "toField"
                    visible: report.period === "custom"
                    onEditingFinished: report.toDate = text.trim()
                    Accessible.name: qsTr("Last day")
                }
                Label {
                    visible: report.period !== "custom" && text.length > 0
                    color: Theme.mutedText
                    text: !isNaN(report.periodEnd.getTime())
                          ? qsTr("%1 – %2").arg(Format.date(report.periodStart)).arg(Format.date(new Date(report.periodEnd.getTime() - 1)))
                          : ""
                }
            }
            RowLayout {
                spacing: 8
                Label { text: qsTr("As of") }
                Button {
                    objectName: "nowButton"
                    text: qsTr("Now")
                    checkable: true
                    checked: report.asOfNow
                    onClicked: report.asOfNow = true
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    ToolTip.text: qsTr("Figures as of the moment they are loaded, kept current")
                }
                ReconciliationDateField {
                    id: asOfDate
                    objectName: "asOfDate"
                    onEditingFinished: if (valid && asOfTime.valid) report.setAsOfLocal(text, asOfTime.text)
                    Accessible.name: qsTr("As of date")
                }
                ReconciliationDateField {
                    id: asOfTime
                    objectName: "asOfTime"
                    timeOnly: true
                    onEditingFinished: if (valid && asOfDate.valid) report.setAsOfLocal(asOfDate.text, text)
                    Accessible.name: qsTr("As of time")
                }
            }
        }
        Label {
            visible: report.periodError.length > 0 || report.error.length > 0
            text: report.periodError.length > 0 ? report.periodError : qsTr("The figures could not be loaded: %1").arg(report.error)
            color: Theme.danger
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }

        // The figures
        Card {
            id: figuresCard
            title: qsTr("By currency")
            Layout.fillWidth: true
            Layout.preferredHeight: implicitHeight
            Layout.maximumHeight: view.height * 0.45

            readonly property real currencyWidth: 70
            // Columns share the width up to a readable maximum; a very wide window leaves the
            // table at the left rather than spreading the figures apart.
            readonly property real cellWidth: Math.min(230, Math.max(96, (width - 2 * padding - currencyWidth) / 5))
            readonly property real tableWidth: currencyWidth + 5 * cellWidth

            // Header
            RowLayout {
                Layout.preferredWidth: figuresCard.tableWidth
                Layout.maximumWidth: figuresCard.tableWidth
                spacing: 0
                visible: report.figures.count > 0
                FontMetrics {
                    id: fontMetrics
                    font.pixelSize: Theme.fontSmall
                }
                Label {
                    Layout.preferredWidth: figuresCard.currencyWidth
                    Layout.alignment: Qt.AlignBottom
                    text: qsTr("Currency")
                    color: Theme.mutedText
                    font.pixelSize: Theme.fontSmall
                }
                Repeater {
                    model: [["pre-record", qsTr("Pre-record (waiting)")], ["post-record", qsTr("Post-record (actualised)")],
                            ["reversed", qsTr("Reversed before record")], ["adjustments", qsTr("Adjustments after record")],
                            ["net", qsTr("Net actualised")]]
                    delegate: Label {
                        required property var modelData
                        Layout.preferredWidth: figuresCard.cellWidth
                        Layout.maximumWidth: figuresCard.cellWidth
                        // Room for two lines: a layout does not grow a row for a wrapped label.
                        Layout.preferredHeight: 2 * Math.ceil(fontMetrics.height)
                        verticalAlignment: Text.AlignBottom
                        horizontalAlignment: Text.AlignRight
                        leftPadding: 8
                        rightPadding: 8
                        text: modelData[1]
                        color: modelData[0] === "net" ? Theme.text : Theme.mutedText
                        font.bold: modelData[0] === "net"
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WordWrap
                    }
                }
            }
            Rectangle {
                Layout.preferredWidth: figuresCard.tableWidth
                implicitHeight: 1
                color: Theme.border
                visible: report.figures.count > 0
            }
            ListView {
                id: figuresList
                objectName: "figuresList"
                Layout.fillWidth: true
                Layout.preferredHeight: contentHeight
                Layout.fillHeight: true
                Layout.minimumHeight: Math.min(contentHeight, 56)
                clip: true
                // A pixel or two of rounding is not worth a scroll bar.
                readonly property bool overflows: contentHeight > height + 2
                interactive: overflows
                model: report.figures
                ScrollBar.vertical: ScrollBar { policy: figuresList.overflows ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff }
                delegate: RowLayout {
                    id: figureRow
                    required property int index
                    required property string currency
                    required property int preRecordCount
                    required property string preRecordTotal
                    required property string preRecordRefunded
                    required property int postRecordCount
                    required property string postRecordTotal
                    required property int reversedCount
                    required property string reversedTotal
                    required property int adjustmentCount
                    required property string adjustmentTotal
                    required property string netActualised
                    width: Math.min(figuresList.width, figuresCard.tableWidth)
                    spacing: 0

                    function selected(figure) {
                        return report.selectedFigure === figure && report.selectedCurrency === currency && report.selectedDay.length === 0
                    }

                    Label {
                        Layout.preferredWidth: figuresCard.currencyWidth
                        text: figureRow.currency.length > 0 ? figureRow.currency : "—"
                        font.bold: true
                    }
                    ReconciliationFigureCell {
                        objectName: "cell-pre-record-" + figureRow.currency
                        Layout.preferredWidth: figuresCard.cellWidth
                        total: figureRow.preRecordTotal
                        currency: figureRow.currency
                        count: figureRow.preRecordCount
                        tone: Theme.info
                        note: Number(figureRow.preRecordRefunded) !== 0
                              ? qsTr("after %1 refunded").arg(Format.amount(figureRow.preRecordRefunded, figureRow.currency)) : ""
                        selected: figureRow.selected("pre-record")
                        onClicked: report.showRows("pre-record", figureRow.currency)
                    }
                    ReconciliationFigureCell {
                        objectName: "cell-post-record-" + figureRow.currency
                        Layout.preferredWidth: figuresCard.cellWidth
                        total: figureRow.postRecordTotal
                        currency: figureRow.currency
                        count: figureRow.postRecordCount
                        tone: Theme.success
                        selected: figureRow.selected("post-record")
                        onClicked: report.showRows("post-record", figureRow.currency)
                    }
                    ReconciliationFigureCell {
                        objectName: "cell-reversed-" + figureRow.currency
                        Layout.preferredWidth: figuresCard.cellWidth
                        total: figureRow.reversedTotal
                        currency: figureRow.currency
                        count: figureRow.reversedCount
                        tone: Theme.warning
                        selected: figureRow.selected("reversed")
                        onClicked: report.showRows("reversed", figureRow.currency)
                    }
                    ReconciliationFigureCell {
                        objectName: "cell-adjustments-" + figureRow.currency
                        Layout.preferredWidth: figuresCard.cellWidth
                        total: Number(figureRow.adjustmentTotal) !== 0 ? "-" + figureRow.adjustmentTotal : figureRow.adjustmentTotal
                        currency: figureRow.currency
                        count: figureRow.adjustmentCount
                        tone: Theme.danger
                        selected: figureRow.selected("adjustments")
                        onClicked: report.showRows("adjustments", figureRow.currency)
                    }
                    ReconciliationFigureCell {
                        objectName: "cell-net-" + figureRow.currency
                        Layout.preferredWidth: figuresCard.cellWidth
                        total: figureRow.netActualised
                        currency: figureRow.currency
                        count: figureRow.postRecordCount
                        emphasized: true
                        selected: figureRow.selected("net")
                        onClicked: report.showRows("net", figureRow.currency)
                        ToolTip.text: qsTr("Post-record less adjustments: show the post-record donations")
                    }
                }
                EmptyState {
                    anchors.centerIn: parent
                    width: parent.width - 40
                    visible: report.ready && figuresList.count === 0 && report.periodError.length === 0
                    title: qsTr("Nothing to reconcile")
                    hint: qsTr("No donation of this endpoint and period was paid by this moment.")
                }
            }
            Item {
                // Room for the empty state.
                Layout.preferredHeight: report.ready && figuresList.count === 0 ? 70 : 0
            }
        }

        // What will be actualised when, and the rows behind a figure
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 12

            Card {
                title: qsTr("What will be actualised when")
                Layout.preferredWidth: 320
                Layout.minimumWidth: 240
                Layout.maximumWidth: 420
                Layout.fillWidth: true
                Layout.fillHeight: true
                ListView {
                    id: scheduleList
                    objectName: "scheduleList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: report.schedule
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ItemDelegate {
                        id: scheduleRow
                        required property int index
                        required property string day
                        required property var dayStart
                        required property string currency
                        required property int count
                        required property string total
                        width: scheduleList.width
                        padding: 6
                        highlighted: report.selectedDay === day && report.selectedCurrency === currency
                        onClicked: report.showRows("pre-record", currency, day)
                        background: Rectangle {
                            color: scheduleRow.highlighted ? Theme.highlight
                                                           : (scheduleRow.hovered ? Qt.rgba(0.5, 0.5, 0.5, 0.12)
                                                                                  : (scheduleRow.index % 2 ? Theme.alternateBase : "transparent"))
                            radius: 3
                        }
                        contentItem: RowLayout {
                            spacing: 8
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0
                                Label {
                                    text: Format.date(scheduleRow.dayStart)
                                    font.bold: true
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                Label {
                                    text: qsTr("%n donation(s)", "", scheduleRow.count)
                                    color: Theme.mutedText
                                    font.pixelSize: Theme.fontSmall
                                }
                            }
                            Label {
                                text: Format.money(scheduleRow.total, scheduleRow.currency)
                                font.bold: true
                                color: Theme.info
                            }
                        }
                    }
                    EmptyState {
                        anchors.centerIn: parent
                        width: parent.width - 20
                        visible: report.ready && scheduleList.count === 0
                        title: qsTr("Nothing waiting")
                        hint: qsTr("No pre-record donations.")
                    }
                }
            }

            Card {
                id: rowsCard
                objectName: "rowsCard"
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                Layout.fillHeight: true
                title: {
                    if (report.selectedFigure.length === 0)
                        return qsTr("Donations behind a figure")
                    const what = report.selectedDay.length > 0
                            ? qsTr("Pre-record with record date %1").arg(Format.date(new Date(report.selectedDay + "T00:00:00")))
                            : view.figureTitles[report.selectedFigure]
                    return qsTr("%1 · %2 · %n donation(s)", "", report.rowsTotal).arg(what).arg(report.selectedCurrency)
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: report.selectedFigure.length > 0
                    Label {
                        Layout.fillWidth: true
                        text: report.rowsTotal > rowsList.count
                              ? qsTr("Showing the first %1; the export has them all.").arg(rowsList.count)
                              : (report.selectedFigure === "net"
                                 ? qsTr("The post-record donations; refunds after the record date are shown as adjustments.")
                                 : "")
                        visible: text.length > 0
                        color: Theme.mutedText
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                    BusyIndicator {
                        running: report.rowsLoading
                        visible: running
                        Layout.preferredHeight: 22
                        Layout.preferredWidth: 22
                    }
                    Item { Layout.fillWidth: true; visible: !report.rowsLoading }
                    Button {
                        text: qsTr("Close")
                        flat: true
                        onClicked: report.clearSelection()
                    }
                }
                ListView {
                    id: rowsList
                    objectName: "rowsList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: report.rows
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ReconciliationRowDelegate {
                        width: rowsList.width
                    }
                    EmptyState {
                        anchors.centerIn: parent
                        width: parent.width - 40
                        visible: rowsList.count === 0 && !report.rowsLoading
                        title: report.selectedFigure.length === 0 ? qsTr("Click a figure") : qsTr("No donations")
                        hint: report.selectedFigure.length === 0
                              ? qsTr("Click a figure or a day to list its donations.")
                              : ""
                    }
                }
            }
        }
    }
}
