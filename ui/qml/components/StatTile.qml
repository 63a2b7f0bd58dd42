import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

// A figure with its label.
Card {
    id: tile
    property string label
    property string value
    property color valueColor: Theme.text
    Layout.minimumWidth: 120
    Label {
        text: tile.value
        font.pixelSize: 26
        font.bold: true
        color: tile.valueColor
    }
    Label {
        text: tile.label
        color: Theme.mutedText
        elide: Text.ElideRight
        Layout.fillWidth: true
    }
    Item { Layout.fillHeight: true }
}
