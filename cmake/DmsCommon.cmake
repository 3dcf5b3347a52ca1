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

# dms_add_test(NAME tst_foo SOURCES a.cpp ... LIBS ... LABELS unit [TIMEOUT s])
# One QtTest executable per class; registered with CTest under the given labels.
function(dms_add_test)
  cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  qt_add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE dms_common_cfg Qt6::Test ${T_LIBS})
  add_test(NAME ${T_NAME} COMMAND ${T_NAME})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;DMS_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
endfunction()
