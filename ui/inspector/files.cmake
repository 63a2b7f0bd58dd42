list(APPEND DD_UI_SOURCES
    inspector/requestlistmodel.h inspector/requestlistmodel.cpp
    inspector/requestdetail.h inspector/requestdetail.cpp
)
list(APPEND DD_UI_QML
    qml/views/InspectorView.qml
)
list(APPEND DD_UI_SOURCES
    inspector/reprocessjob.h inspector/reprocessjob.cpp
)
