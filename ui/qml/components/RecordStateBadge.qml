import QtQuick
import DonationDesk

// A record state (pre-record, post-record, reversed, none) as a coloured label.
StatusBadge {
    property string recordState
    status: recordState
    tone: Theme.recordStateColor(recordState)
    label: Format.recordStateLabel(recordState)
    visible: recordState.length > 0 && recordState !== "none"
}
