import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

// The endpoints: a list with what happened at each today, and the chosen one in full, to
// set up with its provider and to edit.
Page {
    id: view
    readonly property bool busy: App.endpoints.loading && App.endpoints.count === 0
    background: Rectangle { color: Theme.window }

    // The chosen endpoint, by id: rows move when names change and the list is reloaded.
    property var selectedId: null
    // Bumped on every change of the list, so that bindings reading it through get() follow.
    property int revision: 0
    readonly property int selectedRow: {
        view.revision
        return selectedId === null ? -1 : App.endpoints.indexOf(selectedId)
    }
    readonly property var selected: {
        view.revision
        return selectedRow >= 0 ? App.endpoints.get(selectedRow) : null
    }

    function select(id) { selectedId = id }
    function addEndpoint() { addDialog.start() }
    // Keeps a choice when the list changes: the same endpoint, else the one in its place.
    function keepSelection() {
        ++revision
        if (App.endpoints.count === 0) {
            selectedId = null
        } else if (selectedId === null || App.endpoints.indexOf(selectedId) < 0) {
            const row = Math.min(Math.max(list.currentIndex, 0), App.endpoints.count - 1)
            selectedId = App.endpoints.get(row).endpointId
        }
    }

    Connections {
        target: App.endpoints
        // Activity (counts, last request, last error) changes with every request: under a
        // stream of webhooks the detail follows it four times a second, not a thousand.
        function onDataChanged(topLeft, bottomRight, roles) {
            if (roles.length > 0 && Array.prototype.every.call(roles, r => view.activityRoles.indexOf(r) >= 0))
                activityTimer.start()
            else
                ++view.revision
        }
        function onRowsInserted() { view.keepSelection() }
        function onRowsRemoved() { view.keepSelection() }
        function onRowsMoved() { ++view.revision }
        function onModelReset() { view.keepSelection() }
    }
    readonly property var activityRoles: [EndpointListModel.CountTodayRole, EndpointListModel.LastRequestRole,
                                          EndpointListModel.LastErrorRole, EndpointListModel.LastErrorAtRole]
    Timer {
        id: activityTimer
        interval: 250
        onTriggered: ++view.revision
    }
    Component.onCompleted: keepSelection()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Endpoints")
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            Label {
                text: qsTr("the URLs providers send donations to")
                color: Theme.mutedText
                elide: Text.ElideRight
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignBottom
                Layout.bottomMargin: 3
            }
            Button {
                objectName: "addButton"
                text: qsTr("Add endpoint…")
                highlighted: true
                onClicked: view.addEndpoint()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 12

            Card {
                Layout.preferredWidth: Math.max(240, Math.min(360, view.width * 0.28))
                Layout.fillHeight: true
                ListView {
                    id: list
                    objectName: "endpointList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: App.endpoints
                    spacing: 2
                    currentIndex: view.selectedRow
                    keyNavigationEnabled: false
                    activeFocusOnTab: true
                    ScrollBar.vertical: ScrollBar {}
                    Keys.onUpPressed: if (view.selectedRow > 0) view.select(App.endpoints.get(view.selectedRow - 1).endpointId)
                    Keys.onDownPressed: if (view.selectedRow + 1 < App.endpoints.count) view.select(App.endpoints.get(view.selectedRow + 1).endpointId)
                    delegate: EndpointRow {
                        width: list.width
                        selected: index === view.selectedRow
                        onClicked: {
                            view.select(endpointId)
                            list.forceActiveFocus()
                        }
                    }
                    // Empty: the pane beside it says what to do.
                    Label {
                        anchors.centerIn: parent
                        visible: list.count === 0 && !App.endpoints.loading
                        text: qsTr("None yet")
                        color: Theme.mutedText
                    }
                }
            }

            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true

                EndpointDetail {
                    id: detail
                    objectName: "endpointDetail"
                    anchors.fill: parent
                    visible: view.selected !== null
                    endpoint: view.selected || ({})
                }
                ColumnLayout {
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 40, 520)
                    visible: view.selected === null && !App.endpoints.loading
                    spacing: 12
                    EmptyState {
                        Layout.fillWidth: true
                        title: App.endpoints.count === 0 ? qsTr("Set up your first endpoint")
                                                         : qsTr("Choose an endpoint")
                        hint: App.endpoints.count === 0
                              ? qsTr("Add one for each widget, form or account that sends donations: Donation Desk shows the URL (and secret) to enter in the provider's settings.")
                              : ""
                    }
                    Button {
                        visible: App.endpoints.count === 0
                        text: qsTr("Add endpoint…")
                        highlighted: true
                        Layout.alignment: Qt.AlignHCenter
                        onClicked: view.addEndpoint()
                    }
                }
            }
        }
    }

    EndpointAddDialog {
        id: addDialog
        objectName: "addDialog"
        onAdded: (endpointId) => view.select(endpointId)
    }
}
