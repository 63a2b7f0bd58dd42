import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

// Horizontal bars with their names in full (QtCharts' category axis elides long endpoint names
// to "..."): one row per group, the bar's length its donation count. Hovering a row shows what
// it holds per currency.
ListView {
    id: list
    property var labels: []
    property var counts: []
    property real maximum: 1
    property color barColor: Theme.accent
    property string group // for DonationCharts.sliceAt
    property var charts
    readonly property real labelWidth: Math.min(width * 0.4, 220)

    clip: true
    interactive: contentHeight > height
    model: labels.length
    spacing: 4
    delegate: ItemDelegate {
        id: row
        required property int index
        // Labels and counts change one after the other: read both defensively.
        readonly property int count: index < list.counts.length ? Number(list.counts[index]) : 0
        width: list.width
        height: Math.max(22, Math.min(34, (list.height - (list.labels.length - 1) * list.spacing) / Math.max(1, list.labels.length)))
        padding: 0
        hoverEnabled: true
        background: Rectangle { color: row.hovered ? Qt.rgba(0.5, 0.5, 0.5, 0.10) : "transparent"; radius: 3 }
        ToolTip.visible: hovered
        ToolTip.delay: 300
        ToolTip.text: {
            if (!list.charts)
                return ""
            const s = list.charts.sliceAt(list.group, index)
            if (s.count === undefined)
                return ""
            const kept = s.kept.map(k => Format.money(k.amount, k.currency)).join(", ")
            return qsTr("%1: %n donation(s)", "", s.count).arg(s.label) + (kept.length > 0 ? "\n" + qsTr("kept %1").arg(kept) : "")
        }
        contentItem: RowLayout {
            spacing: 8
            Label {
                Layout.preferredWidth: list.labelWidth
                Layout.maximumWidth: list.labelWidth
                text: row.index < list.labels.length ? list.labels[row.index] : ""
                horizontalAlignment: Text.AlignRight
                elide: Text.ElideMiddle
                font.pixelSize: Theme.fontSmall
            }
            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    height: Math.max(8, parent.height - 8)
                    width: Math.max(2, (parent.width - countLabel.implicitWidth - 6) * row.count / Math.max(1, list.maximum))
                    radius: 2
                    color: list.barColor
                    Label {
                        id: countLabel
                        anchors.left: parent.right
                        anchors.leftMargin: 4
                        anchors.verticalCenter: parent.verticalCenter
                        text: row.count
                        font.pixelSize: Theme.fontSmall
                        color: Theme.mutedText
                    }
                }
            }
        }
    }
}
