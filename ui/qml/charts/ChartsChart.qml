import QtQuick
import QtCharts
import DonationDesk

// A chart in the app's colours (light or dark), without animation: QtCharts redraws its whole
// scene in software, so the series it gets are already aggregated.
ChartView {
    antialiasing: true
    backgroundColor: "transparent"
    plotAreaColor: "transparent"
    backgroundRoundness: 0
    dropShadowEnabled: false
    animationOptions: ChartView.NoAnimation
    legend.labelColor: Theme.text
    legend.font.pixelSize: Theme.fontSmall
    legend.alignment: Qt.AlignBottom
    margins.top: 2
    margins.bottom: 2
    margins.left: 2
    margins.right: 2
}
