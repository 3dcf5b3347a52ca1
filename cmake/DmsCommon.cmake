# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

# dms_common_cfg: the settings every target of the project links.
add_library(dms_common_cfg INTERFACE)
target_compile_features(dms_common_cfg INTERFACE cxx_std_20)
target_compile_definitions(dms_common_cfg INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_NO_KEYWORDS)
target_compile_options(dms_common_cfg INTERFACE -Wall -Wextra -Wpedantic)
if(DMS_WARNINGS_AS_ERRORS)
  target_compile_options(dms_common_cfg INTERFACE -Werror)
endif()

# DMS_SANITIZE: a list of sanitizers for every target of the project, e.g.
# "address;undefined" (the asan preset; docs/reliability.md). Tests then run with the
# ASAN_OPTIONS/UBSAN_OPTIONS of dms_add_test and tests/sanitizers/lsan.supp.
set(DMS_SANITIZE "" CACHE STRING "Sanitizers for every target, e.g. address;undefined")
if(DMS_SANITIZE)
  list(JOIN DMS_SANITIZE "," _dms_sanitizers)
  target_compile_options(dms_common_cfg INTERFACE -fsanitize=${_dms_sanitizers} -fno-omit-frame-pointer
    -fno-sanitize-recover=undefined)
  target_link_options(dms_common_cfg INTERFACE -fsanitize=${_dms_sanitizers})
endif()

