import QtQuick
import QtQuick.Controls
import DonationDesk

// The red mark of an endpoint whose silence alarm is raised; hovering it says why.
Rectangle {
    id: mark
    // Why, in a sentence (App.endpoints' alarmText).
    property string text

    implicitWidth: 10
    implicitHeight: 10
    radius: width / 2
    color: Theme.danger
    border.color: Qt.darker(Theme.danger, 1.3)
    Accessible.role: Accessible.Indicator
    Accessible.name: qsTr("Silence alarm")
    Accessible.description: text
    ToolTip.visible: hover.hovered && text.length > 0
    ToolTip.delay: 400
    ToolTip.text: text
    HoverHandler { id: hover }
}
