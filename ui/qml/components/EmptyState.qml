import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

// What a list shows when it has nothing to show: why, and what to do.
ColumnLayout {
    property string title
    property string hint
    spacing: 6
    Label {
        text: parent.title
        font.pixelSize: 16
        color: Theme.mutedText
        Layout.alignment: Qt.AlignHCenter
        horizontalAlignment: Text.AlignHCenter
        Layout.maximumWidth: 520
        wrapMode: Text.Wrap
    }
    Label {
        text: parent.hint
        visible: text.length > 0
        color: Theme.mutedText
        Layout.alignment: Qt.AlignHCenter
        horizontalAlignment: Text.AlignHCenter
        Layout.maximumWidth: 520
        wrapMode: Text.Wrap
    }
}
