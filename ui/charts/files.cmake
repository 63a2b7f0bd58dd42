# Charts of the donations the Donations view's filter selects: money per hour, day or month
# per currency, pre- vs post-record over time, by provider, endpoint and status.
list(APPEND DD_UI_SOURCES
    charts/donationcharts.h charts/donationcharts.cpp
)
list(APPEND DD_UI_QML
    qml/views/ChartsView.qml
    qml/charts/ChartsBarList.qml
    qml/charts/ChartsChart.qml
    qml/charts/ChartsTimeAxis.qml
    qml/charts/ChartsValueAxis.qml
)
