// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/DisclosureControl.h"

#include "base/Error.h"

#include <array>
#include <span>

namespace kim::reporting {

namespace {

// One possible outcome of a row: the published value is trueCount + deviation, chosen with
// probability weight / 10,000.
struct Outcome {
    int deviation;
    int weight;
};

// Version 1, frozen: changing any number changes published figures, so a new table needs a new
// version. Every row sums to 10,000 and has sum(weight * deviation) == 0 exactly (mean zero);
// no row yields 1 or 2 or a negative value; |deviation| <= 3. Counts 1 to 5 have rows of their
// own because 1 and 2 are forbidden and values cannot go below 0; from 6 on one symmetric row.
constexpr std::array<Outcome, 3> RowOne{{{-1, 7000}, {2, 2000}, {3, 1000}}};
constexpr std::array<Outcome, 4> RowTwo{{{-2, 4000}, {1, 4500}, {2, 1000}, {3, 500}}};
constexpr std::array<Outcome, 5> RowThree{{{-3, 1000}, {0, 6900}, {1, 1500}, {2, 300}, {3, 300}}};
constexpr std::array<Outcome, 5> RowFour{{{-1, 3000}, {0, 4700}, {1, 1800}, {2, 300}, {3, 200}}};
constexpr std::array<Outcome, 6> RowFive{{{-2, 1350}, {-1, 1800}, {0, 3850}, {1, 1800}, {2, 900}, {3, 300}}};
constexpr std::array<Outcome, 7> RowLarge{{{-3, 300}, {-2, 900}, {-1, 1800}, {0, 4000}, {1, 1800}, {2, 900}, {3, 300}}};
constexpr std::array<Outcome, 1> RowZero{{{0, 10000}}};
constexpr int Scale = 10000;

template <size_t N> constexpr bool isBalanced(const std::array<Outcome, N>& row, int trueCount) {
    int weights = 0;
    int moment = 0;
    for (const auto& outcome : row) {
        const int value = trueCount + outcome.deviation;
        if (value < 0 || value == 1 || value == 2 || outcome.deviation < -3 || outcome.deviation > 3 ||
            outcome.weight <= 0) {
            return false;
        }
        weights += outcome.weight;
        moment += outcome.weight * outcome.deviation;
    }
    return weights == Scale && moment == 0;
}
static_assert(isBalanced(RowZero, 0) && isBalanced(RowOne, 1) && isBalanced(RowTwo, 2) && isBalanced(RowThree, 3) &&
              isBalanced(RowFour, 4) && isBalanced(RowFive, 5) && isBalanced(RowLarge, 6));

std::span<const Outcome> rowFor(int64_t trueCount) {
    switch (trueCount) {
    case 0:
        return RowZero;
    case 1:
        return RowOne;
    case 2:
        return RowTwo;
    case 3:
        return RowThree;
    case 4:
        return RowFour;
    case 5:
        return RowFive;
    default:
        break;
    }
    if (trueCount < 0) {
        throw Error(ErrorCode::Internal, QStringLiteral("negative count"));
    }
    return RowLarge;
}

} // namespace

const PerturbationTable& PerturbationTable::version1() {
    static const PerturbationTable table;
    return table;
}

int64_t PerturbationTable::publish(int64_t trueCount, uint32_t cellKey) const {
    // The key scaled to [0, 10,000) picks the outcome whose cumulative interval contains it.
    const int position = static_cast<int>((static_cast<uint64_t>(cellKey) * Scale) >> 32);
    int cumulative = 0;
    const auto row = rowFor(trueCount);
    for (const auto& outcome : row) {
        cumulative += outcome.weight;
        if (position < cumulative) {
            return trueCount + outcome.deviation;
        }
    }
    return trueCount + row.back().deviation; // unreachable: the weights sum to Scale
}

QList<QPair<int64_t, int>> PerturbationTable::distribution(int64_t trueCount) const {
    QList<QPair<int64_t, int>> result;
    for (const auto& outcome : rowFor(trueCount)) {
        result << qMakePair(trueCount + outcome.deviation, outcome.weight);
    }
    return result;
}

} // namespace kim::reporting
