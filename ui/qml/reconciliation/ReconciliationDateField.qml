import QtQuick
import QtQuick.Controls
import DonationDesk

// A date typed as YYYY-MM-DD (or a time as HH:MM), marked when it cannot be read.
TextField {
    id: field
    property bool timeOnly: false
    readonly property bool valid: timeOnly ? /^([01]?\d|2[0-3]):[0-5]\d$/.test(text.trim()) : isDate(text)

    function isDate(t) {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t.trim())
        if (!m)
            return false
        const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
        return d.getFullYear() === Number(m[1]) && d.getMonth() === Number(m[2]) - 1 && d.getDate() === Number(m[3])
    }
    implicitWidth: timeOnly ? 70 : 112
    placeholderText: timeOnly ? qsTr("HH:MM") : qsTr("YYYY-MM-DD")
    selectByMouse: true
    inputMethodHints: timeOnly ? Qt.ImhTime : Qt.ImhDate
    color: valid || text.length === 0 ? Theme.text : Theme.danger
    ToolTip.visible: !valid && text.length > 0 && activeFocus
    ToolTip.text: timeOnly ? qsTr("A time such as 23:59") : qsTr("A date such as 2024-05-31")
}
