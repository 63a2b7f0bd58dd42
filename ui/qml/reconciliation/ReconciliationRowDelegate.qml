import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

// A donation behind a reconciliation figure: who, how much (and how much of it the figure
// counts), its status and record state, and its dates.
ItemDelegate {
    id: row
    required property int index
    required property string donorName
    required property string donorEmail
    required property string externalId
    required property string endpointName
    required property string amount
    required property string refunded
    required property string counted
    required property string currency
    required property string status
    required property string recordState
    required property var donatedAt
    required property var recordDate
    required property var reversedAt

    padding: 6
    background: Rectangle { color: row.index % 2 ? Theme.alternateBase : "transparent" }
    contentItem: RowLayout {
        spacing: 10
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 1
            Label {
                Layout.fillWidth: true
                text: row.donorName.length > 0 ? row.donorName : qsTr("(no name)")
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: [row.donorEmail, row.externalId, row.endpointName].filter(s => s.length > 0).join(" · ")
                color: Theme.mutedText
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: {
                    let parts = [qsTr("made %1").arg(Format.dateTime(row.donatedAt)),
                                 qsTr("record date %1").arg(Format.dateTime(row.recordDate))]
                    if (row.reversedAt && !isNaN(row.reversedAt.getTime()))
                        parts.push(qsTr("reversed %1").arg(Format.dateTime(row.reversedAt)))
                    return parts.join(" · ")
                }
                color: Theme.mutedText
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
        ColumnLayout {
            spacing: 2
            Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            Label {
                Layout.alignment: Qt.AlignRight
                text: Format.money(row.counted, row.currency)
                font.bold: true
            }
            Label {
                Layout.alignment: Qt.AlignRight
                visible: row.counted !== row.amount
                text: Number(row.refunded) !== 0 ? qsTr("of %1, %2 refunded").arg(Format.amount(row.amount, row.currency)).arg(Format.amount(row.refunded, row.currency))
                                                 : qsTr("of %1").arg(Format.amount(row.amount, row.currency))
                color: Theme.mutedText
                font.pixelSize: Theme.fontSmall
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: 4
                StatusBadge { status: row.status }
                RecordStateBadge { recordState: row.recordState }
            }
        }
    }
}
