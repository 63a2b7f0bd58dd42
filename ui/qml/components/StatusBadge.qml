import QtQuick
import QtQuick.Controls
import DonationDesk

// A donation status as a coloured label.
Rectangle {
    id: badge
    property string status
    property string label: Format.statusLabel(status)
    property color tone: Theme.statusColor(status)
    implicitWidth: text.implicitWidth + 12
    implicitHeight: text.implicitHeight + 4
    radius: height / 2
    color: Qt.rgba(tone.r, tone.g, tone.b, Theme.dark ? 0.25 : 0.14)
    border.color: Qt.rgba(tone.r, tone.g, tone.b, 0.55)
    visible: status.length > 0
    Label {
        id: text
        anchors.centerIn: parent
        text: badge.label
        color: badge.tone
        font.pixelSize: Theme.fontSmall
        font.bold: true
    }
}
