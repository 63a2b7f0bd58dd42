import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

// One endpoint in the Endpoints view's list: name, provider, whether it accepts requests, what
// happened there today, and a red mark while its silence alarm is raised.
ItemDelegate {
    id: row
    required property int index
    required property var endpointId
    required property string name
    required property string providerName
    // Not `enabled`: a role of that name would disable the delegate itself.
    required property var model
    readonly property bool accepting: model.enabled
    required property int countToday
    required property var lastRequest
    required property string lastError
    required property bool alarmRaised
    required property string alarmText
    property bool selected: false

    padding: 8
    highlighted: selected
    Accessible.name: alarmRaised ? qsTr("%1, silence alarm: %2").arg(name).arg(alarmText) : name
    background: Rectangle {
        radius: Theme.radius
        color: row.selected ? Theme.highlight : (row.hovered ? Qt.rgba(0.5, 0.5, 0.5, 0.10) : "transparent")
    }
    contentItem: ColumnLayout {
        spacing: 2
        RowLayout {
            spacing: 6
            EndpointAlarmMark {
                objectName: "alarmMark"
                visible: row.alarmRaised
                text: row.alarmText
            }
            Label {
                text: row.name
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
                opacity: row.accepting ? 1 : 0.6
            }
            StatusBadge {
                visible: !row.accepting
                status: "disabled"
                label: qsTr("disabled")
                tone: Theme.neutral
            }
            Label {
                text: row.countToday
                font.bold: true
                color: row.countToday > 0 ? Theme.text : Theme.mutedText
                ToolTip.visible: countHover.hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("%n request(s) today", "", row.countToday)
                HoverHandler { id: countHover }
            }
        }
        Label {
            text: row.providerName + " · "
                  + (row.lastRequest ? qsTr("last %1").arg(Format.relative(row.lastRequest)) : qsTr("no requests yet"))
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            objectName: "rowError"
            visible: row.lastError.length > 0
            text: "⚠ " + row.lastError
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
}
