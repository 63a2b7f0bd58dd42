import QtQuick
import QtQuick.Controls
import DonationDesk

// Being built: replaced by the real view before this work lands.
Page {
    readonly property bool busy: false
    background: Rectangle { color: Theme.window }
    Label {
        anchors.centerIn: parent
        text: "Charts"
    }
}
