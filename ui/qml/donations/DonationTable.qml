import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

// The donations table: sortable headers (click; again to reverse), columns resized by
// dragging a header's right edge, rows loaded page by page as they come into view. Rows are
// chosen by donation id, so a choice survives reloads.
FocusScope {
    id: root
    property DonationTableModel model
    property var selectedId: 0
    signal chosen(var donationId)

    readonly property alias tableView: table
    readonly property alias header: headerView
    // At the top: new donations may reload the first page (the model follows live).
    readonly property bool atTop: table.contentY <= table.originY + 1

    // Widths in pixels, persisted by the view. The last column takes any width left over.
    property var columnWidths: defaultWidths()
    // Until the user drags a column edge (or has saved widths), the columns share the width.
    property bool userSized: false
    signal columnWidthsEdited()

    function defaultWidths() {
        const base = [165, 125, 100, 140, 160, 105, 60, 100, 105, 120]
        const total = base.reduce((a, b) => a + b, 0)
        const available = table.width > 0 ? table.width : total
        if (available >= total)
            return base
        // Narrow windows: shrink every column alike, down to 70%; beyond that, scroll.
        const f = Math.max(0.7, available / total)
        return base.map(w => Math.round(w * f))
    }
    function widthOf(column) {
        const w = column < columnWidths.length ? columnWidths[column] : 120
        if (column !== DonationTableModel.CampaignColumn)
            return w
        let used = 0
        for (let c = 0; c < columnWidths.length - 1; ++c)
            used += columnWidths[c]
        return Math.max(w, table.width - used)
    }
    function setWidth(column, width) {
        const widths = columnWidths.slice()
        widths[column] = Math.max(48, Math.round(width))
        userSized = true
        columnWidths = widths
        table.forceLayout()
    }
    function scrollToTop() {
        table.contentY = table.originY
    }
    function chooseRow(row) {
        if (!model || row < 0 || row >= model.count)
            return
        root.chosen(model.donationId(row))
        table.positionViewAtRow(row, TableView.Contain)
    }
    function moveChoice(delta) {
        const row = model ? model.rowOfDonation(root.selectedId) : -1
        chooseRow(row < 0 ? 0 : row + delta)
    }

    onWidthChanged: {
        if (!userSized)
            columnWidths = defaultWidths()
        table.forceLayout()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        HorizontalHeaderView {
            id: headerView
            objectName: "donationHeader"
            Layout.fillWidth: true
            syncView: table
            clip: true
            delegate: Rectangle {
                id: headerCell
                // HeaderView delegates get the column as `index` (and `column`).
                readonly property int columnIndex: column
                readonly property bool sorted: root.model && root.model.sortColumn === columnIndex
                implicitHeight: 32
                implicitWidth: 100
                color: headerTap.pressed ? Theme.highlight : Theme.alternateBase
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.border
                }
                Label {
                    anchors.fill: parent
                    anchors.leftMargin: 8
                    anchors.rightMargin: 10
                    verticalAlignment: Text.AlignVCenter
                    horizontalAlignment: headerCell.columnIndex === DonationTableModel.AmountColumn ? Text.AlignRight : Text.AlignLeft
                    elide: Text.ElideRight
                    font.bold: true
                    color: headerCell.sorted ? Theme.accent : Theme.text
                    text: display + (headerCell.sorted ? (root.model.sortOrder === Qt.AscendingOrder ? " ▲" : " ▼") : "")
                }
                TapHandler {
                    id: headerTap
                    onTapped: root.model.sortBy(headerCell.columnIndex)
                }
                HoverHandler { id: headerHover }
                ToolTip.visible: headerHover.hovered
                ToolTip.delay: 900
                ToolTip.text: qsTr("Sort by %1; click again to reverse. Drag the edge to resize.").arg(display)
                // The right edge resizes the column.
                MouseArea {
                    anchors.right: parent.right
                    width: 8
                    height: parent.height
                    cursorShape: Qt.SplitHCursor
                    preventStealing: true
                    property real startX: 0
                    property real startWidth: 0
                    onPressed: mouse => {
                        startX = mapToItem(root, mouse.x, 0).x
                        startWidth = root.widthOf(headerCell.columnIndex)
                    }
                    onPositionChanged: mouse => {
                        if (pressed)
                            root.setWidth(headerCell.columnIndex, startWidth + mapToItem(root, mouse.x, 0).x - startX)
                    }
                    onReleased: root.columnWidthsEdited()
                    onDoubleClicked: {
                        root.setWidth(headerCell.columnIndex, root.defaultWidths()[headerCell.columnIndex])
                        root.columnWidthsEdited()
                    }
                    Rectangle {
                        anchors.right: parent.right
                        anchors.rightMargin: 2
                        width: 1
                        height: parent.height - 12
                        anchors.verticalCenter: parent.verticalCenter
                        color: Theme.border
                    }
                }
            }
        }

        TableView {
            id: table
            objectName: "donationTable"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            model: root.model
            boundsBehavior: Flickable.StopAtBounds
            columnWidthProvider: column => root.widthOf(column)
            // Rows keep their height: scrolling through a million rows never re-measures.
            rowHeightProvider: () => 30
            // Always shown when there is more: ten columns rarely fit, and a hidden horizontal
            // scroll bar hides the columns on the right.
            ScrollBar.vertical: ScrollBar {
                policy: table.contentHeight > table.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }
            ScrollBar.horizontal: ScrollBar {
                policy: table.contentWidth > table.width + 1 ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }
            // The old query's rows, while the new one's are on their way.
            opacity: root.model && root.model.reloading && root.model.ready ? 0.55 : 1

            // The model fetches ahead of what is shown and forgets what is far away.
            function noteVisible() {
                if (root.model && bottomRow >= 0)
                    root.model.noteVisibleRows(topRow, bottomRow)
            }
            onTopRowChanged: noteVisible()
            onBottomRowChanged: noteVisible()

            Keys.onUpPressed: root.moveChoice(-1)
            Keys.onDownPressed: root.moveChoice(1)
            Keys.onPressed: event => {
                if (event.key === Qt.Key_PageDown) {
                    root.moveChoice(Math.max(1, bottomRow - topRow))
                    event.accepted = true
                } else if (event.key === Qt.Key_PageUp) {
                    root.moveChoice(-Math.max(1, bottomRow - topRow))
                    event.accepted = true
                } else if (event.key === Qt.Key_Home && (event.modifiers & Qt.ControlModifier)) {
                    root.chooseRow(0)
                    event.accepted = true
                }
            }

            delegate: Rectangle {
                id: cell
                required property int row
                required property int column
                required property string display
                required property bool loaded
                required property var donationId
                required property string status
                required property string recordState
                required property string toolTip
                readonly property bool chosen: donationId === root.selectedId && root.selectedId !== 0
                implicitHeight: 30
                color: chosen ? Theme.highlight : (row % 2 ? Theme.alternateBase : Theme.base)

                Label {
                    anchors.fill: parent
                    anchors.leftMargin: 8
                    anchors.rightMargin: 8
                    visible: cell.loaded && cell.column !== DonationTableModel.StatusColumn
                             && !(cell.column === DonationTableModel.RecordStateColumn && cell.recordState !== "none")
                    verticalAlignment: Text.AlignVCenter
                    horizontalAlignment: cell.column === DonationTableModel.AmountColumn ? Text.AlignRight : Text.AlignLeft
                    elide: Text.ElideRight
                    text: cell.display
                    color: cell.column === DonationTableModel.RecordStateColumn || cell.column === DonationTableModel.TimeColumn
                           ? Theme.mutedText : Theme.text
                    font.bold: cell.column === DonationTableModel.AmountColumn
                }
                StatusBadge {
                    anchors.verticalCenter: parent.verticalCenter
                    x: 8
                    visible: cell.loaded && cell.column === DonationTableModel.StatusColumn && status.length > 0
                    status: cell.status
                }
                RecordStateBadge {
                    anchors.verticalCenter: parent.verticalCenter
                    x: 8
                    visible: cell.loaded && cell.column === DonationTableModel.RecordStateColumn
                             && recordState.length > 0 && recordState !== "none"
                    recordState: cell.recordState
                }
                // A row whose page is on its way (first view, or fetched again after eviction).
                Rectangle {
                    visible: !cell.loaded
                    anchors.verticalCenter: parent.verticalCenter
                    x: 8
                    width: Math.max(0, Math.min(parent.width - 16, 60 + (cell.row * 37 + cell.column * 13) % 50))
                    height: 8
                    radius: 4
                    color: Theme.border
                }
                TapHandler {
                    onTapped: {
                        table.forceActiveFocus()
                        root.chosen(cell.donationId)
                    }
                }
                HoverHandler { id: cellHover }
                ToolTip.visible: cellHover.hovered && cell.loaded && cell.toolTip.length > 12
                ToolTip.delay: 1000
                ToolTip.text: cell.toolTip
            }
        }
    }
}
