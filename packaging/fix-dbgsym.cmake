# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers
#
# CPACK_POST_BUILD_SCRIPTS of packaging/CMakeLists.txt: repairs the -dbgsym .ddeb that CMake
# 3.25's CPackDeb writes. Its md5sums name the debug file by its absolute path in CPack's
# staging directory (lintian: md5sums-lists-nonexistent-file, file-missing-in-md5sums), and
# it has no /usr/share/doc entry (no-copyright-file, no-changelog). Like debhelper's
# dbgsym packages, /usr/share/doc/PACKAGE-dbgsym becomes a symlink to the main package's
# directory (the .ddeb depends on that exact version), the md5sums are written again and
# the .debug files get mode 0644.
foreach(_ddeb IN LISTS CPACK_PACKAGE_FILES)
  if(NOT _ddeb MATCHES "-dbgsym_[^/]*\\.ddeb$")
    continue()
  endif()
  get_filename_component(_dir "${_ddeb}" DIRECTORY)
  set(_tree "${_dir}/fix-dbgsym-tree")
  file(REMOVE_RECURSE "${_tree}")
  execute_process(COMMAND dpkg-deb -R "${_ddeb}" "${_tree}" COMMAND_ERROR_IS_FATAL ANY)
  execute_process(COMMAND dpkg-deb -f "${_ddeb}" Package
                  OUTPUT_VARIABLE _pkg OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
  string(REGEX REPLACE "-dbgsym$" "" _main "${_pkg}")

  file(MAKE_DIRECTORY "${_tree}/usr/share/doc")
  file(CREATE_LINK "${_main}" "${_tree}/usr/share/doc/${_pkg}" SYMBOLIC)
  file(GLOB_RECURSE _debug LIST_DIRECTORIES false RELATIVE "${_tree}" "${_tree}/usr/lib/debug/*")
  list(SORT _debug)
  set(_md5sums "")
  foreach(_f IN LISTS _debug)
    file(CHMOD "${_tree}/${_f}" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
    file(MD5 "${_tree}/${_f}" _sum)
    string(APPEND _md5sums "${_sum}  ${_f}\n")
  endforeach()
  file(WRITE "${_tree}/DEBIAN/md5sums" "${_md5sums}")
  file(CHMOD "${_tree}/DEBIAN/md5sums" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)

  execute_process(COMMAND dpkg-deb --root-owner-group -Zgzip -b "${_tree}" "${_ddeb}"
                  OUTPUT_QUIET COMMAND_ERROR_IS_FATAL ANY)
  file(REMOVE_RECURSE "${_tree}")
  message(STATUS "fix-dbgsym: ${_ddeb}: md5sums rewritten, /usr/share/doc/${_pkg} -> ${_main}")
endforeach()
