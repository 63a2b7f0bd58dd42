list(APPEND DD_UI_SOURCES
    app/appcontroller.h app/appcontroller.cpp
    app/appsettings.h app/appsettings.cpp
    app/desktopapp.h app/desktopapp.cpp
    app/format.h app/format.cpp
    app/traynotifier.h app/traynotifier.cpp
    app/viewtour.h app/viewtour.cpp
)
list(APPEND DD_UI_QML
    qml/Main.qml
    qml/Theme.qml
    qml/components/Card.qml
    qml/components/CopyButton.qml
    qml/components/EmptyState.qml
    qml/components/RecordStateBadge.qml
    qml/components/Sparkline.qml
    qml/components/StatTile.qml
    qml/components/StatusBadge.qml
)
list(APPEND DD_UI_QML_SINGLETONS qml/Theme.qml)
