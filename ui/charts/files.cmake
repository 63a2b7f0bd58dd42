list(APPEND DD_UI_QML
    qml/views/ChartsView.qml
)
