pragma Singleton
import QtQuick
import DonationDesk

// Colours and sizes shared by the views. Light or dark as the settings say; "system" follows
// the desktop's palette.
QtObject {
    id: theme

    readonly property SystemPalette system: SystemPalette { colorGroup: SystemPalette.Active }
    readonly property string mode: App.settings.theme
    readonly property bool dark: mode === "dark"
                                 || (mode === "system" && system.window.hslLightness < 0.5)

    readonly property color window: dark ? "#1f2124" : "#f4f5f7"
    readonly property color base: dark ? "#26292d" : "#ffffff"
    readonly property color alternateBase: dark ? "#2b2e33" : "#f7f8fa"
    readonly property color text: dark ? "#e6e7e9" : "#1d2329"
    readonly property color mutedText: dark ? "#a0a5ab" : "#5f6b76"
    readonly property color border: dark ? "#3a3e44" : "#d9dde2"
    readonly property color sidebar: dark ? "#17191b" : "#e9ecf0"
    readonly property color accent: dark ? "#66bb6a" : "#2e7d32"
    readonly property color accentText: "#ffffff"
    readonly property color highlight: dark ? "#2f5d33" : "#c8e6c9"

    readonly property color success: dark ? "#66bb6a" : "#2e7d32"
    readonly property color warning: dark ? "#ffb74d" : "#b26a00"
    readonly property color danger: dark ? "#ef5350" : "#c62828"
    readonly property color info: dark ? "#64b5f6" : "#1565c0"
    readonly property color neutral: dark ? "#9e9e9e" : "#757575"

    readonly property int spacing: 12
    readonly property int radius: 6
    readonly property int fontSmall: 11
    readonly property int fontTitle: 20

    function statusColor(status) {
        switch (status) {
        case "paid": return success
        case "partially_paid": return info
        case "pending": case "scheduled": case "pledged": return neutral
        case "refunded": case "partially_refunded": case "voided": case "canceled": return warning
        case "failed": case "expired": return danger
        default: return neutral
        }
    }

    function recordStateColor(state) {
        switch (state) {
        case "pre-record": return info
        case "post-record": return success
        case "reversed": return warning
        default: return neutral
        }
    }
}
