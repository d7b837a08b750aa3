// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kim::exchange {

// One recipient stanza of an age header: "-> type args…" and its (wrapped file key) body.
struct AgeStanza {
    std::string type;
    std::vector<std::string> args;
    std::vector<uint8_t> body;
};

} // namespace kim::exchange
