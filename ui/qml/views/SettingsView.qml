import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

// The listener (address, port, public base URL, body limit), the database, privacy (how long
// raw requests are kept, erasing a donor's personal data), appearance,
// notifications and what this is.
Page {
    id: view
    readonly property bool busy: false
    readonly property alias retention: retention
    readonly property alias erasureDialog: erasureDialog
    background: Rectangle { color: Theme.window }

    // Listener settings are edited here and applied together: each change restarts it.
    readonly property bool listenerDirty: hostField.text.trim() !== App.settings.listenHost
                                          || portField.value !== App.settings.listenPort
                                          || baseUrlField.text.trim().replace(/\/+$/, "") !== App.settings.publicBaseUrl
                                          || bodyField.value * 1024 !== App.settings.maxBodyBytes
    readonly property string hostError: SettingsSupport.checkHost(hostField.text)
    readonly property string baseUrlError: SettingsSupport.checkPublicBaseUrl(baseUrlField.text)
    property string databaseError: ""

    function revertListener() {
        hostField.text = App.settings.listenHost
        portField.value = App.settings.listenPort
        baseUrlField.text = App.settings.publicBaseUrl
        bodyField.value = Math.round(App.settings.maxBodyBytes / 1024)
    }
    function applyListener() {
        if (hostError.length > 0 || baseUrlError.length > 0)
            return false
        // Host, port and body limit restart a running listener by themselves.
        App.settings.listenHost = hostField.text.trim()
        App.settings.listenPort = portField.value
        App.settings.maxBodyBytes = bodyField.value * 1024
        App.settings.publicBaseUrl = baseUrlField.text
        if (!App.listening && !App.listenerBusy)
            App.startListener()
        revertListener() // shows the values as stored (trimmed, bounded)
        return true
    }
    // A database file chosen in a dialog (a URL) or given as a path; `create`: it must not exist.
    function openDatabase(file, create) {
        databaseError = ""
        if (create && SettingsSupport.fileExists(file)) {
            databaseError = qsTr("%1 already exists: open it with “Open another database…”, or choose a new name.").arg(App.localPath(file))
            return false
        }
        if (!App.openDatabase(file)) {
            databaseError = App.lastError
            return false
        }
        return true
    }

    Component.onCompleted: revertListener()

    RetentionSettings {
        id: retention
        // Shows what is stored, also when it changes under the field (another database).
        onDaysChanged: retentionField.value = Math.max(0, days)
    }
    DonorErasureDialog { id: erasureDialog }
    Connections {
        target: App.settings
        // Changed elsewhere (the tray's quiet mode, another view): show it unless being edited.
        function onChanged() { if (!view.listenerDirty) view.revertListener() }
    }

    ScrollView {
        id: scroll
        objectName: "settingsScroll"
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true
        // Shown from the start: the cards below the fold are easy to miss otherwise.
        ScrollBar.vertical.policy: contentHeight > height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 12

            Label {
                text: qsTr("Settings")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                Layout.leftMargin: 16
                Layout.topMargin: 16
            }

            GridLayout {
                // Two columns where there is room for them, each a column of cards; in one
                // column the left one comes first.
                columns: scroll.availableWidth >= 1400 ? 2 : 1
                columnSpacing: 12
                rowSpacing: 12
                Layout.fillWidth: true
                Layout.maximumWidth: columns === 2 ? 1800 : 900
                Layout.leftMargin: 16
                Layout.rightMargin: 24 // clear of the scroll bar
                Layout.bottomMargin: 16

                ColumnLayout {
                    spacing: 12
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    Card {
                        title: qsTr("Listener")
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop

                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 8
                            Rectangle {
                                implicitWidth: 10; implicitHeight: 10; radius: 5
                                color: App.listening ? Theme.success : (App.lastError.length > 0 ? Theme.danger : Theme.neutral)
                            }
                            Label {
                                objectName: "listenerState"
                                text: App.listening ? qsTr("Listening at %1").arg(App.listenUrl)
                                                    : (App.listenerBusy ? qsTr("Starting or stopping…") : qsTr("Stopped"))
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Button {
                                text: App.listening ? qsTr("Restart") : qsTr("Start")
                                enabled: !App.listenerBusy
                                onClicked: App.listening ? App.restartListener() : App.startListener()
                            }
                        }
                        Label {
                            objectName: "listenerError"
                            visible: App.lastError.length > 0 && !App.listening
                            text: App.lastError
                            color: Theme.danger
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }

                        SettingsRow {
                            label: qsTr("Address")
                            help: SettingsSupport.hostCaution(hostField.text).length > 0
                                  ? SettingsSupport.hostCaution(hostField.text)
                                  : qsTr("127.0.0.1 accepts connections from this computer only (a reverse proxy or tunnel on it forwards to it).")
                            error: view.hostError
                            TextField {
                                id: hostField
                                objectName: "hostField"
                                Layout.preferredWidth: 260
                                placeholderText: "127.0.0.1"
                                Accessible.name: qsTr("Address")
                            }
                        }
                        SettingsRow {
                            label: qsTr("Port")
                            SpinBox {
                                id: portField
                                objectName: "portField"
                                from: 1
                                to: 65535
                                editable: true
                                textFromValue: (value) => value.toString()
                                valueFromText: (text) => parseInt(text) || 0
                                Accessible.name: qsTr("Port")
                            }
                        }
                        SettingsRow {
                            label: qsTr("Public base URL")
                            help: qsTr("Where providers reach this listener through a reverse proxy or tunnel (with TLS), e.g. https://donations.example.org. The URLs shown for endpoints start with it. Empty: the listener's own address.")
                            error: view.baseUrlError
                            TextField {
                                id: baseUrlField
                                objectName: "baseUrlField"
                                Layout.fillWidth: true
                                Layout.maximumWidth: 520
                                placeholderText: qsTr("https://donations.example.org")
                                inputMethodHints: Qt.ImhUrlCharactersOnly
                                Accessible.name: qsTr("Public base URL")
                            }
                        }
                        SettingsRow {
                            label: qsTr("Largest request body")
                            help: qsTr("Bigger requests are refused (413) before they are read. Provider webhooks are a few KiB.")
                            SpinBox {
                                id: bodyField
                                objectName: "bodyField"
                                from: 1
                                to: 256 * 1024
                                stepSize: 64
                                editable: true
                                textFromValue: (value) => value.toString()
                                valueFromText: (text) => parseInt(text) || 0
                                Accessible.name: qsTr("Largest request body in KiB")
                            }
                            Label {
                                text: qsTr("KiB (%1)").arg(SettingsSupport.formatBytes(bodyField.value * 1024))
                                color: Theme.mutedText
                            }
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            Layout.topMargin: 6
                            Label {
                                text: qsTr("Applying restarts the listener; requests already received are answered first.")
                                color: Theme.mutedText
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            Button {
                                text: qsTr("Revert")
                                enabled: view.listenerDirty
                                onClicked: view.revertListener()
                            }
                            Button {
                                objectName: "applyListener"
                                text: qsTr("Apply")
                                highlighted: true
                                enabled: view.listenerDirty && view.hostError.length === 0 && view.baseUrlError.length === 0
                                onClicked: view.applyListener()
                            }
                        }
                    }
                    Card {
                        title: qsTr("Database")
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop

                        RowLayout {
                            Layout.fillWidth: true
                            TextField {
                                objectName: "databasePath"
                                readOnly: true
                                selectByMouse: true
                                text: App.databasePath
                                Layout.fillWidth: true
                                Accessible.name: qsTr("Database file")
                            }
                            CopyButton { value: App.databasePath }
                        }
                        Label {
                            text: qsTr("Every request and donation is kept in this file. Back it up with “donationdesk backup --output FILE”, which makes a consistent copy even while Donation Desk runs (copying the file itself is only safe while Donation Desk is closed).")
                            color: Theme.mutedText
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: 6
                            Button {
                                objectName: "openDatabaseButton"
                                text: qsTr("Open another database…")
                                onClicked: {
                                const file = SettingsSupport.chooseDatabaseFile(false, App.databasePath)
                                if (file.length > 0)
                                    view.openDatabase(file, false)
                            }
                            }
                            Button {
                                objectName: "newDatabaseButton"
                                text: qsTr("New database…")
                                onClicked: {
                                const file = SettingsSupport.chooseDatabaseFile(true, App.databasePath)
                                if (file.length > 0)
                                    view.openDatabase(file, true)
                            }
                            }
                        }
                        Label {
                            objectName: "databaseError"
                            visible: view.databaseError.length > 0
                            text: view.databaseError
                            color: Theme.danger
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: qsTr("The listener moves to the database you choose; the views show that database's endpoints and donations.")
                            color: Theme.mutedText
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                    Card {
                        objectName: "privacyCard"
                        title: qsTr("Privacy and data retention")
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop

                        SettingsRow {
                            label: qsTr("Keep raw requests for")
                            help: qsTr("The exact headers and body of each webhook. Once older than this and processed, they are erased: their donations and their line in Requests stay. Refused requests older than this are deleted. The listener applies it at start and every hour.")
                            SpinBox {
                                id: retentionField
                                objectName: "retentionDaysField"
                                from: 0
                                to: retention.maxDays
                                editable: true
                                enabled: retention.days >= 0
                                textFromValue: (value) => value.toString()
                                valueFromText: (text) => parseInt(text) || 0
                                Accessible.name: qsTr("Keep raw requests for this many days; 0 keeps them")
                            }
                            Label {
                                text: qsTr("days (0 = keep)")
                                color: Theme.mutedText
                            }
                            Button {
                                objectName: "applyRetention"
                                text: qsTr("Apply")
                                enabled: retention.days >= 0 && retentionField.value !== retention.days && !retention.busy
                                onClicked: retention.setDays(retentionField.value)
                            }
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 8
                            Button {
                                objectName: "purgeNowButton"
                                text: qsTr("Purge now")
                                enabled: retention.days > 0 && !retention.busy
                                onClicked: retention.purgeNow()
                                ToolTip.visible: hovered
                                ToolTip.delay: 600
                                ToolTip.text: qsTr("Erase what is older than the setting now, rather than within the hour")
                            }
                            Label {
                                objectName: "retentionMessage"
                                visible: text.length > 0
                                text: retention.message
                                color: retention.ok ? Theme.mutedText : Theme.danger
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                        }
                        Label {
                            text: qsTr("A donor may ask for their personal data to be erased. Their donations keep amounts and ids for the books.")
                            color: Theme.mutedText
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                            Layout.topMargin: 6
                        }
                        Button {
                            objectName: "eraseDonorButton"
                            text: qsTr("Erase a donor's personal data…")
                            onClicked: erasureDialog.open()
                        }
                    }
                }
                ColumnLayout {
                    spacing: 12
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    Card {
                        title: qsTr("Appearance")
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        ButtonGroup { id: themeGroup }
                        Flow {
                            Layout.fillWidth: true
                            spacing: 12
                            Repeater {
                                model: [{ value: "system", text: qsTr("Follow the system") },
                                        { value: "light", text: qsTr("Light") },
                                        { value: "dark", text: qsTr("Dark") }]
                                delegate: RadioButton {
                                    required property var modelData
                                    objectName: "theme_" + modelData.value
                                    text: modelData.text
                                    checked: App.settings.theme === modelData.value
                                    ButtonGroup.group: themeGroup
                                    onToggled: if (checked) App.settings.theme = modelData.value
                                }
                            }
                        }
                        RowLayout {
                            spacing: 8
                            Layout.fillWidth: true
                            Label {
                                objectName: "languageLabel"
                                text: qsTr("Language")
                            }
                            ComboBox {
                                id: languageBox
                                objectName: "languageBox"
                                // "" follows the system; then English and the translations.
                                readonly property var choices: [{ code: "", name: qsTr("Follow the system (%1)").arg(App.systemLanguageName) }].concat(App.languages)
                                model: choices
                                textRole: "name"
                                valueRole: "code"
                                // The list is rebuilt when the language changes (its first
                                // entry is translated): the choice is set again after it.
                                function showChoice() { currentIndex = Math.max(0, choices.findIndex(c => c.code === App.settings.language)) }
                                Component.onCompleted: showChoice()
                                onModelChanged: Qt.callLater(showChoice)
                                onActivated: App.settings.language = currentValue
                                Layout.preferredWidth: 240
                            }
                        }
                        Label {
                            text: qsTr("Dates, times, numbers and amounts follow the language. Exports keep their fixed formats.")
                            color: Theme.mutedText
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                    Card {
                        title: qsTr("Notifications")
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        Label {
                            objectName: "noTrayNote"
                            visible: !SettingsSupport.trayAvailable
                            text: qsTr("This desktop has no system tray: Donation Desk cannot show notifications, and closing its window quits it (and stops the listener).")
                            color: Theme.warning
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Switch {
                            objectName: "notificationsSwitch"
                            text: qsTr("Notify me of each new donation")
                            checked: App.settings.notificationsEnabled
                            onToggled: App.settings.notificationsEnabled = checked
                        }
                        CheckBox {
                            objectName: "quietModeBox"
                            text: qsTr("Quiet mode: no notifications for now")
                            checked: App.settings.quietMode
                            enabled: App.settings.notificationsEnabled
                            onToggled: App.settings.quietMode = checked
                            Layout.leftMargin: 24
                        }
                        Switch {
                            objectName: "trayModeSwitch"
                            text: qsTr("Keep receiving in the system tray when the window is closed")
                            checked: App.settings.minimizeToTray
                            onToggled: App.settings.minimizeToTray = checked
                        }
                        Label {
                            text: App.settings.minimizeToTray
                                  ? qsTr("Closing the window leaves the listener running; quit from the tray icon's menu.")
                                  : qsTr("Closing the window quits Donation Desk: webhooks are refused until it runs again.")
                            color: Theme.mutedText
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                    Card {
                        title: qsTr("About")
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        Label {
                            objectName: "versionLabel"
                            text: qsTr("Donation Desk %1 (Qt %2)").arg(App.version).arg(SettingsSupport.qtVersion)
                        }
                        Label {
                            text: qsTr("Settings file")
                            color: Theme.mutedText
                            font.pixelSize: Theme.fontSmall
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            TextField {
                                objectName: "settingsFile"
                                readOnly: true
                                selectByMouse: true
                                text: App.settings.fileName
                                Layout.fillWidth: true
                                Accessible.name: qsTr("Settings file")
                            }
                            CopyButton { value: App.settings.fileName }
                        }
                    }
                }
            }
        }
    }
}
