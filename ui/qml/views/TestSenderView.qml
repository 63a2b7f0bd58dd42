import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

// Sends a sample webhook of an endpoint's provider, correctly signed or broken on purpose, to
// the running listener or any URL, and shows the answer and what the request became.
Page {
    id: view
    readonly property bool busy: App.endpoints.loading
    readonly property alias controller: sender
    background: Rectangle { color: Theme.window }

    TestSenderController { id: sender }

    // The override fields: [controller property, label, placeholder, hint].
    readonly property var overrideFields: [
        ["amount", qsTr("Amount"), qsTr("the sample's amount"), qsTr("In major units: 25.00, 0.00012345")],
        ["currency", qsTr("Currency"), qsTr("the sample's currency"), qsTr("A code: USD, EUR, BTC")],
        ["donorName", qsTr("Donor name"), qsTr("the sample's donor"), ""],
        ["donorEmail", qsTr("Email"), qsTr("the sample's email"), ""],
        ["status", qsTr("Status"), qsTr("the sample's status"), qsTr("The provider's own word, where the event does not decide it")],
        ["externalId", qsTr("External id"), qsTr("the sample's id"), qsTr("The provider's id of the donation: the same id updates the same donation")]
    ]

    function statusColor(status) {
        if (status >= 200 && status < 300)
            return Theme.success
        if (status >= 400 && status < 500)
            return Theme.warning
        return Theme.danger
    }
    function outcomeText(state) {
        switch (state) {
        case "waiting": return qsTr("Stored; waiting for the processor…")
        case "processed": return qsTr("Processed")
        case "ignored": return qsTr("Ignored: nothing to record")
        case "dead": return qsTr("Dead letter: it could not be read")
        case "unknown": return qsTr("Not known: the database could not be read")
        default: return ""
        }
    }
    function outcomeColor(state) {
        switch (state) {
        case "processed": return Theme.success
        case "ignored": return Theme.neutral
        case "dead": return Theme.danger
        default: return Theme.mutedText
        }
    }
    function send() {
        if (sender.send())
            resultScroll.positionAtResult()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Test sender")
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            Label {
                text: qsTr("try a webhook set-up before donors give")
                color: Theme.mutedText
                elide: Text.ElideRight
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignBottom
                Layout.bottomMargin: 3
            }
        }

        EmptyState {
            visible: !view.busy && App.endpoints.count === 0
            title: qsTr("No endpoints yet")
            hint: qsTr("Add an endpoint in Endpoints: test webhooks are sent to one of them.")
            Layout.fillWidth: true
            Layout.topMargin: 40
        }
        Item { Layout.fillHeight: true; visible: App.endpoints.count === 0 }

        ScrollView {
            id: resultScroll
            objectName: "scroll"
            visible: App.endpoints.count > 0
            clip: true
            contentWidth: availableWidth
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollBar.vertical.policy: contentHeight > height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded

            // In one column the answer is below the form: bring it into view when sending.
            function positionAtResult() {
                if (columns.columns > 1)
                    return
                const flick = contentItem
                const p = responseCard.mapToItem(flick.contentItem, 0, 0)
                flick.contentY = Math.max(0, Math.min(p.y - 8, flick.contentHeight - flick.height))
            }

            GridLayout {
                id: columns
                width: Math.min(resultScroll.availableWidth - 12, 2000)
                columns: resultScroll.availableWidth >= 1000 ? 2 : 1
                columnSpacing: 12
                rowSpacing: 12

                // What to send, how and where.
                ColumnLayout {
                    spacing: 12
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop

                    Card {
                        title: qsTr("Event")
                        Layout.fillWidth: true
                        GridLayout {
                            columns: 2
                            columnSpacing: 10
                            rowSpacing: 6
                            Layout.fillWidth: true
                            Label { text: qsTr("Endpoint") }
                            ComboBox {
                                id: endpointField
                                objectName: "endpointField"
                                model: App.endpoints
                                textRole: "name"
                                valueRole: "endpointId"
                                currentIndex: App.endpoints.count >= 0 ? App.endpoints.indexOf(sender.endpointId) : -1
                                onActivated: sender.endpointId = currentValue
                                Layout.fillWidth: true
                                Accessible.name: qsTr("Endpoint")
                            }
                            Label { text: qsTr("Sample") }
                            ComboBox {
                                id: sampleField
                                objectName: "sampleField"
                                model: sender.samples
                                textRole: "title"
                                valueRole: "id"
                                currentIndex: {
                                    const list = sender.samples
                                    for (let i = 0; i < list.length; ++i) {
                                        if (list[i].id === sender.sampleId)
                                            return i
                                    }
                                    return -1
                                }
                                onActivated: sender.sampleId = currentValue
                                Layout.fillWidth: true
                                Accessible.name: qsTr("Sample event")
                            }
                        }
                        Label {
                            objectName: "sampleDescription"
                            text: sender.sampleDescription
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: qsTr("%1 · provider event “%2”")
                                  .arg((App.endpoints.get(endpointField.currentIndex) || {}).providerName || "")
                                  .arg(sampleField.currentIndex >= 0 ? sender.samples[sampleField.currentIndex].event : "")
                            visible: sampleField.currentIndex >= 0
                            color: Theme.mutedText
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "sampleNote"
                            visible: text.length > 0
                            text: sender.sampleNote
                            color: Theme.warning
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }

                    Card {
                        title: qsTr("Payload")
                        Layout.fillWidth: true
                        TabBar {
                            id: payloadTabs
                            objectName: "payloadTabs"
                            currentIndex: sender.rawMode ? 1 : 0
                            Layout.fillWidth: true
                            TabButton {
                                objectName: "fieldsTab"
                                text: qsTr("Fields")
                                onClicked: sender.rawMode = false
                            }
                            TabButton {
                                objectName: "rawTab"
                                text: qsTr("Raw JSON")
                                onClicked: sender.rawMode = true
                            }
                        }

                        // The fields.
                        ColumnLayout {
                            visible: !sender.rawMode
                            spacing: 8
                            Layout.fillWidth: true
                            Label {
                                text: qsTr("Fields left empty keep the sample's values. “Another donor” picks another variant: other donor, amount and ids.")
                                color: Theme.mutedText
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            GridLayout {
                                columns: width >= 480 ? 2 : 1
                                columnSpacing: 12
                                rowSpacing: 6
                                Layout.fillWidth: true
                                Repeater {
                                    model: view.overrideFields
                                    delegate: ColumnLayout {
                                        required property var modelData
                                        readonly property string key: modelData[0]
                                        spacing: 2
                                        Layout.fillWidth: true
                                        Layout.preferredWidth: 1
                                        Layout.alignment: Qt.AlignTop
                                        Label {
                                            text: modelData[1]
                                            color: Theme.mutedText
                                            font.pixelSize: Theme.fontSmall
                                        }
                                        TextField {
                                            objectName: key + "Field"
                                            text: sender[key]
                                            placeholderText: modelData[2]
                                            selectByMouse: true
                                            onTextEdited: sender[key] = text
                                            onAccepted: view.send()
                                            Layout.fillWidth: true
                                            Accessible.name: modelData[1]
                                            ToolTip.visible: hovered && modelData[3].length > 0
                                            ToolTip.delay: 600
                                            ToolTip.text: modelData[3]
                                        }
                                        EndpointFieldError {
                                            objectName: "error_" + key
                                            text: sender.errorField === key ? sender.error : ""
                                        }
                                    }
                                }
                            }
                            RowLayout {
                                Layout.fillWidth: true
                                Button {
                                    objectName: "anotherDonorButton"
                                    text: qsTr("Another donor")
                                    onClicked: sender.nextVariant()
                                    ToolTip.visible: hovered
                                    ToolTip.delay: 600
                                    ToolTip.text: qsTr("The next variant of the sample: another donor, amount and ids (variant %1)").arg(sender.variant)
                                }
                                Button {
                                    objectName: "clearFieldsButton"
                                    text: qsTr("Clear fields")
                                    onClicked: sender.clearOverrides()
                                }
                                Item { Layout.fillWidth: true }
                            }
                            EndpointFieldError {
                                objectName: "error_fields"
                                text: sender.errorField === "" ? sender.error : ""
                            }
                            TestSenderTextBlock {
                                objectName: "preview"
                                title: qsTr("Body (before signing; sent without the indentation)")
                                text: sender.builtBodyPretty
                                copyValue: sender.builtBody
                                maximumHeight: 220
                                Layout.fillWidth: true
                            }
                        }

                        // The raw body.
                        ColumnLayout {
                            visible: sender.rawMode
                            spacing: 6
                            Layout.fillWidth: true
                            Label {
                                text: qsTr("Sent exactly as typed, signed as the provider signs it. The fields above do not apply here.")
                                color: Theme.mutedText
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            ScrollView {
                                clip: true
                                Layout.fillWidth: true
                                Layout.preferredHeight: 260
                                contentWidth: availableWidth
                                TextArea {
                                    id: rawEditor
                                    objectName: "rawEditor"
                                    // Not a binding: typing (or a test setting the text) must
                                    // not cut the editor off from "Start again from the sample".
                                    Component.onCompleted: text = sender.rawBody
                                    onTextChanged: if (text !== sender.rawBody) sender.rawBody = text
                                    Connections {
                                        target: sender
                                        function onRawBodyChanged() {
                                            if (rawEditor.text !== sender.rawBody)
                                                rawEditor.text = sender.rawBody
                                        }
                                    }
                                    selectByMouse: true
                                    wrapMode: TextEdit.WrapAnywhere
                                    font.family: "monospace"
                                    font.pixelSize: Theme.fontSmall + 1
                                    color: Theme.text
                                    background: Rectangle {
                                        color: Theme.base
                                        border.color: sender.errorField === "raw" ? Theme.danger : Theme.border
                                        radius: 3
                                    }
                                    Accessible.name: qsTr("Raw JSON body")
                                }
                            }
                            EndpointFieldError {
                                objectName: "error_raw"
                                text: sender.errorField === "raw" || sender.errorField === "" ? sender.error : ""
                            }
                            Label {
                                objectName: "rawWarning"
                                visible: text.length > 0
                                text: sender.rawWarning
                                color: Theme.warning
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            RowLayout {
                                Layout.fillWidth: true
                                Button {
                                    objectName: "resetRawButton"
                                    text: qsTr("Start again from the sample")
                                    onClicked: sender.resetRawBody()
                                }
                                Item { Layout.fillWidth: true }
                                CopyButton { value: sender.rawBody }
                            }
                        }
                    }

                    Card {
                        title: qsTr("How to send it")
                        Layout.fillWidth: true
                        ButtonGroup { id: breakageGroup }
                        Repeater {
                            model: sender.breakages
                            delegate: ColumnLayout {
                                required property var modelData
                                spacing: 0
                                Layout.fillWidth: true
                                RadioButton {
                                    objectName: "breakage_" + modelData.name
                                    ButtonGroup.group: breakageGroup
                                    text: modelData.label
                                    enabled: modelData.available
                                    checked: sender.breakage === modelData.name
                                    onClicked: sender.breakage = modelData.name
                                    ToolTip.visible: hovered
                                    ToolTip.delay: 600
                                    ToolTip.text: modelData.available ? modelData.hint : modelData.reason
                                }
                                Label {
                                    objectName: "breakageNote_" + modelData.name
                                    text: modelData.available ? modelData.hint : qsTr("Does not apply: %1").arg(modelData.reason)
                                    color: modelData.available ? Theme.mutedText : Theme.neutral
                                    font.pixelSize: Theme.fontSmall
                                    font.italic: !modelData.available
                                    wrapMode: Text.Wrap
                                    Layout.fillWidth: true
                                    Layout.leftMargin: 32
                                }
                            }
                        }
                        EndpointFieldError {
                            objectName: "error_breakage"
                            text: sender.errorField === "breakage" ? sender.error : ""
                        }
                    }

                    Card {
                        title: qsTr("Where to send it")
                        Layout.fillWidth: true
                        RadioButton {
                            objectName: "localTarget"
                            text: qsTr("The listener in this app")
                            checked: !sender.useCustomUrl
                            onClicked: sender.useCustomUrl = false
                        }
                        Label {
                            objectName: "localUrl"
                            text: sender.localUrl.length > 0 ? sender.localUrl : qsTr("The listener is not running.")
                            color: sender.localUrl.length > 0 ? Theme.text : Theme.warning
                            font.family: "monospace"
                            font.pixelSize: Theme.fontSmall + 1
                            wrapMode: Text.WrapAnywhere
                            Layout.fillWidth: true
                            Layout.leftMargin: 32
                        }
                        RadioButton {
                            objectName: "customTarget"
                            text: qsTr("Another URL, e.g. your public URL through a reverse proxy or tunnel")
                            checked: sender.useCustomUrl
                            onClicked: sender.useCustomUrl = true
                            Layout.fillWidth: true
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            Layout.leftMargin: 32
                            TextField {
                                objectName: "customUrlField"
                                text: sender.customUrl
                                enabled: sender.useCustomUrl
                                placeholderText: qsTr("https://donations.example.org/hooks/…")
                                selectByMouse: true
                                font.family: "monospace"
                                onTextEdited: sender.customUrl = text
                                onAccepted: view.send()
                                Layout.fillWidth: true
                                Accessible.name: qsTr("URL to send to")
                            }
                            Button {
                                text: qsTr("Endpoint's URL")
                                enabled: sender.useCustomUrl && sender.publicUrl.length > 0
                                onClicked: sender.customUrl = sender.publicUrl
                                ToolTip.visible: hovered
                                ToolTip.delay: 600
                                ToolTip.text: qsTr("The URL given to the provider: %1").arg(sender.publicUrl)
                            }
                        }
                        Label {
                            visible: sender.useCustomUrl
                            text: qsTr("The answer is shown; what the request became is shown only for the listener in this app.")
                            color: Theme.mutedText
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                            Layout.leftMargin: 32
                        }
                        EndpointFieldError {
                            objectName: "error_url"
                            text: sender.errorField === "url" ? sender.error : ""
                        }
                        CheckBox {
                            objectName: "markAsTest"
                            text: qsTr("Mark as test (kept out of reports)")
                            checked: sender.markAsTest
                            onToggled: sender.markAsTest = checked
                            ToolTip.visible: hovered
                            ToolTip.delay: 600
                            ToolTip.text: qsTr("Unchecked, the donation counts like a real one in reports and exports.")
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            Layout.topMargin: 4
                            Button {
                                objectName: "sendButton"
                                text: sender.sending ? qsTr("Sending…") : qsTr("Send")
                                highlighted: true
                                enabled: sender.canSend
                                onClicked: view.send()
                                Layout.preferredWidth: Math.max(implicitWidth, 120)
                            }
                            BusyIndicator {
                                running: sender.sending
                                visible: running
                                Layout.preferredHeight: 28
                                Layout.preferredWidth: 28
                            }
                            Label {
                                visible: !sender.canSend && !sender.sending && sender.error.length > 0
                                text: qsTr("Nothing can be sent until the problem above is fixed.")
                                color: Theme.mutedText
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            Item { Layout.fillWidth: true }
                        }
                    }
                }

                // What came back.
                ColumnLayout {
                    spacing: 12
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop

                    Card {
                        id: responseCard
                        title: qsTr("Response")
                        Layout.fillWidth: true

                        Label {
                            visible: !sender.hasResult && !sender.sending
                            text: qsTr("Nothing sent yet. Choose an event and press Send: the answer, how long it took and what the request became appear here.")
                            color: Theme.mutedText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: sender.sending
                            text: qsTr("Waiting for the answer…")
                            color: Theme.mutedText
                        }
                        // An answer.
                        RowLayout {
                            visible: sender.hasResult && sender.responseStatus > 0
                            Layout.fillWidth: true
                            spacing: 10
                            Label {
                                objectName: "responseStatus"
                                text: sender.responseStatus > 0
                                      ? qsTr("%1 %2").arg(sender.responseStatus).arg(sender.responseReason)
                                      : ""
                                color: view.statusColor(sender.responseStatus)
                                font.pixelSize: Theme.fontTitle
                                font.bold: true
                            }
                            Label {
                                objectName: "elapsed"
                                text: qsTr("in %1 ms").arg(sender.elapsedMs.toLocaleString(Qt.locale(), "f", 1))
                                color: Theme.mutedText
                                Layout.alignment: Qt.AlignBottom
                                Layout.bottomMargin: 3
                            }
                            Item { Layout.fillWidth: true }
                        }
                        Rectangle {
                            visible: sender.refusal.length > 0
                            color: Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, Theme.dark ? 0.2 : 0.08)
                            border.color: Theme.danger
                            radius: Theme.radius
                            Layout.fillWidth: true
                            implicitHeight: refusalColumn.implicitHeight + 16
                            ColumnLayout {
                                id: refusalColumn
                                anchors.fill: parent
                                anchors.margins: 8
                                spacing: 2
                                Label {
                                    text: qsTr("Refused by the listener:")
                                    color: Theme.danger
                                    font.pixelSize: Theme.fontSmall
                                }
                                Label {
                                    objectName: "refusal"
                                    text: sender.refusal
                                    color: Theme.danger
                                    font.pixelSize: 15
                                    font.bold: true
                                    wrapMode: Text.Wrap
                                    Layout.fillWidth: true
                                }
                            }
                        }
                        // No answer.
                        ColumnLayout {
                            visible: sender.failure.length > 0
                            spacing: 4
                            Layout.fillWidth: true
                            Label {
                                objectName: "failureKind"
                                text: qsTr("No answer (%1)").arg(sender.failure)
                                color: Theme.danger
                                font.pixelSize: Theme.fontTitle - 2
                                font.bold: true
                            }
                            Label {
                                objectName: "failureText"
                                text: sender.failureText
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            Label {
                                text: sender.networkError
                                color: Theme.mutedText
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                        }
                        TestSenderTextBlock {
                            objectName: "responseBody"
                            visible: sender.hasResult && sender.responseStatus > 0
                            title: qsTr("Body")
                            text: sender.responseBody
                            maximumHeight: 240
                            Layout.fillWidth: true
                        }
                        TestSenderTextBlock {
                            objectName: "responseHeaders"
                            visible: sender.hasResult && sender.responseStatus > 0
                            title: qsTr("Headers")
                            text: sender.responseHeaders
                            maximumHeight: 160
                            Layout.fillWidth: true
                        }
                    }

                    Card {
                        objectName: "outcomeCard"
                        title: qsTr("What it became")
                        visible: sender.outcomeState.length > 0
                        Layout.fillWidth: true
                        RowLayout {
                            Layout.fillWidth: true
                            BusyIndicator {
                                running: sender.outcomeState === "waiting"
                                visible: running
                                Layout.preferredHeight: 24
                                Layout.preferredWidth: 24
                            }
                            Label {
                                objectName: "outcomeState"
                                text: view.outcomeText(sender.outcomeState)
                                color: view.outcomeColor(sender.outcomeState)
                                font.bold: true
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            Label {
                                text: qsTr("request %1").arg(sender.inboxId)
                                color: Theme.mutedText
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                        Label {
                            objectName: "outcomeError"
                            visible: text.length > 0
                            text: sender.outcomeError
                            color: sender.outcomeState === "dead" ? Theme.danger : Theme.mutedText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: sender.outcomeState === "processed" && sender.donations.length === 0
                            text: qsTr("No donation was created or changed.")
                            color: Theme.mutedText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Repeater {
                            objectName: "outcomeDonations"
                            model: sender.donations
                            delegate: Rectangle {
                                required property var modelData
                                objectName: "donation_" + modelData.externalId
                                Layout.fillWidth: true
                                implicitHeight: donationGrid.implicitHeight + 12
                                color: Theme.alternateBase
                                border.color: Theme.border
                                radius: Theme.radius
                                GridLayout {
                                    id: donationGrid
                                    anchors.fill: parent
                                    anchors.margins: 6
                                    columns: 2
                                    columnSpacing: 10
                                    rowSpacing: 2
                                    Label {
                                        objectName: "donationAmount"
                                        text: Format.money(modelData.amount, modelData.currency)
                                        font.bold: true
                                        font.pixelSize: 15
                                    }
                                    RowLayout {
                                        Layout.fillWidth: true
                                        Label {
                                            text: modelData.statusBefore.length > 0 && modelData.statusBefore !== modelData.statusAfter
                                                  ? qsTr("%1 →").arg(Format.statusLabel(modelData.statusBefore))
                                                  : (modelData.statusBefore.length === 0 ? qsTr("new,") : "")
                                            visible: text.length > 0
                                            color: Theme.mutedText
                                        }
                                        StatusBadge { status: modelData.status }
                                        StatusBadge {
                                            visible: modelData.isTest
                                            status: "test"
                                            label: qsTr("test")
                                            tone: Theme.info
                                        }
                                        StatusBadge {
                                            visible: modelData.duplicate
                                            status: "duplicate"
                                            label: qsTr("duplicate")
                                            tone: Theme.neutral
                                        }
                                        Item { Layout.fillWidth: true }
                                    }
                                    Label {
                                        text: modelData.donorName.length > 0 ? modelData.donorName : qsTr("(no donor name)")
                                        elide: Text.ElideRight
                                        Layout.columnSpan: 2
                                        Layout.fillWidth: true
                                    }
                                    Label {
                                        objectName: "donationExternalId"
                                        text: qsTr("External id %1").arg(modelData.externalId)
                                        color: Theme.mutedText
                                        font.pixelSize: Theme.fontSmall
                                        elide: Text.ElideRight
                                        Layout.columnSpan: 2
                                        Layout.fillWidth: true
                                    }
                                }
                            }
                        }
                    }

                    Card {
                        objectName: "requestCard"
                        title: qsTr("Request as sent")
                        visible: sender.requestUrl.length > 0
                        Layout.fillWidth: true
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                objectName: "requestLine"
                                text: qsTr("POST %1").arg(sender.requestUrl)
                                font.family: "monospace"
                                font.pixelSize: Theme.fontSmall + 1
                                elide: Text.ElideMiddle
                                Layout.fillWidth: true
                            }
                            CopyButton { value: sender.requestUrl }
                            Button {
                                id: requestToggle
                                objectName: "requestToggle"
                                property bool open: false
                                text: open ? qsTr("Hide details") : qsTr("Show details")
                                onClicked: open = !open
                            }
                        }
                        TestSenderTextBlock {
                            objectName: "requestHeaders"
                            visible: requestToggle.open
                            title: qsTr("Headers")
                            text: sender.requestHeaders
                            maximumHeight: 200
                            Layout.fillWidth: true
                        }
                        TestSenderTextBlock {
                            objectName: "requestBody"
                            visible: requestToggle.open
                            title: qsTr("Body")
                            text: sender.requestBody
                            maximumHeight: 280
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
    }
}
