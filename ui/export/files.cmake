# Export jobs (CSV with progress and cancel) for the Donations and Reconciliation views.
list(APPEND DD_UI_SOURCES
    export/exportjob.h export/exportjob.cpp
)
