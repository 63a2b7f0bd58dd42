import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

// The request inspector: every request the listener saw, accepted or refused, newest first,
// and for the one chosen what arrived and why it was accepted or refused.
Page {
    id: view
    readonly property bool busy: !requests.loaded
    readonly property alias requests: requests
    readonly property alias detail: detail
    property bool selectedRefused: false
    property var selectedId: 0
    background: Rectangle { color: Theme.window }

    function focusSearch() {
        searchField.forceActiveFocus()
        searchField.selectAll()
    }
    function select(refused, requestId) {
        selectedRefused = refused
        selectedId = requestId
        detail.show(refused, requestId)
    }
    function statusTone(status) {
        return status >= 200 && status < 300 ? Theme.success : status >= 500 ? Theme.warning : Theme.danger
    }
    function resultTone(result) {
        switch (result) {
        case "accepted": return Theme.success
        case "pending": return Theme.info
        case "duplicate": case "ignored": return Theme.neutral
        case "dead": return Theme.warning
        default: return Theme.danger
        }
    }
    function sizeText(bytes) {
        return bytes < 1024 ? qsTr("%1 B").arg(bytes)
             : bytes < 1024 * 1024 ? qsTr("%1 KiB").arg((bytes / 1024).toFixed(1))
             : qsTr("%1 MiB").arg((bytes / 1048576).toFixed(1))
    }

    RequestListModel {
        id: requests
        revision: App.requestRevision
        // The first request, chosen once the list has loaded, so the pane is never empty
        // while there is something to show.
        onLoadingChanged: {
            if (!loading && count > 0 && (view.selectedId === 0 || indexOf(view.selectedRefused, view.selectedId) < 0)) {
                const first = get(0)
                view.select(first.refused, first.requestId)
            } else if (!loading && count === 0) {
                view.select(false, 0)
            }
        }
    }
    ReprocessJob { id: reprocess }
    RequestDetail {
        id: detail
        baseUrl: App.listenUrl
        revision: App.requestRevision
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Requests")
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            Label {
                text: qsTr("everything the listener saw, accepted or refused")
                color: Theme.mutedText
                elide: Text.ElideRight
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignBottom
                Layout.bottomMargin: 3
            }
            Label {
                text: requests.more ? qsTr("%1+ requests").arg(requests.count)
                                    : qsTr("%n request(s)", "", requests.count)
                color: Theme.mutedText
            }
            Button {
                objectName: "reprocessDeadButton"
                visible: requests.results.indexOf("dead") >= 0
                enabled: !reprocess.running && requests.count > 0
                text: requests.endpointId > 0 ? qsTr("Reprocess this endpoint's dead letters")
                                              : qsTr("Reprocess dead letters")
                onClicked: reprocess.reprocessDeadLetters(requests.endpointId)
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("After fixing the endpoint's settings (a missing currency, say): run its dead letters through the processor again")
            }
            Button {
                objectName: "replayWindowButton"
                enabled: !reprocess.running
                text: qsTr("Run a time window again…")
                onClicked: replayDialog.openFor(requests.endpointId)
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Run every stored request of an endpoint received in a time window through the processor again; nothing is counted twice")
            }
            Button {
                objectName: "refreshButton"
                text: requests.stale ? qsTr("Show new requests") : qsTr("Refresh")
                highlighted: requests.stale
                onClicked: requests.reload()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            TextField {
                id: searchField
                objectName: "searchField"
                placeholderText: qsTr("Search headers and bodies (Ctrl+F)")
                Layout.fillWidth: true
                Layout.maximumWidth: 360
                Layout.minimumWidth: 160
                onTextChanged: requests.search = text
            }
            ComboBox {
                id: endpointField
                objectName: "endpointFilter"
                Layout.preferredWidth: 200
                textRole: "name"
                valueRole: "endpointId"
                model: [{ name: qsTr("All endpoints"), endpointId: 0 }].concat(endpointChoices.values)
                onActivated: requests.endpointId = currentValue
                QtObject {
                    id: endpointChoices
                    property var values: {
                        App.endpoints.count // re-evaluate when the list changes
                        const out = []
                        for (let i = 0; i < App.endpoints.count; ++i) {
                            const e = App.endpoints.get(i)
                            out.push({ name: e.name, endpointId: e.endpointId })
                        }
                        return out
                    }
                }
            }
            ComboBox {
                id: resultField
                objectName: "resultFilter"
                Layout.preferredWidth: 200
                textRole: "label"
                valueRole: "name"
                model: [{ label: qsTr("All results"), name: "" }].concat(requests.resultChoices)
                onActivated: requests.results = currentValue ? [currentValue] : []
            }
            Item { Layout.fillWidth: true }
        }

        Label {
            objectName: "reprocessSummary"
            visible: text.length > 0
            text: reprocess.summary
            color: reprocess.ok ? Theme.mutedText : Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: requests.error.length > 0
            text: requests.error
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: Qt.Horizontal

            // The list
            Rectangle {
                SplitView.preferredWidth: Math.max(380, view.width * 0.42)
                SplitView.minimumWidth: 300
                color: Theme.base
                border.color: Theme.border
                radius: Theme.radius

                ListView {
                    id: list
                    objectName: "requestList"
                    anchors.fill: parent
                    anchors.margins: 1
                    clip: true
                    model: requests
                    currentIndex: requests.indexOf(view.selectedRefused, view.selectedId)
                    ScrollBar.vertical: ScrollBar {}
                    onAtYEndChanged: if (atYEnd) requests.loadMore()
                    activeFocusOnTab: true
                    Keys.onUpPressed: if (currentIndex > 0) { const r = requests.get(currentIndex - 1); view.select(r.refused, r.requestId) }
                    Keys.onDownPressed: if (currentIndex + 1 < count) { const r = requests.get(currentIndex + 1); view.select(r.refused, r.requestId) }

                    delegate: ItemDelegate {
                        id: row
                        required property int index
                        required property bool refused
                        required property var requestId
                        required property var receivedAt
                        required property string endpointName
                        required property string method
                        required property string target
                        required property var size
                        required property int httpStatus
                        required property string result
                        required property string resultLabel
                        required property string reason
                        required property string peer
                        required property int donations
                        required property bool erased
                        width: ListView.view.width
                        background: Rectangle {
                            color: row.ListView.isCurrentItem ? Theme.highlight
                                 : row.hovered ? Theme.alternateBase : "transparent"
                        }
                        onClicked: {
                            view.select(refused, requestId)
                            list.forceActiveFocus()
                        }
                        contentItem: ColumnLayout {
                            spacing: 2
                            RowLayout {
                                spacing: 8
                                Label {
                                    text: Format.time(row.receivedAt)
                                    color: Theme.mutedText
                                    font.pixelSize: Theme.fontSmall
                                    Layout.preferredWidth: 64
                                }
                                StatusBadge {
                                    status: "x"
                                    label: String(row.httpStatus)
                                    tone: view.statusTone(row.httpStatus)
                                }
                                Label {
                                    text: row.resultLabel
                                    color: view.resultTone(row.result)
                                    font.bold: true
                                }
                                Label {
                                    text: row.donations > 0 ? qsTr("· %n donation(s)", "", row.donations) : ""
                                    color: Theme.mutedText
                                    visible: text.length > 0
                                }
                                Item { Layout.fillWidth: true }
                                Label {
                                    // An erased request's bytes are gone: its size would say 0.
                                    text: row.erased ? qsTr("erased") : view.sizeText(row.size)
                                    color: Theme.mutedText
                                    font.pixelSize: Theme.fontSmall
                                    font.italic: row.erased
                                }
                            }
                            Label {
                                text: (row.endpointName.length > 0 ? row.endpointName : qsTr("no endpoint"))
                                      + " · " + row.method + " " + row.target + " · " + row.peer
                                elide: Text.ElideRight
                                color: Theme.mutedText
                                Layout.fillWidth: true
                            }
                            Label {
                                visible: row.reason.length > 0
                                text: row.reason
                                color: row.result === "dead" ? Theme.warning
                                     : row.result === "ignored" ? Theme.mutedText : Theme.danger
                                elide: Text.ElideRight
                                maximumLineCount: 1
                                Layout.fillWidth: true
                            }
                        }
                    }

                    EmptyState {
                        anchors.centerIn: parent
                        width: parent.width - 40
                        visible: requests.loaded && requests.count === 0
                        title: requests.search.length > 0 || requests.results.length > 0 || requests.endpointId > 0
                               ? qsTr("No request matches") : qsTr("No requests yet")
                        hint: requests.search.length > 0 || requests.results.length > 0 || requests.endpointId > 0
                              ? qsTr("Change the filters above.")
                              : qsTr("Requests appear here as providers (or the test sender) send them.")
                    }
                }
            }

            // The detail
            ScrollView {
                id: detailScroll
                objectName: "requestDetail"
                SplitView.fillWidth: true
                SplitView.minimumWidth: 360
                contentWidth: availableWidth
                clip: true

                ColumnLayout {
                    width: detailScroll.availableWidth - 12
                    spacing: 12
                    visible: detail.found

                    Card {
                        Layout.fillWidth: true
                        Layout.minimumWidth: 0
                        Layout.leftMargin: 12
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 8
                            StatusBadge {
                                status: "x"
                                label: String(detail.entry.httpStatus || "")
                                tone: view.statusTone(detail.entry.httpStatus || 0)
                            }
                            Label {
                                objectName: "detailResult"
                                text: detail.entry.resultLabel || ""
                                font.bold: true
                                font.pixelSize: 16
                                color: view.resultTone(detail.entry.result || "")
                            }
                            Item { Layout.fillWidth: true }
                            Button {
                                objectName: "replayButton"
                                visible: detail.entry.refused === false
                                enabled: !reprocess.running && !detail.entry.erased
                                text: qsTr("Run again")
                                onClicked: reprocess.replay(detail.entry.requestId)
                                ToolTip.visible: hovered
                                ToolTip.delay: 600
                                ToolTip.text: detail.entry.erased
                                              ? qsTr("Its raw bytes were erased: there is nothing left to run again")
                                              : qsTr("Run this stored request through the processor again: what it says is applied once, never twice")
                            }
                            Button {
                                objectName: "copyCurlButton"
                                text: curlCopied.running ? qsTr("Copied") : qsTr("Copy as cURL")
                                enabled: detail.curl.length > 0 && !detail.entry.erased
                                onClicked: {
                                    App.copyText(detail.curl)
                                    curlCopied.restart()
                                }
                                Timer { id: curlCopied; interval: 1200 }
                                ToolTip.visible: hovered
                                ToolTip.delay: 600
                                ToolTip.text: qsTr("A curl command that sends the same headers and body to the local listener again")
                            }
                        }
                        Label {
                            objectName: "erasedNote"
                            visible: detail.erasedNote.length > 0
                            text: detail.erasedNote
                            font.bold: true
                            wrapMode: Text.Wrap
                            color: Theme.info
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: detail.erasedNote.length > 0
                            text: detail.entry.refused
                                  ? qsTr("Its headers and body are gone; when and why it was refused stays.")
                                  : qsTr("Its headers and body are gone; the donations it created or changed stay, with their amounts and ids.")
                            wrapMode: Text.Wrap
                            color: Theme.mutedText
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "detailReason"
                            visible: (detail.entry.reason || "").length > 0
                            text: detail.entry.reason || ""
                            wrapMode: Text.Wrap
                            color: detail.entry.result === "dead" ? Theme.warning
                                 : detail.entry.result === "ignored" ? Theme.mutedText : Theme.danger
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: detail.entry.result === "dead"
                            text: qsTr("Stored, but it could not be read into a donation. Fix the endpoint's settings, then run 'donationdesk reprocess'.")
                            wrapMode: Text.Wrap
                            color: Theme.mutedText
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: (detail.entry.suppressedBefore || 0) > 0
                            text: qsTr("%n refusal(s) just before this one were not logged (rate limit).", "", detail.entry.suppressedBefore || 0)
                            color: Theme.mutedText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        GridLayout {
                            columns: 2
                            columnSpacing: 12
                            rowSpacing: 4
                            Layout.fillWidth: true
                            Label { text: qsTr("Received"); color: Theme.mutedText }
                            Label { text: detail.entry.receivedAt ? Format.dateTime(detail.entry.receivedAt) : ""; Layout.fillWidth: true }
                            Label { text: qsTr("From"); color: Theme.mutedText }
                            Label { text: detail.entry.peer || ""; Layout.fillWidth: true }
                            Label { text: qsTr("Endpoint"); color: Theme.mutedText }
                            Label {
                                text: (detail.entry.endpointName || "").length > 0
                                      ? detail.entry.endpointName + (detail.entry.provider ? " (" + detail.entry.provider + ")" : "")
                                      : qsTr("none (unknown URL)")
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Label { text: qsTr("Request"); color: Theme.mutedText }
                            Label {
                                text: (detail.entry.method || "") + " " + (detail.entry.target || "") + " · "
                                      + (detail.entry.erased ? qsTr("raw bytes erased") : view.sizeText(detail.entry.size || 0))
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                        }
                    }

                    Card {
                        title: qsTr("Donations it created or changed")
                        visible: !detail.entry.refused
                        Layout.fillWidth: true
                        Layout.minimumWidth: 0
                        Layout.leftMargin: 12
                        Label {
                            visible: detail.touched.length === 0
                            text: detail.entry.result === "pending" ? qsTr("Waiting for the processor…")
                                 : detail.entry.result === "ignored" ? qsTr("None: a valid event that carries no donation.")
                                 : qsTr("None.")
                            color: Theme.mutedText
                        }
                        Repeater {
                            model: detail.touched
                            delegate: RowLayout {
                                required property var modelData
                                Layout.fillWidth: true
                                spacing: 8
                                StatusBadge { status: modelData.statusAfter }
                                Label {
                                    text: (modelData.donorName || qsTr("anonymous")) + " · "
                                          + Format.money(modelData.amount, modelData.currency)
                                          + " · " + modelData.externalId
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                    Layout.minimumWidth: 0
                                    Layout.preferredWidth: 0
                                }
                                Label {
                                    text: modelData.duplicate ? qsTr("redelivery, no change")
                                        : modelData.statusBefore ? qsTr("was %1").arg(Format.statusLabel(modelData.statusBefore))
                                        : qsTr("new")
                                    color: Theme.mutedText
                                }
                            }
                        }
                    }

                    Card {
                        objectName: "headersCard"
                        title: qsTr("Headers")
                        visible: !detail.entry.erased
                        Layout.fillWidth: true
                        Layout.minimumWidth: 0
                        Layout.leftMargin: 12
                        TextArea {
                            objectName: "headersText"
                            text: detail.headers
                            readOnly: true
                            selectByMouse: true
                            wrapMode: TextEdit.WrapAnywhere
                            font.family: "monospace"
                            font.pixelSize: 12
                            Layout.fillWidth: true
                            Layout.minimumWidth: 0
                            Layout.preferredWidth: 0
                            background: null
                        }
                        CopyButton { value: detail.headers }
                    }

                    Card {
                        objectName: "bodyCard"
                        title: detail.bodyCut ? qsTr("Body (the first %1 kept)").arg(view.sizeText(detail.bodyExact.length))
                                              : qsTr("Body")
                        visible: !detail.entry.erased
                        Layout.fillWidth: true
                        Layout.minimumWidth: 0
                        Layout.leftMargin: 12
                        Layout.bottomMargin: 4
                        RowLayout {
                            spacing: 8
                            visible: detail.bodyKind === "json"
                            RadioButton { id: prettyBody; text: qsTr("Pretty"); checked: true }
                            RadioButton { text: qsTr("As received") }
                        }
                        TextArea {
                            objectName: "bodyText"
                            text: detail.bodyKind === "json" && !prettyBody.checked ? detail.bodyExact : detail.body
                            readOnly: true
                            selectByMouse: true
                            wrapMode: TextEdit.WrapAnywhere
                            font.family: "monospace"
                            font.pixelSize: 12
                            Layout.fillWidth: true
                            Layout.minimumWidth: 0
                            Layout.preferredWidth: 0
                            background: null
                        }
                        CopyButton { value: detail.bodyExact }
                    }
                }
            }
        }
    }

    Dialog {
        id: replayDialog
        objectName: "replayDialog"
        property double endpointId: 0
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 40 : 520, 520)
        modal: true
        title: qsTr("Run a time window again")

        function openFor(endpointId) {
            replayDialog.endpointId = endpointId
            replayEndpoint.currentIndex = Math.max(0, replayEndpoint.indexOfValue(endpointId))
            const now = new Date()
            const dayAgo = new Date(now.getTime() - 24 * 3600 * 1000)
            replayFrom.text = Qt.formatDateTime(dayAgo, "yyyy-MM-dd HH:mm")
            replayTo.text = Qt.formatDateTime(now, "yyyy-MM-dd HH:mm")
            replayError.text = ""
            open()
        }
        function run() {
            const why = reprocess.replayWindow(replayEndpoint.currentValue, replayFrom.text, replayTo.text)
            replayError.text = why
            if (why.length === 0)
                close()
        }

        contentItem: GridLayout {
            columns: 2
            columnSpacing: 12
            rowSpacing: 8
            Label {
                text: qsTr("Every stored request received in the window goes through the processor again, as after a change of the endpoint's settings. Donations already made are not made twice; erased requests are skipped.")
                wrapMode: Text.Wrap
                Layout.columnSpan: 2
                Layout.fillWidth: true
            }
            Label { text: qsTr("Endpoint") }
            ComboBox {
                id: replayEndpoint
                objectName: "replayEndpoint"
                textRole: "name"
                valueRole: "endpointId"
                model: [{ name: qsTr("All endpoints"), endpointId: 0 }].concat(endpointChoices.values)
                Layout.fillWidth: true
            }
            Label { text: qsTr("From") }
            TextField {
                id: replayFrom
                objectName: "replayFrom"
                placeholderText: qsTr("YYYY-MM-DD HH:MM (empty: the first)")
                selectByMouse: true
                Layout.fillWidth: true
                onAccepted: replayDialog.run()
            }
            Label { text: qsTr("Until") }
            TextField {
                id: replayTo
                objectName: "replayTo"
                placeholderText: qsTr("YYYY-MM-DD HH:MM (empty: now)")
                selectByMouse: true
                Layout.fillWidth: true
                onAccepted: replayDialog.run()
            }
            Label {
                text: qsTr("Local times; the window includes its start, not its end.")
                color: Theme.mutedText
                font.pixelSize: Theme.fontSmall
                Layout.columnSpan: 2
            }
            Label {
                id: replayError
                objectName: "replayError"
                visible: text.length > 0
                color: Theme.danger
                wrapMode: Text.Wrap
                Layout.columnSpan: 2
                Layout.fillWidth: true
            }
        }
        footer: DialogButtonBox {
            Button {
                objectName: "replayRunButton"
                text: qsTr("Run again")
                DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
                onClicked: replayDialog.run()
            }
            Button {
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
    }
}
