import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

// Asks before something that cannot be undone: what will happen, and a button that says it.
Dialog {
    id: dialog
    property string message
    property string acceptText: qsTr("OK")
    property bool destructive: false
    signal confirmed()

    modal: true
    Overlay.modal: Rectangle { color: Qt.rgba(0, 0, 0, Theme.dark ? 0.5 : 0.3) }
    anchors.centerIn: Overlay.overlay
    width: Math.min(520, (Overlay.overlay ? Overlay.overlay.width : 600) - 48)
    padding: 16

    contentItem: ColumnLayout {
        Label {
            text: dialog.message
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            // Not the unwrapped width: the dialog's width is fixed, the text wraps in it.
            Layout.preferredWidth: dialog.availableWidth
        }
    }
    footer: DialogButtonBox {
        Button {
            objectName: "confirmButton"
            text: dialog.acceptText
            highlighted: !dialog.destructive
            palette.buttonText: dialog.destructive ? Theme.danger : Theme.text
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
    onAccepted: confirmed()
}
