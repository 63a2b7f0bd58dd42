list(APPEND DD_UI_SOURCES
    endpoints/endpointlistmodel.h endpoints/endpointlistmodel.cpp
)
list(APPEND DD_UI_QML
    qml/views/EndpointsView.qml
)
