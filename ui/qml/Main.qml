import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

ApplicationWindow {
    id: window
    width: 1280
    height: 800
    minimumWidth: 960
    minimumHeight: 620
    visible: true
    title: qsTr("Donation Desk")
    color: Theme.window

    // The views, in navigation order. Each view's root has `busy` (true until its data has
    // loaded) and may have focusSearch() and exportCsv().
    readonly property var viewNames: ["live", "donations", "reconciliation", "charts", "endpoints", "testsender", "inspector", "settings"]
    readonly property var viewTitles: [qsTr("Live"), qsTr("Donations"), qsTr("Reconciliation"),
                                       qsTr("Charts"), qsTr("Endpoints"), qsTr("Test sender"),
                                       qsTr("Requests"), qsTr("Settings")]
    property int currentIndex: 0
    property var visited: [true, false, false, false, false, false, false, false]
    // views.count makes the binding re-evaluate once the Repeater has made its delegates.
    readonly property var currentView: views.count > 0 && views.itemAt(currentIndex) ? views.itemAt(currentIndex).item : null
    readonly property bool currentViewBusy: !currentView || currentView.busy === true

    function showView(name) {
        const i = viewNames.indexOf(name)
        if (i >= 0)
            currentIndex = i
    }
    onCurrentIndexChanged: {
        const v = visited.slice()
        v[currentIndex] = true
        visited = v
    }

    palette.window: Theme.window
    palette.windowText: Theme.text
    palette.base: Theme.base
    palette.alternateBase: Theme.alternateBase
    palette.text: Theme.text
    palette.button: Theme.dark ? "#33373c" : "#fbfbfc"
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.placeholderText: Theme.mutedText
    palette.mid: Theme.border
    palette.dark: Theme.dark ? "#111315" : "#b8bec5"
    palette.light: Theme.dark ? "#3d4147" : "#ffffff"
    palette.toolTipBase: Theme.base
    palette.toolTipText: Theme.text
    // Disabled controls must look disabled in both themes.
    palette.disabled.text: Theme.dark ? "#6b7075" : "#a3a9b0"
    palette.disabled.buttonText: Theme.dark ? "#6b7075" : "#a3a9b0"
    palette.disabled.windowText: Theme.dark ? "#6b7075" : "#a3a9b0"
    palette.disabled.button: Theme.dark ? "#2a2d31" : "#f0f1f3"

    Repeater {
        model: window.viewNames.length
        delegate: Item {
            required property int index
            Shortcut {
                sequence: "Ctrl+" + (index + 1)
                onActivated: window.currentIndex = index
            }
        }
    }
    Shortcut {
        sequences: [StandardKey.Find]
        onActivated: if (window.currentView && window.currentView.focusSearch) window.currentView.focusSearch()
    }
    Shortcut {
        sequence: "Ctrl+E"
        onActivated: if (window.currentView && window.currentView.exportCsv) window.currentView.exportCsv()
    }
    Shortcut {
        sequence: "Ctrl+P"
        onActivated: App.live.paused = !App.live.paused
    }
    Shortcut {
        sequences: [StandardKey.Refresh]
        onActivated: App.refresh()
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // Navigation
        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 190
            color: Theme.sidebar

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 10
                spacing: 4

                RowLayout {
                    Layout.bottomMargin: 14
                    Layout.topMargin: 6
                    spacing: 8
                    Image {
                        source: "qrc:/icons/donationdesk.svg"
                        sourceSize: Qt.size(28, 28)
                    }
                    Label {
                        text: qsTr("Donation Desk")
                        font.bold: true
                        font.pixelSize: 15
                    }
                }

                Repeater {
                    model: window.viewTitles
                    delegate: ItemDelegate {
                        required property int index
                        required property string modelData
                        Layout.fillWidth: true
                        highlighted: window.currentIndex === index
                        text: modelData
                        font.bold: highlighted
                        onClicked: window.currentIndex = index
                        ToolTip.visible: hovered
                        ToolTip.delay: 800
                        ToolTip.text: qsTr("%1 (Ctrl+%2)").arg(modelData).arg(index + 1)
                        background: Rectangle {
                            radius: Theme.radius
                            color: parent.highlighted ? Theme.highlight : (parent.hovered ? Qt.rgba(0.5, 0.5, 0.5, 0.12) : "transparent")
                        }
                    }
                }

                Item { Layout.fillHeight: true }

                // Listener state, always in view.
                RowLayout {
                    spacing: 6
                    Rectangle {
                        width: 10; height: 10; radius: 5
                        color: App.listening ? Theme.success : (App.lastError.length > 0 ? Theme.danger : Theme.neutral)
                    }
                    Label {
                        text: App.listening ? qsTr("Listening") : (App.listenerBusy ? qsTr("Starting…") : qsTr("Stopped"))
                        font.pixelSize: Theme.fontSmall
                    }
                }
                Label {
                    text: App.listenUrl
                    font.pixelSize: Theme.fontSmall
                    color: Theme.mutedText
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
        }

        StackLayout {
            id: stack
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: window.currentIndex

            Repeater {
                id: views
                model: [liveComponent, donationsComponent, reconciliationComponent, chartsComponent, endpointsComponent, testSenderComponent, inspectorComponent, settingsComponent]
                delegate: Loader {
                    required property int index
                    required property var modelData
                    // Views load the first time they are shown.
                    active: window.visited[index]
                    sourceComponent: modelData
                }
            }
        }
    }

    Component { id: liveComponent; LiveView {} }
    Component { id: donationsComponent; DonationsView {} }
    Component { id: reconciliationComponent; ReconciliationView {} }
    Component { id: chartsComponent; ChartsView {} }
    Component { id: endpointsComponent; EndpointsView {} }
    Component { id: testSenderComponent; TestSenderView {} }
    Component { id: inspectorComponent; InspectorView {} }
    Component { id: settingsComponent; SettingsView {} }

    // Problems a person must see.
    Connections {
        target: App
        function onProblem(message) {
            problemLabel.text = message
            problemBar.visible = true
        }
    }
    header: Rectangle {
        id: problemBar
        visible: false
        height: visible ? problemRow.implicitHeight + 12 : 0
        color: Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, 0.15)
        RowLayout {
            id: problemRow
            anchors.fill: parent
            anchors.margins: 6
            Label {
                id: problemLabel
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.danger
            }
            Button {
                text: qsTr("Dismiss")
                onClicked: problemBar.visible = false
            }
        }
    }
}