# DMS_USE_PCH: one precompiled header (cmake/dms_pch.h: Qt and standard headers only) built
# once per tree by dms_pch and reused by every target (dms_use_pch). Parsing those headers
# took about 1.5 s of each of the ~210 compilations (app/sim/simreport.cpp at -O2: 7.7 s ->
# 6.2 s). Every target's definitions include dms_pch's (dms_common_cfg and the Qt modules
# dms_core links), which the reuse needs. ccache caches the compilations that use it when
# told the two sloppinesses it asks for (CMakeLists.txt).
option(DMS_USE_PCH "Compile every target with one precompiled header of Qt headers" ON)
if(DMS_USE_PCH)
  file(CONFIGURE OUTPUT "${CMAKE_BINARY_DIR}/dms_pch.cpp" CONTENT "// the precompiled header's owner\n")
  add_library(dms_pch OBJECT "${CMAKE_BINARY_DIR}/dms_pch.cpp")
  set_target_properties(dms_pch PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
  target_link_libraries(dms_pch PRIVATE dms_common_cfg Qt6::Core Qt6::Network Qt6::WebSockets)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${CMAKE_CURRENT_LIST_DIR}/dms_pch.h")
  file(STRINGS "${CMAKE_CURRENT_LIST_DIR}/dms_pch.h" _dms_pch_headers REGEX "^#include <")
  list(TRANSFORM _dms_pch_headers REPLACE "^#include " "")
  target_precompile_headers(dms_pch PRIVATE ${_dms_pch_headers})
endif()
# dms_use_pch(target [FROM pch_target]): the target's sources include the precompiled header
# of dms_pch, or of FROM (the tests' own, tests/CMakeLists.txt). Not the target's
# mocs_compilation.cpp: AUTOMOC's file, empty in most targets (a test's moc is included by
# its .cpp), took 0.55 s of CPU only to load the 140 MB header, in 74 targets.
function(dms_use_pch target)
  cmake_parse_arguments(P "" "FROM" "" ${ARGN})
  if(NOT P_FROM)
    set(P_FROM dms_pch)
  endif()
  if(DMS_USE_PCH)
    target_precompile_headers(${target} REUSE_FROM ${P_FROM})
    if(NOT P_FROM STREQUAL dms_pch)
      # QtTest's header reads both (for QFINDTESTDATA, which no test uses), and GCC uses a
      # precompiled header only where they are as when it was built: QT_TESTCASE_BUILDDIR
      # "." and QT_TESTCASE_SOURCEDIR undefined (Qt6::Test defines it as each test's
      # directory).
      set_property(TARGET ${target} PROPERTY QT_TESTCASE_BUILDDIR ".")
      target_compile_options(${target} PRIVATE -UQT_TESTCASE_SOURCEDIR)
    endif()
    get_target_property(_binary_dir ${target} BINARY_DIR)
    set_source_files_properties("${_binary_dir}/${target}_autogen/mocs_compilation.cpp"
      TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
  endif()
endfunction()

# dms_add_test_pch(NAME LIBS ...): a precompiled header for test targets: dms_pch's
# headers and QtTest's (<QTest> alone took 1.4 s of CPU in each test's compilation), built
# with the tests' compile options (DMS_TEST_COMPILE_OPTIONS) and the definitions of the Qt
# modules LIBS, which must be those of the tests that reuse it: QtTest's headers read
# QT_GUI_LIB and QT_WIDGETS_LIB, so the GUI tests have their own.
function(dms_add_test_pch)
  cmake_parse_arguments(P "" "NAME" "LIBS" ${ARGN})
  if(NOT DMS_USE_PCH)
    return()
  endif()
  file(CONFIGURE OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/${P_NAME}.cpp" CONTENT "// a precompiled header's owner\n")
  add_library(${P_NAME} OBJECT "${CMAKE_CURRENT_BINARY_DIR}/${P_NAME}.cpp")
  set_target_properties(${P_NAME} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
  target_link_libraries(${P_NAME} PRIVATE dms_common_cfg Qt6::Core Qt6::Network Qt6::WebSockets ${P_LIBS})
  # QtTest's headers and definitions but not Qt6::Test itself, which defines
  # QT_TESTCASE_SOURCEDIR (dms_use_pch).
  target_include_directories(${P_NAME} SYSTEM PRIVATE $<TARGET_PROPERTY:Qt6::Test,INTERFACE_INCLUDE_DIRECTORIES>)
  target_compile_definitions(${P_NAME} PRIVATE QT_TESTLIB_LIB QT_TESTCASE_BUILDDIR=".")
  target_precompile_headers(${P_NAME} PRIVATE ${_dms_pch_headers} <QSignalSpy> <QTest>)
endfunction()

# dms_add_test(NAME tst_foo SOURCES a.cpp ... LIBS ... LABELS unit [TIMEOUT s] [PARTS name:fn,fn ...])
# CTest starts the costliest tests first when it knows their costs, which it learns from an
# earlier run (Testing/Temporary/CTestCostData.txt). A fresh checkout has none, and the long
# tests, declared late, ran last while the other core idled: their seconds (ci preset, fresh
# clone, 2 cores) are given here. fuzz_short (104 s) and server_daphne (31 s) set theirs.
set(DMS_TEST_COSTS
  tst_reconnectstorm:89 tst_dialects_faults:72 tst_simulate:71 tst_tokenchurn:57
  tst_dialects_simulate:42 tst_simulate_cli:34 tst_livesync:31 tst_hostileinput:30
  tst_cluster_workerkill:110 tst_dialects_session:28 tst_tls:26 tst_networkfaults:21 tst_simulationpanel:21 tst_secretleak:20)

# One QtTest executable per class; registered with CTest under the given labels.
function(dms_add_test)
  cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;PARTS;SANITIZED_PARTS" ${ARGN})
  qt_add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE dms_common_cfg Qt6::Test ${T_LIBS})
  # The precompiled header whose definitions are the test's (QtTest's headers read
  # QT_GUI_LIB and QT_WIDGETS_LIB): the widgets' tests', the plain one for those with
  # QtGui but no widgets (two tests), else the tests'.
  if("Qt6::Widgets" IN_LIST T_LIBS OR "dms_ui" IN_LIST T_LIBS)
    dms_use_pch(${T_NAME} FROM dms_gui_test_pch)
  elseif("Qt6::Gui" IN_LIST T_LIBS)
    dms_use_pch(${T_NAME})
  else()
    dms_use_pch(${T_NAME} FROM dms_test_pch)
  endif()
  # QTEST_MAIN compiles QT_TESTCASE_BUILDDIR (the absolute build directory) into every test,
  # which made each checkout's test objects differ for ccache; only QFINDTESTDATA reads it,
  # and no test does.
  set_property(TARGET ${T_NAME} PROPERTY QT_TESTCASE_BUILDDIR ".")
  # PARTS "a:fn1,fn2" "b:fn3": one CTest test per part (NAME_a running fn1 and fn2, …),
  # so that a long test class's functions run in parallel under ctest -j. SANITIZED_PARTS a
  # …: only those parts in a sanitizer tree (DMS_SANITIZE), for parts whose code the
  # sanitized run reaches through other tests already.
  set(_names)
  if(T_PARTS)
    foreach(_part IN LISTS T_PARTS)
      string(REGEX MATCH "^([^:]+):(.*)$" _ "${_part}")
      if(DMS_SANITIZE AND T_SANITIZED_PARTS AND NOT CMAKE_MATCH_1 IN_LIST T_SANITIZED_PARTS)
        continue()
      endif()
      string(REPLACE "," ";" _functions "${CMAKE_MATCH_2}")
      add_test(NAME ${T_NAME}_${CMAKE_MATCH_1} COMMAND ${T_NAME} ${_functions})
      list(APPEND _names ${T_NAME}_${CMAKE_MATCH_1})
    endforeach()
  else()
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set(_names ${T_NAME})
  endif()
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  # LANGUAGE=en: the tests read the console's English, whatever the developer's locale
  # (tst_translations and tst_translatedwindow choose German and Hindi themselves).
  set(_env "QT_QPA_PLATFORM=offscreen;DMS_SOURCE_DIR=${PROJECT_SOURCE_DIR};LANGUAGE=en")
  if(DMS_SANITIZE)
    # Sanitized runs are slower: more time; Qt's own one-time allocations are suppressed.
    math(EXPR T_TIMEOUT "${T_TIMEOUT} * 3")
    list(APPEND _env
      "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=0"
      "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizers/lsan.supp:print_suppressions=0"
      "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizers/ubsan.supp")
  endif()
  set_tests_properties(${_names} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
    ENVIRONMENT "${_env}")
  foreach(_name IN LISTS _names)
    set(_cost ${DMS_TEST_COSTS})
    list(FILTER _cost INCLUDE REGEX "^${_name}:")
    if(_cost)
      string(REGEX REPLACE "^.*:" "" _cost "${_cost}")
      set_tests_properties(${_name} PROPERTIES COST ${_cost})
    endif()
  endforeach()
endfunction()

# dms_add_pg_variant(tst_x): one more CTest test, tst_x_pg, running the same executable
# inside server/tools/pgcluster.py run, so every reference server the test starts (the
# fixtures in tests/support) gets a fresh database of a throwaway PostgreSQL cluster
# instead of a SQLite file (docs/server.md, "PostgreSQL"). Same labels, timeout and
# environment; skipped (77, "SKIPPED: ...") only when PostgreSQL is not installed. Not in
# the sanitizer tree: the database changes nothing in the C++ under test there.
function(dms_add_pg_variant name)
  if(DMS_SANITIZE)
    return()
  endif()
  get_test_property(${name} LABELS _labels)
  get_test_property(${name} TIMEOUT _timeout)
  get_test_property(${name} ENVIRONMENT _env)
  add_test(NAME ${name}_pg
    COMMAND /usr/bin/python3 ${PROJECT_SOURCE_DIR}/server/tools/pgcluster.py run --quiet -- $<TARGET_FILE:${name}>)
  set_tests_properties(${name}_pg PROPERTIES LABELS "${_labels};pg" TIMEOUT ${_timeout} ENVIRONMENT "${_env}"
    SKIP_RETURN_CODE 77)
endfunction()
