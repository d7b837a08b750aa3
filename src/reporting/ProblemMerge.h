// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ProblemTables.h"

#include <QString>

#include <vector>

namespace kim::reporting {

// Adds table sets of one quarter cell by cell: counts add, key sums add modulo 2^64, so the
// result does not depend on the order. Throws exchange::PackageError(Damaged) for differing quarters
// or programme versions.
// With no sets: the programme's tables without cells.
core::ProblemTableSet mergeProblemTables(const std::vector<core::ProblemTableSet>& sets);

// SHA-256 (hex) over a canonical serialisation of a table set (docs/formats.md): equal for
// equal content whatever the order of tables and cells, so a publication recognises its input.
QString fingerprintOf(const core::ProblemTableSet& set);

} // namespace kim::reporting
