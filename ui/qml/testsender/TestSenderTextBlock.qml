import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

// A block of text to read and copy (headers, a body): a title, a Copy button and the text in
// a monospace font, scrolled when long.
ColumnLayout {
    id: block
    property string title
    property string text
    property string copyValue: text
    property int maximumHeight: 320
    spacing: 4

    RowLayout {
        Layout.fillWidth: true
        Label {
            text: block.title
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        CopyButton {
            objectName: block.objectName + "Copy"
            value: block.copyValue
        }
    }
    ScrollView {
        id: scroll
        clip: true
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(area.implicitHeight + 2, block.maximumHeight)
        contentWidth: availableWidth
        TextArea {
            id: area
            objectName: block.objectName + "Text"
            text: block.text
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAnywhere
            font.family: "monospace"
            font.pixelSize: Theme.fontSmall + 1
            color: Theme.text
            background: Rectangle { color: Theme.alternateBase; border.color: Theme.border; radius: 3 }
            Accessible.name: block.title
        }
    }
}
