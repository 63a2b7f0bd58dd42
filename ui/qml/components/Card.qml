import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

// A titled panel. Its children are laid out in a column: give them Layout properties
// (Layout.fillWidth, Layout.fillHeight), not anchors.
Frame {
    id: card
    property string title
    default property alias content: column.data

    padding: 12
    background: Rectangle {
        color: Theme.base
        border.color: Theme.border
        radius: Theme.radius
    }

    contentItem: ColumnLayout {
        id: column
        spacing: 8
        Label {
            visible: card.title.length > 0
            text: card.title
            font.bold: true
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
}
