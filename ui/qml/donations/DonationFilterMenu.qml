import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

// A filter over a few values: a button that says what is chosen ("Status: all", "Status:
// paid", "Status: 3 chosen") and opens a list of check boxes. Nothing chosen means all.
Button {
    id: menu
    property string title
    // [{value, label}]
    property var options: []
    property var selected: []
    readonly property alias popup: popup
    // The new choice, for the owner to store (the filter object).
    signal edited(var values)

    function labelOf(value) {
        for (let i = 0; i < options.length; ++i) {
            if (options[i].value === value)
                return options[i].label
        }
        return String(value)
    }
    function isSelected(value) {
        return selected.indexOf(value) >= 0
    }
    function toggle(value, on) {
        const next = selected.filter(v => v !== value)
        if (on)
            next.push(value)
        edited(next)
    }

    text: selected.length === 0 ? qsTr("%1: all").arg(title)
        : selected.length === 1 ? qsTr("%1: %2").arg(title).arg(labelOf(selected[0]))
        : qsTr("%1: %n chosen", "", selected.length).arg(title)
    highlighted: selected.length > 0
    onClicked: popup.opened ? popup.close() : popup.open()
    Accessible.name: text

    Popup {
        id: popup
        objectName: menu.objectName + "Popup"
        y: menu.height + 2
        width: Math.max(menu.width, 220)
        padding: 6
        focus: true
        background: Rectangle {
            color: Theme.base
            border.color: Theme.border
            radius: Theme.radius
        }
        contentItem: ColumnLayout {
            spacing: 2
            ListView {
                id: list
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(contentHeight, 320)
                clip: true
                model: menu.options
                ScrollBar.vertical: ScrollBar {}
                delegate: CheckDelegate {
                    required property var modelData
                    width: list.width
                    text: modelData.label
                    checked: menu.isSelected(modelData.value)
                    onToggled: menu.toggle(modelData.value, checked)
                }
                Label {
                    anchors.centerIn: parent
                    visible: list.count === 0
                    text: qsTr("Nothing to choose yet")
                    color: Theme.mutedText
                }
            }
            Button {
                Layout.fillWidth: true
                flat: true
                text: qsTr("All (no filter)")
                enabled: menu.selected.length > 0
                onClicked: {
                    menu.edited([])
                    popup.close()
                }
            }
        }
    }
}
