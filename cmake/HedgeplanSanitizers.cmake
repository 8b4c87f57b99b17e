# Sanitizer and fuzzing builds (docs/hardening.md). Both instrument every
# target of the build directory, so each gets a build directory of its own
# (build-fuzz, build-sanitize) and the normal build/ stays untouched.
#
# HEDGEPLAN_FUZZ: clang only. Compiles everything with libFuzzer's coverage
# instrumentation plus AddressSanitizer and UndefinedBehaviorSanitizer, and
# builds the harnesses of tests/fuzz (target `fuzzers`).
# HEDGEPLAN_SANITIZE: the whole test suite with ASan + UBSan (GCC or clang);
# any undefined behaviour aborts the test that hits it.
option(HEDGEPLAN_FUZZ "Build the libFuzzer harnesses of tests/fuzz (clang; ASan + UBSan)" OFF)
option(HEDGEPLAN_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

set(HEDGEPLAN_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)

if(HEDGEPLAN_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "HEDGEPLAN_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  add_compile_options(${HEDGEPLAN_SANITIZER_FLAGS} -fsanitize=fuzzer-no-link)
  add_link_options(-fsanitize=address,undefined)
elseif(HEDGEPLAN_SANITIZE)
  add_compile_options(${HEDGEPLAN_SANITIZER_FLAGS})
  add_link_options(-fsanitize=address,undefined)
endif()
