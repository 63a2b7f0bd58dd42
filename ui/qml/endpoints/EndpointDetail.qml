import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

// One endpoint in full: its silence alarm when raised, what to give the provider (URL, setup
// hint, secret), what happened there, its settings, and the actions that change its URL or
// remove it.
ScrollView {
    id: detail
    // The endpoint as App.endpoints.get() returns it; refreshed whenever the list changes.
    property var endpoint: ({})
    // Typed, so that they notify only when they change: `endpoint` is a new object on every
    // change of the list (live counters too), and a form being edited must not be reloaded.
    readonly property double endpointId: endpoint.endpointId !== undefined ? endpoint.endpointId : -1
    readonly property string providerId: endpoint.provider || ""
    readonly property var provider: providerId.length > 0 ? App.endpoints.provider(providerId) : ({})
    property bool revealed: false
    property var handlers: ({})
    readonly property bool saving: Object.keys(handlers).length > 0
    readonly property bool localOnly: App.settings.publicBaseUrl.length === 0
                                      && /^http:\/\/(127\.|localhost|\[::1\])/.test(App.baseUrl)

    signal removed()

    clip: true
    contentWidth: availableWidth
    // Shown from the start: the cards below the fold are easy to miss otherwise.
    ScrollBar.vertical.policy: contentHeight > height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded

    onEndpointIdChanged: {
        revealed = false
        actionError.text = ""
        form.load(endpoint)
    }
    // Changed elsewhere (the command line, another window): follow unless being edited.
    onEndpointChanged: if (!form.dirty) form.load(endpoint)

    // Runs an edit and calls `done(result)` when it has finished.
    function track(ticket, done) {
        const h = Object.assign({}, handlers)
        h[ticket] = done
        handlers = h
    }
    Connections {
        target: App.endpoints
        function onEditFinished(ticket, result) {
            const done = detail.handlers[ticket]
            if (!done)
                return
            const h = Object.assign({}, detail.handlers)
            delete h[ticket]
            detail.handlers = h
            done(result)
        }
    }
    function reportAction(result) {
        actionError.text = result.ok ? "" : result.error
    }
    function save() {
        form.clearErrors()
        const changes = form.changes()
        const renamed = changes.name !== undefined
        track(App.endpoints.update(endpointId, changes), result => {
            if (!result.ok) {
                form.showError(result.setting, result.error)
                return
            }
            form.load(result.endpoint)
            // Other views show endpoint names from the database.
            if (renamed)
                App.refresh()
        })
    }

    ColumnLayout {
        // Clear of the scroll bar; not wider than two columns can use.
        width: Math.min(detail.availableWidth - 12, 1700)
        spacing: 12

        // Name, provider, on or off.
        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Label {
                    objectName: "detailName"
                    text: detail.endpoint.name || ""
                    font.pixelSize: Theme.fontTitle - 2
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: detail.endpoint.providerName || ""
                    color: Theme.mutedText
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
            Switch {
                id: enabledSwitch
                objectName: "enabledSwitch"
                text: checked ? qsTr("Accepting requests") : qsTr("Disabled")
                checked: detail.endpoint.enabled === true
                enabled: !detail.saving
                onToggled: {
                    const on = checked
                    checked = Qt.binding(() => detail.endpoint.enabled === true)
                    detail.track(App.endpoints.setEnabled(detail.endpointId, on), detail.reportAction)
                }
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("A disabled endpoint answers 404, as if its URL did not exist; nothing it sent is lost.")
            }
        }

        EndpointFieldError { id: actionError; objectName: "actionError" }

        // The silence alarm, while raised: what is wrong, in a sentence.
        Rectangle {
            objectName: "alarmBanner"
            visible: detail.endpoint.alarmRaised === true
            Layout.fillWidth: true
            implicitHeight: alarmColumn.implicitHeight + 16
            radius: Theme.radius
            color: Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, Theme.dark ? 0.22 : 0.08)
            border.color: Theme.danger
            RowLayout {
                anchors.fill: parent
                anchors.margins: 8
                spacing: 8
                EndpointAlarmMark {
                    Layout.alignment: Qt.AlignTop
                    Layout.topMargin: 4
                }
                ColumnLayout {
                    id: alarmColumn
                    spacing: 2
                    Layout.fillWidth: true
                    Label {
                        text: detail.endpoint.alarmState === "failing" ? qsTr("Requests are failing their signature check")
                                                                       : qsTr("This endpoint has gone quiet")
                        font.bold: true
                        color: Theme.danger
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "alarmText"
                        text: detail.endpoint.alarmText || ""
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
        }

        GridLayout {
            // Two columns where there is room: what to give the provider and what happened
            // beside the settings. In one column, in that order.
            columns: detail.availableWidth >= 1200 ? 2 : 1
            columnSpacing: 12
            rowSpacing: 12
            Layout.fillWidth: true

            ColumnLayout {
                spacing: 12
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                Card {
                    title: qsTr("Connect %1").arg(detail.provider.name || qsTr("the provider"))
                    Layout.fillWidth: true

                    Label { text: qsTr("Webhook URL"); color: Theme.mutedText; font.pixelSize: Theme.fontSmall }
                    // The URL wrapped rather than scrolled (the whole of it in view to compare),
                    // the copy button beside it. Placed with anchors, not a RowLayout: a row
                    // laid out while the view was hidden could keep the height of wrapping the
                    // URL at no width (seen at start-up in German and Spanish).
                    Item {
                        Layout.fillWidth: true
                        implicitHeight: Math.max(urlFrame.height, copyUrl.implicitHeight)
                        Rectangle {
                            id: urlFrame
                            anchors.left: parent.left
                            anchors.right: copyUrl.left
                            anchors.rightMargin: 6
                            height: urlText.contentHeight + 12
                            color: Theme.alternateBase
                            border.color: Theme.border
                            radius: 3
                            TextEdit {
                                id: urlText
                                objectName: "urlField"
                                x: 8
                                y: 6
                                width: Math.max(0, parent.width - 16)
                                readOnly: true
                                selectByMouse: true
                                wrapMode: TextEdit.WrapAnywhere
                                text: detail.endpoint.url || ""
                                color: Theme.text
                                selectionColor: palette.highlight
                                selectedTextColor: palette.highlightedText
                                font.family: "monospace"
                                Accessible.name: qsTr("Webhook URL")
                            }
                        }
                        CopyButton {
                            id: copyUrl
                            objectName: "copyUrl"
                            anchors.right: parent.right
                            anchors.top: parent.top
                            value: detail.endpoint.url || ""
                        }
                    }
                    Label {
                        visible: detail.localOnly
                        text: qsTr("This address works on this computer only. For a provider on the internet, set the public base URL of your reverse proxy or tunnel in Settings.")
                        color: Theme.warning
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "setupHint"
                        text: detail.endpoint.setupHint || ""
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Layout.topMargin: 4
                    }

                    // The secret.
                    Label {
                        text: qsTr("Secret")
                        color: Theme.mutedText
                        font.pixelSize: Theme.fontSmall
                        Layout.topMargin: 6
                    }
                    Label {
                        objectName: "noSigningNote"
                        visible: detail.provider.acceptsSecret === false
                        text: qsTr("%1 does not sign its requests: the URL is the secret. Keep it private, and restrict senders with the allow-list below if you can.")
                              .arg(detail.provider.name || "")
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: detail.provider.acceptsSecret === true && detail.endpoint.hasSecret !== true
                        text: detail.provider.requiresSecret
                              ? qsTr("No secret: every request will be refused until one is set.")
                              : qsTr("No secret: the URL alone admits requests.")
                        color: detail.provider.requiresSecret ? Theme.danger : Theme.mutedText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Flow {
                        visible: detail.provider.acceptsSecret === true
                        Layout.fillWidth: true
                        spacing: 6
                        TextField {
                            objectName: "secretField"
                            visible: detail.endpoint.hasSecret === true
                            readOnly: true
                            selectByMouse: detail.revealed
                            width: Math.min(implicitWidth, parent.width)
                            implicitWidth: Math.max(260, contentWidth + leftPadding + rightPadding + 4)
                            text: detail.revealed ? (detail.endpoint.secret || "") : "••••••••••••••••••••"
                            font.family: "monospace"
                            Accessible.name: qsTr("Secret")
                        }
                        Button {
                            objectName: "revealButton"
                            visible: detail.endpoint.hasSecret === true
                            text: detail.revealed ? qsTr("Hide") : qsTr("Reveal")
                            onClicked: detail.revealed = !detail.revealed
                        }
                        CopyButton {
                            visible: detail.endpoint.hasSecret === true
                            value: detail.endpoint.secret || ""
                        }
                        Button {
                            objectName: "regenerateButton"
                            visible: detail.provider.generatesSecret === true
                            text: detail.endpoint.hasSecret ? qsTr("Regenerate…") : qsTr("Generate")
                            enabled: !detail.saving
                            onClicked: {
                                if (detail.endpoint.hasSecret)
                                    regenerateDialog.open()
                                else
                                    detail.track(App.endpoints.regenerateSecret(detail.endpointId), detail.reportAction)
                            }
                        }
                        Button {
                            objectName: "changeSecretButton"
                            text: detail.endpoint.hasSecret ? qsTr("Change…") : qsTr("Set…")
                            enabled: !detail.saving
                            onClicked: secretDialog.openFor(detail.endpoint, detail.provider)
                        }
                    }
                }
                Card {
                    id: roundTripCard
                    objectName: "roundTripCard"
                    title: qsTr("Round-trip check")
                    Layout.fillWidth: true
                    readonly property color tone: roundTrip.level === "green" ? Theme.success
                                                  : roundTrip.level === "amber" ? Theme.warning : Theme.danger

                    RoundTripController {
                        id: roundTrip
                        objectName: "roundTrip"
                        endpointId: detail.endpointId
                    }
                    Label {
                        text: roundTrip.usesPublicUrl
                              ? qsTr("Sends a signed test event to %1 through your proxy or tunnel, and checks that it arrives here intact. Test events stay out of reports.").arg(roundTrip.url)
                              : qsTr("Sends a signed test event to %1 and checks that it arrives intact. With a public URL set in Settings, the check goes through your proxy or tunnel. Test events stay out of reports.").arg(roundTrip.url)
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 8
                        Button {
                            objectName: "roundTripButton"
                            text: roundTrip.hasResult ? qsTr("Check again") : qsTr("Check round trip")
                            enabled: !roundTrip.running && detail.endpointId >= 0
                            onClicked: roundTrip.run()
                        }
                        BusyIndicator {
                            running: roundTrip.running
                            visible: running
                            Layout.preferredHeight: 24
                            Layout.preferredWidth: 24
                        }
                        Label {
                            objectName: "roundTripStep"
                            visible: roundTrip.running
                            text: roundTrip.step === "waiting" ? qsTr("Answered; looking for it among the arrivals…")
                                                               : qsTr("Sending…")
                            color: Theme.mutedText
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Item { Layout.fillWidth: true; visible: !roundTrip.running }
                    }
                    Rectangle {
                        objectName: "roundTripResult"
                        visible: roundTrip.hasResult
                        Layout.fillWidth: true
                        implicitHeight: verdictColumn.implicitHeight + 16
                        radius: Theme.radius
                        color: Qt.rgba(roundTripCard.tone.r, roundTripCard.tone.g, roundTripCard.tone.b, Theme.dark ? 0.18 : 0.08)
                        border.color: Qt.rgba(roundTripCard.tone.r, roundTripCard.tone.g, roundTripCard.tone.b, 0.6)
                        ColumnLayout {
                            id: verdictColumn
                            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 8 }
                            spacing: 4
                            RowLayout {
                                spacing: 8
                                Layout.fillWidth: true
                                Rectangle {
                                    Layout.preferredWidth: 12
                                    Layout.preferredHeight: 12
                                    Layout.alignment: Qt.AlignVCenter
                                    radius: 6
                                    color: roundTripCard.tone
                                    Accessible.name: roundTrip.level
                                }
                                Label {
                                    objectName: "roundTripSummary"
                                    text: roundTrip.summary
                                    font.bold: true
                                    wrapMode: Text.Wrap
                                    Layout.fillWidth: true
                                }
                            }
                            Label {
                                objectName: "roundTripDetail"
                                text: roundTrip.detail
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            Label {
                                objectName: "roundTripFix"
                                visible: roundTrip.fix.length > 0
                                text: qsTr("How to fix it: %1").arg(roundTrip.fix)
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            Label {
                                text: qsTr("Checked %1").arg(Format.dateTime(roundTrip.checkedAt))
                                color: Theme.mutedText
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                    }
                }
                Card {
                    title: qsTr("Activity")
                    Layout.fillWidth: true
                    GridLayout {
                        columns: 2
                        columnSpacing: 12
                        rowSpacing: 4
                        Layout.fillWidth: true
                        Label { text: qsTr("Requests today"); color: Theme.mutedText }
                        Label {
                            objectName: "countToday"
                            text: detail.endpoint.countToday !== undefined ? detail.endpoint.countToday : ""
                            font.bold: true
                        }
                        Label { text: qsTr("Last request"); color: Theme.mutedText }
                        Label {
                            objectName: "lastRequest"
                            text: detail.endpoint.lastRequest
                                  ? qsTr("%1 (%2)").arg(Format.relative(detail.endpoint.lastRequest)).arg(Format.dateTime(detail.endpoint.lastRequest))
                                  : qsTr("None yet")
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label { text: qsTr("Silence alarm"); color: Theme.mutedText; Layout.alignment: Qt.AlignTop }
                        Label {
                            objectName: "alarmStatus"
                            text: detail.endpoint.alarmState === "off" && (detail.endpoint.alarmQuietMinutes || 0) === 0
                                  && (detail.endpoint.alarmSignatureFailures || 0) === 0
                                  ? qsTr("Off: set one in the settings")
                                  : detail.endpoint.alarmRaised === true
                                    ? qsTr("Raised: %1").arg(detail.endpoint.alarmSummary || "")
                                    : (detail.endpoint.alarmText || qsTr("Not checked yet"))
                            color: detail.endpoint.alarmRaised === true ? Theme.danger : Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label { text: qsTr("Last error"); color: Theme.mutedText; Layout.alignment: Qt.AlignTop }
                        Label {
                            objectName: "lastError"
                            text: (detail.endpoint.lastError || "").length > 0
                                  ? qsTr("%1: %2").arg(Format.dateTime(detail.endpoint.lastErrorAt)).arg(detail.endpoint.lastError)
                                  : qsTr("None")
                            color: (detail.endpoint.lastError || "").length > 0 ? Theme.danger : Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
            ColumnLayout {
                spacing: 12
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                Card {
                    title: qsTr("Settings")
                    Layout.fillWidth: true
                    EndpointForm {
                        id: form
                        provider: detail.provider
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Item { Layout.fillWidth: true }
                        BusyIndicator {
                            running: detail.saving
                            visible: running
                            Layout.preferredHeight: 28
                            Layout.preferredWidth: 28
                        }
                        Button {
                            objectName: "revertButton"
                            text: qsTr("Revert")
                            enabled: form.dirty && !detail.saving
                            onClicked: form.load(detail.endpoint)
                        }
                        Button {
                            objectName: "saveButton"
                            text: qsTr("Save")
                            highlighted: true
                            enabled: form.dirty && !detail.saving
                            onClicked: detail.save()
                        }
                    }
                }
                Card {
                    title: qsTr("URL and removal")
                    Layout.fillWidth: true
                    GridLayout {
                        columns: 2
                        columnSpacing: 12
                        rowSpacing: 8
                        Layout.fillWidth: true
                        Label {
                            text: qsTr("Give this endpoint a new URL, for instance when the current one may have leaked. The current URL stops working at once.")
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Button {
                            objectName: "newUrlButton"
                            text: qsTr("New URL…")
                            enabled: !detail.saving
                            onClicked: newUrlDialog.open()
                        }
                        Label {
                            text: qsTr("Remove this endpoint: its URL stops working; its donations and stored requests are kept.")
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Button {
                            objectName: "removeButton"
                            text: qsTr("Remove…")
                            palette.buttonText: Theme.danger
                            enabled: !detail.saving
                            onClicked: removeDialog.open()
                        }
                    }
                }
            }
        }
        Item { Layout.preferredHeight: 4 }
    }

    EndpointConfirmDialog {
        id: regenerateDialog
        objectName: "regenerateDialog"
        title: qsTr("Regenerate the secret?")
        message: qsTr("Requests signed with the current secret of “%1” are refused (401) from the moment the new one is made. Enter the new secret in %2 straight away.")
                 .arg(detail.endpoint.name || "").arg(detail.provider.name || "")
        acceptText: qsTr("Regenerate")
        destructive: true
        onConfirmed: detail.track(App.endpoints.regenerateSecret(detail.endpointId), result => {
            detail.reportAction(result)
            if (result.ok)
                detail.revealed = true
        })
    }
    EndpointConfirmDialog {
        id: newUrlDialog
        objectName: "newUrlDialog"
        title: qsTr("Give it a new URL?")
        message: qsTr("The current URL of “%1” stops working at once (404). Give %2 the new URL, or its webhooks will be refused.")
                 .arg(detail.endpoint.name || "").arg(detail.provider.name || "")
        acceptText: qsTr("New URL")
        destructive: true
        onConfirmed: detail.track(App.endpoints.newToken(detail.endpointId), detail.reportAction)
    }
    EndpointConfirmDialog {
        id: removeDialog
        objectName: "removeDialog"
        title: qsTr("Remove “%1”?").arg(detail.endpoint.name || "")
        message: qsTr("Its URL stops accepting requests at once. Its donations and stored requests are kept: they stay in the views and in exports under its name.")
        acceptText: qsTr("Remove")
        destructive: true
        onConfirmed: detail.track(App.endpoints.remove(detail.endpointId), result => {
            detail.reportAction(result)
            if (result.ok) {
                detail.removed()
                App.refresh()
            }
        })
    }
    EndpointSecretDialog {
        id: secretDialog
        objectName: "secretDialog"
    }
}
