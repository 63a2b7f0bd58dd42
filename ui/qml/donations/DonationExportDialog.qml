import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DonationDesk

// Progress of an export, with cancel; then what came of it. The export runs in the background:
// closing this dialog does not stop it, Cancel does.
Dialog {
    id: dialog
    property ExportJob job
    // The job's outcome, kept once it finished.
    property bool done: false
    property bool ok: false

    function begin() {
        done = false
        ok = false
        open()
    }

    title: done ? (ok ? qsTr("Export complete") : (job && job.canceled ? qsTr("Export canceled") : qsTr("Export failed")))
                : qsTr("Exporting donations…")
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 480, 520)
    closePolicy: Popup.CloseOnEscape

    Connections {
        target: dialog.job
        function onFinished(ok) {
            dialog.ok = ok
            dialog.done = true
        }
    }

    contentItem: ColumnLayout {
        spacing: 10
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WrapAnywhere
            color: Theme.mutedText
            text: dialog.job ? dialog.job.fileName : ""
        }
        ProgressBar {
            objectName: "exportProgress"
            Layout.fillWidth: true
            visible: !dialog.done
            from: 0
            to: dialog.job ? Math.max(1, dialog.job.rowsTotal) : 1
            value: dialog.job ? Math.min(dialog.job.rowsWritten, dialog.job.rowsTotal) : 0
            // Until the rows are counted.
            indeterminate: dialog.job && dialog.job.running && dialog.job.rowsTotal === 0
        }
        Label {
            objectName: "exportStatus"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: dialog.done && !dialog.ok && !(dialog.job && dialog.job.canceled) ? Theme.danger : Theme.text
            text: {
                if (!dialog.job)
                    return ""
                if (!dialog.done)
                    return dialog.job.rowsTotal > 0
                        ? qsTr("%L1 of %L2 donations written").arg(dialog.job.rowsWritten).arg(dialog.job.rowsTotal)
                        : qsTr("Counting the donations…")
                if (dialog.ok)
                    return qsTr("%Ln donation(s) written.", "", dialog.job.rowsWritten)
                if (dialog.job.canceled)
                    return qsTr("Nothing was written.")
                return dialog.job.error
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "exportCancel"
            text: qsTr("Cancel export")
            visible: !dialog.done
            enabled: dialog.job && dialog.job.running
            // Not RejectRole: the dialog stays to say what came of it.
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.job.cancel()
        }
        CopyButton {
            visible: dialog.done && dialog.ok
            text: qsTr("Copy path")
            value: dialog.job ? dialog.job.fileName : ""
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
        }
        Button {
            text: qsTr("Close")
            visible: dialog.done
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            onClicked: dialog.close()
        }
    }
}
