list(APPEND DD_UI_SOURCES
    settings/settingssupport.h settings/settingssupport.cpp
)
list(APPEND DD_UI_QML
    qml/views/SettingsView.qml
    qml/settings/SettingsRow.qml
)
