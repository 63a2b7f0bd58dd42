list(APPEND DD_UI_SOURCES
    testsender/testsendercontroller.h testsender/testsendercontroller.cpp
)
list(APPEND DD_UI_QML
    qml/views/TestSenderView.qml
    qml/testsender/TestSenderTextBlock.qml
)
