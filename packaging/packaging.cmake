# What 'cmake --install' puts where, and the Debian package built from it by CPack
# ('cpack -G DEB' in the build directory; scripts/package.sh does it and checks the result).
# Included from the top-level CMakeLists.txt after every target is defined.

include(GNUInstallDirs)

set(DD_APP_ID org.donationdesk.DonationDesk)
set(DD_PACKAGING_SOURCE_DIR ${CMAKE_CURRENT_LIST_DIR})
set(DD_PACKAGING_BINARY_DIR ${CMAKE_BINARY_DIR}/packaging)
# Debian's layout, whatever the project is called in CMake.
set(DD_INSTALL_DOCDIR ${CMAKE_INSTALL_DATAROOTDIR}/doc/donationdesk)

# The man page and the changelog are installed compressed with 'gzip -9n' (no name, no time
# stamp) as Debian wants them, which keeps the package reproducible.
configure_file(${DD_PACKAGING_SOURCE_DIR}/man/donationdesk.1.in
    ${DD_PACKAGING_BINARY_DIR}/donationdesk.1 @ONLY)
add_custom_command(OUTPUT ${DD_PACKAGING_BINARY_DIR}/donationdesk.1.gz
    COMMAND sh -c "gzip -9n -c donationdesk.1 > donationdesk.1.gz"
    DEPENDS ${DD_PACKAGING_BINARY_DIR}/donationdesk.1
    WORKING_DIRECTORY ${DD_PACKAGING_BINARY_DIR}
    VERBATIM)
add_custom_command(OUTPUT ${DD_PACKAGING_BINARY_DIR}/changelog.gz
    COMMAND sh -c "gzip -9n -c '${DD_PACKAGING_SOURCE_DIR}/debian/changelog' > changelog.gz"
    DEPENDS ${DD_PACKAGING_SOURCE_DIR}/debian/changelog
    WORKING_DIRECTORY ${DD_PACKAGING_BINARY_DIR}
    VERBATIM)
add_custom_target(dd_packaging_files ALL
    DEPENDS ${DD_PACKAGING_BINARY_DIR}/donationdesk.1.gz ${DD_PACKAGING_BINARY_DIR}/changelog.gz)

# A new version needs its entry in the changelog and a <release> in the AppStream metadata.
file(STRINGS ${DD_PACKAGING_SOURCE_DIR}/debian/changelog _dd_changelog_top LIMIT_COUNT 1)
if(NOT _dd_changelog_top MATCHES "^donationdesk \\(${PROJECT_VERSION}\\) ")
    message(WARNING "packaging/debian/changelog does not start with version ${PROJECT_VERSION}: "
        "add an entry for it before building the package.")
endif()
file(READ ${DD_PACKAGING_SOURCE_DIR}/${DD_APP_ID}.metainfo.xml _dd_metainfo)
string(FIND "${_dd_metainfo}" "<release version=\"${PROJECT_VERSION}\"" _dd_release_at)
if(_dd_release_at EQUAL -1)
    message(WARNING "packaging/${DD_APP_ID}.metainfo.xml has no <release> for version "
        "${PROJECT_VERSION}: add one before building the package.")
endif()

install(FILES ${DD_PACKAGING_BINARY_DIR}/donationdesk.1.gz
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES
        ${DD_PACKAGING_SOURCE_DIR}/debian/copyright
        ${DD_PACKAGING_BINARY_DIR}/changelog.gz
        ${CMAKE_SOURCE_DIR}/README.md
    DESTINATION ${DD_INSTALL_DOCDIR})
# Debian keeps a file named INSTALL out of packages (it is about building from source); this
# one is about the services, the data and backups.
install(FILES ${CMAKE_SOURCE_DIR}/docs/INSTALL.md
    DESTINATION ${DD_INSTALL_DOCDIR}
    RENAME administration.md)

# 'donationdesk serve' as a system service (user donationdesk, /var/lib/donationdesk) and as a
# user service. Neither is enabled on installation.
install(FILES ${DD_PACKAGING_SOURCE_DIR}/systemd/donationdesk.service
    DESTINATION lib/systemd/system)
install(FILES ${DD_PACKAGING_SOURCE_DIR}/systemd/user/donationdesk.service
    DESTINATION lib/systemd/user)

if(DD_BUILD_GUI)
    install(FILES ${DD_PACKAGING_SOURCE_DIR}/${DD_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications)
    install(FILES ${DD_PACKAGING_SOURCE_DIR}/${DD_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/donationdesk.svg
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps
        RENAME ${DD_APP_ID}.svg)
    # PNGs rendered from the SVG by packaging/render-icons.sh and committed.
    foreach(size 16 22 24 32 48 64 128 256 512)
        install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/${DD_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
endif()

# --- The Debian package ---------------------------------------------------------------------

set(DD_PACKAGE_MAINTAINER "The Donation Desk developers <maintainers@donationdesk.org>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_SOURCE_GENERATOR "")
set(CPACK_PACKAGE_NAME donationdesk)
set(CPACK_PACKAGE_VENDOR "The Donation Desk developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${DD_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "receive, store and reconcile donation webhooks")
set(CPACK_PACKAGE_DESCRIPTION [=[
Donation Desk receives donation webhooks from fundraising and payment
platforms, stores every request durably and every donation exactly once in
SQLite, and shows them to a nonprofit's operations staff: donations arriving
live, reconciliation windows (record dates) with pre-record and post-record
totals per currency, charts, and filtered reports with CSV export.

It reads the formats of ChangeUp-style widgets, Inqud, Givecloud,
NationBuilder, Donary and Standard Webhooks, checking each provider's
signature. A test sender sends correctly (or deliberately wrongly) signed
sample events, and the request inspector shows why each request was accepted
or refused.

The same program runs as a desktop app, as a headless listener
(donationdesk serve, with system and user systemd units) and as command-line
tools.]=])
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${DD_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The shared libraries the binary links (Qt, SQLite, libstdc++) come from dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What Qt loads at run time is invisible to dpkg-shlibdeps: the SQLite driver plugin, and for
# the desktop app the QML modules the views import (QtQuick, Controls with the Fusion style,
# Layouts, Dialogs, whose non-native file dialog imports Qt.labs.folderlistmodel, QtCharts),
# the platform plugins (xcb) and the SVG icon engine for the window icon.
set(_dd_runtime_depends libqt6sql6-sqlite adduser)
if(DD_BUILD_GUI)
    list(APPEND _dd_runtime_depends
        qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
        qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtquick-dialogs
        qml6-module-qtqml-workerscript qml6-module-qtcharts qml6-module-qt-labs-folderlistmodel
        qt6-qpa-plugins libqt6svg6)
    # Native Wayland windows (without it Qt runs through XWayland); Qt's own strings (standard
    # dialog buttons) in German, French and Spanish (ours are built into the binary).
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
endif()
list(JOIN _dd_runtime_depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${DD_PACKAGING_SOURCE_DIR}/debian/postinst
    ${DD_PACKAGING_SOURCE_DIR}/debian/prerm
    ${DD_PACKAGING_SOURCE_DIR}/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
