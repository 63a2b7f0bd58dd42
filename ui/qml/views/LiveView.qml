import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

// Donations and requests as they arrive, newest first.
Page {
    id: view
    readonly property bool busy: App.endpoints.loading
    background: Rectangle { color: Theme.window }

    function togglePause() { App.live.paused = !App.live.paused }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Live")
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            Label {
                text: App.live.paused ? qsTr("paused") : qsTr("as it arrives")
                color: App.live.paused ? Theme.warning : Theme.mutedText
                Layout.alignment: Qt.AlignBottom
                Layout.bottomMargin: 3
            }
            Item { Layout.fillWidth: true }
            Button {
                id: pauseButton
                objectName: "pauseButton"
                text: App.live.paused
                      ? (App.live.heldCount > 0 ? qsTr("Resume (%n new)", "", App.live.heldCount) : qsTr("Resume"))
                      : qsTr("Pause")
                highlighted: App.live.paused && App.live.heldCount > 0
                onClicked: view.togglePause()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Hold new arrivals back while you read (Ctrl+P)")
            }
            Button {
                text: qsTr("Clear")
                enabled: App.live.count > 0
                onClicked: App.live.clear()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: false // a nested layout fills by default: this row keeps its height
            spacing: 12

            Card {
                title: qsTr("Listener")
                Layout.fillWidth: true
                Layout.preferredWidth: 3
                Layout.fillHeight: true
                GridLayout {
                    Layout.fillWidth: true
                    columns: 2
                    columnSpacing: 10
                    rowSpacing: 4
                    Rectangle {
                        width: 10; height: 10; radius: 5
                        color: App.listening ? Theme.success : (App.lastError.length > 0 ? Theme.danger : Theme.neutral)
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            text: App.listening ? qsTr("Running at %1").arg(App.listenUrl)
                                                : (App.listenerBusy ? qsTr("Starting or stopping…") : qsTr("Stopped"))
                        }
                        Button {
                            objectName: "listenerButton"
                            text: App.listening ? qsTr("Stop") : qsTr("Start")
                            enabled: !App.listenerBusy
                            onClicked: App.listening ? App.stopListener() : App.startListener()
                        }
                    }
                    Item { width: 1; height: 1 }
                    Label {
                        text: qsTr("Inbox depth %1 · last commit %2")
                              .arg(App.inboxDepth)
                              .arg(isNaN(App.lastCommit.getTime()) ? qsTr("none yet") : Format.relative(App.lastCommit))
                        color: Theme.mutedText
                        font.pixelSize: Theme.fontSmall
                    }
                    Item { width: 1; height: 1; visible: App.lastError.length > 0 }
                    Label {
                        visible: App.lastError.length > 0
                        text: App.lastError
                        color: Theme.danger
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
            StatTile {
                label: qsTr("donations today")
                value: App.live.donationsToday
                Layout.fillHeight: true
            }
            StatTile {
                label: qsTr("requests today")
                value: App.live.requestsToday
                Layout.fillHeight: true
            }
            StatTile {
                label: qsTr("refused today")
                value: App.live.refusedToday
                valueColor: App.live.refusedToday > 0 ? Theme.danger : Theme.text
                Layout.fillHeight: true
            }
            Card {
                title: qsTr("Requests per minute, last hour")
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                Layout.fillHeight: true
                ColumnLayout {
                    Layout.fillWidth: true
                    Sparkline {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 44
                        values: App.live.perMinute
                        maximum: App.live.maxPerMinute
                    }
                    Label {
                        text: qsTr("peak %1 per minute").arg(App.live.maxPerMinute)
                        color: Theme.mutedText
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 12

            Card {
                title: qsTr("Endpoints today")
                Layout.preferredWidth: 280
                Layout.minimumWidth: 220
                Layout.fillHeight: true
                ListView {
                    id: endpointList
                    objectName: "liveEndpointList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: App.endpoints
                    spacing: 2
                    delegate: ItemDelegate {
                        id: endpointRow
                        required property string name
                        required property string providerName
                        required property int countToday
                        required property var lastRequest
                        required property string lastError
                        required property var lastErrorAt
                        required property bool alarmRaised
                        required property string alarmText
                        // The role is read through `model`: a property named `enabled` would
                        // disable the row itself.
                        required property var model
                        width: endpointList.width
                        padding: 6
                        contentItem: ColumnLayout {
                            spacing: 1
                            RowLayout {
                                EndpointAlarmMark {
                                    objectName: "liveAlarmMark"
                                    visible: endpointRow.alarmRaised
                                    text: endpointRow.alarmText
                                }
                                Label {
                                    text: endpointRow.name
                                    font.bold: true
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                    opacity: endpointRow.model.enabled ? 1 : 0.5
                                }
                                Label {
                                    text: endpointRow.countToday
                                    font.bold: true
                                }
                            }
                            Label {
                                text: endpointRow.providerName + " · "
                                      + (endpointRow.lastRequest ? qsTr("last %1").arg(Format.relative(endpointRow.lastRequest)) : qsTr("no requests yet"))
                                color: Theme.mutedText
                                font.pixelSize: Theme.fontSmall
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Label {
                                visible: endpointRow.lastError.length > 0
                                text: "⚠ " + endpointRow.lastError
                                color: Theme.danger
                                font.pixelSize: Theme.fontSmall
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                                ToolTip.visible: errorHover.hovered
                                ToolTip.text: endpointRow.lastError
                                HoverHandler { id: errorHover }
                            }
                        }
                    }
                    EmptyState {
                        anchors.centerIn: parent
                        width: parent.width - 20
                        visible: endpointList.count === 0
                        title: qsTr("No endpoints yet")
                        hint: qsTr("Add one in Endpoints (Ctrl+5).")
                    }
                }
            }

            Card {
                title: qsTr("Arrivals")
                Layout.fillWidth: true
                Layout.fillHeight: true
                ListView {
                    id: feed
                    objectName: "liveFeedList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: App.live
                    // Under a stream of webhooks every row in view is new many times a second:
                    // delegates come from a pool instead of being made and destroyed each time.
                    reuseItems: true
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ItemDelegate {
                        id: item
                        required property int index
                        required property string kind
                        required property var at
                        required property string title
                        required property string detail
                        required property string endpointName
                        required property string amount
                        required property string currency
                        required property string status
                        required property string recordState
                        required property int httpStatus
                        width: feed.width
                        padding: 6
                        readonly property color tone: kind === "donation" ? Theme.statusColor(status)
                                                    : kind === "request" ? Theme.info
                                                    : kind === "refused" ? Theme.danger : Theme.warning
                        background: Rectangle {
                            color: item.index % 2 ? Theme.alternateBase : "transparent"
                            Rectangle {
                                width: 3
                                height: parent.height - 4
                                anchors.verticalCenter: parent.verticalCenter
                                color: item.tone
                                radius: 1
                            }
                        }
                        contentItem: RowLayout {
                            spacing: 10
                            Label {
                                text: Format.time(item.at)
                                color: Theme.mutedText
                                font.pixelSize: Theme.fontSmall
                                Layout.preferredWidth: 64
                                Layout.leftMargin: 6
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 1
                                Label {
                                    text: item.title
                                    font.bold: item.kind === "donation"
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                Label {
                                    text: (item.endpointName.length > 0 ? item.endpointName + " · " : "") + item.detail
                                    color: item.kind === "refused" || item.kind === "dead" ? Theme.danger : Theme.mutedText
                                    font.pixelSize: Theme.fontSmall
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                            }
                            Label {
                                visible: item.amount.length > 0
                                text: Format.money(item.amount, item.currency)
                                font.bold: true
                                horizontalAlignment: Text.AlignRight
                            }
                            StatusBadge {
                                status: item.kind === "donation" ? item.status : ""
                            }
                            RecordStateBadge {
                                recordState: item.kind === "donation" ? item.recordState : ""
                            }
                            StatusBadge {
                                visible: item.kind !== "donation" && item.httpStatus > 0
                                status: item.kind
                                tone: item.tone
                                label: item.httpStatus
                            }
                        }
                    }
                    EmptyState {
                        anchors.centerIn: parent
                        width: parent.width - 40
                        visible: feed.count === 0
                        title: App.live.paused ? qsTr("Paused") : qsTr("Waiting for webhooks")
                        hint: App.listening ? qsTr("Donations appear here the moment they are stored. Send a test with curl to an endpoint's URL.")
                                            : qsTr("The listener is stopped: start it to receive webhooks.")
                    }
                }
            }
        }
    }
}
