import QtQuick
import DonationDesk

// A small bar chart of recent values (oldest first).
Canvas {
    id: spark
    property var values: []
    property int maximum: 0
    property color color: Theme.accent
    implicitHeight: 40
    onValuesChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()
    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        const n = values.length
        if (n === 0)
            return
        const top = Math.max(1, maximum)
        const w = width / n
        ctx.fillStyle = Qt.rgba(color.r, color.g, color.b, 0.18)
        ctx.fillRect(0, height - 1, width, 1)
        ctx.fillStyle = color
        for (let i = 0; i < n; ++i) {
            const h = values[i] > 0 ? Math.max(2, (height - 2) * values[i] / top) : 0
            ctx.fillRect(i * w + 1, height - h, Math.max(1, w - 2), h)
        }
    }
}
