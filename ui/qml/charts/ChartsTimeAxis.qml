import QtQuick
import QtCharts
import DonationDesk

// A time axis whose labels suit the charts' bucket (hour, day or month), in local time.
DateTimeAxis {
    property string bucket: "day"
    format: bucket === "hour" ? "HH:mm" : (bucket === "month" ? "MMM yyyy" : "MMM d")
    labelsColor: Theme.mutedText
    labelsFont.pixelSize: Theme.fontSmall
    gridLineColor: Qt.rgba(Theme.border.r, Theme.border.g, Theme.border.b, 0.7)
    color: Theme.border
}
