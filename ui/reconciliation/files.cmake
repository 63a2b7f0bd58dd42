# Reconciliation: per-currency figures of an endpoint and period as of a moment, the pre-record
# schedule, the rows behind each figure, and its CSV export.
list(APPEND DD_UI_SOURCES
    reconciliation/reconciliationmodels.h reconciliation/reconciliationmodels.cpp
    reconciliation/reconciliationreport.h reconciliation/reconciliationreport.cpp
)
list(APPEND DD_UI_QML
    qml/views/ReconciliationView.qml
    qml/reconciliation/ReconciliationDateField.qml
    qml/reconciliation/ReconciliationFigureCell.qml
    qml/reconciliation/ReconciliationRowDelegate.qml
)
