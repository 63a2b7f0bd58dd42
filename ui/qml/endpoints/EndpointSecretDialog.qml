import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

// Sets an endpoint's secret to one the person enters (a token the provider chose, a signing
// secret of their own), or to none where the provider allows it.
Dialog {
    id: dialog
    property var endpoint: ({})
    property var provider: ({})
    property int ticket: -1

    title: qsTr("Secret of %1").arg(endpoint.name || "")
    modal: true
    Overlay.modal: Rectangle { color: Qt.rgba(0, 0, 0, Theme.dark ? 0.5 : 0.3) }
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, (Overlay.overlay ? Overlay.overlay.width : 600) - 48)
    padding: 16

    function openFor(e, p) {
        endpoint = e
        provider = p
        secretField.text = ""
        useSecret.checked = true
        error.text = ""
        open()
        secretField.forceActiveFocus()
    }

    Connections {
        target: App.endpoints
        function onEditFinished(ticket, result) {
            if (ticket !== dialog.ticket)
                return
            dialog.ticket = -1
            if (result.ok)
                dialog.close()
            else
                error.text = result.error
        }
    }

    contentItem: ColumnLayout {
        spacing: 8
        Label {
            text: qsTr("The provider must send the same secret: change it there too, or requests will be refused (401).")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ButtonGroup { id: choice }
        RadioButton {
            id: useSecret
            checked: true
            text: qsTr("Use this secret:")
            ButtonGroup.group: choice
        }
        TextField {
            id: secretField
            objectName: "newSecretField"
            enabled: useSecret.checked
            Layout.fillWidth: true
            Layout.leftMargin: 24
            placeholderText: qsTr("Paste the token or secret")
        }
        RadioButton {
            id: noSecret
            objectName: "noSecretChoice"
            visible: dialog.provider.requiresSecret !== true
            text: qsTr("No secret: the URL alone admits requests")
            ButtonGroup.group: choice
        }
        EndpointFieldError { id: error; objectName: "secretDialogError" }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "saveSecretButton"
            text: qsTr("Save")
            highlighted: true
            enabled: dialog.ticket < 0 && (noSecret.checked || secretField.text.trim().length > 0)
            onClicked: {
                error.text = ""
                dialog.ticket = noSecret.checked
                        ? App.endpoints.update(dialog.endpoint.endpointId, { noSecret: true })
                        : App.endpoints.update(dialog.endpoint.endpointId, { secret: secretField.text })
            }
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
