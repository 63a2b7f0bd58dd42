import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

// Erasing one donor's personal data on their request: the address, what holds it (a preview),
// then erasing exactly that, and what was erased.
Dialog {
    id: dialog
    objectName: "donorErasureDialog"
    readonly property alias job: job
    readonly property string emailError: emailField.text.trim().length > 0 ? job.checkEmail(emailField.text) : ""

    function find() {
        if (emailField.text.trim().length > 0 && emailError.length === 0 && !job.busy)
            job.preview(emailField.text)
    }

    title: qsTr("Erase a donor's personal data")
    modal: true
    Overlay.modal: Rectangle { color: Qt.rgba(0, 0, 0, Theme.dark ? 0.5 : 0.3) }
    anchors.centerIn: Overlay.overlay
    width: Math.min(580, (Overlay.overlay ? Overlay.overlay.width : 640) - 48)
    padding: 16
    onOpened: {
        job.reset()
        emailField.text = ""
        emailField.forceActiveFocus()
    }

    DonorErasureJob { id: job }

    // A Column, not a ColumnLayout: the wrapped labels' heights change with the text, and the
    // layout (Qt 6.4) kept the height of their first line, leaving the dialog too short.
    contentItem: Column {
        spacing: 10
        Label {
            width: parent.width
            text: qsTr("Their donations keep what the books need: amounts, currency, status, dates, campaign and ids. Their name, email and personal details are erased, and so are the headers and body of every stored or refused request that holds the address. This cannot be undone; backups keep what they hold.")
            wrapMode: Text.Wrap
            color: Theme.mutedText
        }
        RowLayout {
            width: parent.width
            spacing: 6
            TextField {
                id: emailField
                objectName: "erasureEmailField"
                placeholderText: qsTr("donor@example.org")
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                Accessible.name: qsTr("Donor's email address")
                Layout.fillWidth: true
                onAccepted: dialog.find()
                // A preview is for the address it was made for.
                onTextChanged: if ((job.previewed || job.error.length > 0) && text.trim() !== job.email) job.reset()
            }
            Button {
                objectName: "erasureFindButton"
                text: qsTr("Find")
                enabled: emailField.text.trim().length > 0 && dialog.emailError.length === 0 && !job.busy
                onClicked: dialog.find()
            }
        }
        Label {
            objectName: "erasureEmailError"
            width: parent.width
            visible: text.length > 0
            text: dialog.emailError
            color: Theme.danger
            wrapMode: Text.Wrap
        }
        RowLayout {
            visible: job.busy
            spacing: 8
            BusyIndicator { running: job.busy; implicitWidth: 24; implicitHeight: 24 }
            Label { text: qsTr("Searching every stored request…"); color: Theme.mutedText }
        }
        Label {
            objectName: "erasureSummary"
            visible: text.length > 0
            text: job.error.length > 0 ? job.error : job.summary
            width: parent.width
            color: job.error.length > 0 ? Theme.danger : job.erased ? Theme.success : Theme.text
            font.bold: job.previewed && !job.nothingFound
            wrapMode: Text.Wrap
        }
        Label {
            width: parent.width
            visible: job.previewed && !job.nothingFound
            text: qsTr("Erase it? Check the address first: this cannot be undone.")
            color: Theme.warning
            wrapMode: Text.Wrap
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "erasureConfirmButton"
            text: qsTr("Erase for good")
            enabled: job.previewed && !job.nothingFound && !job.busy
            palette.buttonText: Theme.danger
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: job.erase()
        }
        Button {
            objectName: "erasureCloseButton"
            text: job.erased ? qsTr("Done") : qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
