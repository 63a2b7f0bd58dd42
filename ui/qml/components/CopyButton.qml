import QtQuick
import QtQuick.Controls
import DonationDesk

// Copies `value` to the clipboard and says so.
Button {
    id: button
    property string value
    text: copied.running ? qsTr("Copied") : qsTr("Copy")
    enabled: value.length > 0
    onClicked: {
        App.copyText(value)
        copied.restart()
    }
    Timer { id: copied; interval: 1200 }
    ToolTip.visible: hovered
    ToolTip.delay: 600
    ToolTip.text: qsTr("Copy to the clipboard")
}
