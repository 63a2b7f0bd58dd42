import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

ApplicationWindow {
    id: window
    width: 960
    height: 640
    minimumWidth: 640
    minimumHeight: 420
    visible: true
    title: qsTr("Donation Desk")

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            Label {
                text: qsTr("Donation Desk")
                font.bold: true
                font.pixelSize: 18
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("version %1").arg(AppController.version)
                opacity: 0.7
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        Frame {
            Layout.fillWidth: true
            GridLayout {
                anchors.fill: parent
                columns: 2
                columnSpacing: 16
                rowSpacing: 6

                Label { text: qsTr("Listener"); font.bold: true }
                RowLayout {
                    Rectangle {
                        width: 10; height: 10; radius: 5
                        color: AppController.listening ? "#2e7d32" : (AppController.lastError ? "#c62828" : "#9e9e9e")
                    }
                    Label {
                        text: AppController.listening
                              ? qsTr("Receiving webhooks at %1/hooks/<token>").arg(AppController.listenUrl)
                              : (AppController.lastError ? qsTr("Stopped: %1").arg(AppController.lastError)
                                                         : qsTr("Starting…"))
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                Label { text: qsTr("Database"); font.bold: true }
                Label { text: AppController.databasePath; elide: Text.ElideMiddle; Layout.fillWidth: true }
                Label { text: qsTr("This session"); font.bold: true }
                Label {
                    text: qsTr("%1 new donations, %2 updates, %3 refused requests")
                          .arg(AppController.donationsCreated)
                          .arg(AppController.donationsUpdated)
                          .arg(AppController.requestsRefused)
                }
            }
        }

        Label {
            text: qsTr("Activity")
            font.bold: true
        }

        Frame {
            Layout.fillWidth: true
            Layout.fillHeight: true
            padding: 0
            ListView {
                id: activity
                anchors.fill: parent
                clip: true
                model: AppController.recentActivity
                delegate: ItemDelegate {
                    width: activity.width
                    text: modelData
                }
                ScrollBar.vertical: ScrollBar {}
                Label {
                    anchors.centerIn: parent
                    visible: activity.count === 0
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Nothing yet. Add an endpoint with\n\"donationdesk endpoint add --provider P --name NAME\"\nand point your provider at its URL.")
                    opacity: 0.7
                }
            }
        }

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            opacity: 0.7
            text: qsTr("Endpoints, exports and reprocessing are on the command line for now (donationdesk --help). The full console arrives in the next release.")
        }
    }
}
