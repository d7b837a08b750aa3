// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Catalog.h"

#include <vector>

namespace kim::demo::DemoData {

// Invented names and text fragments for the demo generator (and the benchmark's top-up).
// Strings are UTF-8; every list is non-empty.

enum class FemaleSurname { Same, SlavicOv, SlavicSki };

struct Origin {
    std::vector<const char*> maleFirstNames;
    std::vector<const char*> femaleFirstNames;
    std::vector<const char*> lastNames;
    std::vector<const char*> languages; // the first is the main language
    FemaleSurname femaleSurname = FemaleSurname::Same;
    bool euCitizen = false;
};

struct Weighted {
    int value;
    int weight;
};

const std::vector<Origin>& origins();
// Which origins (indexes into origins()) a target group is drawn from.
const std::vector<Weighted>& originsOf(core::TargetGroup group);

const std::vector<const char*>& streets();
const char* postcode(core::Municipality municipality);

// Note sentences per field of action; "{ort}" is replaced by the client's town.
const std::vector<const char*>& noteSentences(core::FieldOfAction field);
const std::vector<const char*>& noteOpenings(core::ConsultationMode mode);
const std::vector<const char*>& noteClosings();
const std::vector<const char*>& goalDescriptions(core::FieldOfAction field);
const std::vector<const char*>& followUpTitles();

} // namespace kim::demo::DemoData
