list(APPEND DD_UI_SOURCES
    donations/donationfilterobject.h donations/donationfilterobject.cpp
)
list(APPEND DD_UI_QML
    qml/views/DonationsView.qml
)
