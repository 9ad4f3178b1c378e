# packaging/Packaging.cmake — what `cpack -G DEB` puts in community-kiosk_VERSION_amd64.deb: the
# programs, the demo data, the example kiosk.toml (and /etc/community-kiosk/kiosk.toml, a
# conffile), the systemd units (kiosk.service under cage, the sync service and its timer, the
# generator that sets the timer from kiosk.toml) and the office's nightly example. Build it from
# the release preset: cmake --build --preset release && (cd build/release && cpack -G DEB).
include(GNUInstallDirs)

# tools/check builds only the programs before cpack: installing must not rebuild every test first.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
install(TARGETS kiosk kiosk-office kiosk-make-demo-db RUNTIME DESTINATION bin)
install(DIRECTORY "${PROJECT_SOURCE_DIR}/data/demo" DESTINATION share/community-kiosk)
# The UI's assets (ui/ui_assets.h): tile icon list, attract art, centre logo; not the script that draws them.
install(FILES "${PROJECT_SOURCE_DIR}/assets/tile_icons.txt" "${PROJECT_SOURCE_DIR}/assets/attract_default.png"
              "${PROJECT_SOURCE_DIR}/assets/centre_logo.png" DESTINATION share/community-kiosk/assets)
install(FILES "${PROJECT_SOURCE_DIR}/data/kiosk.toml.example"
        DESTINATION share/doc/community-kiosk/examples)
install(FILES "${PROJECT_SOURCE_DIR}/data/kiosk.toml.example" DESTINATION /etc/community-kiosk
        RENAME kiosk.toml)
install(FILES "${PROJECT_SOURCE_DIR}/packaging/kiosk.service" "${PROJECT_SOURCE_DIR}/packaging/kiosk-sync.service"
              "${PROJECT_SOURCE_DIR}/packaging/kiosk-sync.timer"
        DESTINATION lib/systemd/system)
install(PROGRAMS "${PROJECT_SOURCE_DIR}/packaging/kiosk-sync-time-generator"
        DESTINATION lib/systemd/system-generators RENAME kiosk-sync-time)
install(FILES "${PROJECT_SOURCE_DIR}/packaging/office/kiosk-office-nightly.service"
              "${PROJECT_SOURCE_DIR}/packaging/office/kiosk-office-nightly.timer"
        DESTINATION share/doc/community-kiosk/examples/office)
install(FILES "${PROJECT_SOURCE_DIR}/README.md" DESTINATION share/doc/community-kiosk)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME community-kiosk)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_CONTACT "社区服务中心 IT <it@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Community Service Kiosk (社区服务一体机): touch kiosk and office tool")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
# The shared libraries the programs link, found by dpkg-shlibdeps; then what they need at run time
# that no library names: the compositor and Xwayland (kiosk.service), the Chinese font (found by
# fontconfig at start) and the fonts of rarer characters (Extension B: fonts-hanazono; emoji:
# fonts-symbola), Mesa's drivers, adduser (postinst).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "cage, xwayland, fonts-noto-cjk, fontconfig, libgl1-mesa-dri, adduser, tegaki-zinnia-simplified-chinese, espeak-ng-data, fonts-material-design-icons-iconfont, fonts-hanazono, fonts-symbola")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${PROJECT_SOURCE_DIR}/packaging/postinst;${PROJECT_SOURCE_DIR}/packaging/prerm;${PROJECT_SOURCE_DIR}/packaging/conffiles")
include(CPack)
