import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

// One donation in full: its fields, its history (every request that touched it) and, for the
// event chosen in the history, that request as it arrived (headers and body), each with a
// copy button.
Rectangle {
    id: panel
    property DonationDetail detail
    signal closeRequested()

    readonly property alias currentTab: tabs.currentIndex
    function showRequestOf(eventIndex) {
        detail.selectedEvent = eventIndex
        tabs.currentIndex = 2
    }

    color: Theme.base
    border.color: Theme.border
    radius: Theme.radius

    readonly property var d: detail ? detail.donation : ({})

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    font.bold: true
                    font.pixelSize: 16
                    text: !panel.detail || !panel.detail.found
                          ? (panel.detail && panel.detail.loading ? qsTr("Loading…") : qsTr("Donation not found"))
                          : (panel.d.donorName || panel.d.donorEmail || qsTr("Anonymous donor"))
                }
                RowLayout {
                    visible: panel.detail && panel.detail.found
                    spacing: 6
                    Label {
                        text: Format.money(panel.d.amount || "", panel.d.currency || "")
                        font.bold: true
                    }
                    StatusBadge { status: panel.d.status || "" }
                    RecordStateBadge { recordState: panel.d.recordState || "" }
                }
            }
            ToolButton {
                objectName: "closeDetail"
                text: "✕"
                onClicked: panel.closeRequested()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Close (Esc)")
                Accessible.name: qsTr("Close the donation")
            }
        }

        TabBar {
            id: tabs
            objectName: "detailTabs"
            Layout.fillWidth: true
            TabButton { text: qsTr("Details") }
            TabButton { text: qsTr("History (%1)").arg(panel.detail ? panel.detail.events.length : 0) }
            TabButton { text: qsTr("Request") }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            // Fields
            ScrollView {
                id: fieldsScroll
                clip: true
                contentWidth: availableWidth
                ColumnLayout {
                    width: fieldsScroll.availableWidth
                    spacing: 2
                    Repeater {
                        model: panel.detail ? panel.detail.fields : []
                        delegate: RowLayout {
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: 8
                            Label {
                                text: modelData.label
                                color: Theme.mutedText
                                Layout.preferredWidth: 120
                                Layout.alignment: Qt.AlignVCenter
                                elide: Text.ElideRight
                            }
                            Label {
                                text: modelData.value
                                Layout.fillWidth: true
                                Layout.alignment: Qt.AlignVCenter
                                wrapMode: Text.Wrap
                                textFormat: Text.PlainText
                            }
                            CopyButton {
                                value: modelData.value
                                flat: true
                                font.pixelSize: Theme.fontSmall
                                padding: 2
                                Layout.alignment: Qt.AlignVCenter
                            }
                        }
                    }
                    Label {
                        visible: (panel.d.details || "").length > 0
                        text: qsTr("Details from the provider")
                        font.bold: true
                        Layout.topMargin: 8
                    }
                    TextArea {
                        visible: (panel.d.details || "").length > 0
                        Layout.fillWidth: true
                        readOnly: true
                        selectByMouse: true
                        wrapMode: TextEdit.WrapAnywhere
                        textFormat: TextEdit.PlainText
                        font.family: "monospace"
                        font.pixelSize: Theme.fontSmall
                        text: panel.d.details || ""
                    }
                    CopyButton {
                        objectName: "copyAllFields"
                        text: qsTr("Copy all fields")
                        value: panel.detail && panel.detail.found ? panel.detail.fieldsText() : ""
                        Layout.topMargin: 6
                    }
                }
            }

            // History
            ListView {
                id: history
                objectName: "detailHistory"
                clip: true
                spacing: 4
                model: panel.detail ? panel.detail.events : []
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    id: event
                    required property var modelData
                    required property int index
                    width: history.width
                    highlighted: panel.detail && panel.detail.selectedEvent === index
                    onClicked: panel.showRequestOf(index)
                    background: Rectangle {
                        radius: Theme.radius
                        color: event.highlighted ? Theme.highlight : (event.hovered ? Theme.alternateBase : "transparent")
                        border.color: Theme.border
                    }
                    contentItem: ColumnLayout {
                        spacing: 2
                        RowLayout {
                            spacing: 6
                            Label {
                                text: Format.dateTime(event.modelData.receivedAt)
                                color: Theme.mutedText
                                font.pixelSize: Theme.fontSmall
                            }
                            Label {
                                text: event.modelData.event
                                font.bold: true
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            StatusBadge {
                                visible: event.modelData.duplicate
                                status: "redelivery"
                                label: qsTr("redelivery")
                                tone: Theme.neutral
                            }
                        }
                        RowLayout {
                            spacing: 4
                            Label {
                                visible: !event.modelData.statusBefore
                                text: qsTr("created as")
                                color: Theme.mutedText
                                font.pixelSize: Theme.fontSmall
                            }
                            StatusBadge { status: event.modelData.statusBefore || "" }
                            Label {
                                visible: !!event.modelData.statusBefore
                                text: "→"
                                color: Theme.mutedText
                            }
                            StatusBadge { status: event.modelData.statusAfter }
                            Label {
                                visible: event.modelData.providerStatus.length > 0
                                text: qsTr("provider: %1").arg(event.modelData.providerStatus)
                                color: Theme.mutedText
                                font.pixelSize: Theme.fontSmall
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                        }
                        Label {
                            visible: event.modelData.note.length > 0
                            text: event.modelData.note
                            color: Theme.mutedText
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
                EmptyState {
                    anchors.centerIn: parent
                    width: parent.width - 20
                    visible: history.count === 0 && panel.detail && !panel.detail.loading
                    title: qsTr("No history")
                    hint: qsTr("Every request that changes this donation will be listed here.")
                }
            }

            // The chosen event's request
            ColumnLayout {
                id: requestPage
                spacing: 6
                readonly property var r: panel.detail ? panel.detail.request : ({})
                ComboBox {
                    id: eventChoice
                    objectName: "requestEvent"
                    Layout.fillWidth: true
                    visible: panel.detail && panel.detail.events.length > 1
                    model: panel.detail ? panel.detail.events.map((e, i) =>
                        qsTr("%1. %2 · %3").arg(i + 1).arg(Format.dateTime(e.receivedAt)).arg(e.event)
                        + (e.duplicate ? " " + qsTr("(redelivery)") : "")) : []
                    currentIndex: panel.detail ? panel.detail.selectedEvent : -1
                    onActivated: index => panel.detail.selectedEvent = index
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                    font.pixelSize: Theme.fontSmall
                    text: requestPage.r.inboxId
                          ? qsTr("%1 %2 from %3 at %4 · %5 bytes, %6 · stored request %7")
                                .arg(requestPage.r.method).arg(requestPage.r.target).arg(requestPage.r.peer)
                                .arg(Format.dateTime(requestPage.r.receivedAt)).arg(requestPage.r.bodySize)
                                .arg(requestPage.r.bodyKind).arg(requestPage.r.inboxId)
                          : (panel.detail && panel.detail.requestLoading ? qsTr("Loading the request…") : qsTr("No request to show"))
                }
                Label {
                    objectName: "requestErased"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    visible: !!requestPage.r.erased
                    color: Theme.info
                    font.bold: true
                    text: visible ? qsTr("Raw request erased on %1 (%2)").arg(Format.dateTime(requestPage.r.erasedAt))
                                        .arg(requestPage.r.erasedWhy === "retention" ? qsTr("retention")
                                             : requestPage.r.erasedWhy === "donor erasure" ? qsTr("donor erasure")
                                             : requestPage.r.erasedWhy)
                                  : ""
                }
                RowLayout {
                    Layout.fillWidth: true
                    Label { text: qsTr("Headers"); font.bold: true; Layout.fillWidth: true }
                    CopyButton {
                        objectName: "copyHeaders"
                        value: requestPage.r.headers || ""
                        text: qsTr("Copy headers")
                    }
                }
                ScrollView {
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.min(140, headersText.implicitHeight + 8)
                    clip: true
                    TextArea {
                        id: headersText
                        objectName: "requestHeaders"
                        readOnly: true
                        selectByMouse: true
                        textFormat: TextEdit.PlainText
                        font.family: "monospace"
                        font.pixelSize: Theme.fontSmall
                        text: requestPage.r.headers || ""
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Label { text: qsTr("Body"); font.bold: true }
                    Label {
                        visible: !!requestPage.r.truncated
                        text: qsTr("(shortened here; the copy is complete)")
                        color: Theme.warning
                        font.pixelSize: Theme.fontSmall
                    }
                    Item { Layout.fillWidth: true }
                    CopyButton {
                        objectName: "copyBody"
                        value: requestPage.r.bodyExact || ""
                        text: qsTr("Copy body")
                        ToolTip.text: qsTr("Copies the body exactly as it arrived")
                    }
                }
                ScrollView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    TextArea {
                        objectName: "requestBody"
                        readOnly: true
                        selectByMouse: true
                        textFormat: TextEdit.PlainText
                        wrapMode: TextEdit.WrapAnywhere
                        font.family: "monospace"
                        font.pixelSize: Theme.fontSmall
                        text: requestPage.r.body || ""
                    }
                }
            }
        }
    }
}
