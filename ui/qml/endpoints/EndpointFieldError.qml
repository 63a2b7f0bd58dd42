import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

// Why a setting was refused, under its field.
Label {
    visible: text.length > 0
    color: Theme.danger
    font.pixelSize: Theme.fontSmall
    wrapMode: Text.Wrap
    Layout.fillWidth: true
}
