import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

// An endpoint's settings as a form: name, record policy, currency, event, time zone and
// allow-list (and, when adding, a secret the provider chooses; when editing, the silence
// alarm). It only collects values: the
// rules are checked where they are applied (the same as the command line's), and their
// refusals come back through showError() to be shown under the field concerned.
GridLayout {
    id: form
    property var provider: ({})
    property bool adding: false
    property var original: ({})
    property var errors: ({})

    // When adding: the provider chosen in the form's own provider field.
    readonly property var chosenProvider: providerField.currentIndex >= 0 ? App.endpoints.providers[providerField.currentIndex] : ({})
    readonly property var events: provider && provider.events ? provider.events : []
    readonly property bool usesDate: dateMode.checked
    readonly property bool dirty: adding || (original.name !== undefined && Object.keys(changes()).length > 0)

    columns: 2
    columnSpacing: 12
    rowSpacing: 6

    // Fills the fields from an endpoint (a map as App.endpoints.get() returns it).
    function load(e) {
        original = e || ({})
        errors = ({})
        nameField.text = original.name || ""
        const rule = original.recordRule || "delay:0"
        if (rule.startsWith("date:")) {
            dateMode.checked = true
            dateField.text = rule.slice(5)
            daysField.value = 0
        } else {
            delayMode.checked = true
            daysField.value = parseInt(rule.split(":")[1] || "0")
            dateField.text = ""
        }
        currencyField.text = original.currency || ""
        eventField.currentIndex = Math.max(0, eventField.indexOfValue(original.event || ""))
        timezoneField.text = original.timezone || ""
        allowField.text = original.allowFrom || ""
        secretField.text = ""
        alarmQuietField.text = original.alarmQuiet || ""
        const window = (original.alarmWindow || "").split("-")
        alarmFromField.text = window.length === 2 ? window[0] : ""
        alarmToField.text = window.length === 2 ? window[1] : ""
        alarmFailuresField.value = original.alarmSignatureFailures || 0
    }

    // The window as the rules read it: "08:00-22:00", empty for all day (both fields empty).
    function alarmWindow() {
        const from = alarmFromField.text.trim()
        const to = alarmToField.text.trim()
        return from.length === 0 && to.length === 0 ? "" : from + "-" + to
    }

    // What differs from the loaded endpoint (when adding: every value given), as the keys of
    // App.endpoints.add()/update().
    function changes() {
        const c = {}
        const o = original
        const name = nameField.text
        if (adding || name !== (o.name || ""))
            c.name = name
        const rule = dateMode.checked ? "date:" + dateField.text.trim() : "delay:" + daysField.value
        if (adding || rule !== (o.recordRule || "delay:0")) {
            if (dateMode.checked)
                c.recordDate = dateField.text.trim()
            else
                c.recordDelay = daysField.value
        }
        if (currencyField.text.trim() !== (o.currency || "") && (!adding || currencyField.text.trim().length > 0))
            c.currency = currencyField.text
        if (form.events.length > 0 && (eventField.currentValue || "") !== (o.event || ""))
            c.event = eventField.currentValue || ""
        if (timezoneField.text.trim() !== (o.timezone || ""))
            c.timezone = timezoneField.text
        if (allowField.text.replace(/\s/g, "") !== (o.allowFrom || "").replace(/\s/g, ""))
            c.allowFrom = allowField.text
        if (adding && secretRow.visible && secretField.text.trim().length > 0)
            c.secret = secretField.text
        if (!adding) {
            if (alarmQuietField.text.trim() !== (o.alarmQuiet || ""))
                c.alarmQuiet = alarmQuietField.text.trim()
            if (alarmWindow() !== (o.alarmWindow || ""))
                c.alarmWindow = alarmWindow()
            if (alarmFailuresField.value !== (o.alarmSignatureFailures || 0))
                c.alarmSignatureFailures = alarmFailuresField.value
        }
        return c
    }

    function showError(setting, text) {
        const e = {}
        e[setting && setting.length > 0 ? setting : "general"] = text
        errors = e
        const fields = { name: nameField, currency: currencyField, event: eventField, timezone: timezoneField,
                         allowFrom: allowField, recordDelay: daysField, recordDate: dateField, secret: secretField,
                         alarmQuiet: alarmQuietField, alarmWindow: alarmFromField,
                         alarmSignatureFailures: alarmFailuresField }
        if (fields[setting] && fields[setting].visible)
            fields[setting].forceActiveFocus()
    }
    function clearErrors() { errors = ({}) }
    function focusName() { nameField.forceActiveFocus() }
    function chooseProvider(index) { providerField.currentIndex = index }

    Label {
        text: qsTr("Provider")
        visible: form.adding
        Layout.alignment: Qt.AlignRight | Qt.AlignTop
        Layout.topMargin: 6
    }
    ColumnLayout {
        visible: form.adding
        Layout.fillWidth: true
        spacing: 4
        ComboBox {
            id: providerField
            objectName: "providerField"
            model: App.endpoints.providers
            textRole: "name"
            Layout.fillWidth: true
            Layout.maximumWidth: 420
            onActivated: form.clearErrors()
            Accessible.name: qsTr("Provider")
        }
        Label {
            objectName: "providerHint"
            text: form.chosenProvider.setupHint || ""
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: form.chosenProvider.generatesSecret === true
            text: qsTr("A signing secret is generated for it.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    Label { text: qsTr("Name"); Layout.alignment: Qt.AlignRight | Qt.AlignTop; Layout.topMargin: 6 }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        TextField {
            id: nameField
            objectName: "nameField"
            Layout.fillWidth: true
            Layout.maximumWidth: 420
            maximumLength: 100
            placeholderText: qsTr("A widget, a campaign, a page…")
        }
        EndpointFieldError { objectName: "error_name"; text: form.errors.name || "" }
    }

    Label {
        text: qsTr("Secret")
        visible: secretRow.visible
        Layout.alignment: Qt.AlignRight | Qt.AlignTop
        Layout.topMargin: 6
    }
    ColumnLayout {
        id: secretRow
        // Only when adding, and only for providers whose secret is chosen on their side (or
        // optional); generated secrets are made by the rules, edits go through the secret dialog.
        visible: form.adding && form.provider.acceptsSecret === true && form.provider.generatesSecret !== true
        Layout.fillWidth: true
        spacing: 2
        TextField {
            id: secretField
            objectName: "secretField"
            Layout.fillWidth: true
            Layout.maximumWidth: 420
            placeholderText: qsTr("Optional: the token or signing secret the provider shows")
        }
        EndpointFieldError { objectName: "error_secret"; text: form.errors.secret || "" }
    }

    Label { text: qsTr("Record date"); Layout.alignment: Qt.AlignRight | Qt.AlignTop; Layout.topMargin: 6 }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        ButtonGroup { id: policyGroup }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            RadioButton {
                id: delayMode
                objectName: "delayMode"
                checked: true
                text: qsTr("Days after each donation:")
                ButtonGroup.group: policyGroup
            }
            SpinBox {
                id: daysField
                objectName: "daysField"
                from: 0
                to: 3650
                editable: true
                enabled: delayMode.checked
                textFromValue: (value) => value.toString()
                valueFromText: (text) => parseInt(text) || 0
                Accessible.name: qsTr("Days after each donation")
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            RadioButton {
                id: dateMode
                objectName: "dateMode"
                text: qsTr("Fixed date:")
                ButtonGroup.group: policyGroup
            }
            TextField {
                id: dateField
                objectName: "dateField"
                enabled: dateMode.checked
                implicitWidth: 140
                placeholderText: qsTr("YYYY-MM-DD")
                inputMethodHints: Qt.ImhDate
                Accessible.name: qsTr("Fixed record date")
            }
        }
        Label {
            text: dateMode.checked
                  ? qsTr("Donations count from this date, or from when they are made if later.")
                  : (daysField.value === 0 ? qsTr("Donations count at once.")
                                           : qsTr("Each donation counts %n day(s) after it is made.", "", daysField.value))
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: !form.adding
            text: qsTr("Donations already received keep their record date.")
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        EndpointFieldError { objectName: "error_recordDelay"; text: form.errors.recordDelay || "" }
        EndpointFieldError { objectName: "error_recordDate"; text: form.errors.recordDate || "" }
    }

    Label { text: qsTr("Currency"); Layout.alignment: Qt.AlignRight | Qt.AlignTop; Layout.topMargin: 6 }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        TextField {
            id: currencyField
            objectName: "currencyField"
            implicitWidth: 140
            maximumLength: 10
            placeholderText: form.provider.needsCurrency ? qsTr("Required, e.g. USD") : qsTr("e.g. USD")
        }
        Label {
            text: form.provider.needsCurrency
                  ? qsTr("Required: %1 payloads carry no currency.").arg(form.provider.name || "")
                  : qsTr("Used only when a payload names none.")
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        EndpointFieldError { objectName: "error_currency"; text: form.errors.currency || "" }
    }

    Label {
        text: qsTr("Event")
        visible: form.events.length > 0
        Layout.alignment: Qt.AlignRight | Qt.AlignTop
        Layout.topMargin: 6
    }
    ColumnLayout {
        visible: form.events.length > 0
        Layout.fillWidth: true
        spacing: 2
        ComboBox {
            id: eventField
            objectName: "eventField"
            textRole: "text"
            valueRole: "value"
            implicitWidth: 260
            model: [{ value: "", text: qsTr("Read from each request") }].concat(
                       form.events.map(e => ({ value: e, text: e })))
            // The model is rebuilt when the provider changes: keep the loaded event.
            onModelChanged: currentIndex = Math.max(0, indexOfValue(form.original.event || ""))
        }
        Label {
            text: qsTr("Fix the event when this URL receives only one kind, as the provider's setup suggests.")
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        EndpointFieldError { objectName: "error_event"; text: form.errors.event || "" }
    }

    Label { text: qsTr("Time zone"); Layout.alignment: Qt.AlignRight | Qt.AlignTop; Layout.topMargin: 6 }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        TextField {
            id: timezoneField
            objectName: "timezoneField"
            Layout.fillWidth: true
            Layout.maximumWidth: 260
            placeholderText: qsTr("UTC")
        }
        Label {
            text: qsTr("For provider times written without an offset, e.g. America/New_York.")
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        EndpointFieldError { objectName: "error_timezone"; text: form.errors.timezone || "" }
    }

    Label { text: qsTr("Allowed senders"); Layout.alignment: Qt.AlignRight | Qt.AlignTop; Layout.topMargin: 6 }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        TextField {
            id: allowField
            objectName: "allowField"
            Layout.fillWidth: true
            Layout.maximumWidth: 420
            placeholderText: qsTr("Anyone")
        }
        Label {
            text: qsTr("Addresses or CIDR ranges, separated by commas, e.g. 203.0.113.0/24. Others are refused (403).")
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        EndpointFieldError { objectName: "error_allowFrom"; text: form.errors.allowFrom || "" }
    }

    // The silence alarm: when the provider goes quiet or its requests keep failing.
    Label {
        objectName: "alarmSection"
        visible: !form.adding
        text: qsTr("Silence alarm")
        font.bold: true
        Layout.columnSpan: 2
        Layout.topMargin: 10
    }

    Label {
        text: qsTr("No donation for")
        visible: !form.adding
        Layout.alignment: Qt.AlignRight | Qt.AlignTop
        Layout.topMargin: 6
    }
    ColumnLayout {
        visible: !form.adding
        Layout.fillWidth: true
        spacing: 2
        TextField {
            id: alarmQuietField
            objectName: "alarmQuietField"
            implicitWidth: 140
            maximumLength: 20
            placeholderText: qsTr("Off, e.g. 6h")
            Accessible.name: qsTr("No donation for")
        }
        Label {
            text: qsTr("Raise the alarm when no donation arrives for this long, e.g. 90m, 6h or 1h30m (test donations do not count; empty: off).")
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        EndpointFieldError { objectName: "error_alarmQuiet"; text: form.errors.alarmQuiet || "" }
    }

    Label {
        text: qsTr("Counted between")
        visible: !form.adding
        Layout.alignment: Qt.AlignRight | Qt.AlignTop
        Layout.topMargin: 6
    }
    ColumnLayout {
        visible: !form.adding
        Layout.fillWidth: true
        spacing: 2
        Flow {
            Layout.fillWidth: true
            spacing: 6
            TextField {
                id: alarmFromField
                objectName: "alarmFromField"
                implicitWidth: 90
                maximumLength: 5
                placeholderText: qsTr("08:00")
                inputMethodHints: Qt.ImhTime
                Accessible.name: qsTr("Counted from")
            }
            Label {
                text: qsTr("and")
                height: alarmFromField.height
                verticalAlignment: Text.AlignVCenter
            }
            TextField {
                id: alarmToField
                objectName: "alarmToField"
                implicitWidth: 90
                maximumLength: 5
                placeholderText: qsTr("22:00")
                inputMethodHints: Qt.ImhTime
                Accessible.name: qsTr("Counted until")
            }
        }
        Label {
            text: qsTr("Quiet time counts only between these times of day, in the endpoint's time zone (this computer's when it has none); 22:00 and 06:00 spans the night. Both empty: all day.")
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        EndpointFieldError { objectName: "error_alarmWindow"; text: form.errors.alarmWindow || "" }
    }

    Label {
        text: qsTr("Refused in a row")
        visible: !form.adding
        Layout.alignment: Qt.AlignRight | Qt.AlignTop
        Layout.topMargin: 6
    }
    ColumnLayout {
        visible: !form.adding
        Layout.fillWidth: true
        spacing: 2
        SpinBox {
            id: alarmFailuresField
            objectName: "alarmFailuresField"
            from: 0
            to: 1000
            editable: true
            textFromValue: (value) => value === 0 ? qsTr("Off") : value.toString()
            valueFromText: (text) => parseInt(text) || 0
            Accessible.name: qsTr("Refused in a row")
        }
        Label {
            text: qsTr("Raise the alarm after this many requests in a row are refused for their signature or token (an accepted request starts the count again).")
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        EndpointFieldError { objectName: "error_alarmSignatureFailures"; text: form.errors.alarmSignatureFailures || "" }
    }

    Item { width: 1; height: 1; visible: generalError.visible }
    EndpointFieldError { id: generalError; objectName: "error_general"; text: form.errors.general || "" }
}
