# The Donations view: the table over the whole database (keyset pages), the detail panel, the
# shared filter object, and their QML.
list(APPEND DD_UI_SOURCES
    donations/donationfilterobject.h donations/donationfilterobject.cpp
    donations/donationpages.h donations/donationpages.cpp
    donations/donationtablemodel.h donations/donationtablemodel.cpp
    donations/donationdetail.h donations/donationdetail.cpp
)
list(APPEND DD_UI_QML
    qml/views/DonationsView.qml
    qml/donations/DonationDetailPanel.qml
    qml/donations/DonationExportDialog.qml
    qml/donations/DonationFilterBar.qml
    qml/donations/DonationFilterMenu.qml
    qml/donations/DonationTable.qml
)
