import QtQuick
import QtCharts
import DonationDesk

// A value axis from zero, in the app's colours, with as many decimals as its range needs.
ValueAxis {
    min: 0
    labelFormat: max >= 10 ? "%.0f" : (max >= 1 ? "%.1f" : "%." + Math.min(12, Math.ceil(-Math.log10(max)) + 1) + "f")
    labelsColor: Theme.mutedText
    labelsFont.pixelSize: Theme.fontSmall
    gridLineColor: Qt.rgba(Theme.border.r, Theme.border.g, Theme.border.b, 0.7)
    color: Theme.border
    minorGridVisible: false
    tickCount: 5
}
