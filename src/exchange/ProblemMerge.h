#pragma once

#include "core/ProblemTables.h"

#include <vector>

namespace kim::exchange {

// Adds table sets of one quarter cell by cell: counts add, key sums add modulo 2^64, so the
// result does not depend on the order. Throws PackageError(Damaged) for differing quarters
// or programme versions.
core::ProblemTableSet mergeProblemTables(const std::vector<core::ProblemTableSet>& sets);

} // namespace kim::exchange
