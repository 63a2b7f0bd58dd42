list(APPEND DD_UI_SOURCES
    live/livefeed.h live/livefeed.cpp
)
list(APPEND DD_UI_QML
    qml/views/LiveView.qml
)
