import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

// A labelled setting in the Settings view: the label, the control(s), then an explanation and
// an error under them.
ColumnLayout {
    id: row
    property string label
    property string help
    property string error
    default property alias content: controls.data

    spacing: 2
    Layout.fillWidth: true
    Label {
        text: row.label
        font.bold: true
        visible: text.length > 0
    }
    RowLayout {
        id: controls
        spacing: 6
        Layout.fillWidth: true
    }
    // One label for the explanation or, when there is one, the error that replaces it: two
    // labels trading visibility left the newly shown one unplaced (Qt 6.4 layouts).
    Label {
        objectName: row.error.length > 0 ? "settingError" : "settingHelp"
        text: row.error.length > 0 ? row.error : row.help
        visible: text.length > 0
        color: row.error.length > 0 ? Theme.danger : Theme.mutedText
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
