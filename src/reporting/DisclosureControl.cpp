// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/DisclosureControl.h"

#include "core/ProblemTaxonomy.h"
#include "base/Error.h"

#include <QCoreApplication>

#include <botan/mac.h>

#include <algorithm>
#include <map>
#include <set>

namespace kim::reporting {

namespace {

// The label keeps these MACs apart from any other use of the secret (domain separation).
constexpr std::string_view CellKeyLabel = "kim-cellkey-v1";

struct Sum {
    int64_t count = 0;
    uint64_t keySum = 0;

    void add(const core::ProblemCell& cell) {
        count += cell.count;
        keySum += cell.keySum;
    }
};

using Sums = std::map<QStringList, Sum>;

const std::vector<core::ProblemCell>& cellsOf(const core::ProblemTableSet& set, const QString& id) {
    static const std::vector<core::ProblemCell> none;
    for (const auto& table : set.tables) {
        if (table.id == id) {
            return table.cells;
        }
    }
    return none;
}

// "field" and "problem" from the combinations: a unit lies in exactly one combination per
// field, so sums over combinations are exact unions. Problem types with fewer true units than
// the threshold are published only together, as "<FIELD>-SONST".
std::pair<Sums, Sums> fieldAndProblemSums(const std::vector<core::ProblemCell>& combinations, int collapseBelow) {
    Sums fields;
    Sums problems;
    for (const auto& cell : combinations) {
        fields[{cell.key.value(0)}].add(cell);
        for (const QString& code : cell.key.value(1).split(u'+')) {
            problems[{cell.key.value(0), code}].add(cell);
        }
    }
    std::set<QString> thin;
    for (auto it = problems.begin(); it != problems.end();) {
        if (it->second.count < collapseBelow) {
            thin.insert(it->first.value(1));
            it = problems.erase(it);
        } else {
            ++it;
        }
    }
    for (const auto& cell : combinations) {
        const QString field = cell.key.value(0);
        const QStringList codes = cell.key.value(1).split(u'+');
        if (std::any_of(codes.begin(), codes.end(), [&thin](const QString& code) { return thin.count(code); })) {
            const auto fieldOfAction = core::fieldFromCode(field);
            problems[{field, fieldOfAction ? core::otherCode(*fieldOfAction) : field + QStringLiteral("-SONST")}].add(
                cell);
        }
    }
    return {fields, problems};
}

Sums regionSums(const std::vector<core::ProblemCell>& cells, const RegionScheme& scheme) {
    Sums result;
    for (const auto& cell : cells) {
        const Region* region = scheme.regionOf(static_cast<core::Municipality>(cell.key.value(1).toInt()));
        if (!region) {
            throw Error(ErrorCode::InvalidInput,
                        QCoreApplication::translate("DisclosureControl",
                                                    "Eine Gemeinde in den Tabellen gehört zu keiner Region."));
        }
        result[{cell.key.value(0), region->code}].add(cell);
    }
    return result;
}

Sums passThrough(const std::vector<core::ProblemCell>& cells) {
    Sums result;
    for (const auto& cell : cells) {
        result[cell.key].add(cell);
    }
    return result;
}

// A cell whose published value is 0 is left out like a true zero, so the two look alike.
PublishedTable perturbed(const QString& id, const QStringList& dimensions, const Sums& sums,
                         std::span<const uint8_t> secret) {
    const auto& table = PerturbationTable::version1();
    PublishedTable result{id, dimensions, {}};
    for (const auto& [key, sum] : sums) {
        if (sum.count <= 0) {
            continue;
        }
        const int64_t value = table.publish(sum.count, cellKey(secret, sum.keySum));
        if (value > 0) {
            result.cells.push_back(PublishedCell{key, value});
        }
    }
    return result;
}

void checkParameters(const DisclosureParameters& parameters, std::span<const uint8_t> secret) {
    if (parameters.perturbationTableVersion != 1 || parameters.collapseBelow < 1 || !parameters.regions.isValid()) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("DisclosureControl", "Die Parameter der Geheimhaltung sind ungültig."));
    }
    if (secret.empty()) {
        throw Error(ErrorCode::Internal, QStringLiteral("empty cell-key secret"));
    }
}

} // namespace

uint32_t cellKey(std::span<const uint8_t> secret, uint64_t keySum) {
    auto mac = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)");
    mac->set_key(secret.data(), secret.size());
    mac->update(reinterpret_cast<const uint8_t*>(CellKeyLabel.data()), CellKeyLabel.size());
    uint8_t sum[8];
    for (int i = 0; i < 8; ++i) {
        sum[i] = static_cast<uint8_t>(keySum >> (56 - 8 * i)); // big-endian
    }
    mac->update(sum, sizeof sum);
    const auto tag = mac->final();
    return (uint32_t{tag[0]} << 24) | (uint32_t{tag[1]} << 16) | (uint32_t{tag[2]} << 8) | uint32_t{tag[3]};
}

std::vector<PublishedTable> protectTables(const core::ProblemTableSet& merged, const DisclosureParameters& parameters,
                                          std::span<const uint8_t> secret) {
    checkParameters(parameters, secret);
    const auto [fields, problems] =
        fieldAndProblemSums(cellsOf(merged, core::ProblemTableProgramme::Problems), parameters.collapseBelow);
    const QString field = QStringLiteral("field");
    std::vector<PublishedTable> result;
    result.push_back(perturbed(PublishedTables::Field, {field}, fields, secret));
    result.push_back(perturbed(PublishedTables::Problem, {field, QStringLiteral("problem")}, problems, secret));
    result.push_back(perturbed(
        PublishedTables::FieldRegion, {field, QStringLiteral("region")},
        regionSums(cellsOf(merged, core::ProblemTableProgramme::FieldMunicipality), parameters.regions), secret));
    result.push_back(perturbed(PublishedTables::FieldTargetGroup, {field, QStringLiteral("target_group")},
                               passThrough(cellsOf(merged, core::ProblemTableProgramme::FieldTargetGroup)), secret));
    result.push_back(perturbed(PublishedTables::FieldInstitution, {field, QStringLiteral("institution_type")},
                               passThrough(cellsOf(merged, core::ProblemTableProgramme::FieldInstitution)), secret));
    return result;
}

} // namespace kim::reporting
