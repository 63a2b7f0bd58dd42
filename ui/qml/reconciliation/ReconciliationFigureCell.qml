import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

// One figure of the reconciliation table: a total with its donation count. Clicking it lists
// the donations behind it.
ItemDelegate {
    id: cell
    property string total // canonical decimal text
    property string currency
    property int count: 0
    property string note // a second line under the count, e.g. partial refunds
    property bool emphasized: false
    property bool selected: false
    property color tone: Theme.text

    padding: 8
    hoverEnabled: true
    enabled: count > 0 || emphasized
    Accessible.name: qsTr("%1 %2, %n donation(s)", "", count).arg(Format.amount(total, currency)).arg(currency)
    ToolTip.visible: hovered && count > 0
    ToolTip.delay: 700
    ToolTip.text: qsTr("Show the donations behind this figure")

    background: Rectangle {
        radius: Theme.radius
        color: cell.selected ? Theme.highlight
                             : (cell.hovered && cell.count > 0 ? Qt.rgba(0.5, 0.5, 0.5, 0.12) : "transparent")
        border.color: cell.selected ? Theme.accent : "transparent"
    }

    contentItem: ColumnLayout {
        spacing: 1
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignRight
            text: Format.amount(cell.total, cell.currency)
            font.bold: true
            font.pixelSize: cell.emphasized ? 16 : 14
            color: cell.count === 0 && !cell.emphasized ? Theme.mutedText : cell.tone
            // A cut figure keeps its whole part: the decimals give way first.
            elide: Text.ElideRight
            // The exact figure, however narrow the column.
            ToolTip.visible: amountHover.hovered && truncated
            ToolTip.text: Format.money(cell.total, cell.currency)
            HoverHandler { id: amountHover }
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignRight
            visible: !cell.emphasized
            text: cell.count > 0 ? qsTr("%n donation(s)", "", cell.count) : qsTr("none")
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignRight
            visible: cell.note.length > 0
            text: cell.note
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }
}
