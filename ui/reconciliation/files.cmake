list(APPEND DD_UI_QML
    qml/views/ReconciliationView.qml
)
