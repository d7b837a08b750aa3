# SPDX-License-Identifier: GPL-3.0-or-later
# Invoked by the ctest test "fuzz_package_reader": compiles the fuzz target with clang++-14
# (-fsanitize=fuzzer,address,undefined) and runs it for a bounded time. A missing clang is
# a failure, never a silent pass. Variables: SOURCES, INCLUDES, DEFINES, LIBS, WORK_DIR,
# SEED_DIR, MAX_TIME.
find_program(CLANGXX NAMES clang++-14)
if(NOT CLANGXX)
    message(FATAL_ERROR "clang++-14 not found: install clang-14 and libclang-rt-14-dev (installer/setup.sh)")
endif()
file(MAKE_DIRECTORY ${WORK_DIR}/corpus ${WORK_DIR}/artifacts)
string(REPLACE "|" ";" SOURCES "${SOURCES}")
string(REPLACE "|" ";" INCLUDES "${INCLUDES}")
string(REPLACE "|" ";" LIBS "${LIBS}")
set(include_flags)
foreach(dir IN LISTS INCLUDES)
    list(APPEND include_flags -isystem ${dir})
endforeach()
set(binary ${WORK_DIR}/package_reader_fuzzer)
execute_process(
    COMMAND ${CLANGXX} -std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined
            -fno-sanitize-recover=undefined -DQT_NO_KEYWORDS ${DEFINES} ${include_flags}
            ${SOURCES} ${LIBS} -o ${binary}
    RESULT_VARIABLE compiled)
if(NOT compiled EQUAL 0)
    message(FATAL_ERROR "compiling the fuzz target failed")
endif()
# Seeds: every committed fixture, each prefixed with the mode byte of the full reader (0)
# and the inspector (7).
file(GLOB seeds ${SEED_DIR}/*.kimpkg ${SEED_DIR}/*.card ${SEED_DIR}/*.pub)
foreach(seed IN LISTS seeds)
    get_filename_component(name ${seed} NAME)
    file(READ ${seed} hex HEX)
    foreach(mode 00 04 07)
        string(SUBSTRING "${hex}" 0 262144 head)
        file(WRITE ${WORK_DIR}/seed.hex "${mode}${head}")
        execute_process(COMMAND xxd -r -p ${WORK_DIR}/seed.hex ${WORK_DIR}/corpus/${mode}-${name})
    endforeach()
endforeach()
execute_process(
    COMMAND ${binary} -max_total_time=${MAX_TIME} -max_len=300000 -rss_limit_mb=2048 -print_final_stats=1
            -artifact_prefix=${WORK_DIR}/artifacts/ ${WORK_DIR}/corpus
    RESULT_VARIABLE fuzzed)
if(NOT fuzzed EQUAL 0)
    message(FATAL_ERROR "the fuzzer found a crash; see ${WORK_DIR}/artifacts and add it to "
                        "tests/data/exchange/fuzz-crashes")
endif()
