list(APPEND DD_UI_SOURCES
    settings/settingssupport.h settings/settingssupport.cpp
    settings/retentionsettings.h settings/retentionsettings.cpp
    settings/donorerasurejob.h settings/donorerasurejob.cpp
)
list(APPEND DD_UI_QML
    qml/views/SettingsView.qml
    qml/settings/SettingsRow.qml
    qml/settings/DonorErasureDialog.qml
)
