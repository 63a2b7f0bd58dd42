import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import DonationDesk

// Every donation in the database, filtered and sorted, a page at a time; the chosen one in
// full beside the table; exports of exactly what the table shows. The filter is the app's
// (App.donationFilter: kept between runs, shared with Charts); sort order and column widths
// are kept in the settings.
Page {
    id: view
    readonly property bool busy: !donations.ready
    background: Rectangle { color: Theme.window }

    readonly property alias model: donations
    readonly property alias detail: detail
    readonly property alias table: table
    readonly property alias filterBar: filterBar
    readonly property alias exportJob: exportJob
    readonly property alias saveDialog: saveDialog
    readonly property alias pathDialog: pathDialog
    readonly property alias exportDialog: exportDialog
    readonly property alias detailPanel: detailPanel
    // The donation shown in the detail panel (0: none).
    property var selectedId: 0

    function focusSearch() { filterBar.focusSearch() }
    // Ctrl+E: choose a file, then export what the table shows.
    function exportCsv() {
        if (exportJob.running) {
            exportDialog.open()
            return
        }
        const suggested = exportJob.suggestedFile("donations")
        saveDialog.currentFolder = suggested.toString().replace(/\/[^/]*$/, "")
        saveDialog.selectedFile = suggested
        // The dialog looks for its window when it is created, before the view is in one.
        saveDialog.parentWindow = view.Window.window
        saveDialog.open()
        // Without a platform file dialog, Qt Quick's own needs the Qt.labs.folderlistmodel
        // module; where that is missing, ask for the path here rather than do nothing.
        if (!saveDialog.visible) {
            pathField.text = App.localPath(suggested)
            pathDialog.open()
        }
    }
    function exportTo(fileUrl) {
        // Record states as of the table's own moment, so the file has the rows it shows.
        exportJob.start(fileUrl, App.donationFilter, donations.asOf)
        exportDialog.begin()
    }
    function select(donationId) {
        selectedId = donationId
    }
    function closeDetail() {
        selectedId = 0
        table.tableView.forceActiveFocus()
    }

    DonationTableModel {
        id: donations
        filter: App.donationFilter
        dataRevision: App.dataRevision
        followLive: table.atTop
        onSortChanged: {
            App.settings.setValue("donations/sortColumn", sortColumn)
            App.settings.setValue("donations/sortOrder", sortOrder === Qt.AscendingOrder ? "asc" : "desc")
        }
        // A new query starts at the top; a live reload happens only at the top anyway.
        onReloaded: table.scrollToTop()
    }
    DonationDetail {
        id: detail
        donationId: view.selectedId
        dataRevision: App.dataRevision
    }
    ExportJob { id: exportJob }

    Component.onCompleted: {
        // Before the model's first query (it waits for the event loop).
        const column = Number(App.settings.value("donations/sortColumn", DonationTableModel.TimeColumn))
        const order = App.settings.value("donations/sortOrder", "")
        donations.sortColumn = column
        donations.sortOrder = order === "asc" ? Qt.AscendingOrder
                            : order === "desc" ? Qt.DescendingOrder : donations.naturalOrder(column)
        try {
            const widths = JSON.parse(App.settings.value("donations/columnWidths", "[]"))
            if (Array.isArray(widths) && widths.length === table.defaultWidths().length)
            {
                table.columnWidths = widths.map(w => Math.max(48, Number(w) || 100))
                table.userSized = true
            }
        } catch (e) {
            // Unreadable: the default widths stay.
        }
        const detailWidth = Number(App.settings.value("donations/detailWidth", 0))
        if (detailWidth > 0)
            detailPanel.SplitView.preferredWidth = detailWidth
    }

    Shortcut {
        sequences: [StandardKey.Cancel]
        enabled: view.selectedId !== 0 && view.visible
        onActivated: view.closeDetail()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            Label {
                text: qsTr("Donations")
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            Label {
                objectName: "donationCount"
                Layout.alignment: Qt.AlignBottom
                Layout.bottomMargin: 3
                color: Theme.mutedText
                text: {
                    if (!donations.ready)
                        return qsTr("loading…")
                    if (donations.totalCount >= 0)
                        return qsTr("%Ln donation(s)", "", donations.totalCount)
                    return qsTr("≈ %L1+ donations, counting…").arg(donations.count)
                }
            }
            Label {
                Layout.alignment: Qt.AlignBottom
                Layout.bottomMargin: 3
                Layout.fillWidth: true
                visible: App.donationFilter.active
                text: "· " + App.donationFilter.description
                color: Theme.mutedText
                elide: Text.ElideRight
            }
            Item { Layout.fillWidth: !App.donationFilter.active }
            Button {
                objectName: "newDonationsHint"
                visible: donations.newCount > 0
                highlighted: true
                flat: true
                text: qsTr("%n new — refresh", "", donations.newCount)
                onClicked: donations.reload()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("New donations arrived; the table shows what was there when it loaded")
            }
            Button {
                objectName: "exportButton"
                text: exportJob.running
                      ? qsTr("Exporting… %1%").arg(exportJob.rowsTotal > 0 ? Math.floor(100 * exportJob.rowsWritten / exportJob.rowsTotal) : 0)
                      : qsTr("Export CSV…")
                enabled: donations.ready
                onClicked: view.exportCsv()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Save the donations shown as CSV (Ctrl+E)")
            }
        }

        DonationFilterBar {
            id: filterBar
            Layout.fillWidth: true
            filter: App.donationFilter
            model: donations
        }

        Label {
            visible: donations.error.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.danger
            text: qsTr("The donations could not be read: %1").arg(donations.error)
        }

        SplitView {
            id: split
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: Qt.Horizontal

            Rectangle {
                SplitView.fillWidth: true
                SplitView.minimumWidth: 280
                color: Theme.base
                border.color: Theme.border
                radius: Theme.radius
                clip: true

                DonationTable {
                    id: table
                    anchors.fill: parent
                    anchors.margins: 1
                    model: donations
                    selectedId: view.selectedId
                    onChosen: donationId => view.select(donationId)
                    onColumnWidthsEdited: App.settings.setValue("donations/columnWidths", JSON.stringify(columnWidths))
                }
                // A query on its way.
                ProgressBar {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.topMargin: 32
                    height: 3
                    indeterminate: true
                    visible: donations.ready && (donations.reloading || (donations.loading && !donations.atEnd))
                }
                BusyIndicator {
                    anchors.centerIn: parent
                    running: !donations.ready
                    visible: running
                }
                EmptyState {
                    anchors.centerIn: parent
                    width: parent.width - 40
                    visible: donations.ready && !donations.reloading && donations.count === 0 && donations.error.length === 0
                    title: App.donationFilter.active ? qsTr("No donations match these filters") : qsTr("No donations yet")
                    hint: App.donationFilter.active
                          ? qsTr("Change or clear the filters above.")
                          : qsTr("Donations appear here as webhooks arrive. Set up an endpoint in Endpoints (Ctrl+5).")
                }
            }

            DonationDetailPanel {
                id: detailPanel
                objectName: "donationDetailPanel"
                visible: view.selectedId !== 0
                SplitView.preferredWidth: 420
                SplitView.minimumWidth: 300
                SplitView.maximumWidth: Math.max(300, split.width - 300)
                detail: detail
                onCloseRequested: view.closeDetail()
                onWidthChanged: if (visible && width > 0) widthSave.restart()
                Timer {
                    id: widthSave
                    interval: 500
                    onTriggered: App.settings.setValue("donations/detailWidth", Math.round(detailPanel.width))
                }
            }
        }
    }

    FileDialog {
        id: saveDialog
        objectName: "exportFileDialog"
        title: qsTr("Export donations as CSV")
        fileMode: FileDialog.SaveFile
        acceptLabel: qsTr("Export")
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV files (*.csv)"), qsTr("All files (*)")]
        onAccepted: view.exportTo(selectedFile)
    }

    Dialog {
        id: pathDialog
        objectName: "exportPathDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 40 : 520, 560)
        modal: true
        title: qsTr("Export donations as CSV")
        contentItem: ColumnLayout {
            spacing: 8
            Label {
                text: qsTr("Save the file as:")
            }
            TextField {
                id: pathField
                objectName: "exportPath"
                Layout.fillWidth: true
                selectByMouse: true
                onAccepted: exportPathButton.clicked()
            }
        }
        footer: DialogButtonBox {
            Button {
                id: exportPathButton
                text: qsTr("Export")
                enabled: pathField.text.trim().length > 0
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
                onClicked: {
                    pathDialog.close()
                    view.exportTo(exportJob.fileUrl(pathField.text))
                }
            }
            Button {
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
        onOpened: {
            pathField.forceActiveFocus()
            pathField.select(pathField.text.lastIndexOf("/") + 1, pathField.text.length)
        }
    }

    DonationExportDialog {
        id: exportDialog
        objectName: "exportDialog"
        parent: Overlay.overlay
        job: exportJob
    }
}
