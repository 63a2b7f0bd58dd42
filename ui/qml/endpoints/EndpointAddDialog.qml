import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

// Adds an endpoint: the provider (with where its admin takes our URL), a name and settings;
// then shows the new URL and secret to give the provider.
Dialog {
    id: dialog
    property int ticket: -1
    property var created: null // the new endpoint, once added
    readonly property var provider: form.chosenProvider
    signal added(var endpointId)

    title: created ? qsTr("Endpoint created") : qsTr("Add an endpoint")
    modal: true
    Overlay.modal: Rectangle { color: Qt.rgba(0, 0, 0, Theme.dark ? 0.5 : 0.3) }
    anchors.centerIn: Overlay.overlay
    width: Math.min(680, (Overlay.overlay ? Overlay.overlay.width : 700) - 48)
    height: Math.min(implicitHeight, (Overlay.overlay ? Overlay.overlay.height : 600) - 48)
    padding: 16

    function start() {
        created = null
        ticket = -1
        form.chooseProvider(0)
        form.load({ recordRule: "delay:0" })
        open()
        form.focusName()
    }

    function create() {
        form.clearErrors()
        ticket = App.endpoints.add(provider.id, form.changes())
    }

    Connections {
        target: App.endpoints
        function onEditFinished(ticket, result) {
            if (ticket !== dialog.ticket)
                return
            dialog.ticket = -1
            if (result.ok) {
                dialog.created = result.endpoint
                dialog.added(result.endpointId)
            } else {
                form.showError(result.setting, result.error)
            }
        }
    }

    contentItem: ScrollView {
        id: scroll
        clip: true
        contentWidth: availableWidth
        implicitHeight: pages.implicitHeight

        // One page at a time; a hidden page takes no room (a StackLayout would keep the
        // height of the taller one).
        ColumnLayout {
            id: pages
            width: scroll.availableWidth

            // The settings.
            EndpointForm {
                id: form
                visible: !dialog.created
                adding: true
                provider: chosenProvider
                Layout.fillWidth: true
            }

            // What to give the provider.
            ColumnLayout {
                id: createdPage
                visible: dialog.created !== null
                Layout.fillWidth: true
                spacing: 10
                Label {
                    text: qsTr("“%1” is ready. Give %2 this URL:").arg(dialog.created ? dialog.created.name : "")
                                                            .arg(dialog.created ? dialog.created.providerName : "")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                RowLayout {
                    Layout.fillWidth: true
                    TextArea {
                        objectName: "createdUrl"
                        background: Rectangle { color: Theme.alternateBase; border.color: Theme.border; radius: 3 }
                        readOnly: true
                        selectByMouse: true
                        wrapMode: TextEdit.WrapAnywhere
                        text: dialog.created ? dialog.created.url : ""
                        font.family: "monospace"
                        Layout.fillWidth: true
                    }
                    CopyButton { value: dialog.created ? dialog.created.url : "" }
                }
                Label {
                    visible: dialog.created !== null && dialog.created.hasSecret
                    text: qsTr("And this secret:")
                }
                RowLayout {
                    visible: dialog.created !== null && dialog.created.hasSecret
                    Layout.fillWidth: true
                    TextArea {
                        objectName: "createdSecret"
                        background: Rectangle { color: Theme.alternateBase; border.color: Theme.border; radius: 3 }
                        readOnly: true
                        selectByMouse: true
                        wrapMode: TextEdit.WrapAnywhere
                        text: dialog.created ? dialog.created.secret : ""
                        font.family: "monospace"
                        Layout.fillWidth: true
                    }
                    CopyButton { value: dialog.created ? dialog.created.secret : "" }
                }
                Label {
                    text: dialog.created ? dialog.created.setupHint : ""
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Both stay available in the endpoint's details.")
                    color: Theme.mutedText
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "createButton"
            visible: !dialog.created
            text: qsTr("Create")
            highlighted: true
            enabled: dialog.ticket < 0
            onClicked: dialog.create()
        }
        Button {
            visible: !dialog.created
            text: qsTr("Cancel")
            onClicked: dialog.reject()
        }
        Button {
            objectName: "doneButton"
            visible: dialog.created !== null
            text: qsTr("Done")
            highlighted: true
            onClicked: dialog.accept()
        }
    }
}
