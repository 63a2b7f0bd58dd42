list(APPEND DD_UI_SOURCES
    endpoints/endpointlistmodel.h endpoints/endpointlistmodel.cpp
    endpoints/roundtripcontroller.h endpoints/roundtripcontroller.cpp
)
list(APPEND DD_UI_QML
    qml/views/EndpointsView.qml
    qml/endpoints/EndpointAddDialog.qml
    qml/endpoints/EndpointAlarmMark.qml
    qml/endpoints/EndpointConfirmDialog.qml
    qml/endpoints/EndpointDetail.qml
    qml/endpoints/EndpointFieldError.qml
    qml/endpoints/EndpointForm.qml
    qml/endpoints/EndpointRow.qml
    qml/endpoints/EndpointSecretDialog.qml
)
