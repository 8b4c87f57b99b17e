# One INTERFACE target carries warnings and strict Qt definitions; every
# Hedgeplan target links it.
add_library(hedgeplan_flags INTERFACE)
target_compile_options(hedgeplan_flags INTERFACE -Wall -Wextra -Wpedantic
  -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
  $<$<COMPILE_LANG_AND_ID:CXX,GNU>:-Wsuggest-override>
  $<$<COMPILE_LANG_AND_ID:CXX,Clang>:-Winconsistent-missing-override>
  $<$<BOOL:${HEDGEPLAN_WERROR}>:-Werror>)
target_compile_definitions(hedgeplan_flags INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH
  QT_NO_KEYWORDS
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  HEDGEPLAN_VERSION="${PROJECT_VERSION}")
